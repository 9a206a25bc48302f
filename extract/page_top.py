"""The top of a scraped page: the site name, menus and breadcrumbs dropped, the headline, the
date line and the bylines around it taken out of the article's text."""

from __future__ import annotations

from dataclasses import dataclass

from extract.lines import (
    MAX_HEADLINE_WORDS,
    MAX_MENU_WORDS,
    MIN_BODY_WORDS,
    furniture_words,
    is_affiliation,
    is_byline,
    is_closed,
    is_credit,
    is_date_line,
    is_drop_line,
    is_headline_candidate,
    is_menu_line,
    is_table_row,
    is_teaser_summary,
    same_line,
)

# How far down a page its article may start (menus of big sites run to a few dozen lines).
_TOP_REACH = 80
# A line closed by a full stop with this many words is article text, not page furniture.
_MIN_SENTENCE_WORDS = 6
# A date line may stand just below the first paragraph (headline, summary, date, lead).
_DATE_AFTER_TOP = 3
# Headlines rarely run longer; a longer line of text before the article is a summary.
_LONG_HEADLINE_WORDS = 30
# A line this short between two menu items is a menu item too ('Khoa học công nghệ').
_MENU_ITEM_WORDS = 6


@dataclass(frozen=True, slots=True)
class Top:
    """What the top of the page says, and the page's lines without its furniture."""

    title: str | None
    date_line: str | None
    bylines: tuple[str, ...]
    lines: list[str]


def read_top(lines: list[str], hint: str | None = None) -> Top:
    """The headline (`hint` when the page's metadata gives it), the date line and the bylines of
    the top of the page; the site name, menus and breadcrumbs above the headline dropped.

    The top is what comes before the article's first sentence-like paragraph. The headline is
    the line of running text nearest a date line (on a tie, the longer one not cut off with
    '…'; with several date lines, such as today's date in a site's header, the pair nearest each
    other), or without a date line the last such line of headline length before the article
    starts.
    """
    end = _article_start(lines)
    top = lines[:end]
    head_at, date_at = _headline_and_date(lines, end, hint)
    title = hint or (top[head_at] if head_at is not None else None)
    after_head = head_at + 1 if head_at is not None else (0 if hint else end)
    kept: list[str] = []
    bylines: list[str] = []
    for i, line in enumerate(top):
        if not line or i in (head_at, date_at):
            continue
        if is_credit(line) or _names_a_site(line):
            kept.append(line)
        elif i < after_head:
            continue
        elif is_table_row(line):
            kept.append(line)
        elif is_byline(line):
            bylines.append(line)
        elif _is_affiliation_at(lines, i):
            continue
        elif not _is_label(line):
            kept.append(line)
    rest = [line for i, line in enumerate(lines) if i >= end and i != date_at]
    date_line = lines[date_at] if date_at is not None else None
    return Top(title, date_line, tuple(bylines), kept + rest)


def _article_start(lines: list[str]) -> int:
    """The index of the article's first paragraph: a sentence closed by a full stop, or a line
    too long for a headline (the whole reach when no line is)."""
    for i, line in enumerate(lines[:_TOP_REACH]):
        words = len(line.split())
        if is_menu_line(line):
            continue  # a site's menu bar, however long
        if words > MAX_HEADLINE_WORDS:
            return i
        if _above_a_date_line(lines, i):
            continue  # a headline asking a question ('… cổ phiếu nào hưởng lợi?'), then its date
        if words >= _MIN_SENTENCE_WORDS and is_closed(line) and not is_credit(line):
            return i
        if words >= MIN_BODY_WORDS and line.rstrip().endswith(":"):
            return i  # a paragraph introducing a list or a table ('… như sau:')
    return min(len(lines), _TOP_REACH)


