"""Scraped page text to the article itself: headline, body and captions, page furniture dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.line_wraps import joined_wrapped
from extract.lines import (
    DOMAIN,
    MARKER_LENGTH,
    furniture_words,
    is_body_paragraph,
    is_byline,
    is_date_line,
    is_drop_line,
    is_follow_line,
    is_footer,
    is_headline,
    is_headline_candidate,
    is_inline_link,
    is_post_heading,
    is_rule_line,
    is_teaser_summary,
    labelled_source,
    line_key,
    same_line,
    squeezed_line,
    trailing_credit,
)
from extract.page_top import read_top
from extract.text import squeeze

__all__ = ["CleanPage", "clean_text", "is_byline"]

_MAX_TEASER_WORDS = 70
_COUNT = re.compile(r"\s*\(\d+\)\s*$")  # "Bình luận (0)": a heading with a count
_BYLINE_REACH = 3  # a byline may stand among the first lines of the body, below the summary
_FOOTER_LEAD_WORDS = 12  # the line above a copyright notice may name the site ('Báo X - x.vn')
_MASTHEAD_LINES = 3  # a page's masthead: its first lines, before the menus
_FOOTER_LINES = 10  # a page's footer: its last lines, after comment forms and related links
_STORY_PARAGRAPHS = 2  # a story ended by a byline or a rule has told something first
_POST_HEADING_LINES = 2  # a live report's post: its hour and its heading above its paragraph
# Between the origins a table's note credits: 'Nguồn: GACC; Báo X tổng hợp'.
_ORIGINS = re.compile(r"\s*[;,]\s*")


@dataclass(frozen=True, slots=True)
class CleanPage:
    """An article's own text, with what the furniture said about it."""

    title: str | None
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...] = ()
    date_line: str | None = None
    bylines: tuple[str, ...] = ()
    sources: tuple[str, ...] = field(default=())
    aggregator: str | None = None
    credits: tuple[str, ...] = ()
    footer_site: str | None = None
    edges: tuple[str, ...] = ()


def clean_text(text: str, *, title_hint: str | None = None) -> CleanPage:
    """The article inside scraped page text (or trafilatura's main text of an HTML page)."""
    lines = joined_wrapped([squeezed_line(line) for line in text.splitlines()])
    aggregator = _aggregator(lines)
    footer_site = _footer_site(lines)
    top = read_top(lines, squeeze(title_hint) if title_hint else None)
    page = _Sorter()
    if top.date_line:
        page.add_date_line(top.date_line)
    story = _first_story([x for x in _cut_furniture(top.lines) if x])
    for line in _drop_teasers(story, top.title):
        page.add(line)
    body, bylines = _take_bylines(page.body)
    return CleanPage(
        title=top.title,
        paragraphs=tuple(body),
        captions=tuple(page.captions),
        date_line=top.date_line,
        bylines=top.bylines + tuple(bylines),
        sources=tuple(page.sources),
        aggregator=page.aggregator or aggregator,
        credits=tuple(page.credits),
        footer_site=footer_site,
        edges=_edges(lines),
    )


def _edges(lines: list[str]) -> tuple[str, ...]:
    """The page's first lines (its masthead) and last lines (its footer), last first: where a
    page names its outlet ('BÁO CAO BẰNG', 'Báo Tiền Phong - Cơ quan …')."""
    texts = [x for x in lines if x]
    bottom = texts[max(_MASTHEAD_LINES, len(texts) - _FOOTER_LINES) :]
    return tuple(texts[:_MASTHEAD_LINES] + bottom[::-1])


def _aggregator(lines: list[str]) -> str | None:
    """The site named in an aggregator credit anywhere on the page ('Tổng hợp tin tự động X')."""
    markers = furniture_words().aggregators
    for line in lines:
        folded = line.casefold()
        if any(m in folded for m in markers) and (domain := DOMAIN.search(line)):
            return domain.group(1).lower()
    return None


def _footer_site(lines: list[str]) -> str | None:
    """The site a copyright notice names ('© Copyright VnExpress.net'), or the short line just
    above it does ('Cổng thông tin điện tử Bộ Công Thương - moit.gov.vn')."""
    texts = [x for x in lines if x]
    for n in range(len(texts) - 1, -1, -1):
        if not is_footer(texts[n]):
            continue
        domain = DOMAIN.search(texts[n])
        if domain is None and n > 0 and len(texts[n - 1].split()) <= _FOOTER_LEAD_WORDS:
            domain = DOMAIN.search(texts[n - 1])
        if domain:
            return domain.group(1).lower()
    return None


