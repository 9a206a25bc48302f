"""Office titles read from text: comma chains of offices with their organisations and places."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from extract.lexicon import PhraseSet, load_data, word_set
from extract.names import (
    MAX_NAME_WORDS,
    MIN_NAME_WORDS,
    capitalised_run,
    is_surname,
    name_length,
)
from extract.places import Place, PlaceMention, place_at, read_shared_name
from extract.text import Token, squeeze

SegmentKind = Literal["office", "rank", "honorific"]
Side = Literal["VN", "CN", "other"]


@dataclass(frozen=True, slots=True)
class Segment:
    """One office (or rank) of a title chain, as written, without a trailing country."""

    text: str
    kind: SegmentKind
    places: tuple[Place, ...]
    start: int
    end: int
    in_a_firm: bool = False  # the body is named by a brand alone ('Tổng giám đốc Rạng Đông')


@dataclass(frozen=True, slots=True)
class _Lexicon:
    heads: PhraseSet
    prefixes: PhraseSet
    suffixes: PhraseSet
    organisations: PhraseSet
    organisation_words: frozenset[str]
    named_directly: PhraseSet
    regions: PhraseSet
    verbs_after_titles: PhraseSet
    speech_verbs: PhraseSet
    place_abbreviations: frozenset[str]
    numbered_units: PhraseSet
    not_after_and: PhraseSet
    ethnic_groups: PhraseSet
    business: PhraseSet
    body_name_phrases: PhraseSet
    firm_offices: PhraseSet
    named_institutions: PhraseSet
    body_kinds: PhraseSet
    first_words: frozenset[str]  # the words a title can begin with: a prefix's or an office's


def speech_verbs() -> PhraseSet:
    """What a person is said to say: 'cho biết', 'khẳng định', …"""
    return _lexicon().speech_verbs


@cache
def _lexicon() -> _Lexicon:
    data = load_data("titles")
    units = [f"Trưởng {u}" for u in data["units_after_head"]]
    units += [f"{u} trưởng" for u in data["units_before_head"]]
    heads = (
        [(x, "office") for x in data["offices"] + units]
        + [(x, "rank") for x in data["ranks"]]
        + [(x, "honorific") for x in data["honorifics"]]
    )
    head_phrases = PhraseSet([h for h, _ in heads], [k for _, k in heads])
    prefixes = PhraseSet(data["prefixes"])
    return _Lexicon(
        heads=head_phrases,
        prefixes=prefixes,
        suffixes=PhraseSet(data["suffixes"]),
        organisations=PhraseSet(data["organisations"]),
        organisation_words=word_set(data["organisation_words"]),
        named_directly=PhraseSet(data["offices_named_directly"]),
        regions=PhraseSet(data["regions"]),
        verbs_after_titles=PhraseSet(data["verbs_after_titles"]),
        speech_verbs=PhraseSet(data["speech_verbs"]),
        place_abbreviations=word_set(data["place_abbreviations"]),
        numbered_units=PhraseSet(data["numbered_units"]),
        not_after_and=PhraseSet(data["not_after_and"]),
        ethnic_groups=PhraseSet(data["ethnic_groups"]),
        business=PhraseSet(data["business_organisations"]),
        body_name_phrases=PhraseSet(data["body_name_phrases"]),
        firm_offices=PhraseSet(data["firm_offices"]),
        named_institutions=PhraseSet(data["named_institutions"]),
        body_kinds=PhraseSet(
            data["state_body_kinds"] + data["units_after_head"] + data["units_before_head"]
        ),
        first_words=prefixes.first_words | head_phrases.first_words,
    )


# Lower-case words inside an organisation that cannot end a title ("Đại sứ Việt Nam tại …").
_CONNECTORS = frozenset({"tại"})
# After an office, the word that makes it the office's premises: 'Tổng Lãnh sự quán'.
_BUILDING = "quán"
_PROVINCE_WORD = "tỉnh"
_MINISTRY = "bộ"
_DEPARTMENT = "vụ"
# Before a country or province, the side of a body two countries share ('… phía Việt Nam').
_SIDE = "phía"
_GROUP_JOINERS = frozenset({",", "-", "–"})
_CONCURRENTLY = "kiêm"
_DASHES = frozenset({"-", "–"})
# A name after an office named directly ('Tỉnh trưởng Nhiếp Quang Vinh'): Sino-Vietnamese names
# have two or three words.
_DIRECT_NAME_WORDS = (2, 3)
# Fields a body's name may list before "và" ("Sở Du lịch, Văn hóa, Phát thanh … và Thể thao").
_FIELDS_LISTED = 5
# The level of a party committee ('Huyện ủy', 'Châu ủy'): its place follows it.
_COMMITTEE_LEVELS = frozenset({"tỉnh", "thành", "huyện", "châu", "thị", "quận"})
# Offices of a prefecture, after which 'Châu' begins the prefecture's name.
_PREFECTURE_OFFICES = (["châu", "trưởng"], ["châu", "ủy"])
# Middle names that make capitalised words a Vietnamese name, not a place ('Hoàng Thị Kim Anh').
_MIDDLE_NAMES = frozenset({"thị", "văn"})


# Words naming what kind of place follows ('thành phố Nam Ninh', 'thủ phủ Côn Minh'), at most
# this many before the place.
_MUNICIPAL_WORDS = frozenset({"thành", "phố", "thủ", "phủ", "đô", "tỉnh", "khu", "huyện", "châu"})
_LEVEL_REACH = 3
# Lower-case words that end an organisation's name well ('UBND tỉnh'), whatever follows.
_LEVEL_WORDS = frozenset({"tỉnh", "huyện", "quận", "xã", "phố", "trấn"})
# Words that take an organisation on inside a name: 'Cục Thương mại và Phát triển …', 'Ủy ban
# Kinh tế của Quốc hội'.
_AND, _OF = "và", "của"
_EACH = "các"  # '… và các khu công nghiệp …': more bodies of the same kind, in one name
# Capitalised words of a prefecture's ethnic groups after a comma ('dân tộc Choang, Miêu Văn Sơn').
_ETHNIC_RUN = (1, 4)
# Words of an office's field between it and the firm it belongs to ('Giám đốc khu vực Việt Nam
# của Công ty …'), at most.
_FIELD_WORDS = 4
# The words of an institution's kind ('Trường Đại học'), at most.
_KIND_WORDS = 4
# A country locator after a comma ('…, Quân Giải phóng nhân dân Trung Quốc') has a few words.
_LOCATOR_WORDS = 8


@dataclass(frozen=True, slots=True)
class _Step:
    next: int
    anchor: bool = True
    place: Place | None = None
    dropped: tuple[int, int] | None = None
    name_follows: bool = False


class TitleReader:
    """Reads titles in one sentence; tokens and their spelling keys are computed once.

    `local_places` are the spelling keys of places the article itself names with a lower-case
    place word ('châu Hồng Hà'): never a person, and part of a title they follow; `in_china` the
    names China and Vietnam share that the article ties to China ('Hà Nam').
    """

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        local_places: Mapping[tuple[str, ...], Place | None] | None = None,
        in_china: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.keys = [t.key for t in tokens]
        self.local_places = local_places or {}
        self.in_china = in_china
        self._names_after_places: dict[int, int] = {}

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
        lex = _lexicon()
        j = i
        prefix = lex.prefixes.match(self.keys, j)
        if prefix:
            j += prefix[0]
        head = lex.heads.match(self.keys, j)
        capitalised = self.tokens[i].is_capitalised or self.tokens[j].is_capitalised
        if not head or not (capitalised or lower_case):
            return None
        kind: SegmentKind = head[1]
        direct = lex.named_directly.match(self.keys, j) is not None
        office_of_firms = lex.firm_offices.match(self.keys, j)
        firm_office = office_of_firms is not None and office_of_firms[0] == head[0]
        j += head[0]
        if self.keys[j : j + 1] == [_BUILDING]:
            return None  # 'Tổng Lãnh sự quán', 'Đại sứ quán': a mission, not its head
        while (suffix := lex.suffixes.match(self.keys, j)) is not None:
            j += suffix[0]
        if direct and self._name_named_directly(j):
            return Segment(self._span_text(i, j, []), kind, (), i, j)
        if business := self._business_in_lower_case(j) or self._business_it_belongs_to(j):
            return Segment(self._span_text(i, business, []), kind, (), i, business)
        firm = firm_office and self._brand_at(j)
        end, places, dropped = self._organisation(j, after_name)
        text = self._span_text(i, end, dropped)
        return Segment(text, kind, tuple(places), i, end, in_a_firm=firm and end > j)

    def _business_in_lower_case(self, j: int) -> int:
        """Where a firm named by its common noun right after an office ends ('Chủ tịch tập
        đoàn', 'Tổng Giám đốc công ty'): the office is the firm's, its title goes on to
        there (0 when no such noun follows)."""
        if j >= len(self.tokens) or self.tokens[j].is_capitalised:
            return 0
        match = _lexicon().business.match(self.keys, j)
        return j + match[0] if match else 0

    def _brand_at(self, j: int) -> bool:
        """Whether the capitalised words at token j, right after an office that firms have,
        name a firm by its brand ('Tổng giám đốc Nông sản Xanh Miền Nam'): no kind of body
        of the state ('Sở', 'Bệnh viện'), no known organisation, place or acronym."""
        if not self.token_is_capitalised(j) or self.tokens[j].text.isupper():
            return False
        lex = _lexicon()
        return not (
            lex.body_kinds.match(self.keys, j)
            or lex.organisations.match(self.keys, j)
            or self._place_at(j)
            or self.local_place_at(j)
            or self.name_at(j)
        )

    def _business_it_belongs_to(self, j: int) -> int:
        """Where the firm an office belongs to ends, when a few words of its field stand
        between them ('Giám đốc phân tích của Công ty Chứng khoán Rồng Vàng', 'Giám đốc khu
        vực Việt Nam của Hãng hàng không …'): the office is the firm's, its title goes on to
        there (0 when no 'của' and a firm follow)."""
        lex = _lexicon()
        for k in range(j, min(len(self.tokens), j + _FIELD_WORDS + 1)):
            if not self.tokens[k].is_word:
                return 0
            if self.keys[k] == _OF:
                firm = lex.business.match(self.keys, k + 1)
                capitalised = self.token_is_capitalised(k + 1)
                return k + 1 + firm[0] if firm and capitalised else 0
        return 0

    def token_is_capitalised(self, j: int) -> bool:
        return j < len(self.tokens) and self.tokens[j].is_capitalised

    def may_start_title(self, i: int) -> bool:
        """Whether token i is a word some prefix or office begins with (most words are not)."""
        if i >= len(self.tokens) or not self.tokens[i].is_word:
            return False
        return self.keys[i] in _lexicon().first_words

    def title_starts(self) -> set[int]:
        """The tokens `may_start_title` holds for."""
        first_words = _lexicon().first_words
        return {
            i for i, token in enumerate(self.tokens) if token.is_word and token.key in first_words
        }

    def local_place_at(self, j: int) -> int:
        """How many tokens a place the article names with a place word has at token j (0 if
        none starts there)."""
        for length in range(MAX_NAME_WORDS, 0, -1):
            if tuple(self.keys[j : j + length]) in self.local_places:
                return length
        return 0

    def name_at(self, j: int) -> int:
        """`name_length` at token j, unless the words there are one of the article's places, or
        a prefecture named after its office ('Phó Châu trưởng Châu Văn Sơn': 'Châu' is the
        prefecture there, not a family name)."""
        if self._prefecture_at(j):
            return 0
        length = name_length(self.tokens, j)
        return 0 if length and self.local_place_at(j) >= length else length

    def _prefecture_at(self, j: int) -> bool:
        return (
            j < len(self.keys)
            and self.keys[j] == "châu"
            and self.keys[max(0, j - 2) : j] in _PREFECTURE_OFFICES
        )

    def _name_named_directly(self, j: int) -> bool:
        """'Tỉnh trưởng Nhiếp Quang Vinh': right after an office that takes no organisation
        (a Chinese one), two or three capitalised words are a name, family name known or not."""
        if self._prefecture_at(j):
            return False
        run = capitalised_run(self.tokens, j)
        if run not in _DIRECT_NAME_WORDS or self.name_at(j) not in (0, run):
            return False
        return self._unknown_name(j, run)

    def body_places(self, j: int) -> list[Place]:
        """The places the name of the body at token j names ('Sở Nông nghiệp và Nông thôn tỉnh
        Vân Nam' -> [Vân Nam])."""
        return self._organisation(j + 1)[1]

    def _organisation(
        self, j: int, after_name: bool = False
    ) -> tuple[int, list[Place], list[tuple[int, int]]]:
        """Where the organisation after an office ends, the places it names, and the spans of
        country suffixes (', Trung Quốc', '(Trung Quốc)') to leave out of the title."""
        places: list[Place] = []
        dropped: list[tuple[int, int]] = []
        end = j
        while j < len(self.tokens):
            step = self._step(j, after_name, places)
            if step is None:
                break
            j = step.next
            if step.place is not None:
                places.append(step.place)
            if step.dropped is not None:
                dropped.append(step.dropped)
            if step.anchor:
                end = j
            if step.name_follows:
                break
        return end, places, dropped

    def _step(self, j: int, after_name: bool = False, places: Sequence[Place] = ()) -> _Step | None:
        """One more piece of an organisation at token j, or None where the title ends; `places`
        the organisation has named so far (once it has one, its name is complete)."""
        lex = _lexicon()
        token = self.tokens[j]
        placed = bool(places)
        if token.key in _CONNECTORS and self._in_the_same_country(j + 1, places):
            return None  # "… Khu ủy Quảng Tây, Trung Quốc tại Nam Ninh": where the event was
        joins_groups = token.text in _GROUP_JOINERS or (
            token.key == _AND and self.keys[j + 1 : j + 3] == ["dân", "tộc"]
        )
        if joins_groups and not placed and (ethnic := self._ethnic_groups(j)):
            return ethnic
        if token.text in _DASHES and not placed and self._joins_a_name(j):
            return _Step(j + 1, anchor=False)  # 'Ủy ban Kinh tế - Tài chính …'
        if token.text in _DASHES and placed and (pair := self._second_place_of_a_zone(j)):
            return pair
        if token.text in "(,":
            return self._bracketed(j, placed)
        if token.key == _CONCURRENTLY and self.segment(j + 1):
            return _Step(j + 1, anchor=False)  # "Bí thư Tỉnh ủy kiêm Trưởng Đoàn …": one title
        if token.text.isdigit() and self._numbered_unit_before(j):
            return _Step(j + 1)  # "Quân khu 1"
        if token.key == _AND and placed and (seats := self._second_seat(j)):
            return seats
        if token.key in (_AND, _OF) and not token.is_capitalised and not placed:
            return self._joined(j)
        organisation = lex.organisations.match(self.keys, j) or lex.business.match(self.keys, j)
        if organisation and token.is_capitalised:
            return _Step(j + organisation[0])  # 'Câu lạc bộ', whose words go on in lower case
        if self.keys[j - 2 : j] == ["dân", "tộc"] and (
            group := lex.ethnic_groups.match(self.keys, j)
        ):
            return _Step(j + group[0])  # "Châu tự trị dân tộc Hà Nhì": a people, not a person
        if token.key == _SIDE and not placed and (side := self._side_of_a_joint_body(j)):
            return side
        mention = self._place_at(j)
        if mention:
            after = j + mention.tokens
            if self.keys[j - 1] == _DEPARTMENT and mention.place.kind in ("china", "country"):
                return _Step(after)  # "Vụ Trung Quốc": a ministry's desk, named for a country
            return _Step(after, place=mention.place, name_follows=self._name_after_place(after))
        local = self.local_place_at(j)
        if local:
            province = self.local_places[tuple(self.keys[j : j + local])]
            after = j + local
            return _Step(after, place=province, name_follows=self._name_after_place(after))
        region = self._region_end(j)
        if region:
            return _Step(region)
        if token.key in lex.place_abbreviations and token.is_capitalised:
            # "TP.Thâm Quyến", "TP Nam Ninh": the place follows.
            return _Step(j + 2 if self.token_is(j + 1, ".") else j + 1, anchor=False)
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
                return _Step(j + 1)  # 'Trạm kiểm tra …': the phrase is read whole next
            nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
            continues = (
                nxt is not None
                and nxt.is_word
                and not nxt.is_capitalised
                and not lex.verbs_after_titles.match(self.keys, j + 1)
                and not lex.speech_verbs.match(self.keys, j + 1)
            )
            return _Step(j + 2 if continues else j + 1)
        words = lex.body_name_phrases.match(self.keys, j)
        if words and not placed:
            # 'Cục Đầu tư nước ngoài', 'Ban Chỉ đạo công tác đối ngoại tỉnh'
            return _Step(j + words[0], anchor=self._ends_well(j + words[0] - 1))
        if token.key in lex.organisation_words:
            return _Step(j + 1, anchor=self._ends_well(j))
        return None

    def _ends_well(self, j: int) -> bool:
        """Whether a lower-case word of an organisation may end the title: a level ('UBND tỉnh'),
        a word before punctuation, a capital, another such word or a word that follows titles
        ('… xuất nhập khẩu và …'); not one the sentence runs on from ('Quảng Đông nhân dịp')."""
        key = self.keys[j]
        if key in _CONNECTORS:
            return False
        if key in _LEVEL_WORDS:
            return True
        nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        lex = _lexicon()
        return (
            nxt is None
            or not nxt.is_word
            or nxt.is_capitalised
            or nxt.key in lex.organisation_words
            or lex.verbs_after_titles.match(self.keys, j + 1) is not None
        )

    def _joined(self, j: int) -> _Step | None:
        """'và' going on with an organisation's name ('Cục Thương mại và Phát triển kinh tế', 'Ban
        Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi'), or
        'của' before the body it belongs to ('Ủy ban Kinh tế của Quốc hội'); not 'và' before
        another party, a person or another title."""
        k = j + 1
        lex = _lexicon()
        if (
            self.keys[j] == _AND
            and self.keys[k : k + 1] == [_EACH]
            and self.keys[k + 1 : k + 2]
            and self.keys[k + 1] in lex.organisation_words
        ):
            return _Step(k + 1, anchor=False)  # '… Khu kinh tế Dung Quất và các khu công nghiệp …'
        if k >= len(self.tokens) or not self.tokens[k].is_capitalised:
            return None
        if self.keys[j] == _OF:
            organisation = lex.organisations.match(self.keys, k)
            return _Step(k, anchor=False) if organisation else None
        if (
            self.name_at(k)
            or self.segment(k)
            or lex.not_after_and.match(self.keys, k)
            or self._place_at(k)
        ):
            return None
        return _Step(k, anchor=False)

    def _numbered_unit_before(self, j: int) -> bool:
        """'Quân khu 1', 'Sư đoàn 308': a unit's number right after its name, ending it."""
        units = _lexicon().numbered_units
        for length in (1, 2, 3):
            start = j - length
            match = units.match(self.keys, start) if start >= 0 else None
            if match and match[0] == length and self.tokens[start].is_capitalised:
                nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
                return nxt is None or not (nxt.text in "/.," and self.token_is(j + 2, "0"))
        return False

    def _ethnic_groups(self, j: int) -> _Step | None:
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
            mention = self._place_at(k)
            if mention and k + mention.tokens <= start + run:
                place = mention.place  # 'Châu tự trị dân tộc Cáp Nhì, Di Hồng Hà': Vân Nam
                break
        return _Step(start + run, place=place)

    def _committee_place(self, j: int, after_name: bool) -> _Step | None:
        """After a party committee ('Huyện ủy', 'Châu ủy') the capitalised words that follow
        start with its place: all of them, two or three, in a title written after its holder's
        name ('Trương Vĩ, Bí thư Châu ủy Hồng Hà cùng …'); else those before a two- or
        three-word name with a known family name ('Bí thư Huyện ủy Mã Quan Lý Minh'), unless
        they read as a Vietnamese name ('Hoàng Thị Kim Anh')."""
        if j < 2 or self.keys[j - 1] != "ủy" or self.keys[j - 2] not in _COMMITTEE_LEVELS:
            return None
        run = capitalised_run(self.tokens, j)
        if after_name and run in _DIRECT_NAME_WORDS and not self.segment(j):
            return _Step(j + run)
        for k in _DIRECT_NAME_WORDS:
            tail = run - k
            head = set(self.keys[j : j + k])
            if (
                tail in _DIRECT_NAME_WORDS
                and is_surname(self.tokens[j + k].text)
                and not head & _MIDDLE_NAMES
            ):
                self._names_after_places[j + k] = tail
                return _Step(j + k, name_follows=True)
        return None

    def _side_of_a_joint_body(self, j: int) -> _Step | None:
        """'Ủy ban công tác liên hợp phía Việt Nam': the side of a body two countries share
        whose part the office is in; it ends the body's name and tells the side."""
        mention = self._place_at(j + 1)
        if mention is None or mention.place.side not in ("VN", "CN"):
            return None
        after = j + 1 + mention.tokens
        return _Step(after, place=mention.place, name_follows=self._name_after_place(after))

    def _institution_name(self, j: int) -> _Step | None:
        """'…, Hiệu trưởng Trường Đại học Hồng Đức và ông B': after the kind of an institution
        that is known by its own name ('Trường Đại học', 'Bệnh viện'), in a title written
        after its holder's name, the capitalised words are that name, not the next person's."""
        kinds = _lexicon().named_institutions
        for start in range(max(0, j - _KIND_WORDS), j):
            kind = kinds.match(self.keys, start)
            if kind and start + kind[0] == j and self.tokens[start].is_capitalised:
                run = capitalised_run(self.tokens, j)
                # a place inside the name ('Trường Đại học Y Hà Nội') is read as one; a
                # country's one word is a syllable of the name ('Hồng Đức')
                end = next((k for k in range(j, j + run) if self._place_in_name(k)), j + run)
                return _Step(end) if 0 < end - j <= MAX_NAME_WORDS else None
        return None

    def _place_in_name(self, k: int) -> bool:
        mention = self._place_at(k)
        return mention is not None and mention.place.kind != "country"

    def _region_end(self, j: int) -> int | None:
        """Where a region of the world named inside an organisation ends: 'châu Á', 'châu Á -
        châu Phi' ('Vụ Thị trường châu Á - châu Phi')."""
        regions = _lexicon().regions
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

    def _bracketed(self, j: int, placed: bool) -> _Step | None:
        """', Trung Quốc' or '(Trung Quốc)' (a country, left out of the title), '(Quảng Tây)'
        after a place (left out too), '(Quảng Tây)' after a body named without one, '(Bộ Công
        Thương)', '(UBND)' (kept); ', tỉnh Vân Nam' after an organisation that names
        no place yet (`placed` false: 'Châu tự trị dân tộc Choang, Miêu Văn Sơn, tỉnh Vân Nam'):
        the province it is in, left out of the title like a country; ', Bộ Ngoại giao' after a
        department: its ministry (kept)."""
        token = self.tokens[j]
        if token.text == "(" and (locator := self._province_in_brackets(j)):
            return locator
        if token.text == "," and not placed and self._fields_listed(j):
            return _Step(j + 1, anchor=False)  # 'Sở Du lịch, Văn hóa, … và Thể thao tỉnh …'
        if token.text == "," and not placed and (province := self._province_after_comma(j)):
            return province
        if token.text == "," and (ministry := self._parent_ministry(j)):
            return ministry
        mention = self._place_at(j + 1)
        if mention is None:
            if token.text != "(":
                return self._locator(j)
            organisation = _lexicon().organisations.match(self.keys, j + 1)
            if organisation and self.token_is(j + 1 + organisation[0], ")"):
                return _Step(j + 2 + organisation[0])
            inner = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
            if inner and inner.is_word and inner.text.isupper() and self.token_is(j + 2, ")"):
                return _Step(j + 3)  # an acronym: "(ĐHĐBND)", "(MOIT)"
            return None
        close = mention.first_token + mention.tokens
        if token.text == "(" and placed and self.token_is(close, ","):
            close = self._country_closing(close + 1) or close  # '(Quảng Tây, Trung Quốc)'
        if token.text == "(" and not self.token_is(close, ")"):
            return None
        country = mention.place.kind in ("china", "country") or mention.place.name == "Việt Nam"
        if token.text == "," and mention.place.kind not in ("china", "country"):
            return self._province_of_the_city(j, mention, placed)
        after = close + 1 if token.text == "(" else close
        # '(Quảng Tây)' after a city the title names already only locates it, like a country.
        locates = country or (placed and mention.place.kind == "division")
        return _Step(
            after,
            place=mention.place,
            dropped=(token.start, self.tokens[after - 1].end) if locates else None,
            name_follows=self._name_after_place(after),
        )

    def _fields_listed(self, j: int) -> bool:
        """Whether the comma at token j goes on with the fields a body's name lists, up to 'và'
        and the last one ('Sở Du lịch, Văn hóa, Phát thanh truyền hình và Thể thao …'): each
        item opens with a capital and none is an office or a person's name."""
        k = j
        for _ in range(_FIELDS_LISTED):
            if not self.token_is(k, ","):
                return False
            item = k + 1
            if (
                item >= len(self.tokens)
                or not self.tokens[item].is_capitalised
                or self.segment(item)
                or self.name_at(item)
                or self._place_at(item)
            ):
                return False
            k = item + 1
            while k < len(self.tokens) and self.tokens[k].is_word and self.keys[k] != _AND:
                if self.tokens[k].is_capitalised and k > item + 1:
                    return False
                k += 1
            if self.token_is(k, _AND):
                last = k + 1
                return last < len(self.tokens) and self.tokens[last].is_capitalised
        return False

    def _country_closing(self, k: int) -> int | None:
        """Where ')' closes a bracket going on with China's name at k ('…, Trung Quốc)')."""
        country = self._place_at(k)
        if country is None or country.place.kind != "china":
            return None
        close = country.first_token + country.tokens
        return close if self.token_is(close, ")") else None

    def _second_place_of_a_zone(self, j: int) -> _Step | None:
        """'Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn': a zone named after two Vietnamese places
        joined by a dash; the second is part of its name."""
        before = self._place_at_end(j)
        after = self._place_at(j + 1)
        if before is None or after is None:
            return None
        if before.place.kind != "vietnam" or after.place.kind != "vietnam":
            return None
        return _Step(j + 1 + after.tokens, place=after.place)

    def _place_at_end(self, j: int) -> PlaceMention | None:
        """The place whose name ends right before token j, if any."""
        for start in range(max(0, j - MAX_NAME_WORDS), j):
            mention = self._place_at(start)
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
            and self._place_at(j + 1) is None
        )

    def _province_of_the_city(self, j: int, mention: PlaceMention, placed: bool) -> _Step | None:
        """', Khu tự trị dân tộc Choang Quảng Tây' after a city the title names ('Thị trưởng
        thành phố Phòng Thành Cảng, Khu tự trị … Chu Vũ Hằng'): where the city is, left out of
        the title like a country, when a name follows."""
        if not placed or mention.place.kind != "division" or mention.place.via_city:
            return None
        after = mention.first_token + mention.tokens
        if not self._name_after_place(after):
            return None
        return _Step(
            after,
            place=mention.place,
            dropped=(self.tokens[j].start, self.tokens[after - 1].end),
            name_follows=True,
        )

    def _province_in_brackets(self, j: int) -> _Step | None:
        """'(tỉnh Vân Nam, Trung Quốc)' after a prefecture's name: where it is, left out of the
        title like a country ('(Quảng Tây)' alone stays, as written)."""
        k = j + 1
        if self.keys[k : k + 1] != [_PROVINCE_WORD]:
            return None
        mention = self._place_at(k + 1)
        if mention is None or mention.place.kind != "division":
            return None
        close = mention.first_token + mention.tokens
        if self.token_is(close, ","):
            country = self._place_at(close + 1)
            if country is None or country.place.kind != "china":
                return None
            close = country.first_token + country.tokens
        if not self.token_is(close, ")"):
            return None
        return _Step(
            close + 1,
            place=mention.place,
            dropped=(self.tokens[j].start, self.tokens[close].end),
            name_follows=self._name_after_place(close + 1),
        )

    def _parent_ministry(self, j: int) -> _Step | None:
        """'Vụ trưởng Vụ Đông Bắc Á, Bộ Ngoại giao': the ministry a department belongs to, kept
        in the title, or the mission an attaché works in ('Tham tán Thương mại, Tổng Lãnh sự
        quán Việt Nam tại Côn Minh'); not when the next title or a name starts there."""
        k = j + 1
        if k >= len(self.tokens) or self.segment(k):
            return None
        organisation = _lexicon().organisations.match(self.keys, k)
        if organisation is None or not self.tokens[k].is_capitalised:
            return None
        mission = self.keys[k + organisation[0] - 1] == _BUILDING
        if self.keys[k] != _MINISTRY and not mission:
            return None
        country = (
            self._place_at(k + organisation[0]) if k + organisation[0] < len(self.keys) else None
        )
        if country is not None and country.place.kind in ("china", "country"):
            return None  # '…, Bộ Ngoại giao Trung Quốc' only locates the office: see _locator
        return _Step(k + organisation[0])

    def _province_after_comma(self, j: int) -> _Step | None:
        """', tỉnh Vân Nam' or ', Quảng Tây' at the comma j (not a city's name)."""
        k = j + 2 if self.keys[j + 1 : j + 2] == [_PROVINCE_WORD] else j + 1
        mention = self._place_at(k)
        if mention is None or mention.place.kind != "division" or mention.place.via_city:
            return None
        end = k + mention.tokens
        return _Step(
            end,
            place=mention.place,
            dropped=(self.tokens[j].start, self.tokens[end - 1].end),
            name_follows=self._name_after_place(end),
        )

    def _locator(self, j: int) -> _Step | None:
        """', Quân Giải phóng nhân dân Trung Quốc' after an office's organisation: a body named
        with its country, which only locates the office; left out of the title like ', Trung
        Quốc', and its country gives the side."""
        if self.segment(j + 1) or self.name_at(j + 1):
            return None
        organisation_words = _lexicon().organisation_words
        for k in range(j + 1, min(len(self.tokens), j + 2 + _LOCATOR_WORDS)):
            mention = self._place_at(k)
            if mention is not None:
                if mention.place.kind not in ("china", "country") or k == j + 1:
                    return None
                after = k + mention.tokens
                nxt = self.tokens[after] if after < len(self.tokens) else None
                if nxt is not None and nxt.is_word and nxt.key in organisation_words:
                    return None
                dropped = (self.tokens[j].start, self.tokens[after - 1].end)
                return _Step(after, place=mention.place, dropped=dropped)
            token, previous = self.tokens[k], self.tokens[k - 1]
            # A body's name capitalises the first word of each term only ('Giải phóng').
            second_syllable = token.is_word and previous.is_capitalised
            if not (token.is_capitalised or token.key in organisation_words or second_syllable):
                return None
        return None

    def _second_seat(self, j: int) -> _Step | None:
        """'Tổng Lãnh sự Việt Nam tại Hồng Kông và Ma Cao': a mission seated in one place and
        accredited to the next, both Chinese divisions, is one title."""
        before = next((k for k in range(j - 1, max(-1, j - 5), -1) if self.keys[k] == "tại"), None)
        if before is None:
            return None
        seat = self._place_at(before + 1)
        other = self._place_at(j + 1)
        if seat is None or other is None or seat.first_token + seat.tokens != j:
            return None
        if seat.place.kind != "division" or other.place.kind != "division":
            return None
        return _Step(j + 1 + other.tokens)

    def _in_the_same_country(self, k: int, places: Sequence[Place]) -> bool:
        """Whether the place named from token k ('thành phố Nam Ninh') is in China, after an
        organisation of a Chinese division: a mission abroad says where it is ('Văn phòng … Quảng
        Tây tại Hà Nội'); a province's own office does not."""
        if not any(p.kind == "division" for p in places):
            return False
        for _ in range(_LEVEL_REACH):
            token = self.tokens[k] if k < len(self.tokens) else None
            if token is None or not (
                token.key in _MUNICIPAL_WORDS or token.key in _lexicon().place_abbreviations
            ):
                break
            k += 2 if self.token_is(k + 1, ".") else 1
        mention = self._place_at(k) if k < len(self.tokens) else None
        return mention is not None and mention.place.kind in ("division", "china")

    def _place_at(self, j: int) -> PlaceMention | None:
        """The place named at token j, a shared name read as the article ties it."""
        mention = place_at(self.tokens, self.keys, j)
        if mention is None or not self.in_china:
            return mention
        return read_shared_name(self.text, mention, self.in_china)

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
        return _lexicon().verbs_after_titles.match(self.keys, j) is not None

    def says_at(self, j: int) -> bool:
        """Whether what the person says begins at token j ('cho biết', 'khẳng định')."""
        return _lexicon().speech_verbs.match(self.keys, j) is not None

    def token_is(self, j: int, text: str) -> bool:
        return j < len(self.tokens) and self.tokens[j].text == text

    def _name_after_place(self, j: int) -> bool:
        """Whether a name stands right after the place that ends a title, family name known or
        not ('… Quảng Tây Lam Thiên Lập', '… (Trung Quốc) Lâu Dương Sinh')."""
        run = capitalised_run(self.tokens, j)
        if not MIN_NAME_WORDS <= run <= MAX_NAME_WORDS:
            return False
        return self._unknown_name(j, run)

    def _unknown_name(self, j: int, run: int) -> bool:
        """Whether the `run` capitalised words at token j, where a name is expected, are one
        (remembered as such): not a place, a title or an organisation."""
        if place_at(self.tokens, self.keys, j) or self.local_place_at(j) or self.segment(j):
            return False
        if _lexicon().organisations.match(self.keys, j):
            return False
        self._names_after_places[j] = run
        return True

    def name_after(self, j: int, *, addressed: bool = True) -> tuple[int, int] | None:
        """(start, length) of a name right after a title: 'X Tô Lâm' or (with `addressed`) 'X,
        ông Vương Nghị'."""
        length = self.name_at(j) or self._names_after_places.get(j, 0)
        if length:
            return j, length
        if (
            addressed
            and self.token_is(j, ",")
            and j + 1 < len(self.tokens)
            and self.keys[j + 1] in ("ông", "bà", "ngài")
        ):
            length = self.name_at(j + 2)
            if length:
                return j + 2, length
        return None