def _above_a_date_line(lines: list[str], i: int) -> bool:
    """Whether line i may be a headline and the next line with words is a date line: a headline
    closed by '?' or '!' stands there ('… cổ phiếu logistics nào hưởng lợi?' / '20-11-2025 -
    09:05 AM | Vĩ mô - Đầu tư'), where an article's first paragraph does not."""
    if not is_headline_candidate(lines[i]):
        return False
    after = next((line for line in lines[i + 1 :] if line), None)
    return after is not None and is_date_line(after)


def _headline_and_date(
    lines: list[str], end: int, hint: str | None
) -> tuple[int | None, int | None]:
    """(index of the headline, index of the date line), either None when the page has none."""
    if hint:
        heads = [i for i in range(end) if same_line(lines[i], hint)][:1]
    else:
        heads = [i for i in range(end) if _is_headline_at(lines, i, end)]
    # A date in the headline ('Hội nghị ngày 5/3/2024 …') is the event's, not the page's stamp.
    after = [i for i in range(end, len(lines)) if lines[i]][:_DATE_AFTER_TOP]
    dates = [i for i in range(end) if lines[i] and is_date_line(lines[i]) and i not in heads]
    dates = dates or [i for i in after if is_date_line(lines[i])][:1]
    if not dates:
        short = [i for i in heads if len(lines[i].split()) <= _LONG_HEADLINE_WORDS]
        return ((short or heads)[-1] if heads else None), None
    if not heads:
        return None, dates[-1]
    order = {i: n for n, i in enumerate(k for k in range(len(lines)) if lines[k])}
    pairs = [
        (abs(order[h] - order[d]), _cut_off(lines[h]), -len(lines[h].split()), -d, h, d)
        for h in heads
        for d in dates
    ]
    *_, head, date = min(pairs)
    return head, date


def _cut_off(line: str) -> bool:
    """A summary cut off with '…' ('Trong tuần, tỉnh tổ chức hội nghị …, ra quân mùa khô…'):
    as near a date line as the headline above it, it is no headline."""
    return is_teaser_summary(line, MAX_HEADLINE_WORDS)


def _is_headline_at(lines: list[str], i: int, end: int) -> bool:
    """A headline candidate, unless it is a short line inside a menu (short lines around it)."""
    line = lines[i]
    if not is_headline_candidate(line) or _is_affiliation_at(lines, i):
        return False
    if len(line.split()) > _MENU_ITEM_WORDS:
        return True
    before = next((lines[k] for k in range(i - 1, -1, -1) if lines[k]), None)
    after = next((lines[k] for k in range(i + 1, end) if lines[k]), None)
    return not (_menu_like(before) and _menu_like(after))


def _is_affiliation_at(lines: list[str], i: int) -> bool:
    """Whether line i is where the author works, written under the byline below the headline
    ('Hợp tác …: Thực trạng …' / 'PGS, TS NGUYỄN THỊ A' / 'Viện Nghiên cứu Trung Quốc, …'):
    it names an institution, a byline stands just above it and a headline above that."""
    above = next((k for k in range(i - 1, -1, -1) if lines[k]), None)
    return (
        above is not None
        and is_affiliation(lines[i])
        and is_byline(lines[above])
        and any(is_headline_candidate(lines[k]) for k in range(above))
    )


def _menu_like(line: str | None) -> bool:
    """A short line that is not a date, a byline or a sentence: a menu item."""
    return (
        line is not None
        and len(line.split()) <= MAX_MENU_WORDS
        and not is_date_line(line)
        and not is_byline(line)
        and not is_closed(line)
    )


def _is_label(line: str) -> bool:
    """A short line around the headline that is no sentence: 'Lượt xem: 1.204', 'Nghe'."""
    words = line.split()
    return (
        is_drop_line(line)
        or is_menu_line(line)
        or (len(words) <= MAX_MENU_WORDS and not is_closed(line))
    )


def _names_a_site(line: str) -> bool:
    """'Theo dõi Baothu.vn trên': kept for the source it names."""
    return any(line.startswith(p) for p in furniture_words().follow_prefixes)