def _cut_furniture(lines: list[str]) -> list[str]:
    """The lines without related-article boxes, comment blocks and footers.

    A box heading ('Tin liên quan', 'Đọc thêm'…) drops what follows it up to where the article's
    own paragraphs resume (two full paragraphs in a row, which teaser lists lack); when they do
    not, everything from the heading on is furniture.
    """
    words = furniture_words()
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        key = _heading_key(line) if len(line) <= MARKER_LENGTH else ""
        if key in words.cut_before_credit and any(is_footer(x) for x in lines[i + 1 : i + 5]):
            return kept
        if is_inline_link(line):
            i += 1
            continue
        if key in words.cut:
            resume = _body_resumes(lines, i + 1)
            if resume is None:
                return kept
            i = resume
            continue
        kept.append(line)
        i += 1
    return kept


def _first_story(lines: list[str]) -> list[str]:
    """The page's first story: a page printing several (a print edition's page, a digest)
    goes on after the first one's end (its byline or a rule, '———') with another headline that
    has its own byline or date line ('Quảng Ninh và Quảng Tây tọa đàm về du lịch biên giới' /
    'Ngày 21-10, tại …' / 'QUANG THỌ'): everything from that headline on is another article."""
    told = 0
    for i, line in enumerate(lines):
        told += is_body_paragraph(line)
        if told < _STORY_PARAGRAPHS or not (is_byline(line) or is_rule_line(line)):
            continue
        head = next((k for k in range(i + 1, len(lines)) if not is_rule_line(lines[k])), None)
        if head is not None and _opens_a_story(lines, head):
            return lines[:head]
    return lines


def _opens_a_story(lines: list[str], head: int) -> bool:
    """Whether line `head` is another story's headline: below it, up to the next rule, a date
    line right under it or a byline after its paragraphs, and paragraphs of its own."""
    if not is_headline_candidate(lines[head]):
        return False
    end = next((k for k in range(head + 1, len(lines)) if is_rule_line(lines[k])), len(lines))
    story = lines[head + 1 : end]
    told = [n for n, line in enumerate(story) if is_body_paragraph(line)]
    if not told:
        return False
    dated = is_date_line(story[0])
    signed = any(is_byline(line) for line in story[told[0] + 1 :])
    return dated or signed


def _heading_key(line: str) -> str:
    """A box heading's words, without the count or the page it names ('Bình luận (12)' ->
    'binh luan', 'Xem các bài khác trên Trang 7:' -> 'xem cac bai khac'), or its English after a
    slash on a bilingual page ('Tin khác / Other news' -> 'tin khac')."""
    english = _ENGLISH_AFTER.search(line)
    if english:
        line = line[: english.start()]
    heading = furniture_words().page_reference.sub("", _COUNT.sub("", line))
    return line_key(heading.rstrip(": "))


# A heading's English on a bilingual page, after a slash: ' / Other news'.
_ENGLISH_AFTER = re.compile(r"\s+/\s+[A-Za-z][A-Za-z ,&'-]*:?\s*$")


def _body_resumes(lines: list[str], start: int) -> int | None:
    """Where the article's paragraphs start again after a box of links, if they do: two full
    paragraphs in a row, maybe with a live report's post heading between ('11:30 | Lễ ký kết')."""
    texts = [(k, x) for k, x in enumerate(lines) if k >= start and x]
    for n, (k, line) in enumerate(texts):
        after = [x for _, x in texts[n + 1 : n + 2 + _POST_HEADING_LINES]]
        if is_body_paragraph(line) and _body_follows(after):
            return k
    return None


def _body_follows(lines: list[str]) -> bool:
    """Whether a full paragraph comes first in `lines`, or after a live report's post headings
    only ('11:30 | Lễ ký kết' / 'Kết thúc hội nghị, … đã ký Biên bản …'); a teaser list's
    headline ('Quảng Ninh đón 1,2 triệu lượt khách Trung Quốc năm 2025') is no post heading."""
    for line in lines:
        if is_body_paragraph(line):
            return True
        if not is_post_heading(line):
            return False
    return False


