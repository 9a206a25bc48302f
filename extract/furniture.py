"""Scraped page text to the article itself: headline, body and captions, page furniture dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from extract.lexicon import load_data
from extract.places import find_places
from extract.text import spelling_key, squeeze

_DATE_LINE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
)
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*[\"'”’»)]*\s*$")
# "… (Ảnh: Nguyễn Văn A/TTXVN)" or "… hội kiến ngày 18/8. Ảnh: TTXVN" at the end of a caption.
_TRAILING_CREDIT = (
    r"\s*(?:\(\s*(?P<paren>(?:{words})\b[^()]*)\)"
    r"|(?:^|(?<=[.!?…)\s]))(?P<bare>(?:{words})\s*:[^()]*))\s*$"
)
_DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:vn|com|net|org|info|gov\.vn|cn|com\.vn))\b", re.I)
_WORD = re.compile(r"\w+")
_MAX_HEADLINE_WORDS = 40
_MAX_TEASER_WORDS = 70
_MARKER_LENGTH = 60  # a furniture heading or menu line is short
_MIN_BODY_WORDS = 15
_CLOSED = re.compile(r"[.!?][\"'”’)]*\s*$")


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


@dataclass(frozen=True, slots=True)
class _Words:
    cut: frozenset[str]
    cut_before_credit: frozenset[str]
    menu: frozenset[str]
    drop: frozenset[str]
    authors: frozenset[str]
    follow_prefixes: tuple[str, ...]
    follow_suffixes: frozenset[str]
    source_prefixes: tuple[str, ...]
    aggregators: tuple[str, ...]
    footers: tuple[str, ...]
    credit: re.Pattern[str]


@cache
def _words() -> _Words:
    data = load_data("furniture")
    photo = "|".join(re.escape(w) for w in sorted(data["photo_words"], key=len, reverse=True))
    return _Words(
        cut=frozenset(_line_key(x) for x in data["cut_lines"]),
        cut_before_credit=frozenset(_line_key(x) for x in data["cut_lines_before_credit"]),
        menu=frozenset(_line_key(x) for x in data["menu_lines"]),
        drop=frozenset(x.casefold() for x in data["drop_lines"]),
        authors=frozenset(_line_key(x) for x in data["author_lines"]),
        follow_prefixes=tuple(data["follow_prefixes"]),
        follow_suffixes=frozenset(x.casefold() for x in data["follow_suffixes"]),
        source_prefixes=tuple(data["source_prefixes"]),
        aggregators=tuple(x.casefold() for x in data["aggregator_markers"]),
        footers=tuple(x.casefold() for x in data["footer_markers"]),
        credit=re.compile(_TRAILING_CREDIT.replace("{words}", photo)),
    )


def _line_key(line: str) -> str:
    """Words only, in spelling keys: for comparing short lines with the word lists."""
    return " ".join(spelling_key(w) for w in _WORD.findall(line))


def _same_line(a: str, b: str) -> bool:
    """Two lines with the same words (case and spacing aside)."""
    return abs(len(a) - len(b)) < 8 and " ".join(a.casefold().split()) == " ".join(
        b.casefold().split()
    )


def clean_text(text: str, *, title_hint: str | None = None) -> CleanPage:
    """The article inside scraped page text (or trafilatura's main text of an HTML page)."""
    lines = [squeeze(line) for line in text.splitlines()]
    aggregator = _aggregator(lines)
    lines = _drop_menu(_cut_furniture(lines))
    title, lines = _take_title(lines, title_hint)
    date_line, lines = _take_date_line(lines)
    page = _Sorter(title)
    for line in _drop_teasers([x for x in lines if x], title):
        page.add(line)
    body, bylines = _take_bylines(page.body)
    return CleanPage(
        title=title,
        paragraphs=tuple(body),
        captions=tuple(page.captions),
        date_line=date_line,
        bylines=tuple(bylines),
        sources=tuple(page.sources),
        aggregator=page.aggregator or aggregator,
        credits=tuple(page.credits),
    )


def _aggregator(lines: list[str]) -> str | None:
    """The site named in an aggregator credit anywhere on the page ('Tổng hợp tin tự động X')."""
    markers = _words().aggregators
    for line in lines:
        domain = _DOMAIN.search(line)
        if domain and any(m in line.casefold() for m in markers):
            return domain.group(1).lower()
    return None


def _cut_furniture(lines: list[str]) -> list[str]:
    """The lines without related-article boxes, comment blocks and footers.

    A box heading ('Tin liên quan', 'Đọc thêm'…) drops what follows it up to where the article's
    own paragraphs resume (two full paragraphs in a row, which teaser lists lack); when they do
    not, everything from the heading on is furniture.
    """
    words = _words()
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        key = _line_key(line.rstrip(":")) if len(line) <= _MARKER_LENGTH else ""
        if key in words.cut_before_credit and any(
            _is_credit_or_footer(x) for x in lines[i + 1 : i + 5]
        ):
            return kept
        if key in words.cut:
            resume = _body_resumes(lines, i + 1)
            if resume is None:
                return kept
            i = resume
            continue
        kept.append(line)
        i += 1
    return kept


def _body_resumes(lines: list[str], start: int) -> int | None:
    """Where the article's paragraphs start again after a box of links, if they do."""
    texts = [(k, x) for k, x in enumerate(lines) if k >= start and x]
    for n, (k, line) in enumerate(texts[:-1]):
        if _is_body_paragraph(line) and _is_body_paragraph(texts[n + 1][1]):
            return k
    return None


def _is_body_paragraph(line: str) -> bool:
    """A full paragraph: long enough and closed by a full stop, not cut off with '…'."""
    return (
        len(line.split()) >= _MIN_BODY_WORDS
        and bool(_CLOSED.search(line))
        and not _ELLIPSIS_END.search(line)
    )


def _drop_menu(lines: list[str]) -> list[str]:
    """Lines before the article that are menu words or breadcrumbs."""
    words = _words()
    i = 0
    while i < len(lines):
        line = lines[i]
        parts = [p for p in re.split(r"\s*[>»/|›]\s*", line) if p]
        if line and (
            len(line) > _MARKER_LENGTH or not all(_line_key(p) in words.menu for p in parts)
        ):
            break
        i += 1
    return lines[i:]


def _take_title(lines: list[str], hint: str | None) -> tuple[str | None, list[str]]:
    """The headline: the hint (HTML metadata) or a first line that reads like one."""
    rest = list(lines)
    while rest and not rest[0]:
        rest.pop(0)
    if hint:
        hint = squeeze(hint)
        if rest and _same_line(rest[0], hint):
            rest.pop(0)
        return hint, rest
    if rest and _is_headline(rest[0]) and not _words().credit.search(rest[0]):
        return rest.pop(0), rest
    return None, rest


def _take_date_line(lines: list[str]) -> tuple[str | None, list[str]]:
    """A date/time line among the first lines ('03/08/2021 17:01'), taken out of the text."""
    seen = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        if _DATE_LINE.search(line) and len(line.split()) <= 12 and not line.endswith("."):
            return line, lines[:i] + lines[i + 1 :]
        seen += 1
        if seen >= 4:
            break
    return None, lines


def _drop_teasers(lines: list[str], title: str | None) -> list[str]:
    """Lines without teaser blocks: a headline then a short summary cut off with '…', or a
    headline printed twice in a row (related-article lists), and repeats of the headline."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line, nxt = lines[i], lines[i + 1] if i + 1 < len(lines) else None
        if title and _same_line(line, title):
            i += 1
        elif nxt is not None and _same_line(line, nxt) and _is_headline(line):
            i += 2
            if i < len(lines) and _is_teaser_summary(lines[i]):
                i += 1
        elif nxt is not None and _is_headline(line) and _is_teaser_summary(nxt):
            i += 2
        else:
            kept.append(line)
            i += 1
    return kept


def _is_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _MAX_HEADLINE_WORDS and not line.rstrip("\"'”’ ").endswith((".", ":"))


def _is_teaser_summary(line: str) -> bool:
    return bool(_ELLIPSIS_END.search(line)) and len(line.split()) <= _MAX_TEASER_WORDS


def _is_credit_or_footer(line: str) -> bool:
    folded = line.casefold()
    words = _words()
    return any(m in folded for m in words.aggregators + words.footers)


class _Sorter:
    """Sorts the article's lines into body, captions and source notes."""

    def __init__(self, title: str | None) -> None:
        self.title = title
        self.body: list[str] = []
        self.captions: list[str] = []
        self.sources: list[str] = []
        self.credits: list[str] = []
        self.aggregator: str | None = None

    def add(self, line: str) -> None:
        words = _words()
        folded = line.casefold()
        if folded.strip(" :|") in words.drop:
            return
        if any(m in folded for m in words.aggregators):
            domain = _DOMAIN.search(line)
            self.aggregator = domain.group(1).lower() if domain else self.aggregator
            return
        if any(m in folded for m in words.footers):
            return
        if self._follow_line(line) or self._source_line(line):
            return
        credit = words.credit.search(line)
        if credit:
            self.credits.append((credit.group("paren") or credit.group("bare") or "").strip())
            caption = line[: credit.start()].strip()
            if caption:
                self.captions.append(caption)
            return
        self.body.append(line)

    def _follow_line(self, line: str) -> bool:
        """'Theo dõi Baothu.vn trên' (a social-media invitation naming the site)."""
        words = _words()
        parts = line.split()
        if not any(line.startswith(p) for p in words.follow_prefixes) or len(parts) > 8:
            return False
        if parts[-1].casefold() not in words.follow_suffixes and len(parts) > 4:
            return False
        domain = _DOMAIN.search(line)
        if domain:
            self.sources.append(domain.group(1).lower())
        return True

    def _source_line(self, line: str) -> bool:
        """'Nguồn: tintuc.vn' or a short 'Theo TTXVN' line."""
        words = _words()
        for prefix in words.source_prefixes:
            if line.startswith(prefix) and len(line.split()) <= 8 and not line.endswith(","):
                rest = line[len(prefix) :].strip(" :.-–()")
                if prefix.strip() == "Theo" and ("," in rest or not rest[:1].isupper()):
                    return False
                if rest:
                    domain = _DOMAIN.search(rest)
                    self.sources.append(domain.group(1).lower() if domain else rest)
                    return True
        return False


def _take_bylines(body: list[str]) -> tuple[list[str], list[str]]:
    """Body without author lines at its top or bottom ('Thu Hà', 'Minh Anh (TTXVN)')."""
    bylines: list[str] = []
    if len(body) > 1 and _is_byline(body[0]):
        bylines.append(body.pop(0))
    while len(body) > 1 and _is_byline(body[-1]):
        bylines.append(body.pop())
    return body, bylines


def is_byline(line: str) -> bool:
    """A short line of two to four capitalised words, maybe with an agency: 'Thu Hằng/VOV'."""
    return _is_byline(line)


def _is_byline(line: str) -> bool:
    if len(line) < _MARKER_LENGTH and _line_key(line) in _words().authors:
        return True
    if line.rstrip().endswith((".", ":", "?", "!", "...", "…")):
        return False
    credit_free = re.sub(r"\s*(?:\([^()]{1,20}\)|/\s*\S{1,12})\s*$", "", line.strip())
    names = [n for n in re.split(r"\s+[-–]\s+|\s*,\s*", credit_free) if n]
    return 0 < len(names) <= 3 and all(_is_person_name(n) for n in names)


def _is_person_name(text: str) -> bool:
    """Two to four capitalised words that are not a place ('Thu Hà', not 'Hà Nội')."""
    words = text.split()
    if not (2 <= len(words) <= 4 and all(w[0].isupper() and w.isalpha() for w in words)):
        return False
    return not any(m.end - m.start >= len(text) - 1 for m in find_places(text))
