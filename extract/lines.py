"""What one line of scraped page text is: a menu item, a date line, a byline, a headline, a
paragraph of the article, a credit or a footer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.lexicon import load_data
from extract.places import find_places
from extract.text import spelling_key, squeeze

# "11/3/2024", "10-04-2025", "2024-03-11", "ngày 11 tháng 3 năm 2024": a full date, as date
# lines and stamps write it.
DATE_STAMP = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm|,)\s+(?:19|20)\d{2}\b",
    re.I,
)
DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:vn|com|net|org|info|gov\.vn|cn|com\.vn))\b", re.I)
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*[\"'”’»)]*\s*$")
_CLOSED = re.compile(r"[.!?][\"'”’)]*\s*$")
_WORD = re.compile(r"\w+")
# "Thời sự › Chính trị", "Trang chủ > Tin tức", "Kinh tế | Thị trường", "Trang chủ / Tin tức".
_CRUMB_SEPARATOR = re.compile(r"\s*[>»›|]\s*|\s+/\s+")
# A space a typist put before a mark, and a mark a typist put right before a word.
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;.:)])(?=\s|$)")
_NO_SPACE_AFTER_MARK = re.compile(r"([,;])(?=[^\W\d_])")
# Menu items as a scraper joins them: 'Thời sự  Chính trị  Dân sinh  Giao thông'.
_WIDE_GAP = re.compile(r"\s*\t\s*|\s{2,}")
_TAB = re.compile(r"[ ]*\t[\t ]*")
_FRAMED_ROW = re.compile(r"\|(.*)\|")
_RULE_CELLS = re.compile(r"[\s|:\-]*")
# A table's figure: '56,20', '3.250', '+16,6', '-2,4%' (not a page number).
_FIGURE_CELL = re.compile(r"[+\-−–]\s*\d[\d.,]*%?|\d+(?:[.,]\d+)+%?|\d+%")
# A stray double space splits a line in two or three; a menu bar has more items.
_GAPPED_MENU_ITEMS = 4
_BAR_ITEM_WORDS = 4  # 'Lượt xem: 412', 'In bài', 'Chia sẻ' beside a date
# A toolbar's buttons, in brackets or between bars: '[In bài] [Gửi email] [Cỡ chữ: A- A A+]'.
_TOOL_SEPARATOR = re.compile(r"\s*[\[\]|]\s*")
_TOOL_MARKS = "[]|"  # the marks between a toolbar's buttons
# A masthead: an outlet's word, then the online word before the name or after it.
_MASTHEAD = r"^(?:{outlet})\s+(?:(?:{online})\s+(?P<after>\w.*)|(?P<before>\w.*?)\s+(?:{online}))$"
_MASTHEAD_NAME_WORDS = 8  # 'Sở Công Thương tỉnh Lạng Sơn'
# A masthead naming its owner: an outlet's word and name, a dash, then who it speaks for.
_OWNED_MASTHEAD = r"^(?:{outlet})\s+(?P<name>\w.*?)\s+[-–—]\s+(?:{owner})(?!\w)"
# "… (Ảnh: Nguyễn Văn A/TTXVN)" or "… hội kiến ngày 18/8. Ảnh: TTXVN" at the end of a caption.
_TRAILING_CREDIT = (
    r"\s*(?:\(\s*(?P<paren>(?:{words})\b[^()]*)\)"
    r"|(?:^|(?<=[.!?…)\s-]))(?P<bare>(?:{words})\s*:[^()]*))\s*$"
)
# A byline's agency or site after the names: "Thu Hà (TTXVN)", "Vân Anh/VOV.VN".
_BYLINE_CREDIT = re.compile(r"\s*(?:\((?P<paren>[^()]{1,24})\)|/\s*(?P<slash>[^/()]{1,24}))\s*$")
# A byline's bracket naming the reporter's post and paper: '(Phóng viên Báo Nhân Dân tại Trung
# Quốc)'; longer than an agency's, it opens with a word for a reporter (`byline_posts`).
_BYLINE_POST = r"\s*\((?P<paren>(?:{posts})\b[^()]{{0,80}})\)\s*$"
# Contact or licence details: "số 123/GP-BTTTT", a phone number, an e-mail address, an address.
_CONTACT = re.compile(
    r"/GP-|\bGP-BTTTT\b|\b\d{2,4}[ .]\d{3}[ .]\d{3,4}\b|\b0\d{9,10}\b|@\w|Địa chỉ\s*:"
    r"|Điện thoại\s*:|Tòa soạn\s*:|Email\s*:",
    re.I,
)
# What follows a label in a notice: "Bản quyền thuộc …", "Giấy phép số …", "Hotline: …".
_NOTICE = re.compile(r"\s*(?:thuộc|số|:|\d|\()", re.I)
_FOOTER_WORDS = 25  # a notice's line is short; a paragraph of the article is longer
MARKER_LENGTH = 60  # a furniture heading or menu line is short
MAX_HEADLINE_WORDS = 40
MIN_HEADLINE_WORDS = 4
MIN_BODY_WORDS = 15
MAX_MENU_WORDS = 4
_MENU_BAR_ITEMS = 3  # a menu bar has several items; a headline has at most one separator
_MENU_ITEM_WORDS = 8  # 'Bảo vệ người tiêu dùng', 'Bảo vệ nền tảng tư tưởng của Đảng'
# An all-capitals line this long may be a headline; shorter ones are site names and bylines.
_CAPITALS_HEADLINE_WORDS = 6
MAX_DATE_LINE_WORDS = 12
_ITEM_SEPARATORS = frozenset({"|", "·", "•", "-", "–"})
_LABEL_WORDS = 4  # 'Cập nhật lúc:', 'Biên tập viên:', 'Lượt xem:'
# A rule between a page's parts, drawn with dashes, underscores, stars or dots.
_RULE = re.compile(r"(?:[-–—_=*~.·•]\s*){3,}")
# A list item's or a caption's opening: '• ', '» ', '› ', '1. ', '2) ', '- ', '+ ', '[Ảnh]'.
_LIST_ITEM = re.compile(r"[-+•»›·*▪►]\s|\d{1,2}[.)]\s|\[")
# The hour a live report's post opens with, alone or before the post's heading: '11:30',
# '11:30 | Lễ ký kết', '10h20 - Phát biểu của …', '15 giờ: Khảo sát …'.
_POST_CLOCK = re.compile(
    r"\d{1,2}(?::\d{2}|h\d{0,2}|\s*giờ(?:\s*\d{2})?)(?=$|[\s|:–-])\s*[|:–-]?\s*"
)
# A time of day on a date line: '15:20', '9h30', '9h', '15 giờ'.
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2}\b|h\d{0,2}\b|\s*giờ\b)")
# What parts a date line's items: a comma, a bar, a colon, a dash between spaces.
_DATE_ITEM_MARK = re.compile(r"[,;:|·•]|\s[-–—]\s")
# A date after this many words of running text belongs to a headline, not to a date line.
_HEADLINE_WORDS_BEFORE_DATE = 4
_TIMED_HEADING_WORDS = 12  # '09:40 | Phát biểu của đồng chí Vũ Đại Thắng'
_POST_HEADING_WORDS = 5  # 'Lễ ký kết', 'Khai mạc hội nghị': a post's heading without its hour


@dataclass(frozen=True, slots=True)
class FurnitureWords:
    """The word lists of extract/data/furniture.toml, as line keys or folded text."""

    cut: frozenset[str]
    page_reference: re.Pattern[str]
    cut_before_credit: frozenset[str]
    menu: frozenset[str]
    drop: frozenset[str]
    updates: tuple[str, ...]  # folded words of an update note's date line
    correction: re.Pattern[str]  # a correction notice's label opening its line
    authors: frozenset[str]
    byline_post: re.Pattern[str]
    degrees: re.Pattern[str]
    affiliations: tuple[str, ...]
    follow_prefixes: tuple[str, ...]
    follow_suffixes: frozenset[str]
    source_prefixes: tuple[str, ...]
    data_credit: re.Pattern[str]
    compiler: re.Pattern[str]
    aggregators: tuple[str, ...]
    footers: tuple[str, ...]
    footer_labels: re.Pattern[str]
    credit: re.Pattern[str]
    photo_words: tuple[str, ...]
    inline_link: re.Pattern[str]
    tool_label: re.Pattern[str]
    masthead: re.Pattern[str]
    owned_masthead: re.Pattern[str]
    programme: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])


@cache
def furniture_words() -> FurnitureWords:
    """The furniture lexicon, read once."""
    data = load_data("furniture")
    photo = "|".join(re.escape(w) for w in sorted(data["photo_words"], key=len, reverse=True))
    marks = _alternation(data["link_marks"])
    return FurnitureWords(
        cut=frozenset(line_key(x) for x in data["cut_lines"]),
        page_reference=re.compile(
            rf"\s+(?:{_alternation(data['page_references'])})\s+\d+\s*:?\s*$", re.I
        ),
        cut_before_credit=frozenset(line_key(x) for x in data["cut_lines_before_credit"]),
        menu=frozenset(line_key(x) for x in data["menu_lines"]),
        drop=frozenset(x.casefold() for x in data["drop_lines"]),
        updates=tuple(x.casefold() for x in data["update_words"]),
        correction=re.compile(
            rf"\s*\(?\s*(?:{_alternation(data['correction_labels'])})\s*[:\-–]", re.I
        ),
        authors=frozenset(line_key(x) for x in data["author_lines"]),
        byline_post=re.compile(_BYLINE_POST.format(posts=_alternation(data["byline_posts"])), re.I),
        degrees=re.compile(
            rf"^\s*(?:(?:{_alternation(data['author_degrees'])})(?:\s*[.,]\s*|\s+))+"
        ),
        affiliations=tuple(data["affiliation_openings"]),
        follow_prefixes=tuple(data["follow_prefixes"]),
        follow_suffixes=frozenset(x.casefold() for x in data["follow_suffixes"]),
        source_prefixes=tuple(data["source_prefixes"]),
        data_credit=re.compile(rf"^(?:{_alternation(data['data_credits'])})(?!\w)", re.I),
        compiler=re.compile(rf"\s(?:{_alternation(data['compiler_words'])})\W*$", re.I),
        aggregators=tuple(x.casefold() for x in data["aggregator_markers"]),
        footers=tuple(x.casefold() for x in data["footer_markers"]),
        footer_labels=re.compile(
            rf"(?:^|[-–|.:,]\s*)(?P<label>{_alternation(data['footer_labels'])})(?!\w)", re.I
        ),
        credit=re.compile(_TRAILING_CREDIT.replace("{words}", photo)),
        photo_words=tuple(data["photo_words"]),
        inline_link=re.compile(
            rf"^\s*(?:(?:{marks})\s*)?(?:{_alternation(data['cut_lines'])})\s*(?::|{marks})\s*\S",
            re.I,
        ),
        tool_label=re.compile(rf"^\s*(?:{_alternation(data['tool_labels'])})\s*:", re.I),
        masthead=re.compile(
            _MASTHEAD.format(
                outlet=_alternation(data["masthead_words"]),
                online=_alternation(data["masthead_online_words"]),
            ),
            re.I,
        ),
        owned_masthead=re.compile(
            _OWNED_MASTHEAD.format(
                outlet=_alternation(data["masthead_words"]),
                owner=_alternation(data["masthead_owner_words"]),
            ),
            re.I,
        ),
        programme=re.compile(
            rf"^\s*(?:{_alternation(data['programme_names'])})\s(?:[^|:·•]|(?<=\d):(?=\d))*?"
            rf"(?:\b\d{{1,2}}\s*h(?:\s*\d{{2}})?|\bngày)\s+(?:{DATE_STAMP.pattern})",
            re.I,
        ),
    )


def line_key(line: str) -> str:
    """Words only, in spelling keys: for comparing short lines with the word lists."""
    return " ".join(spelling_key(w) for w in _WORD.findall(line))


def same_line(a: str, b: str) -> bool:
    """Two lines with the same words (case and spacing aside)."""
    return abs(len(a) - len(b)) < 8 and " ".join(a.casefold().split()) == " ".join(
        b.casefold().split()
    )


def is_body_paragraph(line: str) -> bool:
    """A full paragraph: long enough and closed by a full stop, not cut off with '…'."""
    return (
        len(line.split()) >= MIN_BODY_WORDS
        and bool(_CLOSED.search(line))
        and not _ELLIPSIS_END.search(line)
    )


def is_post_heading(line: str) -> bool:
    """A live report's post heading: its hour, alone or before a heading ('11:30', '11:30 | Lễ
    ký kết', '10h20 - Phát biểu của đồng chí …'), or a heading of a few words ('Lễ ký kết');
    not a sentence, a list item ('- Giá vàng hôm nay') or a summary cut off with '…'."""
    if is_closed(line) or _ELLIPSIS_END.search(line) or _LIST_ITEM.match(line):
        return False
    clock = _POST_CLOCK.match(line)
    if clock:
        return len(line[clock.end() :].split()) <= _TIMED_HEADING_WORDS
    words = line.split()
    return 0 < len(words) <= _POST_HEADING_WORDS and line[:1].isupper()


def is_list_item(line: str) -> bool:
    """A list item's or a caption's opening: '• ', '» ', '1. ', '2) ', '- ', '[Ảnh]'."""
    return bool(_LIST_ITEM.match(line))


def is_closed(line: str) -> bool:
    """The line ends a sentence ('.', '!' or '?', maybe inside quotes or brackets)."""
    return bool(_CLOSED.search(line))


def is_teaser_summary(line: str, max_words: int) -> bool:
    """A summary cut off with '…', as related-article lists print them."""
    return bool(_ELLIPSIS_END.search(line)) and len(line.split()) <= max_words


def is_headline(line: str) -> bool:
    """Up to 40 words, not closed by a full stop or a colon."""
    words = line.split()
    return 0 < len(words) <= MAX_HEADLINE_WORDS and not line.rstrip("\"'”’ ").endswith((".", ":"))


def squeezed_line(line: str) -> str:
    """A scraped line with its spacing squeezed; a menu bar whose items only wide gaps
    separate ('Thời sự  Chính trị  Dân sinh  Giao thông') keeps them apart as a bar ('Thời sự |
    Chính trị | …'), which the menus' rules know."""
    stripped = line.strip()
    framed = _FRAMED_ROW.fullmatch(stripped)
    if framed:
        # A table row as trafilatura writes one ('| a | b |'); its rule line ('|---|---|') is
        # dropped, and a one-cell table (a photo's caption in many sites' layouts) is a line.
        inner = framed.group(1).strip()
        return "" if _RULE_CELLS.fullmatch(inner) else squeeze(inner)
    if _TAB.search(stripped):
        # A table row copied as text, its cells separated by tabs: kept apart, as 'a | b'; an
        # empty first cell (a total's, in a numbered column) kept as '–', so that the row keeps
        # its columns.
        row = [squeeze(cell) for cell in _TAB.split(stripped) if cell.strip()]
        if line.lstrip(" ").startswith("\t"):
            row.insert(0, "–")
        return " | ".join(row)
    # A line closing a sentence is no menu bar: its gaps are not looked for.
    if not is_closed(line):
        items = [item for item in _WIDE_GAP.split(stripped) if item]
        if len(items) >= _GAPPED_MENU_ITEMS and all(
            len(_WORD.findall(item)) <= _MENU_ITEM_WORDS for item in items
        ):
            return " | ".join(squeeze(item) for item in items)
    return _spaced_as_written(squeeze(line))


def _spaced_as_written(line: str) -> str:
    """Punctuation spaced as text is written, whatever the typist did: no space before ',', ';',
    '.', ':', ')', one after a ',' or ';' before a word ('Quân ,Phó Châu trưởng' -> 'Quân, Phó
    Châu trưởng'; '2,43 tỷ USD ;' -> '2,43 tỷ USD;'); numbers' own commas stay ('2,43')."""
    line = _NO_SPACE_AFTER_MARK.sub(r"\1 ", line)
    return _SPACE_BEFORE_MARK.sub(r"\1", line)


def is_menu_line(line: str) -> bool:
    """A menu word ('Thời sự'), a breadcrumb ('Kinh tế › Thị trường'), a short section name, or
    a menu bar of any length ('Thời sự | Kinh tế | Văn hóa - Văn nghệ | Thể thao')."""
    words = furniture_words()
    parts = [p for p in _CRUMB_SEPARATOR.split(line) if p]
    if not parts or is_table_row(line):
        return False
    if len(parts) >= _MENU_BAR_ITEMS and not is_closed(line):
        return all(len(_WORD.findall(p)) <= _MENU_ITEM_WORDS for p in parts)
    if len(line) > MARKER_LENGTH:
        return False
    if all(line_key(p) in words.menu for p in parts):
        return True
    return len(parts) > 1 and all(len(p.split()) <= MAX_MENU_WORDS for p in parts)


def is_table_row(line: str) -> bool:
    """A row of a table written as text ('Quảng Đông | 56,20 | +16,6'): cells separated by '|',
    one of them a figure with a decimal part, a sign or a percent, which menus never have."""
    if "|" not in line:
        return False
    return any(_FIGURE_CELL.fullmatch(cell.strip()) for cell in line.split("|"))


def is_date_line(line: str) -> bool:
    """A short line giving a full date: '12/03/2024 15:20 GMT+7', 'Thứ Ba, 16:20, 9/4/2024', or
    a bar of short items opening with one ('Ngày đăng: 10.11.2025 | Lượt xem: 412 | In bài'),
    the outlet a 'Nguồn:' label names in it set aside ('Nguồn: Tân Hoa Xã | 2025-12-03 22:48:17
    | Biên tập viên: Hoàng Trúc')."""
    if not DATE_STAMP.search(line) or line.endswith(".") or is_programme_heading(line):
        return False
    labelled = labelled_source(line)
    if labelled:
        line = labelled[1]
    if _dates_running_text(line):
        return False
    if len(_before_labels_after_the_date(line).split()) <= MAX_DATE_LINE_WORDS:
        return True
    first, *rest = (part.strip() for part in line.split("|"))
    return (
        bool(rest)
        and bool(DATE_STAMP.search(first))
        and len(first.split()) <= MAX_DATE_LINE_WORDS
        and all(len(part.split()) <= _BAR_ITEM_WORDS for part in rest)
    )


def _before_labels_after_the_date(line: str) -> str:
    """The line up to the first labelled item after its date: '2025-11-24 15:36:08 (giờ Bắc
    Kinh) Biên tập viên: Lý Hà Thu Lượt xem: 1.284' -> '2025-11-24 15:36:08 (giờ Bắc Kinh)'; a
    date a label opens ('Cập nhật lúc: 10:18 ngày 22/04/2026') stays whole."""
    stamp = DATE_STAMP.search(line)
    if stamp is None:
        return line
    words = line[stamp.end() :].split(" ")
    label = next((n for n in range(len(words)) if _opens_label(words[n:])), None)
    return line if label is None else f"{line[: stamp.end()]} {' '.join(words[:label])}".strip()


def _dates_running_text(line: str) -> bool:
    """Whether the line's date is part of a headline's words ('Tin tức đối ngoại trong ngày
    12/3/2025', 'Điểm tin kinh tế tuần từ 3 đến 9/8/2025'): four words or more run up to it
    with no mark between, and the line gives no time of day. Before a date line's date stand a
    label or a weekday ('Cập nhật ngày 12/3/2025', 'Thứ Tư, ngày 12/03/2025') or a time
    ('Cập nhật lúc 08:45 ngày 18/02/2025')."""
    stamp = DATE_STAMP.search(line)
    if stamp is None or _CLOCK.search(line):
        return False
    run = _DATE_ITEM_MARK.split(line[: stamp.start()])[-1]
    return len(_WORD.findall(run)) >= _HEADLINE_WORDS_BEFORE_DATE


def is_programme_heading(line: str) -> bool:
    """A broadcast bulletin's headline: its programme's name, hour and day ('Bản tin Thời sự phát
    thanh 18h ngày 12/9/2025', 'Thời sự 19h ngày 12/9/2025'), a headline and not a date line."""
    return furniture_words().programme.match(line) is not None


def labelled_source(line: str) -> tuple[str, str] | None:
    """The outlet a 'Nguồn:' label names inside a line of short items, and the line without
    it: 'Nguồn: Nhân dân nhật báo bản tiếng Việt Cập nhật lúc: 10:18 ngày 22/04/2026' ->
    ('Nhân dân nhật báo bản tiếng Việt', 'Cập nhật lúc: 10:18 ngày 22/04/2026'). The name ends
    at a bar or a dot between items, at the next label ('Lượt xem:') or at a number."""
    found = _source_label().search(line)
    if found is None:
        return None
    words = line[found.end() :].split(" ")
    end = next(
        (n for n, word in enumerate(words) if word[:1].isdigit() or word in _ITEM_SEPARATORS),
        len(words),
    )
    label = next((n for n in range(end) if _opens_label(words[n:end])), end)
    name = " ".join(words[:label]).strip(" ,;")
    if not name:
        return None
    rest = " ".join(words[label:])
    return name, squeeze(f"{line[: found.start()]} {rest}").strip(" |·•")


def _opens_label(words: list[str]) -> bool:
    """'Cập nhật lúc: …', 'Lượt xem: …': a capitalised word then up to three in lower case, the
    last closed by a colon."""
    for n, word in enumerate(words[:_LABEL_WORDS]):
        if n and not word[:1].islower():
            return False
        if word.endswith(":"):
            return word[:1].isupper() if n == 0 else words[0][:1].isupper()
    return False


@cache
def _source_label() -> re.Pattern[str]:
    labels = [p for p in load_data("furniture")["source_prefixes"] if p.endswith(":")]
    return re.compile(rf"(?:^|(?<=\s)|(?<=[|·•]))(?:{_alternation(labels)})\s*")


def is_credit(line: str) -> bool:
    """A photo caption or credit: the line ends with '(Ảnh: …)' or 'Ảnh: …'."""
    return trailing_credit(line) is not None


def trailing_credit(line: str) -> re.Match[str] | None:
    """The credit a line ends with ('(Ảnh: TTXVN)', 'Ảnh: Thu Hà'), or None."""
    words = furniture_words()
    # Most lines name no photo word at all: the pattern, tried at every position, is skipped.
    if not any(word in line for word in words.photo_words):
        return None
    return words.credit.search(line)


# A follow line: 'Theo dõi Baothu.vn trên', 'Theo dõi TG&VN trên Google News'.
_FOLLOW_WORDS = 8  # at most
_PLATFORM_WORDS = 2  # 'Google News' after 'trên'
_BARE_FOLLOW_WORDS = 4  # at most, without 'trên …': 'Follow Baothu.vn'


def is_follow_line(line: str) -> bool:
    """A social-media invitation naming the site and maybe the platform: 'Theo dõi Baothu.vn
    trên', 'Theo dõi TG&VN trên Google News'."""
    words = furniture_words()
    parts = line.split()
    if not line.startswith(tuple(words.follow_prefixes)) or len(parts) > _FOLLOW_WORDS:
        return False
    tail = {part.casefold() for part in parts[-_PLATFORM_WORDS - 1 :]}
    return bool(tail & set(words.follow_suffixes)) or len(parts) <= _BARE_FOLLOW_WORDS


def is_inline_link(line: str) -> bool:
    """A link to another article set between the paragraphs: 'Xem thêm: <its headline>',
    'Đọc thêm >> …', '>> Xem thêm: …'."""
    return furniture_words().inline_link.match(line) is not None


def is_rule_line(line: str) -> bool:
    """A rule drawn with marks between the parts of a page ('———————', '* * *', '-----')."""
    return _RULE.fullmatch(line.strip()) is not None


def is_drop_line(line: str) -> bool:
    """A sharing button, reading tool or stray label ('Chia sẻ', 'Nghe bài viết'), or a toolbar
    of them ('[In bài] [Gửi email] [Chia sẻ] [Cỡ chữ: A- A A+]')."""
    drop = furniture_words().drop
    folded = line.casefold()
    if folded.strip(" :|") in drop or _is_toolbar(line):
        return True
    if not any(mark in line for mark in _TOOL_MARKS):
        return False  # one tool alone, not in a toolbar: read above
    tools = [t for t in _TOOL_SEPARATOR.split(folded) if t]
    return len(tools) > 1 and all(t.split(":")[0].strip() in drop for t in tools)


def _is_toolbar(line: str) -> bool:
    """'Cỡ chữ: A A A In bài Gửi bài': a tool's label, a colon and a few short buttons."""
    label = furniture_words().tool_label.match(line)
    return label is not None and len(line.split()) <= MAX_DATE_LINE_WORDS and not is_closed(line)


def is_masthead(line: str) -> bool:
    """A site's name as its masthead writes it ('Báo Quảng Ninh điện tử', 'Trang thông tin điện
    tử Sở Công Thương tỉnh Lạng Sơn', 'Báo Quốc tế - Cơ quan của Bộ Ngoại giao'): the outlet's
    word and a name whose words are mostly capitalised, with the online word or, after a dash,
    whose paper it is ('Báo điện tử Dân trí ra mắt chuyên trang mới' is a headline)."""
    words = furniture_words()
    online = words.masthead.match(line.strip())
    owned = words.owned_masthead.match(line.strip())
    if online and _names_an_outlet(online["after"] or online["before"]):
        return True
    return owned is not None and _names_an_outlet(owned["name"])


def _names_an_outlet(name: str) -> bool:
    """A masthead's name: up to eight words, the first and most of the others capitalised
    ('Quảng Ninh', 'Quốc tế', 'Sở Công Thương tỉnh Lạng Sơn')."""
    words = _WORD.findall(name)
    capitalised = sum(word[0].isupper() for word in words)
    return (
        0 < len(words) <= _MASTHEAD_NAME_WORDS
        and words[0][0].isupper()
        and capitalised >= len(words) - capitalised
    )


def is_footer(line: str) -> bool:
    """A copyright, licence or aggregator notice: a marker anywhere ('©', 'All rights
    reserved'), or a label such as 'Giấy phép' or 'Hotline' opening the line or one of its parts,
    in a line with contact or licence details or in a short notice ('Bản quyền thuộc …'); not
    a sentence that merely uses such a word ('cấp giấy phép cho …', 'duy trì đường dây nóng')."""
    folded = line.casefold()
    words = furniture_words()
    if any(m in folded for m in words.aggregators + words.footers):
        return True
    labelled = words.footer_labels.search(line)
    if labelled is None or not labelled["label"][0].isupper():
        return False
    short_notice = len(line.split()) <= _FOOTER_WORDS and _NOTICE.match(line, labelled.end())
    return bool(short_notice or _CONTACT.search(line))


def is_byline(line: str) -> bool:
    """A short line of two to four capitalised words, maybe with an agency ('Thu Hằng/VOV') or
    the reporter's post and paper ('HỮU HƯNG (Phóng viên Báo Nhân Dân tại Trung Quốc)')."""
    if len(line) < MARKER_LENGTH and line_key(line) in furniture_words().authors:
        return True
    if line.rstrip().endswith((".", ":", "?", "!", "...", "…")) or is_table_row(line):
        return False
    # 'PGS, TS NGUYỄN THỊ A': the degrees before the name are no part of it.
    named = furniture_words().degrees.sub("", line.strip())
    credit_free = _BYLINE_CREDIT.sub("", furniture_words().byline_post.sub("", named))
    names = [n for n in re.split(r"\s+[-–]\s+|\s*[-–,]\s*", credit_free) if n]
    return 0 < len(names) <= 3 and all(_is_person_name(n) for n in names)


def is_affiliation(line: str) -> bool:
    """A line naming an institution ('Viện Nghiên cứu Trung Quốc, Viện Hàn lâm …'): what an
    author's affiliation under a byline opens with; not a sentence."""
    openings = furniture_words().affiliations
    return not is_closed(line) and any(line.startswith(f"{word} ") for word in openings)


def byline_credit(line: str) -> str | None:
    """The agency or site a byline credits: 'TTXVN/Vietnam+' in 'Minh Anh (TTXVN/Vietnam+)'."""
    match = furniture_words().byline_post.search(line) or _BYLINE_CREDIT.search(line)
    if not match or not is_byline(line):
        return None
    credit = match.groupdict()
    return (credit.get("paren") or credit.get("slash") or "").strip() or None


def _is_person_name(text: str) -> bool:
    """Two to four capitalised words that are not a place ('Thu Hà', not 'Hà Nội')."""
    words = text.split()
    if not (2 <= len(words) <= 4 and all(w[0].isupper() and w.isalpha() for w in words)):
        return False
    return not any(m.end - m.start >= len(text) - 1 for m in find_places(text))


def is_headline_candidate(line: str) -> bool:
    """A line that may be the headline: four to forty words of running text (six or more in
    capitals), not closed by a full stop, and none of the short lines around a headline (menus,
    dates, bylines, credits, tools, a masthead, a 'Từ khóa: …' or 'Xem thêm: …' line)."""
    words = line.split()
    return (
        len(words) >= MIN_HEADLINE_WORDS
        and is_headline(line)
        and not line.rstrip().endswith((",", ";"))
        and (any(c.islower() for c in line) or len(words) >= _CAPITALS_HEADLINE_WORDS)
        and not is_menu_line(line)
        and not is_table_row(line)
        and not is_date_line(line)
        and not is_credit(line)
        and not is_byline(line)
        and not is_drop_line(line)
        and not is_inline_link(line)
        and not is_footer(line)
        and not is_follow_line(line)
        and not is_masthead(line)
    )
