"""An organisation's name after an office: where it ends and the places it names."""

from __future__ import annotations

from collections.abc import Sequence

from extract.names import MAX_NAME_WORDS, capitalised_run, is_surname
from extract.places import Place, PlaceMention
from extract.title_lexicon import AND, OF, title_lexicon
from extract.title_locators import LocatorReader, Step
from extract.title_names import DIRECT_NAME_WORDS

# Lower-case words inside an organisation that cannot end a title ("Đại sứ Việt Nam tại …").
_CONNECTORS = frozenset({"tại"})
_DEPARTMENT = "vụ"
# Before a country or province, the side of a body two countries share ('… phía Việt Nam').
_SIDE = "phía"
_GROUP_JOINERS = frozenset({",", "-", "–"})
_CONCURRENTLY = "kiêm"
_DASHES = frozenset({"-", "–"})
# The level of a party committee ('Huyện ủy', 'Châu ủy'): its place follows it.
_COMMITTEE_LEVELS = frozenset({"tỉnh", "thành", "huyện", "châu", "thị", "quận"})
# Middle names that make capitalised words a Vietnamese name, not a place ('Hoàng Thị Kim Anh').
_MIDDLE_NAMES = frozenset({"thị", "văn"})
# Words naming what kind of place follows ('thành phố Nam Ninh', 'thủ phủ Côn Minh'), at most
# this many before the place.
_MUNICIPAL_WORDS = frozenset({"thành", "phố", "thủ", "phủ", "đô", "tỉnh", "khu", "huyện", "châu"})
_LEVEL_REACH = 3
# Levels whose places may be numbered after the town they come from ('phường Móng Cái 1').
_NUMBERED_LEVELS = frozenset({"phường", "xã"})
_WARD_NUMBER_DIGITS = 2
# Lower-case words that end an organisation's name well ('UBND tỉnh'), whatever follows.
_LEVEL_WORDS = frozenset({"tỉnh", "huyện", "quận", "xã", "phố", "trấn"})
# '… thuộc Tổng cục Hải quan Trung Quốc': the body an organisation belongs to, with its place.
_BELONGS = "thuộc"
_BODY_HEADS = frozenset({"bộ", "tổng", "cục", "sở", "ủy", "ubnd", "ban", "viện", "văn", "chính"})
_EACH = "các"  # '… và các khu công nghiệp …': more bodies of the same kind, in one name
# A body of both countries is named after them: '… hợp tác song phương Việt Nam - Trung Quốc'.
_TWO_COUNTRIES = frozenset({"Việt Nam", "Trung Quốc"})
# Capitalised words of a prefecture's ethnic groups after a comma ('dân tộc Choang, Miêu Văn Sơn').
_ETHNIC_RUN = (1, 4)
# The words of an institution's kind ('Trường Đại học'), at most.
_KIND_WORDS = 4


