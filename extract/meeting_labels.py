"""The label a meeting is shown with: the words used ('hội đàm trực tuyến'), or a named
event's whole name ('Hội chợ Trung Quốc - ASEAN (CAEXPO) lần thứ 22')."""

from __future__ import annotations

import re

from extract.meeting_vocabulary import vocabulary
from extract.names import capitalised_run
from extract.text import Token, squeeze
from extract.title_lexicon import title_lexicon

_DASHES = frozenset({"-", "–", "—"})
# A Roman numeral after these words numbers an event ('khóa XII', 'lần thứ XIV').
_NUMBERED = frozenset({"khóa", "thứ", "lần"})
_ROMAN = re.compile(r"[IVXLC]+")
_AND = "và"
# A year closing an event's name ('… Hồ Nam 2025').
_YEAR = re.compile(r"(19|20)\d\d")
_ACRONYM = re.compile(r"[A-ZĐ]{2,}[A-Za-z]*")
# After a verb of `held`, the words saying where ('… tổ chức ở phường Hội An').
_WHERE = frozenset({"tại", "ở"})


def meeting_label(sentence: str, tokens: list[Token], i: int, length: int, named: bool) -> str:
    """The words used: 'hội đàm trực tuyến', or a named event's name ('Hội nghị định kỳ lần 6',
    'Hội nghị xúc tiến thương mại Việt Nam – Vân Nam năm 2025', 'Phiên họp lần thứ 17 …'), when
    the word is `named`."""
    end = i + length
    if named:
        end = _name_end(tokens, end, length)
    text = squeeze(sentence[tokens[i].start : tokens[end - 1].end])
    if text.isupper():  # from a headline in capitals ('… TIẾP BÍ THƯ …')
        text = text[:1] + text[1:].lower()
    return text if named else text[:1].lower() + text[1:]


def _name_end(tokens: list[Token], end: int, length: int) -> int:
    """Where a conference's name that has `length` words before token `end` ends: at a word
    that starts the sentence's next part, or at its longest. A number goes with the word
    before it ('năm 2023', 'lần thứ 6', 'khóa XII'), and a dash after a capitalised name joins
    the party named after it ('Việt Nam – Vân Nam'), neither counted as the name's words; the
    verb saying it opens ('… Việt Nam – Vân Nam khai mạc tại …') ends it."""
    words = vocabulary()
    keys = [t.key for t in tokens]
    while end < len(tokens):
        token = tokens[end]
        numbered = end > 0 and tokens[end - 1].key in _NUMBERED
        if token.text.isdigit() or (numbered and _ROMAN.fullmatch(token.text)):
            end += 1
            if _year_closes(tokens, end - 1):
                break
            continue
        if token.text in _DASHES and capitalised_at(tokens, end - 1):
            party = capitalised_run(tokens, end + 1) or int(_acronym_at(tokens, end + 1))
            if party:
                end += 1 + party
                continue
        if token.text == "(" and _acronym_at(tokens, end + 1) and _token_is(tokens, end + 2, ")"):
            end += 3  # 'Hội chợ Trung Quốc - ASEAN (CAEXPO) lần thứ 22': its short name
            continue
        if token.text == "." and _joins_an_abbreviation(tokens, end):
            end += 2  # 'Diễn đàn hợp tác … TP.HCM - Hồ Nam 2025': one word
            continue
        if token.key == _AND and _joins_a_name(tokens, keys, end):
            length += 1
            end += 1
            continue
        if not token.is_word or token.key in words.label_stops or length >= words.label_max:
            break
        if words.opened.match(keys, end) or _held_where(keys, end):
            break
        length += 1
        end += 1
    return end


def _held_where(keys: list[str], k: int) -> bool:
    """Whether the words at token k say where or when the event was held ('Diễn đàn … | tổ
    chức ở phường Hội An', '… | tổ chức bên lề hội chợ chiều cùng ngày'), which ends its name."""
    words = vocabulary()
    held = words.held.match(keys, k)
    after = k + held[0] if held is not None else len(keys)
    return after < len(keys) and (
        keys[after] in _WHERE or words.held_when.match(keys, after) is not None
    )


def _joins_a_name(tokens: list[Token], keys: list[str], k: int) -> bool:
    """'và' between two parts of one event's name ('Hội nghị thượng đỉnh Thương mại và Đầu tư
    …'), each a capitalised word maybe with a lower-case one: the part after it is not another
    event, an office, a delegation or a person."""
    after_a_part = capitalised_at(tokens, k - 1) or capitalised_at(tokens, k - 2)
    if not (after_a_part and capitalised_at(tokens, k + 1)):
        return False
    if k + 2 >= len(tokens) or not tokens[k + 2].is_word or tokens[k + 2].is_capitalised:
        return False
    words = vocabulary()
    return not (
        words.meetings.match(keys, k + 1)
        or words.guests.match(keys, k + 1)
        or title_lexicon().heads.match(keys, k + 1)
    )


def _year_closes(tokens: list[Token], k: int) -> bool:
    """Whether the year at token k, after a capitalised word, closes the name, a word in lower
    case following ('Diễn đàn … TP.HCM - Hồ Nam 2025 thu hút gần 200 doanh nghiệp')."""
    return (
        _YEAR.fullmatch(tokens[k].text) is not None
        and capitalised_at(tokens, k - 1)
        and k + 1 < len(tokens)
        and tokens[k + 1].is_word
        and not tokens[k + 1].is_capitalised
    )


def _joins_an_abbreviation(tokens: list[Token], k: int) -> bool:
    """Whether the full stop at token k joins a capitalised abbreviation to the capitalised word
    right after it, no space on either side ('TP.HCM'): one word of the name, not its end."""
    if not (0 < k < len(tokens) - 1):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return (
        before.is_word
        and before.text.isupper()
        and after.is_word
        and after.is_capitalised
        and before.end == tokens[k].start
        and tokens[k].end == after.start
    )


def _acronym_at(tokens: list[Token], k: int) -> bool:
    """'ASEAN', 'CAEXPO', 'CAExpo': a name's short form."""
    return (
        0 <= k < len(tokens)
        and tokens[k].is_word
        and _ACRONYM.fullmatch(tokens[k].text) is not None
    )


def _token_is(tokens: list[Token], k: int, text: str) -> bool:
    return 0 <= k < len(tokens) and tokens[k].text == text


def capitalised_at(tokens: list[Token], k: int) -> bool:
    return 0 <= k < len(tokens) and tokens[k].is_capitalised
