"""Office titles read from text: comma chains of offices with their organisations and places."""

from __future__ import annotations

from extract.places import Place
from extract.text import squeeze
from extract.title_lexicon import BUILDING, OF, Segment, SegmentKind, title_lexicon
from extract.title_organisations import OrganisationReader

# Words of an office's field between it and the firm it belongs to ('Giám đốc khu vực Việt Nam
# của Công ty …'), at most.
_FIELD_WORDS = 4
# Lower-case words of the field an office has in charge ('phụ trách kinh tế – thương mại'), at
# most; a longer run is the sentence going on.
_REMIT_WORDS = 6
_DASHES = frozenset({"-", "–"})


class TitleReader(OrganisationReader):
    """Reads titles in one sentence: comma chains of offices, each with its organisation and the
    places it names (what the reader is given: `NameReader`)."""

    def chain(self, i: int, *, lower_case: bool = False, after_name: bool = False) -> list[Segment]:
        """The comma-joined title segments starting at token i (empty when no title starts);
        with `lower_case`, offices written in lower case count too ('phó bí thư Khu ủy, chủ
        tịch …' after a name); `after_name` when the title follows its holder's name."""
        segments: list[Segment] = []
        segment = self.segment(i, lower_case=lower_case, after_name=after_name)
        while segment:
            segments.append(segment)
            j = segment.end
            if not self.token_is(j, ","):
                break
            segment = self.segment(j + 1, lower_case=lower_case, after_name=after_name)
        return segments

    def segment(
        self, i: int, *, lower_case: bool = False, after_name: bool = False
    ) -> Segment | None:
        """One '[prefix] office [suffix] [organisation…]' segment starting at token i."""
        if not self.may_start_title(i):
            return None
        lex = title_lexicon()
        j = i
        # 'nguyên Phó Tỉnh trưởng': a former deputy's office has two prefixes
        while (prefix := lex.prefixes.match(self.keys, j)) is not None:
            j += prefix[0]
        head = lex.heads.match(self.keys, j)
        if not head:
            return None  # no office after the prefixes: 'cao nguyên', '… gặp phó' ending a line
        capitalised = self.tokens[i].is_capitalised or self.tokens[j].is_capitalised
        if not (capitalised or lower_case):
            return None
        kind: SegmentKind = head[1]
        direct = lex.named_directly.match(self.keys, j) is not None
        head_start = j
        office_of_firms = lex.firm_offices.match(self.keys, j)
        firm_office = office_of_firms is not None and office_of_firms[0] == head[0]
        j += head[0]
        if self.keys[j : j + 1] == [BUILDING]:
            return None  # 'Tổng Lãnh sự quán', 'Đại sứ quán': a mission, not its head
        while (suffix := lex.suffixes.match(self.keys, j)) is not None:
            j += suffix[0]
        j += self._firm_suffix(j) if firm_office else 0
        if direct and self.name_named_directly(j):
            return Segment(self._span_text(i, j, []), kind, (), i, j)
        if business := self._business_in_lower_case(j) or self._business_it_belongs_to(j):
            return Segment(self._span_text(i, business, []), kind, (), i, business)
        firm = firm_office and (self._brand_at(j) or self._firm_kind_at(j))
        acronym_office = lex.acronym_body_offices.match(self.keys, head_start)
        end, places, dropped = self.organisation(j, after_name)
        if end == j and self._needs_its_unit(head_start, head[0]):
            return None  # 'Đội trưởng Quang Hải': a team's captain
        if remit := self._remit_end(end):
            # 'Tham tán Công sứ phụ trách kinh tế – thương mại, Đại sứ quán …': the field in
            # charge, then the organisation the title goes on with
            end, more_places, more_dropped = self.organisation(remit, after_name)
            places, dropped = [*places, *more_places], [*dropped, *more_dropped]
        text = self._span_text(i, end, dropped)
        firm = (firm and end > j) or (
            acronym_office is not None
            and acronym_office[0] == head[0]
            and end == j + 1
            and self._unknown_acronym_at(j)
        )
        return Segment(text, kind, tuple(places), i, end, in_a_firm=firm)

    def _firm_suffix(self, j: int) -> int:
        """How many words at token j, right after an office that firms have, belong to it as
        firms name their heads ('giám đốc | điều hành công ty': the chief executive): 0 when
        none."""
        match = title_lexicon().firm_office_suffixes.match(self.keys, j)
        return match[0] if match else 0

    def _remit_end(self, j: int) -> int:
        """Where the field an office has in charge ends, when one opens at token j ('phụ trách
        kinh tế – thương mại' up to the comma): lower-case words, dashes between them, up to a
        mark, a capital, or a verb; 0 when none opens there or the words run on too long."""
        remit = title_lexicon().remits.match(self.keys, j)
        if remit is None:
            return 0
        k = end = j + remit[0]
        while k < len(self.tokens) and k - end <= _REMIT_WORDS:
            token = self.tokens[k]
            dash = token.text in _DASHES and self._lower_case_word_at(k + 1)
            if not (dash or self._lower_case_word_at(k)) or self.says_at(k) or self.runs_on_at(k):
                break
            k += 1
        if k == end or k - end > _REMIT_WORDS:
            return 0
        return k

    def _lower_case_word_at(self, k: int) -> bool:
        return k < len(self.tokens) and self.tokens[k].is_word and not self.token_is_capitalised(k)

    def _needs_its_unit(self, head_start: int, length: int) -> bool:
        """Whether the office of `length` tokens at `head_start` makes an official only with its
        unit named after it ('Đội trưởng Đội Quản lý thị trường số 2')."""
        match = title_lexicon().offices_of_named_units.match(self.keys, head_start)
        return match is not None and match[0] == length

    def _unknown_acronym_at(self, j: int) -> bool:
        """Whether token j is an acronym no list knows as a body of the state or a chamber of
        commerce ('VRA' in 'Chủ tịch VRA'), nor a place: an association's or a firm's."""
        token = self.tokens[j]
        letters = [c for c in token.text if c.isalpha()]
        if len(letters) < 2 or not token.text.isupper():
            return False
        lex = title_lexicon()
        return not (
            token.key in lex.known_acronyms
            or lex.organisations.match(self.keys, j)
            or self.place_named_at(j)
            or self.local_place_at(j)
        )

    def _business_in_lower_case(self, j: int) -> int:
        """Where a firm named by its common noun right after an office ends ('Chủ tịch tập
        đoàn', 'Tổng Giám đốc công ty'): the office is the firm's, its title goes on to
        there (0 when no such noun follows)."""
        if j >= len(self.tokens) or self.tokens[j].is_capitalised:
            return 0
        match = title_lexicon().business.match(self.keys, j)
        return j + match[0] if match else 0

    def _brand_at(self, j: int) -> bool:
        """Whether the capitalised words at token j, right after an office that firms have,
        name a firm by its brand ('Tổng giám đốc Nông sản Xanh Miền Nam'): no kind of body
        of the state ('Sở', 'Bệnh viện'), no known organisation, place or acronym."""
        if not self.token_is_capitalised(j) or self.tokens[j].text.isupper():
            return False
        lex = title_lexicon()
        return not (
            lex.body_kinds.match(self.keys, j)
            or lex.organisations.match(self.keys, j)
            or self.place_named_at(j)
            or self.local_place_at(j)
            or self.name_at(j)
        )

    def _firm_kind_at(self, j: int) -> bool:
        """Whether the capitalised words at token j, right after an office that firms have,
        name an enterprise by its kind ('Phó Tổng Giám đốc | Cảng quốc tế Tây An', 'Giám đốc |
        Ngân hàng …'): not a state body's kind of more words ('Cảng vụ', 'Ngân hàng Nhà nước')."""
        if not self.token_is_capitalised(j):
            return False
        lex = title_lexicon()
        kind = lex.firm_kinds.match(self.keys, j)
        state = lex.body_kinds.match(self.keys, j) or lex.organisations.match(self.keys, j)
        return kind is not None and (state is None or state[0] <= kind[0])

    def _business_it_belongs_to(self, j: int) -> int:
        """Where the firm an office belongs to ends, when a few words of its field stand
        between them ('Giám đốc phân tích của Công ty Chứng khoán Rồng Vàng', 'Giám đốc khu
        vực Việt Nam của Hãng hàng không …'): the office is the firm's, its title goes on to
        there (0 when no 'của' and a firm follow)."""
        lex = title_lexicon()
        for k in range(j, min(len(self.tokens), j + _FIELD_WORDS + 1)):
            if not self.tokens[k].is_word:
                return 0
            if self.keys[k] == OF:
                firm = lex.business.match(self.keys, k + 1)
                capitalised = self.token_is_capitalised(k + 1)
                return k + 1 + firm[0] if firm and capitalised else 0
        return 0

    def may_start_title(self, i: int) -> bool:
        """Whether token i is a word some prefix or office begins with (most words are not)."""
        if i >= len(self.tokens) or not self.tokens[i].is_word:
            return False
        return self.keys[i] in title_lexicon().first_words

    def title_starts(self) -> set[int]:
        """The tokens `may_start_title` holds for."""
        first_words = title_lexicon().first_words
        return {
            i for i, token in enumerate(self.tokens) if token.is_word and token.key in first_words
        }

    def body_places(self, j: int) -> list[Place]:
        """The places the name of the body at token j names ('Sở Nông nghiệp và Nông thôn tỉnh
        Vân Nam' -> [Vân Nam])."""
        return self.organisation(j + 1)[1]

    def _span_text(self, i: int, end: int, dropped: list[tuple[int, int]]) -> str:
        start, stop = self.tokens[i].start, self.tokens[end - 1].end
        pieces, cursor = [], start
        for a, b in dropped:
            if start <= a < stop:
                pieces.append(self.text[cursor:a])
                cursor = b
        pieces.append(self.text[cursor:stop])
        return squeeze("".join(pieces)).rstrip(" ,;:")

    def runs_on_at(self, j: int) -> bool:
        """Whether the sentence runs on from a title at token j ('cùng', 'dẫn đầu', 'đã')."""
        return title_lexicon().verbs_after_titles.match(self.keys, j) is not None

    def says_at(self, j: int) -> bool:
        """Whether what the person says begins at token j ('cho biết', 'khẳng định')."""
        return title_lexicon().speech_verbs.match(self.keys, j) is not None
