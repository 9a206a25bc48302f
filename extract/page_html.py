"""What an HTML page shows beside the text trafilatura keeps: the article's lead (the sapo, often
outside the body's container) and the date line printed by its headline; and pages laid out
with tables, made plain for trafilatura; and the lists of a body trafilatura found no container
for."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import chain, islice

from lxml.html import HtmlElement
from rapidfuzz import fuzz

from extract.lexicon import load_data
from extract.lines import is_credit, is_date_line, same_line
from extract.text import squeeze

_CLASS_PART = re.compile(r"[\s_-]+")
# A lead is a sentence or two of running text; shorter blocks are labels, longer ones bodies.
_LEAD_WORDS = (12, 120)
# How much of the main text's start a lead or a description is looked for in.
_LEAD_REACH = 1500
# A description this much like the start of the main text says nothing the text does not.
_SAME_TEXT = 85
_HEADINGS = ("h1", "h2", "h3")
# A table cell this long, or holding a table, is a page's column, not a datum: layout.
_LAYOUT_CELL_CHARS = 400
# A list whose items are mostly links is a menu or a list of other articles, not the body's.
_LINKED_LIST = 0.5
_HEADLINE_WORDS = (4, 40)
# A block whose text is mostly its links is a teaser of another article, not a lead.
_LINKED_LEAD = 0.5
# How many blocks beside the headline (before it, after it) its date line may stand in.
_DATE_BESIDE_HEADLINE = (2, 3)


@dataclass(frozen=True, slots=True)
class Shown:
    """The lead and the date line (or a <time> element's datetime) a page shows."""

    lead: str | None
    date_line: str | None


@dataclass(frozen=True, slots=True)
class _Words:
    lead_classes: frozenset[str]
    date_classes: frozenset[str]
    class_prefixes: tuple[str, ...]
    headline_classes: frozenset[str]
    outside_tags: frozenset[str]
    outside_classes: frozenset[str]


@cache
def _words() -> _Words:
    data = load_data("furniture")["html"]
    return _Words(
        lead_classes=frozenset(data["lead_classes"]),
        date_classes=frozenset(data["date_classes"]),
        class_prefixes=tuple(data["class_prefixes"]),
        headline_classes=frozenset(data["headline_classes"]),
        outside_tags=frozenset(data["outside_tags"]),
        outside_classes=frozenset(data["outside_classes"]),
    )


def shown_on_page(tree: HtmlElement, title: str | None) -> Shown:
    """The page's lead: the first block marked as one ('sapo', 'dsapo', 'hometext', 'nsummary'…)
    after the headline, else before it, outside menus, asides, footers and lists of links (a
    block holding the headline is the article's, whatever its class says); and its date line:
    the first date marked as one after the headline, else a date line standing beside the
    headline ('<div class="dinfo">Cập nhật ngày: 25/05/2018 | 08:10</div>'), else the last
    marked before it (a site's header prints today's date above it)."""
    words = _words()
    headline: HtmlElement | None = None
    holding: frozenset[HtmlElement] = frozenset()
    leads: dict[bool, str] = {}
    before: str | None = None
    after: str | None = None
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _HEADINGS and headline is None and _is_headline(element, tag, title):
            headline, holding = element, frozenset(element.iterancestors())
            continue
        parts = _class_parts(element)
        seen = headline is not None
        if seen not in leads and _marked(parts, words.lead_classes):
            lead = None if _outside(element, holding=holding) else _lead_text(element)
            if lead:
                leads[seen] = lead
        dated = tag == "time" or _marked(parts, words.date_classes)
        if after is None and dated and not _outside(element, lists=False, holding=holding):
            date = _date_text(element)
            if date and seen:
                after = date
            elif date:
                before = date
    beside = _date_beside(headline) if headline is not None and after is None else None
    return Shown(leads.get(True, leads.get(False)), after or beside or before)


def _marked(parts: frozenset[str], words: frozenset[str]) -> bool:
    """Whether a class name's parts hold one of the words, alone or behind a prefix an older
    content system glues to it ('dsapo', 'nsummary', 'newsdate')."""
    if parts & words:
        return True
    prefixes = _words().class_prefixes
    return any(p[len(f) :] in words for p in parts for f in prefixes if p.startswith(f))


def _date_beside(headline: HtmlElement) -> str | None:
    """The date line standing in a block just after the headline, else just before it, whatever
    its class ('<h1>…</h1><div class="dinfo">Cập nhật ngày: 25/05/2018 | 08:10</div>')."""
    low, high = _DATE_BESIDE_HEADLINE
    after = islice(headline.itersiblings(), high)
    before = islice(headline.itersiblings(preceding=True), low)
    for element in chain(after, before):
        if isinstance(element.tag, str) and (date := _date_text(element)):
            return date
    return None


def marked_headline(tree: HtmlElement) -> str | None:
    """The headline a page marks by its element's class ('<td class="title"><b>Hội nghị …</b>'),
    outside menus, asides and footers and not a link: a line of a few words that is not a
    sentence ending in a full stop; None when the page marks none."""
    words = _words()
    low, high = _HEADLINE_WORDS
    for element in tree.iter():
        if not _class_parts(element) & words.headline_classes or _outside(element):
            continue
        if element.tag == "a" or element.find(".//a") is not None:
            continue
        text = squeeze(element.text_content())
        if low <= len(text.split()) <= high and not text.endswith((".", ":")):
            return text
    return None


def article_heading(tree: HtmlElement) -> str | None:
    """The headline the page shows as its one <h1> outside menus, asides and footers and not a
    link ('<h1 class="article-title">Thứ trưởng … tiếp Phó Chủ tịch …</h1>'): a line of a few
    words; None when the page shows none, or several different ones."""
    low, high = _HEADLINE_WORDS
    shown = set()
    for heading in tree.iter("h1"):
        if _outside(heading) or heading.find(".//a") is not None:
            continue
        text = squeeze(heading.text_content())
        if low <= len(text.split()) <= high:
            shown.add(text)
    return shown.pop() if len(shown) == 1 else None


def missing_lead(main: str, shown: Shown, description: str | None) -> str | None:
    """The lead to put before the main text: the page's lead block when the main text lacks it,
    else the page's description when it reads as a lead and the main text says nothing like it."""
    start = squeeze(main[:_LEAD_REACH]).casefold()
    if shown.lead:
        head = squeeze(shown.lead).casefold()[:80]
        return None if head in start else shown.lead
    if not description or not _reads_as_lead(description):
        return None
    if fuzz.partial_ratio(squeeze(description).casefold(), start) >= _SAME_TEXT:
        return None
    return squeeze(description)


def with_lead(main: str, lead: str, title: str | None) -> str:
    """The main text with the lead as its first paragraph (after the headline, if it starts so)."""
    lines = main.splitlines()
    if lines and title and same_line(squeeze(lines[0]), squeeze(title)):
        return "\n".join([lines[0], lead, *lines[1:]])
    return "\n".join([lead, *lines])


def _is_headline(element: HtmlElement, tag: str, title: str | None) -> bool:
    if tag == "h1":
        return True
    return bool(title) and same_line(squeeze(element.text_content()), squeeze(title or ""))


def _class_parts(element: HtmlElement) -> frozenset[str]:
    """'the-article-summary sapo_detail' -> {'the', 'article', 'summary', 'sapo', 'detail'}."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".strip()
    if not names:
        return frozenset()
    return frozenset(p for p in _CLASS_PART.split(names.lower()) if p)


def _outside(
    element: HtmlElement, *, lists: bool = True, holding: frozenset[HtmlElement] = frozenset()
) -> bool:
    """Inside a menu, an aside, a footer or (with `lists`) a list item: not the article's. The
    blocks `holding` the headline are the article's column, whatever their class ('sidebar_1')."""
    words = _words()
    for ancestor in element.iterancestors():
        if ancestor in holding:
            continue
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if (tag in words.outside_tags and (lists or tag != "li")) or (
            _class_parts(ancestor) & words.outside_classes
        ):
            return True
    return False


def _lead_text(element: HtmlElement) -> str | None:
    """The block's text when it reads as a lead and is not a link to another article (inside a
    link, or mostly the text of its links)."""
    if any(a.tag == "a" for a in element.iterancestors()):
        return None
    text = squeeze(element.text_content())
    linked = sum(len(squeeze(a.text_content())) for a in element.iter("a"))
    if linked > _LINKED_LEAD * len(text):
        return None
    return text if _reads_as_lead(text) else None


def _reads_as_lead(text: str) -> bool:
    """A sentence or two of running text."""
    low, high = _LEAD_WORDS
    return low <= len(text.split()) <= high and any(c.islower() for c in text)


def _date_text(element: HtmlElement) -> str | None:
    """A <time> element's datetime, or an element's text when it is a date line."""
    stamp = element.get("datetime") if element.tag == "time" else None
    if stamp:
        return stamp.strip()
    text = squeeze(element.text_content())
    return text if is_date_line(text) else None


def with_body_lists(tree: HtmlElement, main: str) -> str:
    """The main text with the lists of the page's body in it, each item as a '- ' line after
    the paragraph leading it ('… đã ký kết 3 văn bản, gồm:'). trafilatura drops them when it
    finds no container for the body (no <article>, no class it knows) and falls back on the
    page's paragraphs; a list belongs to the body when the block before it is one of them."""
    lines = main.splitlines()
    kept = {squeeze(line): n for n, line in enumerate(lines)}
    after: dict[int, list[str]] = {}
    for listing in tree.iter("ul", "ol"):
        before = listing.getprevious()
        n = kept.get(squeeze(before.text_content())) if before is not None else None
        items = _list_items(listing)
        if n is None or not items or _outside(listing) or any(f"- {i}" in kept for i in items):
            continue
        after.setdefault(n, []).extend(f"- {item}" for item in items)
    if not after:
        return main
    return "\n".join(part for n, line in enumerate(lines) for part in [line, *after.get(n, [])])


def _list_items(listing: HtmlElement) -> list[str]:
    """The texts of a list's own items, or none when they are mostly links."""
    items = [squeeze(item.text_content()) for item in listing if item.tag == "li"]
    linked = sum(len(squeeze(a.text_content())) for a in listing.iter("a"))
    if linked > _LINKED_LIST * sum(len(item) for item in items):
        return []
    return [item for item in items if item]


def unwrap_layout_tables(tree: HtmlElement) -> None:
    """Tables that lay a page out (older sites put the menu, the article and the side column in
    the cells of one table) become plain blocks, so that trafilatura reads the article in them
    as paragraphs rather than as one table cell. Tables of data are left as they are."""
    for table in list(tree.iter("table")):
        cells = [c for row in _rows(table) for c in row if c.tag in ("td", "th")]
        if not any(_lays_out(cell) for cell in cells):
            continue
        for row in _rows(table):
            for cell in row:
                if cell.tag in ("td", "th"):
                    cell.tag = "div"
            row.tag = "div"
        for part in table:
            if part.tag in ("tbody", "thead", "tfoot"):
                part.tag = "div"
        table.tag = "div"


def _rows(table: HtmlElement) -> list[HtmlElement]:
    """The table's own rows (those of tables inside its cells are not)."""
    parts = [table, *(p for p in table if p.tag in ("tbody", "thead", "tfoot"))]
    return [row for part in parts for row in part if row.tag == "tr"]


def _lays_out(cell: HtmlElement) -> bool:
    nested = next(cell.iter("table"), None) is not None
    return nested or len(cell.text_content()) > _LAYOUT_CELL_CHARS


def captions_as_lines(tree: HtmlElement) -> None:
    """A photo's <figcaption> becomes a paragraph, which trafilatura keeps (images, and with them
    their captions, are otherwise left out): one ending with its credit ('… Ảnh: Thu Chung'),
    which the page's cleaning sets apart as a caption; and one without a credit in a photo story,
    whose captions tell more than its paragraphs ('Đồng chí A, Chủ tịch UBND tỉnh phát biểu khai
    mạc. Theo Chủ tịch UBND tỉnh, 11 tháng năm 2025, kim ngạch …'): the body itself. Elsewhere
    a caption without a credit stays out: it could not be told from the body."""
    captions = list(tree.iter("figcaption"))
    story = _told_in_captions([_holder(caption) for caption in captions])
    for caption in captions:
        text = squeeze(caption.text_content())
        holder = _holder(caption)
        parent = holder.getparent()
        if parent is None or not text or not (story or is_credit(text)):
            continue
        line = holder.makeelement("p", {})
        line.text, line.tail = text, holder.tail
        parent.replace(holder, line)


def _holder(caption: HtmlElement) -> HtmlElement:
    """The <figure> a caption is in, else the caption itself."""
    figure = caption.getparent()
    return figure if figure is not None and figure.tag == "figure" else caption


def _told_in_captions(holders: list[HtmlElement]) -> bool:
    """Whether the captions without a credit hold more words than the paragraphs beside them
    (in the smallest block holding every photo, outside the photos): a photo story."""
    block = _smallest_block(holders)
    if block is None:
        return False
    told = [squeeze(h.text_content()) for h in holders]
    said = [
        squeeze(p.text_content())
        for p in block.iter("p")
        if not any(a in holders for a in (p, *p.iterancestors()))
    ]
    return _word_count(t for t in told if not is_credit(t)) > _word_count(said)


def _smallest_block(elements: list[HtmlElement]) -> HtmlElement | None:
    """The innermost element holding all the elements, or None for none."""
    if not elements:
        return None
    within = (
        b for b in elements[0].iterancestors() if all(b in e.iterancestors() for e in elements)
    )
    return next(within, None)


def _word_count(texts: Iterable[str]) -> int:
    return sum(len(text.split()) for text in texts)
