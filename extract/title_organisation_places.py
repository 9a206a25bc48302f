"""The places inside an organisation's name after an office: a party committee's level and
place, the side of a body two countries share, a zone named after two places, a second seat, a
ward's number, a prefecture's ethnic groups, a region of the world."""

from __future__ import annotations

from collections.abc import Sequence

from extract.names import MAX_NAME_WORDS, capitalised_run, is_surname
from extract.places import Place, PlaceMention
from extract.title_lexicon import OF, title_lexicon
from extract.title_locators import LocatorReader, Step
from extract.title_names import DIRECT_NAME_WORDS

_DASHES = frozenset({"-", "–"})
# The level of a party committee ('Huyện ủy', 'Châu ủy'): its place follows it.
_COMMITTEE_LEVELS = frozenset({"tỉnh", "thành", "huyện", "châu", "thị", "quận"})
# Middle names that make capitalised words a Vietnamese name, not a place ('Hoàng Thị Kim Anh').
_MIDDLE_NAMES = frozenset({"thị", "văn"})
# Words naming what kind of place follows ('thành phố Nam Ninh', 'thủ phủ Côn Minh'), at most
# this many before the place.
_MUNICIPAL_WORDS = frozenset({"thành", "phố", "thủ", "phủ", "đô", "tỉnh", "khu", "huyện", "châu"})
_LEVEL_REACH = 3
# A country named as a state after 'tại' ('Đại sứ … tại nước Cộng hòa Nhân dân Trung Hoa').
_STATE = "nước"
# Levels whose places may be numbered after the town they come from ('phường Móng Cái 1').
_NUMBERED_LEVELS = frozenset({"phường", "xã"})
_WARD_NUMBER_DIGITS = 2
# First words of a body's name ('Tổng cục Hải quan', 'Bộ Thương mại', 'UBND tỉnh', 'Chi cục
# Hải quan').
_BODY_HEADS = frozenset(
    {"bộ", "tổng", "cục", "chi", "sở", "ủy", "ubnd", "ban", "viện", "văn", "chính"}
)
# A body of both countries is named after them: '… hợp tác song phương Việt Nam - Trung Quốc'.
_TWO_COUNTRIES = frozenset({"Việt Nam", "Trung Quốc"})
# Capitalised words of a prefecture's ethnic groups after a comma ('dân tộc Choang, Miêu Văn Sơn').
_ETHNIC_RUN = (1, 4)


class OrganisationPlaceReader(LocatorReader):
    """Reads the places and numbers inside an organisation's name."""

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
        if run > high and (before_name := self._ethnic_place_before_a_name(start)):
            return before_name
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

    def _ethnic_place_before_a_name(self, start: int) -> Step | None:
        """'Phó Châu trưởng Châu tự trị dân tộc Cáp Nhì, dân tộc Di | Hồng Hà | Mã Quốc Lương':
        in a title written before its holder's name, the capitalised words after the comma run
        on into the name; the prefecture's place, among the first of them, ends the title when
        a name follows it (None otherwise)."""
        _low, high = _ETHNIC_RUN
        for k in range(start + 1, start + high):
            mention = self.place_named_at(k)
            if mention is None or mention.place.kind == "country":
                continue
            after = k + mention.tokens
            if self.name_after_place(after):
                return Step(after, place=mention.place, name_follows=True)
            return None
        return None

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
        Tây tại Hà Nội'); a province's own office does not. A place no list knows, named with
        its level ('châu Hồng Hà tại | huyện Kim Bình'), is one of the division's own units."""
        if not any(p.kind == "division" for p in places):
            return False
        level = self._past_place_level(k)
        mention = self.place_named_at(level) if level < len(self.tokens) else None
        if mention is None:
            return level > k and self.token_is_capitalised(level)
        return mention.place.kind in ("division", "china")

    def _seat_named_at(self, k: int) -> bool:
        """Whether a mission's seat may be named from token k, after 'tại': a capitalised name,
        perhaps after its level ('Quảng Châu', 'thành phố Nam Ninh', 'TP. Hồ Chí Minh', 'nước
        Cộng hòa …'); not a common noun, which says where the event was ('khu vực mốc …', 'cửa
        khẩu Hữu Nghị')."""
        k = self._past_place_level(k + 1 if self.keys[k : k + 1] == [_STATE] else k)
        return self.token_is_capitalised(k)

    def _past_place_level(self, k: int) -> int:
        """The token after the words naming a place's level from token k ('thành phố', 'TP.')."""
        for _ in range(_LEVEL_REACH):
            token = self.tokens[k] if k < len(self.tokens) else None
            if token is None or not (
                token.key in _MUNICIPAL_WORDS or token.key in title_lexicon().place_abbreviations
            ):
                break
            k += 2 if self.token_is(k + 1, ".") else 1
        return k
