"""What an office title read from text says of its holder: the title as written, the side and
the Chinese province."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.lexicon import PhraseSet, load_data, word_set
from extract.places import find_places
from extract.text import spelling_key, squeeze, tokenize
from extract.title_lexicon import Segment, Side


@dataclass(frozen=True, slots=True)
class _SideWords:
    chinese_words: PhraseSet
    vietnamese_words: PhraseSet
    bare_chinese: frozenset[str]
    business: PhraseSet
    business_brand: re.Pattern[str]
    chambers: PhraseSet
    chamber_units: PhraseSet


@cache
def _side_words() -> _SideWords:
    data = load_data("titles")
    return _SideWords(
        chinese_words=PhraseSet(data["chinese_words"]),
        vietnamese_words=PhraseSet(data["vietnamese_words"]),
        bare_chinese=frozenset(squeeze(x) for x in data["bare_chinese_after_general_secretary"]),
        business=PhraseSet(data["business_organisations"]),
        business_brand=_brand_pattern(data["business_name_prefixes"]),
        chambers=PhraseSet(data["chambers_of_commerce"]),
        chamber_units=PhraseSet(data["chamber_units"]),
    )


def _brand_pattern(prefixes: list[str]) -> re.Pattern[str]:
    """A word made of a brand prefix and more lower-case Latin letters ('Vinafruit')."""
    alternatives = "|".join(re.escape(p) for p in prefixes)
    return re.compile(rf"(?<!\w)(?:{alternatives})[a-z]+(?!\w)")


def title_text(segments: list[Segment]) -> str | None:
    """The title as the article writes it: offices joined by commas, ranks dropped when an
    office is there, military and academic ranks always dropped; None when nothing is left."""
    offices = [s.text for s in segments if s.kind == "office"]
    if offices:
        return ", ".join(_unique(offices))
    ranks = [s.text for s in segments if s.kind == "rank"]
    return ", ".join(_unique(ranks)) if ranks else None


@cache
def _division_offices() -> dict[str, PhraseSet]:
    return {
        kind: PhraseSet(words) for kind, words in load_data("titles")["division_offices"].items()
    }


def division_kind(title: str) -> str | None:
    """The kind of Chinese division an office belongs to when the title says so without naming
    one: 'Bí thư Khu ủy' an autonomous region's, 'Tỉnh trưởng' a province's."""
    return next(
        (kind for kind, words in _division_offices().items() if _contains(words, title)), None
    )


@cache
def _local_offices() -> PhraseSet:
    return PhraseSet(load_data("titles")["local_offices"])


def is_local_office(title: str) -> bool:
    """Whether the title holds an office of a county or a town: 'Bí thư Huyện ủy huyện tự trị
    dân tộc Cáp Nê', 'Trấn trưởng trấn Đông Hưng' (a province's or a city's office: no)."""
    return _contains(_local_offices(), title)


def in_business_only(segments: list[Segment]) -> bool:
    """Whether every office of the title is in a company or a business association ('Giám đốc
    Công ty …', 'Tổng thư ký Hiệp hội …'): its holder is not an official."""
    offices = [s for s in segments if s.kind == "office"]
    return bool(offices) and all(s.in_a_firm or _in_business(s.text) for s in offices)


def names_a_firm(name: str) -> bool:
    """Whether words read as a person's name after an office name a firm in Latin letters
    ('Southern Airlines' after 'Giám đốc China', 'Airlines Vương Minh' after 'Phó Tổng giám đốc
    Hainan'): the office is that firm's."""
    return _contains(_side_words().business, name)


@cache
def _friendship_associations() -> PhraseSet:
    return PhraseSet(load_data("titles")["friendship_associations"])


@cache
def _association_named_before() -> frozenset[str]:
    return word_set(load_data("titles")["association_named_before"])


def in_association_only(segments: list[Segment]) -> bool:
    """Whether every office of the title is in a friendship association ('Chủ tịch Hội Hữu nghị
    Đối ngoại Nhân dân Trung Quốc', 'Phó Chủ tịch Hội hữu nghị Việt - Trung') or in the
    association the text named before ('Phó Chủ tịch thường trực Hội')."""
    offices = [s for s in segments if s.kind == "office"]
    return bool(offices) and all(
        _contains(_friendship_associations(), s.text)
        or spelling_key(s.text.split()[-1]) in _association_named_before()
        for s in offices
    )


