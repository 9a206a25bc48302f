"""An organisation's name after an office: where it ends and the places it names."""

from __future__ import annotations

from collections.abc import Sequence

from extract.names import MAX_NAME_WORDS, capitalised_run
from extract.places import Place
from extract.title_lexicon import AND, OF, title_lexicon
from extract.title_locators import Step
from extract.title_organisation_places import OrganisationPlaceReader

# Lower-case words inside an organisation that cannot end a title ("Đại sứ Việt Nam tại …").
_CONNECTORS = frozenset({"tại"})
_DEPARTMENT = "vụ"
# Before a country or province, the side of a body two countries share ('… phía Việt Nam').
_SIDE = "phía"
_GROUP_JOINERS = frozenset({",", "-", "–"})
_CONCURRENTLY = "kiêm"
_DASHES = frozenset({"-", "–"})
# Marks that join the parts of one abbreviated name with no space around them ('GD-ĐT',
# 'NN&PTNT', 'LĐ-TB&XH').
_ACRONYM_JOINERS = frozenset({"-", "–", "&"})
# Lower-case words that end an organisation's name well ('UBND tỉnh'), whatever follows.
_LEVEL_WORDS = frozenset({"tỉnh", "huyện", "quận", "xã", "phố", "trấn"})
# '… thuộc Tổng cục Hải quan Trung Quốc': the body an organisation belongs to, with its place.
_BELONGS = "thuộc"
# '… Đội Quản lý thị trường số 2': a unit's number after its name, which it ends.
_NUMBER = "số"
_EACH = "các"  # '… và các khu công nghiệp …': more bodies of the same kind, in one name
# Lower-case words of a unit's site before its name ('ga đường sắt quốc tế'), at most.
_SITE_WORDS = 6
# How many words a Vietnamese name has, the likeliest first: where a site's name and a person's
# run together ('ga Yên Viên Trần Văn Nam'), the person's is read from the end.
_NAME_WORDS_MOST_LIKELY = (3, 2, 4)
# The words of an institution's kind ('Trường Đại học'), at most.
_KIND_WORDS = 4


