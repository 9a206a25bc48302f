"""A title written after a person's name ('Nguyễn Văn A, Thứ trưởng Bộ X', '… (Thứ trưởng Bộ
X)', 'đồng chí A là Bí thư Tỉnh ủy'): where it starts, where it ends, and whether it is the next
person's instead."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from extract.lexicon import PhraseSet, load_data
from extract.names import capitalised_run
from extract.places import Place, find_places, place_at
from extract.text import squeeze
from extract.title_lexicon import Segment
from extract.titles import TitleReader

# What may stand between a name and the title written after it.
TITLE_AFTER_NAME = (",", "–", "-", "—", "(")

# Lower-case words a title written after a name may go on with, up to the comma before what the
# person says ('… Cục Giám sát quản lý về hải quan, cho biết').
_TRAILING_WORDS = 5

# A commune's or a border post's name has two words ('xã Đàm Thủy', 'Trạm … Long Bang'); a
# unit named by its place may have three ('Đồn Biên phòng … Ma Lù Thàng', 'Trạm Kiểm tra
# biên phòng Kim Thủy Hà').
_PLACE_NAME_WORDS = 2
_HEAD = "trưởng"
_UNIT_PLACE_WORDS = (2, 3)

# In a list of 'TITLE NAME' items, the lower-case words of a body's name the title may not have
# taken in before the next person's name ('Cục Xúc tiến | đầu tư Trần Văn B').
_LISTED_BODY_WORDS = 3


@cache
def _units_named_by_place() -> PhraseSet:
    return PhraseSet(load_data("titles")["units_named_by_place"])


@cache
def _now_before_title() -> PhraseSet:
    return PhraseSet(load_data("people")["now_before_title"])


def past_now(reader: TitleReader, k: int) -> int:
    """Where the title written after a name starts, past the words saying the person holds it
    now ('A, nay là | Đồn trưởng …', 'ông B, hiện là | Phó Chủ tịch …'): k when there are none."""
    match = _now_before_title().match(reader.keys, k)
    return k + match[0] if match else k


def with_trailing_title(
    reader: TitleReader, segments: list[Segment], after_name: int
) -> tuple[list[Segment], int]:
    """Segments plus a title written after the name ('Nguyễn Văn A, Thứ trưởng Bộ X', '… –
    Thứ trưởng Bộ X –', '… (Thứ trưởng Bộ X)', '… - phó bí thư Khu ủy'), unless that title is
    followed by a name of its own (then it is that person's, the next item of a list). Of a
    chain of titles after a name with none before it, followed by another name, the last title
    is that name's and the others the first person's ('… đồng chí A, Bí thư Thành ủy Thiên Tân,
    Đại sứ B bày tỏ …'); ', ông B' after the title begins the next item ('ông A, Phó Giám đốc
    Sở Công an tỉnh X, ông B, …')."""
    predicate = not segments and reader.token_is(after_name, "là")
    if not predicate and not any(reader.token_is(after_name, m) for m in TITLE_AFTER_NAME):
        return segments, after_name
    # 'đồng chí A là Bí thư Tỉnh ủy Cao Bằng': the office he holds, as the text names it.
    more = reader.chain(past_now(reader, after_name + 1), lower_case=not predicate, after_name=True)
    more = _with_office_now(reader, more, lower_case=not predicate)
    if (
        not segments
        and len(more) > 1
        and reader.token_is(after_name, ",")
        and reader.name_after(more[-1].end, addressed=False)
    ):
        return more[:-1], more[-2].end
    if more and not _holds_office(segments) and (place := _place_closing(reader, more[-1])):
        # 'ông A, Chủ tịch UBND xã Đàm Thủy': the title of a person named without one of his
        # own ends with its place, not with the next person's name
        last = more[-1]
        text = reader.text[reader.tokens[last.start].start : reader.tokens[place - 1].end]
        country = _country_in_brackets(reader, place)
        places = last.places if country is None else (*last.places, country[0])
        end = place if country is None else country[1]
        more = [*more[:-1], replace(last, text=squeeze(text), end=end, places=places)]
    if (
        not more
        or _next_persons(reader, more[-1].end, listed=bool(segments))
        or _indefinite(reader, more[-1].end)
    ):
        return segments, after_name
    end = more[-1].end
    closing = _closing_comma(reader, end)
    if closing is not None and reader.token_is(after_name, ","):
        # 'Ông A, Cục trưởng Cục Giám sát quản lý về hải quan, cho biết …': up to the comma.
        last = more[-1]
        text = reader.text[reader.tokens[last.start].start : reader.tokens[closing - 1].end]
        added = reader.text[reader.tokens[last.end].start : reader.tokens[closing - 1].end]
        places = (*last.places, *(m.place for m in find_places(added)))
        more = [*more[:-1], replace(last, text=squeeze(text), end=closing, places=places)]
        end = closing
    if reader.token_is(after_name, "(") and reader.token_is(end, ")"):
        end += 1
    elif reader.token_is(after_name, "("):
        return segments, after_name
    return segments + more, end


def _with_office_now(
    reader: TitleReader, segments: list[Segment], *, lower_case: bool
) -> list[Segment]:
    """The segments of a title written after a name, with the office the person holds now after
    the one he held ('A, nguyên Giám đốc Sở Công Thương, | nay là Phó Chủ tịch UBND tỉnh')."""
    while segments and reader.token_is(segments[-1].end, ","):
        now = past_now(reader, segments[-1].end + 1)
        held = reader.chain(now, lower_case=lower_case, after_name=True)
        if now == segments[-1].end + 1 or not held:
            break
        segments = [*segments, *held]
    return segments


def _holds_office(segments: list[Segment]) -> bool:
    """Whether the title before a name names an office, not only a rank ('Thiếu tá')."""
    return any(s.kind != "honorific" for s in segments)


def _place_closing(reader: TitleReader, segment: Segment) -> int | None:
    """Where the place that closes a title written after a name ends, when just two
    capitalised words follow a lower-case word of its organisation ('…, Chủ tịch UBND xã |
    Đàm Thủy và bà B', '…, Trạm trưởng Trạm Kiểm tra biên phòng | Kim Thủy Hà làm trưởng
    đoàn'): a commune's or a post's name, which only looks like a person's ('Kim', 'Đàm' are
    family names); None otherwise."""
    end = segment.end
    before = reader.tokens[end - 1]
    if before.is_capitalised or not before.is_word:
        return None
    run = capitalised_run(reader.tokens, end)
    lengths = _UNIT_PLACE_WORDS if _names_a_unit_by_place(reader, segment) else (_PLACE_NAME_WORDS,)
    if run not in lengths or not reader.name_at(end):
        return None
    return end + run


def _country_in_brackets(reader: TitleReader, k: int) -> tuple[Place, int] | None:
    """The country named in brackets at token k, after the place that closes a title ('…, Tỉnh
    trưởng tỉnh Svay Rieng | (Campuchia)'): where the office is, left out of the title as after
    an organisation's name, and the token after the bracket; None when no country is named so."""
    if not reader.token_is(k, "("):
        return None
    step = reader.bracketed(k, True)
    if step is None or step.place is None or step.place.kind not in ("china", "country"):
        return None
    return step.place, step.next


def _names_a_unit_by_place(reader: TitleReader, segment: Segment) -> bool:
    """Whether the office is in a unit named by the place it stands at ('Trạm trưởng Trạm
    Kiểm tra biên phòng …', 'Chi cục trưởng Chi cục Hải quan cửa khẩu …')."""
    units = _units_named_by_place()
    if any(units.match(reader.keys, k) for k in range(segment.start, segment.end)):
        return True
    # 'Trấn trưởng trấn Kim Thủy Hà', 'Huyện trưởng huyện …': the head of a unit the title
    # names again last, whose name follows
    keys = reader.keys[segment.start : segment.end]
    return len(keys) >= 3 and keys[-1] == keys[-3] and keys[-2] == _HEAD


def _next_persons(reader: TitleReader, end: int, *, listed: bool) -> bool:
    """Whether the title read up to `end` after a name is the next person's: his name follows
    it ('…, Phó Tỉnh trưởng tỉnh Tứ Xuyên Tả Vĩnh Tường'); in a list of 'TITLE NAME' items
    (`listed`: the first person's title stood before his name), also after a few lower-case
    words of the title's body ('Thứ trưởng A, Cục trưởng Cục Xúc tiến | đầu tư Trần Văn B')."""
    if reader.name_after(end, addressed=False):
        return True
    if not listed:
        return False
    k = end
    while (
        k - end < _LISTED_BODY_WORDS
        and k < len(reader.tokens)
        and reader.tokens[k].is_word
        and not reader.tokens[k].is_capitalised
        and not reader.says_at(k)
        and not reader.runs_on_at(k)
    ):
        k += 1
    return k > end and reader.name_at(k) > 0


def _closing_comma(reader: TitleReader, end: int) -> int | None:
    """Where a title written after a name goes on to: a few lower-case words more (and the
    place that ends them), up to the comma before what the person says ('…, Cục trưởng Cục Giám
    sát | quản lý về hải quan, cho biết') or, after a place, the semicolon closing an item of a
    list ('Đồng chí A, Phó Cục trưởng Cục Phát triển | cảng thương mại tự do Hải Nam;'); None
    when the title ends where it was read."""
    k = end
    while (
        k < len(reader.tokens)
        and k - end < _TRAILING_WORDS
        and reader.tokens[k].is_word
        and not reader.tokens[k].is_capitalised
        and not reader.says_at(k)
        and not reader.runs_on_at(k)
    ):
        k += 1
    if k == end:
        return None
    place = place_at(reader.tokens, reader.keys, k)
    if place is not None:
        k += place.tokens
    if (place is not None and reader.token_is(k, ";")) or (
        reader.token_is(k, ",") and reader.says_at(k + 1)
    ):
        return k
    return None


def _indefinite(reader: TitleReader, end: int) -> bool:
    """'giám đốc một công ty …': an office in some organisation, not one the person holds in
    the state."""
    return reader.token_is(end, "một") or (
        reader.token_is(end, "của") and reader.token_is(end + 1, "một")
    )
