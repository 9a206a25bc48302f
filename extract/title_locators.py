"""What a comma or a bracket after an organisation's name adds to a title: the country, province,
ministry or mission it is in, left out of the title or kept."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extract.body_fields import FIELD_WORDS, last_field_before_place
from extract.lexicon import PhraseSet, load_data, word_set
from extract.places import Place, PlaceMention
from extract.title_lexicon import AND, BUILDING, title_lexicon
from extract.title_names import NameReader

_PROVINCE_WORD = "tỉnh"
_MINISTRY = "bộ"
# A central committee of the Party ('Ban Đối ngoại Trung ương') has departments as a ministry has.
_COMMITTEE = "ban"
_CENTRAL = ["trung", "ương"]
# A department ('Cục Hải quan', 'Tổng cục …') has units: boards, offices, teams.
_DEPARTMENT = "cục"
_UNITS = frozenset({"ban", "phòng", "đội"})
_UNIT_REACH = 8  # tokens before the comma its unit's word may stand at
# Fields a body's name may list before "và" ("Sở Du lịch, Văn hóa, Phát thanh … và Thể thao").
_FIELDS_LISTED = 5
# A country locator after a comma ('…, Quân Giải phóng nhân dân Trung Quốc') has a few words.
_LOCATOR_WORDS = 8


@dataclass(frozen=True, slots=True)
class Step:
    """One more piece of an organisation's name: the token after it, whether the title may end
    there (`anchor`), the place it names, the span left out of the title (`dropped`), and
    whether a name follows it. A `side` place is the side of a body two countries share ('phía
    Việt Nam của Ủy ban …'), not where the body is: the body's name goes on after it."""

    next: int
    anchor: bool = True
    place: Place | None = None
    dropped: tuple[int, int] | None = None
    name_follows: bool = False
    side: bool = False


@cache
def _region_words() -> frozenset[str]:
    return word_set(load_data("titles")["country_region_words"])


@cache
def _place_words() -> PhraseSet:
    return PhraseSet(load_data("titles")["place_words"])


class LocatorReader(NameReader):
    """Reads what a comma or a bracket after an organisation adds to a title."""

    def bracketed(self, j: int, placed: bool) -> Step | None:
        """', Trung Quốc' or '(Trung Quốc)' (a country, left out of the title), '(Quảng Tây)'
        after a place (left out too), '(Quảng Tây)' after a body named without one, '(Bộ Công
        Thương)', '(UBND)' (kept); ', tỉnh Vân Nam' after an organisation that names
        no place yet (`placed` false: 'Châu tự trị dân tộc Choang, Miêu Văn Sơn, tỉnh Vân Nam'):
        the province it is in, left out of the title like a country; ', Bộ Ngoại giao' after a
        department: its ministry (kept)."""
        token = self.tokens[j]
        if token.text == "(" and (locator := self._province_in_brackets(j)):
            return locator
        if token.text == "," and not placed and (self._fields_listed(j) or self._last_field(j)):
            return Step(j + 1, anchor=False)  # 'Sở Du lịch, Văn hóa, … và Thể thao tỉnh …'
        if token.text == "," and not placed and self._coordinated_field(j):
            return Step(j + 1, anchor=False)  # 'Khu thí điểm khai phát, khai phóng trọng điểm …'
        if token.text == "," and not placed and (province := self._province_after_comma(j)):
            return province
        if token.text == "," and placed and (province := self._province_before_a_name(j)):
            return province
        if token.text == "," and (ministry := self._parent_ministry(j)):
            return ministry
        mention = self.place_named_at(j + 1)
        if mention is None:
            if token.text != "(":
                return self._locator(j)
            organisation = title_lexicon().organisations.match(self.keys, j + 1)
            if organisation and self.token_is(j + 1 + organisation[0], ")"):
                return Step(j + 2 + organisation[0])
            inner = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
            if inner and inner.is_word and inner.text.isupper() and self.token_is(j + 2, ")"):
                return Step(j + 3)  # an acronym: "(ĐHĐBND)", "(MOIT)"
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
        return Step(
            after,
            place=mention.place,
            dropped=(token.start, self.tokens[after - 1].end) if locates else None,
            name_follows=self.name_after_place(after),
        )

    def _fields_listed(self, j: int) -> bool:
        """Whether the comma at token j goes on with the fields a body's name lists, up to 'và'
        and the last one ('Sở Du lịch, Văn hóa, Phát thanh truyền hình và Thể thao …', 'Cục
        Khoa học, công nghệ và đổi mới …'): each item opens with a capital, and is no office
        nor a person's name, or is a field's phrase in lower case."""
        k = j
        for _ in range(_FIELDS_LISTED):
            if not self.token_is(k, ","):
                return False
            k = self._listed_field_end(k + 1)
            if not k:
                return False
            if self.token_is(k, AND):
                last = k + 1
                phrase = title_lexicon().body_name_phrases.match(self.keys, last)
                return self.token_is_capitalised(last) or phrase is not None
        return False

    def _last_field(self, j: int) -> bool:
        """Whether the comma at token j goes on with a body's second and last field, named
        without 'và' right before the place the body is in ('Cục Văn hóa, Du lịch thành phố Bắc
        Hải')."""
        return last_field_before_place(
            self.tokens, self.keys, j, _place_words(), self.place_named_at
        )

    def _coordinated_field(self, j: int) -> bool:
        """Whether the comma at token j joins two fields of one body's name, written in lower
        case, the name going on after the second ('Khu thí điểm khai phát, khai phóng | trọng
        điểm Đông Hưng'): a field's phrase ends right before the comma, another one follows it,
        and more of the name (a field, an organisation's word, a place) follows that."""
        phrases = title_lexicon().body_name_phrases
        if not any(self._field_ends_at(j - n, n) for n in range(1, min(j, FIELD_WORDS) + 1)):
            return False
        second = phrases.match(self.keys, j + 1)
        if second is None or self.token_is_capitalised(j + 1):
            return False
        k = j + 1 + second[0]
        if k >= len(self.tokens) or not self.tokens[k].is_word:
            return False
        return (
            phrases.match(self.keys, k) is not None
            or self.keys[k] in title_lexicon().organisation_words
            or self.place_named_at(k) is not None
        )

    def _field_ends_at(self, k: int, length: int) -> bool:
        """Whether a lower-case field's phrase of `length` words starts at token k ('khai phát')."""
        phrase = title_lexicon().body_name_phrases.match(self.keys, k)
        return phrase is not None and phrase[0] == length and not self.token_is_capitalised(k)

    def _listed_field_end(self, item: int) -> int:
        """Where the field a body's name lists from token `item` ends, before ',' or 'và': a
        capitalised item ('Văn hóa', 'Phát thanh truyền hình'), or a field's phrase in lower
        case ('công nghệ'); 0 when no field is listed there."""
        if not self.token_is_capitalised(item):
            return self._field_phrase_end(item)
        if self.segment(item) or self.name_at(item) or self.place_named_at(item):
            return 0
        k = item + 1
        while k < len(self.tokens) and self.tokens[k].is_word and self.keys[k] != AND:
            if self.tokens[k].is_capitalised and k > item + 1:
                return 0
            k += 1
        return k

    def _field_phrase_end(self, k: int) -> int:
        """Where the lower-case phrase of a body's field at token k ends, when it is the whole
        item of a list ('công nghệ' before ',' or 'và'); 0 otherwise."""
        phrase = title_lexicon().body_name_phrases.match(self.keys, k)
        if phrase is None or self.token_is_capitalised(k):
            return 0
        end = k + phrase[0]
        whole = end >= len(self.tokens) or self.token_is(end, ",") or self.keys[end] == AND
        return end if whole else 0

    def _country_closing(self, k: int) -> int | None:
        """Where ')' closes a bracket going on with China's name at k ('…, Trung Quốc)')."""
        country = self.place_named_at(k)
        if country is None or country.place.kind != "china":
            return None
        close = country.first_token + country.tokens
        return close if self.token_is(close, ")") else None

    def _province_of_the_city(self, j: int, mention: PlaceMention, placed: bool) -> Step | None:
        """', Khu tự trị dân tộc Choang Quảng Tây' after a city the title names ('Thị trưởng
        thành phố Phòng Thành Cảng, Khu tự trị … Chu Vũ Hằng', its country in brackets or not:
        '…, Khu tự trị … Quảng Tây (Trung Quốc) Hoàng Dũng Bình'): where the city is, left out
        of the title like a country, when a name follows."""
        if not placed or mention.place.kind != "division" or mention.place.via_city:
            return None
        after = self._past_its_country(mention.first_token + mention.tokens)
        if not self.name_after_place(after):
            return None
        return Step(
            after,
            place=mention.place,
            dropped=(self.tokens[j].start, self.tokens[after - 1].end),
            name_follows=True,
        )

    def _past_its_country(self, k: int) -> int:
        """Where a title goes on after a province named with its country in brackets at token k
        ('Quảng Tây | (Trung Quốc) Hoàng …' -> at 'Hoàng'); k when no such bracket opens there."""
        if not self.token_is(k, "("):
            return k
        close = self._country_closing(k + 1)
        return k if close is None else close + 1

    def _province_in_brackets(self, j: int) -> Step | None:
        """'(tỉnh Vân Nam, Trung Quốc)' after a prefecture's name: where it is, left out of the
        title like a country ('(Quảng Tây)' alone stays, as written)."""
        k = j + 1
        if self.keys[k : k + 1] != [_PROVINCE_WORD]:
            return None
        mention = self.place_named_at(k + 1)
        if mention is None or mention.place.kind != "division":
            return None
        close = mention.first_token + mention.tokens
        if self.token_is(close, ","):
            country = self.place_named_at(close + 1)
            if country is None or country.place.kind != "china":
                return None
            close = country.first_token + country.tokens
        if not self.token_is(close, ")"):
            return None
        return Step(
            close + 1,
            place=mention.place,
            dropped=(self.tokens[j].start, self.tokens[close].end),
            name_follows=self.name_after_place(close + 1),
        )

    def _parent_ministry(self, j: int) -> Step | None:
        """'Vụ trưởng Vụ Đông Bắc Á, Bộ Ngoại giao': the ministry a department belongs to, kept
        in the title, or the mission an attaché works in ('Tham tán Thương mại, Tổng Lãnh sự
        quán Việt Nam tại Côn Minh'), or its trade office ('…, Thương vụ Việt Nam tại Trung
        Quốc'); not when the next title or a name starts there."""
        k = j + 1
        if k >= len(self.tokens) or self.segment(k):
            return None
        lex = title_lexicon()
        office = lex.mission_offices.match(self.keys, k)
        organisation = office or lex.organisations.match(self.keys, k)
        if organisation is None or not self.tokens[k].is_capitalised:
            return None
        mission = office is not None or self.keys[k + organisation[0] - 1] == BUILDING
        parent = self._parent_of_departments(k, organisation[0]) or self._parent_of_units(j, k)
        if not parent and not mission:
            return None
        country = (
            self.place_named_at(k + organisation[0])
            if k + organisation[0] < len(self.keys)
            else None
        )
        if country is not None and country.place.kind in ("china", "country"):
            if mission:
                # ', Đại sứ quán Trung Quốc tại Việt Nam': the mission, kept, gives the side
                return Step(k + organisation[0] + country.tokens, place=country.place)
            return None  # '…, Bộ Ngoại giao Trung Quốc' only locates the office: see _locator
        return Step(k + organisation[0])

    def _parent_of_units(self, j: int, k: int) -> bool:
        """Whether the organisation at token k, after the comma j, is the department ('Cục',
        'Tổng cục') the unit of the title before it belongs to: 'Trưởng ban Thống kê hải quan,
        Cục Hải quan'."""
        first = self.keys[k + 1] if self.keys[k] == "tổng" and k + 1 < len(self.keys) else None
        if _DEPARTMENT not in (self.keys[k], first):
            return False
        return any(key in _UNITS for key in self.keys[max(0, j - _UNIT_REACH) : j])

    def _parent_of_departments(self, k: int, length: int) -> bool:
        """Whether the organisation of `length` tokens at token k has departments ('Vụ'): a
        ministry ('Bộ Ngoại giao') or a central committee of the Party ('Ban Đối ngoại Trung
        ương')."""
        first, last = self.keys[k], self.keys[k + length - len(_CENTRAL) : k + length]
        return first == _MINISTRY or (first == _COMMITTEE and last == _CENTRAL)

    def _province_after_comma(self, j: int) -> Step | None:
        """', tỉnh Vân Nam' or ', Quảng Tây' at the comma j (not a city's name)."""
        k = j + 2 if self.keys[j + 1 : j + 2] == [_PROVINCE_WORD] else j + 1
        mention = self.place_named_at(k)
        if mention is None or mention.place.kind != "division" or mention.place.via_city:
            return None
        end = k + mention.tokens
        if self._clause_goes_on(end):
            return None  # '…(Bộ Công Thương), Hồng Kông đóng vai trò …': the next clause's subject
        return Step(
            end,
            place=mention.place,
            dropped=(self.tokens[j].start, self.tokens[end - 1].end),
            name_follows=self.name_after_place(end),
        )

    def _clause_goes_on(self, k: int) -> bool:
        """Whether a lower-case word at token k goes on with a clause of its own, as a verb after
        its subject does; not what a person says ('…, tỉnh Vân Nam cho biết')."""
        if k >= len(self.tokens):
            return False
        token = self.tokens[k]
        speech = title_lexicon().speech_verbs.match(self.keys, k) is not None
        return token.is_word and not token.is_capitalised and token.key != "và" and not speech

    def _province_before_a_name(self, j: int) -> Step | None:
        """', tỉnh Vân Nam' after a prefecture or city the title names, before its holder's name
        ('Châu trưởng Châu Hồng Hà, tỉnh Vân Nam Lý Minh', '…, tỉnh Vân Nam, ông Lý Minh'):
        where that place is, left out of the title like a country; None when no name follows
        (the sentence goes on after it)."""
        if self.keys[j + 1 : j + 2] != [_PROVINCE_WORD]:
            return None
        province = self._province_after_comma(j)
        if province is None or not (province.name_follows or self.name_after(province.next)):
            return None
        return Step(
            province.next, place=province.place, dropped=province.dropped, name_follows=True
        )

    def _locator(self, j: int) -> Step | None:
        """', Quân Giải phóng nhân dân Trung Quốc' after an office's organisation: a body named
        with its country, which only locates the office; left out of the title like ', Trung
        Quốc', and its country gives the side. A part of the country ('…, Đông Bắc Trung Quốc
        là thị trường …') begins the next clause instead."""
        if self.segment(j + 1) or self.name_at(j + 1):
            return None
        organisation_words = title_lexicon().organisation_words
        for k in range(j + 1, min(len(self.tokens), j + 2 + _LOCATOR_WORDS)):
            mention = self.place_named_at(k)
            if mention is not None:
                if mention.place.kind not in ("china", "country") or k == j + 1:
                    return None
                if all(self.keys[i] in _region_words() for i in range(j + 1, k)):
                    return None  # 'Đông Bắc Trung Quốc là …': a part of the country, no body
                after = k + mention.tokens
                nxt = self.tokens[after] if after < len(self.tokens) else None
                if nxt is not None and nxt.is_word and nxt.key in organisation_words:
                    return None
                dropped = (self.tokens[j].start, self.tokens[after - 1].end)
                return Step(after, place=mention.place, dropped=dropped)
            token, previous = self.tokens[k], self.tokens[k - 1]
            # A body's name capitalises the first word of each term only ('Giải phóng').
            second_syllable = token.is_word and previous.is_capitalised
            if not (token.is_capitalised or token.key in organisation_words or second_syllable):
                return None
        return None