def _in_business(office: str) -> bool:
    """'Chủ tịch tập đoàn', 'Chủ tịch Hội Doanh nhân …', 'Tổng Thư ký Vinafruit': an office
    in a firm or a business association; not one at the head of a state department whose name
    has a firm's word ('Cục trưởng Cục Cảng khẩu và Logistics thành phố Trùng Khánh')."""
    if _STATE_DEPARTMENT.match(office):
        return False
    words = _side_words()
    return (
        _contains(words.business, office)
        or words.business_brand.search(office) is not None
        or _in_chamber_unit(office)
    )


# An office at the head of a state department, its name right after the office's words:
# 'Cục trưởng Cục …', 'Phó Giám đốc Sở …', 'Vụ trưởng Vụ …'.
_STATE_DEPARTMENT = re.compile(
    r"(?:Phó\s+)?(?:[^\W\d_]+\s+){1,2}(?:Tổng cục|Cục|Sở|Bộ|Vụ)\s+[A-ZĐÀ-Ỹ]"
)


def _in_chamber_unit(office: str) -> bool:
    """Whether the office is in a unit of a chamber of commerce ('Giám đốc Trung tâm WTO và Hội
    nhập (VCCI)'), not at its head ('Chủ tịch VCCI')."""
    words = _side_words()
    return _contains(words.chambers, office) and _contains(words.chamber_units, office)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def title_side(segments: list[Segment]) -> Side | None:
    """VN, CN or other from what the title names; None when it names nothing telling."""
    return placed_side(segments) or worded_side(segments)


def placed_side(segments: list[Segment]) -> Side | None:
    """The side of the country or division a title names ('Đại sứ Việt Nam tại Trung Quốc' VN,
    'Phó Tỉnh trưởng tỉnh Vân Nam' CN); None when it names none."""
    places = [p for s in segments for p in s.places]
    abroad = _posted_abroad(", ".join(s.text for s in segments))
    if abroad:
        return abroad
    for place in places:
        if place.kind in ("china", "country"):
            return place.side
    for place in places:
        if place.kind == "division" or place.name == "Việt Nam":
            return place.side
    return None


def worded_side(segments: list[Segment]) -> Side | None:
    """The side the words of a title naming no country or Chinese division point to: 'Tỉnh
    trưởng' CN, 'Bí thư Tỉnh ủy Lạng Sơn' VN, 'Chủ tịch nước' VN (a usage, not a fact: papers
    also write 'Tổng Bí thư, Chủ tịch nước Tập Cận Bình'); None when they say nothing."""
    places = [p for s in segments for p in s.places]
    # Joined as written, with commas: 'UBND tỉnh' then 'Trưởng nhóm …' is no 'tỉnh Trưởng'.
    text = ", ".join(s.text for s in segments)
    lex = _side_words()
    if _contains(lex.chinese_words, text):
        return "CN"
    if any(p.kind == "vietnam" for p in places) or _contains(lex.vietnamese_words, text):
        return "VN"
    offices = [s.text for s in segments if s.kind == "office"]
    if len(offices) > 1 and any(o in lex.bare_chinese for o in offices[1:]):
        return "CN"
    return None


def _posted_abroad(text: str) -> Side | None:
    """'Đại sứ Việt Nam tại Trung Quốc' belongs to the country before 'tại'."""
    for mention in find_places(text):
        if text[mention.end :].lstrip().startswith("tại") and mention.place.kind in (
            "china",
            "country",
            "vietnam",
        ):
            return mention.place.side
    return None


def _contains(phrases: PhraseSet, text: str) -> bool:
    return phrases.occurs([t.key for t in tokenize(text)])


def title_province(segments: list[Segment]) -> str | None:
    """The Chinese province a title names ('Phó Tỉnh trưởng tỉnh Quảng Đông' -> 'Quảng Đông')."""
    for segment in segments:
        for place in segment.places:
            if place.kind == "division" and place.division is not None:
                return place.division.vi
    return None
