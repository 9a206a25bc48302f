"""A table of Vietnam's markets: its caption names markets for exports or imports over one time
and no one whose they are but Vietnam ('Một số thị trường xuất khẩu 11 tháng năm 2025 (Nguồn:
Cục Hải quan)'), each row a market ('Hồng Kông (Trung Quốc) | 14,6 | +13,0')."""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import load_data, word_set
from extract.places import find_places
from extract.text import tokenize
from extract.trade_table_cells import caption_year
from extract.trade_table_finding import Table
from extract.types import TradeKind

# What a caption says in brackets: its source or its unit ('(Nguồn: Cục Hải quan)').
_BRACKETED = re.compile(r"\([^()]*\)")
_EXPORT = re.compile(r"\bxuất\s+khẩu\b", re.I)
_IMPORT = re.compile(r"(?<!xuất\s)\bnhập\s+khẩu\b", re.I)
_MARKET = re.compile(r"\bthị\s+trường\b", re.I)


def market_kind(table: Table) -> TradeKind | None:
    """Vietnam's exports ('vn_export') or imports ('vn_import') when the table's caption names
    its markets for one of them and a year, in words of extract/data/trade.toml only: 'Một số
    thị trường xuất khẩu 11 tháng năm 2025 (Nguồn: Cục Hải quan)' -> 'vn_export'. None for a
    caption naming another owner or a place ('… của tỉnh Lào Cai', '… lớn nhất thế giới', '…
    của Trung Quốc'), a product, both directions or none; and when the paragraph before names a
    Vietnamese locality, whose markets they may be."""
    caption = _BRACKETED.sub(" ", table.caption)
    exports, imports = bool(_EXPORT.search(caption)), bool(_IMPORT.search(caption))
    if not _MARKET.search(caption) or exports == imports or caption_year(caption) is None:
        return None
    words = {t.key for t in tokenize(caption) if t.is_word}
    if not words <= _caption_words() or _names_a_locality(table.introduction):
        return None
    return "vn_export" if exports else "vn_import"


def _names_a_locality(text: str) -> bool:
    """Whether the text names a Vietnamese place other than Vietnam ('tỉnh Lào Cai')."""
    return any(m.place.kind == "vietnam" and m.place.name != "Việt Nam" for m in find_places(text))


@cache
def _caption_words() -> frozenset[str]:
    """The words a caption of Vietnam's markets is written in, from extract/data/trade.toml."""
    return word_set(load_data("trade")["table_market_caption_words"])