def _drop_teasers(lines: list[str], title: str | None) -> list[str]:
    """Lines without teaser blocks: a headline then a short summary cut off with '…', or a
    headline printed twice in a row (related-article lists), and repeats of the headline."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line, nxt = lines[i], lines[i + 1] if i + 1 < len(lines) else None
        if title and same_line(line, title):
            i += 1
        elif nxt is not None and same_line(line, nxt) and is_headline(line):
            i += 2
            if i < len(lines) and is_teaser_summary(lines[i], _MAX_TEASER_WORDS):
                i += 1
        elif nxt is not None and is_headline(line) and is_teaser_summary(nxt, _MAX_TEASER_WORDS):
            i += 2
        else:
            kept.append(line)
            i += 1
    return kept


class _Sorter:
    """Sorts the article's lines into body, captions and source notes."""

    def __init__(self) -> None:
        self.body: list[str] = []
        self.captions: list[str] = []
        self.sources: list[str] = []
        self.credits: list[str] = []
        self.aggregator: str | None = None

    def add(self, line: str) -> None:
        words = furniture_words()
        folded = line.casefold()
        if is_drop_line(line) or is_rule_line(line):
            return
        if is_date_line(line) and any(w in folded for w in words.updates):
            return  # '(Đã cập nhật lúc 14:30 ngày 03/12/2025)': when the page changed
        if words.correction.match(line):
            return  # 'Đính chính: … ghi … là 48,2 tỷ USD. Số liệu đúng là …': what it got wrong
        if any(m in folded for m in words.aggregators):
            domain = DOMAIN.search(line)
            self.aggregator = domain.group(1).lower() if domain else self.aggregator
            return
        if is_footer(line):
            return
        if self._follow_line(line) or self._source_line(line):
            return
        credit = trailing_credit(line)
        if credit:
            self.credits.append((credit.group("paren") or credit.group("bare") or "").strip())
            caption = line[: credit.start()].strip(" -–")
            if caption:
                self.captions.append(caption)
            return
        self.body.append(line)

    def add_date_line(self, line: str) -> None:
        """The source a date line names with a label ('09:15, 01/06/2025 | Nguồn: Tân Hoa xã',
        'Nguồn: Tân Hoa Xã | 2025-12-03 22:48:17', '… (giờ Bắc Kinh) Nguồn: GXTV Lượt xem: 2.316'),
        or after a bar ('09:15, 01/06/2025 | Theo TTXVN')."""
        labelled = labelled_source(line)
        if labelled:
            if not _names_a_state_body(labelled[0]):
                self.sources.append(_source_name(labelled[0]))
            return
        for part in line.split("|")[1:]:
            self._source_line(part.strip())

    def _follow_line(self, line: str) -> bool:
        """'Theo dõi Baothu.vn trên', 'Theo dõi Baothu.vn trên Google News' (a social-media
        invitation naming the site and maybe the platform)."""
        if not is_follow_line(line):
            return False
        domain = DOMAIN.search(line)
        if domain:
            self.sources.append(domain.group(1).lower())
        return True

    def _source_line(self, line: str) -> bool:
        """'Nguồn: tintuc.vn' or a short 'Theo TTXVN' line; 'Nguồn: Tổng cục Thống kê' credits
        the figures, and is dropped without naming the publisher."""
        words = furniture_words()
        for prefix in words.source_prefixes:
            if line.startswith(prefix) and len(line.split()) <= 8 and not line.endswith(","):
                rest = line[len(prefix) :].strip(" :.-–()")
                if prefix.strip() == "Theo" and ("," in rest or not rest[:1].isupper()):
                    return False
                if prefix.strip() != "Theo" and _names_a_state_body(rest):
                    return True
                if rest:
                    self.sources.append(_source_name(rest))
                    return True
        return False


def _source_name(text: str) -> str:
    """A source line's site in lower case ('China.org.cn' -> 'china.org.cn'), else its name,
    without a link's placeholder and the 'Theo' an aggregator writes after 'Nguồn:' ('Nguồn:
    [Link nguồn] Theo Báo Chính phủ' -> 'Báo Chính phủ')."""
    domain = DOMAIN.search(text)
    if domain:
        return domain.group(1).lower()
    name = _PLACEHOLDER.sub(" ", text).strip()
    name = _THEO.sub("", name, count=1).strip(" :.-–()")
    return name or text


# A link's placeholder in a source line ('[Link nguồn]'), and the 'Theo' opening the name after it.
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
_THEO = re.compile(r"^theo\s+", re.I)


def _names_a_state_body(text: str) -> bool:
    """'Tổng cục Thống kê', 'Cục Hải quan - Phòng Thống kê', 'GACC; Báo X tổng hợp': a body the
    figures come from, alone or among a table note's origins, or several origins and whoever
    compiled the figures from them ('Hải quan Nam Ninh; Báo X tổng hợp')."""
    words = furniture_words()
    origins = [part.strip() for part in _ORIGINS.split(text)]
    if any(words.data_credit.match(origin) for origin in origins):
        return True
    return len(origins) > 1 and words.compiler.search(origins[-1]) is not None


def _take_bylines(body: list[str]) -> tuple[list[str], list[str]]:
    """Body without author lines among its first lines or at its bottom ('Thu Hà', 'Minh Anh
    (TTXVN)', 'NGUYỄN HÙNG' under the summary)."""
    bylines = [x for x in body[:_BYLINE_REACH] if is_byline(x)]
    kept = [x for n, x in enumerate(body) if n >= _BYLINE_REACH or not is_byline(x)]
    if not kept:
        return body, []
    while len(kept) > 1 and is_byline(kept[-1]):
        bylines.append(kept.pop())
    return kept, bylines