class OrganisationReader(LocatorReader):
    """Reads the organisation after an office, piece by piece."""

    def organisation(
        self, j: int, after_name: bool = False
    ) -> tuple[int, list[Place], list[tuple[int, int]]]:
        """Where the organisation after an office ends, the places it names, and the spans of
        country suffixes (', Trung Quốc', '(Trung Quốc)') to leave out of the title."""
        sides: list[Place] = []
        places: list[Place] = []
        dropped: list[tuple[int, int]] = []
        end = j
        while j < len(self.tokens):
            step = self._step(j, after_name, places)
            if step is None:
                break
            j = step.next
            if step.place is not None:
                (sides if step.side else places).append(step.place)
            if step.dropped is not None:
                dropped.append(step.dropped)
            if step.anchor:
                end = j
            if step.name_follows:
                break
        return end, sides + places, dropped

    def _step(self, j: int, after_name: bool = False, places: Sequence[Place] = ()) -> Step | None:
        """One more piece of an organisation at token j, or None where the title ends; `places`
        the organisation has named so far (once it has one, its name is complete)."""
        lex = title_lexicon()
        token = self.tokens[j]
        placed = bool(places)
        if token.key in _CONNECTORS and self._in_the_same_country(j + 1, places):
            return None  # "… Khu ủy Quảng Tây, Trung Quốc tại Nam Ninh": where the event was
        joins_groups = token.text in _GROUP_JOINERS or (
            token.key == AND and self.keys[j + 1 : j + 3] == ["dân", "tộc"]
        )
        if joins_groups and not placed and (ethnic := self._ethnic_groups(j)):
            return ethnic
        if token.text in _DASHES and not placed and self._joins_a_name(j):
            return Step(j + 1, anchor=False)  # 'Ủy ban Kinh tế - Tài chính …'
        if token.text in _DASHES and placed and (pair := self._second_place_of_a_zone(j)):
            return pair
        if token.text in "(,":
            return self.bracketed(j, placed)
        if token.key == _CONCURRENTLY and self.segment(j + 1):
            return Step(j + 1, anchor=False)  # "Bí thư Tỉnh ủy kiêm Trưởng Đoàn …": one title
        if token.text.isdigit() and (self._numbered_unit_before(j) or self._numbered_ward(j)):
            return Step(j + 1)  # "Quân khu 1", "phường Móng Cái 1"
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
        if self.name_at(j) or not token.is_word:
            return None
        if token.is_capitalised:
            # Only a name's first word is capitalised: "Liên lạc", "Cộng sản", "Xúc tiến"; a
            # verb after it is the sentence going on ("Công ty An Phát dẫn đầu", "Phó Giám đốc
            # Sở giới thiệu …").
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

    def _body_at(self, k: int) -> bool:
        """Whether a body's name starts at token k ('Tổng cục Hải quan', 'Bộ Thương mại'): a
        capitalised word a body's name begins with, then a capitalised one."""
        return (
            k + 1 < len(self.tokens)
            and self.tokens[k].is_capitalised
            and self.keys[k] in _BODY_HEADS
            and self.tokens[k + 1].is_word
        )

    def _numbered_unit_before(self, j: int) -> bool:
        """'Quân khu 1', 'Sư đoàn 308': a unit's number right after its name, ending it."""
        units = title_lexicon().numbered_units
        for length in (1, 2, 3):
            start = j - length
            match = units.match(self.keys, start) if start >= 0 else None
            if match and match[0] == length and self.tokens[start].is_capitalised:
                nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
                return nxt is None or not (nxt.text in "/.," and self.token_is(j + 2, "0"))
        return False

    def _numbered_ward(self, j: int) -> bool:
        """'phường Móng Cái 1': a number right after the capitalised name of a ward or commune
        (since 2025 several are named after one town and numbered) is part of that name."""
        if len(self.tokens[j].text) > _WARD_NUMBER_DIGITS or self._number_goes_on(j):
            return False
        run = 0
        while run < MAX_NAME_WORDS and self.token_is_capitalised(j - run - 1):
            run += 1
        start = j - run
        return run > 0 and start > 0 and self.keys[start - 1] in _NUMBERED_LEVELS

    def _number_goes_on(self, j: int) -> bool:
        """Whether the number at token j goes on past a mark ('1/2026', '1.200', '1,5')."""
        nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        after = self.tokens[j + 2] if j + 2 < len(self.tokens) else None
        return nxt is not None and nxt.text in "/.," and after is not None and after.text.isdigit()

    def _ethnic_groups(self, j: int) -> Step | None:
        """'Châu tự trị dân tộc Choang, Miêu Văn Sơn' (or '… Choang - Miêu …', '… Cáp Nhì, dân
        tộc Di Hồng Hà', '… Choang và dân tộc Miêu Văn Sơn'): the comma lists the prefecture's
        ethnic groups, and the capitalised words after it (more groups, then its place) belong
        to it."""
        if not any(self.keys[k] == "tộc" for k in range(max(0, j - 3), j)):
            return None
        start = j + 3 if self.keys[j + 1 : j + 3] == ["dân", "tộc"] else j + 1
        run = capitalised_run(self.tokens, start)
        low, high = _ETHNIC_RUN
        if not low <= run <= high:
            return None
        place = None
        for k in range(start, start + run):
            local = self.local_place_at(k)
            if local and k + local <= start + run:
                place = self.local_places[tuple(self.keys[k : k + local])]
                if place is not None:
                    break
            mention = self.place_named_at(k)
            if mention and k + mention.tokens <= start + run:
                place = mention.place  # 'Châu tự trị dân tộc Cáp Nhì, Di Hồng Hà': Vân Nam
                break
        return Step(start + run, place=place)

    def _committee_place(self, j: int, after_name: bool) -> Step | None:
        """After a party committee ('Huyện ủy', 'Châu ủy') the capitalised words that follow
        start with its place: all of them, two or three, in a title written after its holder's
        name ('Trương Vĩ, Bí thư Châu ủy Hồng Hà cùng …'); else those before a two- or
        three-word name with a known family name ('Bí thư Huyện ủy Mã Quan Lý Minh'), unless
        they read as a Vietnamese name ('Hoàng Thị Kim Anh')."""
        if j < 2 or self.keys[j - 1] != "ủy" or self.keys[j - 2] not in _COMMITTEE_LEVELS:
            return None
        run = capitalised_run(self.tokens, j)
        if after_name and run in DIRECT_NAME_WORDS and not self.segment(j):
            return Step(j + run)
        for k in DIRECT_NAME_WORDS:
            tail = run - k
            head = set(self.keys[j : j + k])
            if (
                tail in DIRECT_NAME_WORDS
                and is_surname(self.tokens[j + k].text)
                and not head & _MIDDLE_NAMES
            ):
                self.names_after_places[j + k] = tail
                return Step(j + k, name_follows=True)
        return None

    def _side_of_a_joint_body(self, j: int) -> Step | None:
        """'Ủy ban công tác liên hợp phía Việt Nam': the side of a body two countries share
        whose part the office is in; it ends the body's name and tells the side."""
        mention = self.place_named_at(j + 1)
        if mention is None or mention.place.side not in ("VN", "CN"):
            return None
        after = j + 1 + mention.tokens
        if self._body_follows(after):
            # 'Chủ tịch phía Việt Nam của Ủy ban Chỉ đạo …': the body is named after the side
            return Step(after + 1, place=mention.place, anchor=False, side=True)
        return Step(after, place=mention.place, name_follows=self.name_after_place(after))

    def _body_follows(self, k: int) -> bool:
        """'của Ủy ban …' at token k: the body an office's side belongs to."""
        return self.keys[k : k + 1] == [OF] and self._body_at(k + 1)

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

    def _region_end(self, j: int) -> int | None:
        """Where a region of the world named inside an organisation ends: 'châu Á', 'châu Á -
        châu Phi' ('Vụ Thị trường châu Á - châu Phi')."""
        regions = title_lexicon().regions
        match = regions.match(self.keys, j)
        if match is None:
            return None
        end = j + match[0]
        while end < len(self.tokens) and self.tokens[end].text in _DASHES:
            more = regions.match(self.keys, end + 1)
            if more is None:
                break
            end += 1 + more[0]
        return end

    def _second_place_of_a_zone(self, j: int) -> Step | None:
        """'Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn': a zone named after two Vietnamese places
        joined by a dash, or a body after the two countries ('… Việt Nam - Trung Quốc'); the
        second is part of its name."""
        before = self._place_at_end(j)
        after = self.place_named_at(j + 1)
        if before is None or after is None:
            return None
        if {before.place.name, after.place.name} == _TWO_COUNTRIES:
            return Step(j + 1 + after.tokens)  # a body of both countries
        if before.place.kind != "vietnam" or after.place.kind != "vietnam":
            return None
        return Step(j + 1 + after.tokens, place=after.place)

    def _place_at_end(self, j: int) -> PlaceMention | None:
        """The place whose name ends right before token j, if any."""
        for start in range(max(0, j - MAX_NAME_WORDS), j):
            mention = self.place_named_at(start)
            if mention is not None and start + mention.tokens == j:
                return mention
        return None

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

    def _second_seat(self, j: int) -> Step | None:
        """'Tổng Lãnh sự Việt Nam tại Hồng Kông và Ma Cao': a mission seated in one place and
        accredited to the next, both Chinese divisions, is one title."""
        before = next((k for k in range(j - 1, max(-1, j - 5), -1) if self.keys[k] == "tại"), None)
        if before is None:
            return None
        seat = self.place_named_at(before + 1)
        other = self.place_named_at(j + 1)
        if seat is None or other is None or seat.first_token + seat.tokens != j:
            return None
        if seat.place.kind != "division" or other.place.kind != "division":
            return None
        return Step(j + 1 + other.tokens)

    def _in_the_same_country(self, k: int, places: Sequence[Place]) -> bool:
        """Whether the place named from token k ('thành phố Nam Ninh') is in China, after an
        organisation of a Chinese division: a mission abroad says where it is ('Văn phòng … Quảng
        Tây tại Hà Nội'); a province's own office does not."""
        if not any(p.kind == "division" for p in places):
            return False
        for _ in range(_LEVEL_REACH):
            token = self.tokens[k] if k < len(self.tokens) else None
            if token is None or not (
                token.key in _MUNICIPAL_WORDS or token.key in title_lexicon().place_abbreviations
            ):
                break
            k += 2 if self.token_is(k + 1, ".") else 1
        mention = self.place_named_at(k) if k < len(self.tokens) else None
        return mention is not None and mention.place.kind in ("division", "china")
