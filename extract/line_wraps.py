"""Sentences a scraper broke across lines, put back together: a line going on in lower case,
or a page hard-wrapped at a fixed width."""

from __future__ import annotations

from itertools import pairwise

from extract.lines import (
    is_byline,
    is_closed,
    is_credit,
    is_date_line,
    is_drop_line,
    is_footer,
    is_inline_link,
    is_list_item,
    is_menu_line,
    is_table_row,
)

# A page hard-wrapped at a fixed width breaks a sentence before a word in lower case on a few
# lines at least, most of them (this share) nearly as long as the longest (this fill); a line
# longer than the width by more than the slack was not wrapped at it.
_WRAPPED_PAGE_LINES = 3
_WRAPPED_SHARE = 0.75
_WRAP_FILL = 0.8
_WRAP_SLACK = 1.1


def joined_wrapped(lines: list[str]) -> list[str]:
    """Lines with the sentences a scraper broke across lines put back together: a line that
    ends with a comma, or ends without closing its sentence before a line going on in lower
    case ('… Phó Chủ tịch UBND tỉnh' / 'đã hội đàm …'), goes on in the next line. On a page
    hard-wrapped at a fixed width, a line filling that width goes on in the next line whatever
    that opens with: the rest of a name ('… đồng chí Hồ' / 'Tiến Thiệu, Phó Bí thư …'), a
    number ('… đạt' / '33,6 tỷ USD'), a bracket or a dash ('… Hữu Nghị (Việt Nam)' / '– Hữu
    Nghị Quan …'); never a list item, a caption or a line of page furniture."""
    width = wrap_width(lines)
    joined: list[str] = []
    for n, line in enumerate(lines):
        before = joined[-1] if joined else ""
        if before and line and _goes_on(before, line, lines[n - 1], width):
            joined[-1] = f"{before} {line}"
        else:
            joined.append(line)
    return joined


def _goes_on(before: str, line: str, above: str, width: int | None) -> bool:
    """Whether `line` goes on with the paragraph `before`, whose last line is `above`."""
    if is_table_row(before) or is_table_row(line) or is_closed(before):
        return False
    if before.endswith(",") or _goes_on_in_lower_case(line):
        return True
    return width is not None and _fills_width(above, line, width) and _may_go_on(line)


def _goes_on_in_lower_case(line: str) -> bool:
    return line[:1].isalpha() and line[:1].islower()


def wrap_width(lines: list[str]) -> int | None:
    """The width a page's text was hard-wrapped at, or None when it was not: the longest of
    its lines that break a sentence before a line going on in lower case, when there are a
    few such lines and most of them nearly fill that width (a text wrapped at 66 characters);
    lines broken at random places (a scraper's stray breaks) give no width."""
    broken = [
        len(line)
        for line, after in pairwise(lines)
        if line and not is_closed(line) and _goes_on_in_lower_case(after)
    ]
    if len(broken) < _WRAPPED_PAGE_LINES:
        return None
    width = max(broken)
    full = [n for n in broken if n >= width * _WRAP_FILL]
    return width if len(full) >= len(broken) * _WRAPPED_SHARE else None


def _fills_width(above: str, line: str, width: int) -> bool:
    """A line the wrapping ended because the next line's first word did not fit on it, and
    that does not itself end with a colon or a semicolon (a list follows those)."""
    first = line.split(" ", 1)[0]
    fits_no_more = len(above) + 1 + len(first) > width
    return fits_no_more and len(above) <= width * _WRAP_SLACK and not above.endswith((":", ";"))


def _may_go_on(line: str) -> bool:
    """A line that may go on with the line above: not a list item ('• …', '» …', '1. …',
    '- …'), a caption ('[Ảnh] …'), a byline, a date line or other page furniture."""
    return not (
        is_list_item(line)
        or is_byline(line)
        or is_date_line(line)
        or is_menu_line(line)
        or is_credit(line)
        or is_drop_line(line)
        or is_inline_link(line)
        or is_footer(line)
    )