class OrganisationReader(OrganisationPlaceReader):
    """Reads the organisation after an office, piece by piece."""

    def organisation(
        self, j: int, after_name: bool = False
    ) -> tuple[int, list[Place], list[tuple[int, int]]]:
        """Where the organisation after an office ends, the places it names, and the spans of
        country suffixes (', Trung Quốc', '(Trung Quốc)') to leave out of the title."""
        sides: list[Place] = []
        places: list[Place] = []
        dropped: list[tuple[int, int]] = []
        earlier: list[Place] = []  # the places of the titles before 'kiêm'
        end = j
        while j < len(self.tokens):
            step = self._step(j, after_name, places)
            if step is None:
                break
            if self.keys[j] == _CONCURRENTLY and step.next == j + 1:
                # '… Thị ủy Tĩnh Tây kiêm Chủ nhiệm Ủy ban quản lý Khu …': a title of its own,
                # whose organisation has named no place yet.
                earlier.extend(places)
                places = []
            j = step.next
            if step.place is not None:
                (sides if step.side else places).append(step.place)
            if step.dropped is not None:
                dropped.append(step.dropped)
            if step.anchor:
                end = j
            if step.name_follows:
                break
        return end, sides + earlier + places, dropped

    def _step(self, j: int, after_name: bool = False, places: Sequence[Place] = ()) -> Step | None:
        """One more piece of an organisation at token j, or None where the title ends; `places`
        the organisation has named so far (once it has one, its name is complete)."""
        lex = title_lexicon()
        token = self.tokens[j]
        placed = bool(places)
        if token.key in _CONNECTORS and self._in_the_same_country(j + 1, places):
            return None  # "… Khu ủy Quảng Tây, Trung Quốc tại Nam Ninh": where the event was
        if token.key in _CONNECTORS and not self._seat_named_at(j + 1):
            return None  # "… Bằng Tường tại khu vực mốc …": where the event was, too
        joins_groups = token.text in _GROUP_JOINERS or (
            token.key == AND and self.keys[j + 1 : j + 3] == ["dân", "tộc"]
        )
        if joins_groups and not placed and (ethnic := self._ethnic_groups(j)):
            return ethnic
        if token.text in _ACRONYM_JOINERS and self._joins_an_acronym(j):
            return Step(j + 1, anchor=False)  # 'Bộ GD-ĐT', 'Bộ NN&PTNT': one abbreviated name
        if token.text in _DASHES and not placed and self._joins_a_name(j):
            return Step(j + 1, anchor=False)  # 'Ủy ban Kinh tế - Tài chính …'
        if token.text in _DASHES and placed and (pair := self._second_place_of_a_zone(j)):
            return pair
        if token.text == "(" and (parent := self._parent_in_brackets(j)):
            return parent
        if token.text in "(,":
            return self.bracketed(j, placed)
        if token.key == _CONCURRENTLY and self.segment(j + 1):
            return Step(j + 1, anchor=False)  # "Bí thư Tỉnh ủy kiêm Trưởng Đoàn …": one title
        if token.text.isdigit() and (self._numbered_unit_before(j) or self._numbered_ward(j)):
            return Step(j + 1)  # "Quân khu 1", "phường Móng Cái 1"
        if token.key == _NUMBER and self._unit_number_at(j + 1):
            return Step(j + 2)  # 'Đội Quản lý thị trường số 2', 'Trường Tiểu học số 1'
        if token.key == AND and placed and (seats := self._second_seat(j)):
            return seats
        if token.key in (AND, OF) and not token.is_capitalised and not placed:
            return self._joined(j)
        if token.key == _BELONGS and not placed and self._body_at(j + 1):
            return Step(j + 1, anchor=False)  # '… thuộc Tổng cục Hải quan Trung Quốc'

        organisation = lex.organisations.match(self.keys, j) or lex.business.match(self.keys, j)
        if organisation and token.is_capitalised:
            return Step(j + organisation[0])  # 'Câu lạc bộ', whose words go on in lower case
        if self.keys[j - 2 : j] == ["dân", "tộc"] and (
            group := lex.ethnic_groups.match(self.keys, j)
        ):
            return Step(j + group[0])  # "Châu tự trị dân tộc Hà Nhì": a people, not a person
        if token.key == _SIDE and not placed and (side := self._side_of_a_joint_body(j)):
            return side
        mention = self.place_named_at(j)
        if mention:
            after = j + mention.tokens
            if self.keys[j - 1] == _DEPARTMENT and mention.place.kind in ("china", "country"):
                return Step(after)  # "Vụ Trung Quốc": a ministry's desk, named for a country
            return Step(after, place=mention.place, name_follows=self.name_after_place(after))
        local = self.local_place_at(j)
        if local:
            province = self.local_places[tuple(self.keys[j : j + local])]
            after = j + local
            return Step(after, place=province, name_follows=self.name_after_place(after))
        if (division := self._division_step(j, after_name)) is not None:
            return division
        region = self._region_end(j)
        if region:
            return Step(region)
        if token.key in lex.place_abbreviations and token.is_capitalised:
            # "TP.Thâm Quyến", "TP Nam Ninh": the place follows.
            after = j + 2 if self.token_is(j + 1, ".") else j + 1
            if self._name_after_abbreviation(after):
                return Step(after, name_follows=True)  # 'UBND TP Trương Việt Dũng'
            return Step(after, anchor=False)
        committee = self._committee_place(j, after_name)
        if committee:
            return committee
        if after_name and self.name_at(j) and (institution := self._institution_name(j)):
            return institution
        if not placed and (site := self._site_name_end(j)):
            return Step(site, name_follows=self.name_at(site) > 0)
        if self.name_at(j) or not token.is_word:
            return None
        if token.is_capitalised:
            # Only a name's first word is capitalised: "Liên lạc", "Cộng sản", "Xúc tiến"; a
            # verb after it is the sentence going on ("Công ty An Phát dẫn đầu", "Phó Giám đốc
            # Sở giới thiệu …").
            if field := self._field_named_at(j):
                return Step(field)  # 'Cục Công nghệ thông tin và …', '… và Kinh tế số'
            if lex.body_name_phrases.match(self.keys, j + 1):
                return Step(j + 1)  # 'Trạm kiểm tra …': the phrase is read whole next
            nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
            continues = (
                nxt is not None
                and nxt.is_word
                and not nxt.is_capitalised
                and not lex.verbs_after_titles.match(self.keys, j + 1)
                and not lex.speech_verbs.match(self.keys, j + 1)
            )
            return Step(j + 2 if continues else j + 1)
        words = lex.body_name_phrases.match(self.keys, j)
        if words and not placed:
            # 'Cục Đầu tư nước ngoài', 'Ban Chỉ đạo công tác đối ngoại tỉnh'
            return Step(j + words[0], anchor=self._ends_well(j + words[0] - 1))
        if token.key in lex.organisation_words:
            return Step(j + 1, anchor=self._ends_well(j))
        return None

    def _site_name_end(self, j: int) -> int:
        """Where the name of the site a unit works at ends, when it starts at token j right
        after the site's lower-case words ('Đội Hải quan ga đường sắt quốc tế | Yên Viên'): its
        capitalised words, up to the person's name that ends them ('… ga Yên Viên Trần Văn
        Nam'); 0 when no site's words stand before token j."""
        if not self.tokens[j].is_capitalised or not self._after_a_site(j):
            return 0
        run = capitalised_run(self.tokens, j)
        end = j + run
        starts = (end - words for words in _NAME_WORDS_MOST_LIKELY if end - words > j)
        return next((k for k in starts if self.name_at(k) == end - k), end)

    def _after_a_site(self, j: int) -> bool:
        """Whether the lower-case words right before token j begin with a site's ('ga đường sắt
        quốc tế', 'sân bay')."""
        sites = title_lexicon().unit_sites
        k = j
        while k > 0 and self.tokens[k - 1].is_word and j - k < _SITE_WORDS:
            if self.tokens[k - 1].is_capitalised:
                return False
            k -= 1
            if sites.match(self.keys, k):
                return True
        return False

    def _unit_number_at(self, j: int) -> bool:
        """Whether token j, after 'số' closing a unit's name, is the unit's number: digits that
        go on past no mark ('số 2', not 'số 1/2026')."""
        return (
            j < len(self.tokens)
            and self.tokens[j].text.isdigit()
            and self.tokens[j - 2].is_word
            and not self._number_goes_on(j)
        )

    def _parent_in_brackets(self, j: int) -> Step | None:
        """'Trưởng ban Thống kê hải quan (Cục Hải quan)': the body the office's unit belongs to,
        named whole in the brackets at token j, kept in the title as written; not a body named
        with its country ('(Tổng cục Hải quan Trung Quốc)'), which only locates the office."""
        if not self._body_at(j + 1):
            return None
        end, places, _dropped = self.organisation(j + 1)
        if not self.token_is(end, ")") or any(p.kind in ("china", "country") for p in places):
            return None
        return Step(end + 1, place=places[0] if places else None)

    def _field_named_at(self, j: int) -> int:
        """Where the field a body's name gives ends, when it starts with a capital and goes on
        in lower case for more words than one ('Cục | Thương mại điện tử | và Kinh tế số', 'Cục
        | Công nghệ thông tin | và …'): 0 when no such field starts at token j."""
        words = title_lexicon().body_name_phrases.match(self.keys, j)
        if words is None or words[0] < 2:
            return 0
        end = j + words[0]
        rest = self.tokens[j + 1 : end]
        return end if all(t.is_word and not t.is_capitalised for t in rest) else 0

    def _division_step(self, j: int, after_name: bool) -> Step | None:
        """'…, Cục trưởng Cục Thương mại | Châu Hồng Hà': a Chinese prefecture or city named
        with its level ends the organisation as its place, in a title written after its holder's
        name or before another name ('… Châu Hồng Hà Lý Minh'); not before a verb, where the
        words may be the person's name ('Cục trưởng Cục Thương mại Châu Văn Sơn phát biểu')."""
        division = self.division_named_at(j)
        if division is None:
            return None
        after = division.first_token + division.tokens
        name_follows = self.name_after_place(after)
        if not (after_name or name_follows):
            return None
        return Step(after, place=division.place, name_follows=name_follows)

    def _name_after_abbreviation(self, k: int) -> bool:
        """Whether a person's name, and no place, follows a place word's abbreviation at token
        k: 'Phó Chủ tịch UBND TP | Trương Việt Dũng' (the city the article is about, left
        unnamed, as in 'UBND thành phố'); not 'UBND TP | Hà Nội', nor a city's name the
        gazetteer lacks before a name ('TP | Đông Hưng Lý Minh'), whose capitalised words run
        on past the name's."""
        if self.place_named_at(k) or self.local_place_at(k):
            return False
        length = self.name_at(k)
        return length > 0 and capitalised_run(self.tokens, k) == length

    def _ends_well(self, j: int) -> bool:
        """Whether a lower-case word of an organisation may end the title: a level ('UBND tỉnh'),
        a word before punctuation, a capital, another such word, a word that follows titles
        ('… xuất nhập khẩu và …') or 'của' pointing back at a body already named ('Trưởng phòng
        Hợp tác quốc tế | của trường'); not one the sentence runs on from ('Quảng Đông nhân
        dịp')."""
        key = self.keys[j]
        if key in _CONNECTORS:
            return False
        if key in _LEVEL_WORDS:
            return True
        nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        lex = title_lexicon()
        return (
            nxt is None
            or not nxt.is_word
            or nxt.is_capitalised
            or nxt.key in lex.organisation_words
            or nxt.key == OF
            or lex.verbs_after_titles.match(self.keys, j + 1) is not None
        )

    def _joined(self, j: int) -> Step | None:
        """'và' going on with an organisation's name ('Cục Thương mại và Phát triển kinh tế', 'Ban
        Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi'), or
        'của' before the body it belongs to ('Ủy ban Kinh tế của Quốc hội'); not 'và' before
        another party, a person or another title."""
        k = j + 1
        lex = title_lexicon()
        if (
            self.keys[j] == AND
            and self.keys[k : k + 1] == [_EACH]
            and self.keys[k + 1 : k + 2]
            and self.keys[k + 1] in lex.organisation_words
        ):
            return Step(k + 1, anchor=False)  # '… Khu kinh tế Dung Quất và các khu công nghiệp …'
        if self.keys[j] == AND and lex.body_name_phrases.match(self.keys, k):
            return Step(k, anchor=False)  # '… Khu thí điểm phát triển và mở cửa trọng điểm …'
        if k >= len(self.tokens) or not self.tokens[k].is_capitalised:
            return None
        if self.keys[j] == OF:
            organisation = lex.organisations.match(self.keys, k)
            return Step(k, anchor=False) if organisation else None
        if (
            self.name_at(k)
            or self.segment(k)
            or lex.not_after_and.match(self.keys, k)
            or self.place_named_at(k)
        ):
            return None
        return Step(k, anchor=False)

    def _institution_name(self, j: int) -> Step | None:
        """'…, Hiệu trưởng Trường Đại học Hồng Đức và ông B': after the kind of an institution
        that is known by its own name ('Trường Đại học', 'Bệnh viện'), in a title written
        after its holder's name, the capitalised words are that name, not the next person's."""
        kinds = title_lexicon().named_institutions
        for start in range(max(0, j - _KIND_WORDS), j):
            kind = kinds.match(self.keys, start)
            if kind and start + kind[0] == j and self.tokens[start].is_capitalised:
                run = capitalised_run(self.tokens, j)
                # a place inside the name ('Trường Đại học Y Hà Nội') is read as one; a
                # country's one word is a syllable of the name ('Hồng Đức')
                end = next((k for k in range(j, j + run) if self._place_in_name(k)), j + run)
                return Step(end) if 0 < end - j <= MAX_NAME_WORDS else None
        return None

    def _place_in_name(self, k: int) -> bool:
        mention = self.place_named_at(k)
        return mention is not None and mention.place.kind != "country"

    def _joins_an_acronym(self, j: int) -> bool:
        """Whether the mark at token j joins two parts of one abbreviated name, upper case on
        both sides with no space between ('GD-ĐT' in 'Thứ trưởng Bộ GD-ĐT', 'TB&XH' in 'Bộ
        LĐ-TB&XH'), not a dash between words ('Ủy ban Kinh tế - Tài chính')."""
        if j == 0 or j + 1 >= len(self.tokens):
            return False
        before, mark, after = self.tokens[j - 1], self.tokens[j], self.tokens[j + 1]
        return (
            before.is_word
            and after.is_word
            and before.text.isupper()
            and after.text.isupper()
            and before.end == mark.start
            and mark.end == after.start
        )

    def _joins_a_name(self, j: int) -> bool:
        """A dash between two capitalised words of an organisation's name ('Ủy ban Kinh tế -
        Tài chính'), not before a name or another title ('… Lạng Sơn - Nguyễn Văn A')."""
        before = self.tokens[j - 1] if j > 0 else None
        after = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        if before is None or after is None or not after.is_capitalised or not after.is_word:
            return False
        spaced = before.end < self.tokens[j].start and self.tokens[j].end < after.start
        return (
            spaced
            and not self.name_at(j + 1)
            and self.segment(j + 1) is None
            and self.place_named_at(j + 1) is None
        )
