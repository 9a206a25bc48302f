"""Digests: articles whose lead lists unrelated news items that the body then tells one by one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache

from extract.lexicon import load_data

# Between the items a digest's lead lists ('A tăng mạnh; B đón …', 'Tiếp …, hội đàm …').
_ITEM_BREAK = re.compile(r"[;,]")
# The marks opening the items a lead announces, one per line, and how many lines are read.
_ITEM_MARKS = ("-", "–", "•", "+")
_ITEMS_READ = 8


def is_digest(paragraphs: Sequence[str]) -> bool:
    """Whether the article is a digest: its lead lists the items its body tells one by one and
    closes on them as the news of its time ('Thương mại Việt Nam – Trung Quốc 2 tháng đầu năm
    tăng mạnh; Móng Cái đón …; Quảng Ngãi khởi công … là những tin kinh tế đáng chú ý sáng
    nay'), or, a bulletin's, announces them, one per line after it ('… bản tin thời sự 6 giờ
    sáng nay có những nội dung chính sau đây:' then '- Phó Chủ tịch nước … tiếp …', '- Lạng
    Sơn: …')."""
    if not paragraphs:
        return False
    closing = _digest_lead().search(paragraphs[0])
    if closing is not None and _ITEM_BREAK.search(paragraphs[0], 0, closing.start()):
        return True
    listed = [p for p in paragraphs[1 : 1 + _ITEMS_READ] if p.lstrip().startswith(_ITEM_MARKS)]
    lead = paragraphs[0].casefold()
    bulletin = any(word in lead for word in load_data("furniture")["digest_lead"]["bulletins"])
    return len(listed) >= 2 and bulletin and _items_announced().search(paragraphs[0]) is not None


def article_event_day(
    paragraphs: Sequence[str],
    event_day: date | None,
    meeting_days: Iterable[date | None],
    chinese_meeting_days: Iterable[date | None],
) -> date | None:
    """The article's event day: `event_day`, unless the article is a digest (`is_digest`). A
    digest's event is the day of its meetings with a Chinese participant when those are all on
    one day ('Móng Cái làm việc với Đông Hưng …' on 6/8 beside 'Quảng Nam học kinh nghiệm …' on
    8/8: 6/8, what the news of the two countries is about); else, when its meetings are not all
    on one day, its items are unrelated news or several events ('Tiếp Tỉnh trưởng Hải Nam; Lào
    Cai điện đàm với Vân Nam; … là những tin nổi bật tuần qua', with meetings on 8/6, 10/6 and
    11/6), no one of them is the article's event, and there is none."""
    if not is_digest(paragraphs):
        return event_day
    chinese = set(chinese_meeting_days)
    if len(chinese) == 1 and None not in chinese:
        return chinese.pop()
    return event_day if len(set(meeting_days)) == 1 else None


def frames_the_page(sentence: str) -> bool:
    """Whether the sentence frames a round-up of the page's items rather than telling an event
    ('Điểm lại các sự kiện nổi bật của tỉnh Cao Bằng từ ngày 1 đến 7/12/2024': its span of days
    is the page's)."""
    return bool(_round_up().search(sentence))


@cache
def _round_up() -> re.Pattern[str]:
    words = load_data("furniture")["digest_lead"]
    round_up, items, highlights = (
        "|".join(re.escape(w) for w in sorted(words[key], key=len, reverse=True))
        for key in ("round_up", "items", "highlights")
    )
    return re.compile(
        rf"\b(?:{round_up})\b|\b(?:{items})\b[^.;:]{{0,40}}?\b(?:{highlights})\b", re.I
    )


@cache
def _digest_lead() -> re.Pattern[str]:
    words = load_data("furniture")["digest_lead"]
    items, highlights = (
        "|".join(re.escape(w) for w in sorted(words[key], key=len, reverse=True))
        for key in ("items", "highlights")
    )
    return re.compile(
        rf"(?<!đây )(?<!đó )\blà\s+(?:những|các)\s+(?:{items})\b"
        rf"[^.;:]{{0,40}}?\b(?:{highlights})\b",
        re.I,
    )


@cache
def _items_announced() -> re.Pattern[str]:
    """A lead announcing the items listed after it: '… có những nội dung chính sau đây:', '…
    gồm các tin đáng chú ý sau:'."""
    items = "|".join(
        re.escape(w)
        for w in sorted(load_data("furniture")["digest_lead"]["items"], key=len, reverse=True)
    )
    return re.compile(rf"\b(?:những|các)\s+(?:{items})\b[^.:;]{{0,30}}:\s*$", re.I)
