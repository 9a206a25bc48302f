"""Every text a user reads exists in Vietnamese, and numbers and dates read as each language
writes them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import factories as make
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from handlers.commands import dispatch
from handlers.formatting import day, growth, money, number, period_label
from handlers.i18n import LOCALES, catalog_path, supported_locale, translations

REPO = Path(__file__).resolve().parent.parent
_PLACEHOLDER = re.compile(r"\{(\w*)\}")


def code_msgids() -> set[str]:
    """Every msgid the code marks for translation, found the way `pybabel extract` finds them."""
    with (REPO / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    found: set[str] = set()
    for _, _, message, _, _ in extract_from_dir(REPO, method_map, options_map):
        found.update([message] if isinstance(message, str) else message)
    return found


def catalog(locale: str):
    with (REPO / "handlers" / catalog_path(locale)).open("rb") as po_file:
        return read_po(po_file, locale=locale)


def catalog_msgids(locale: str) -> set[str]:
    ids: set[str] = set()
    for message in catalog(locale):
        if message.id:
            ids.update([message.id] if isinstance(message.id, str) else message.id)
    return ids


def is_translated(message) -> bool:
    strings = [message.string] if isinstance(message.string, str) else list(message.string)
    return not message.fuzzy and bool(strings) and all(strings)


def test_every_text_in_the_code_has_a_vietnamese_translation():
    translated = {
        msgid
        for message in catalog("vi")
        if message.id and is_translated(message)
        for msgid in ([message.id] if isinstance(message.id, str) else message.id)
    }
    assert sorted(code_msgids() - translated) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_catalogs_hold_no_text_the_code_no_longer_uses(locale):
    assert sorted(catalog_msgids(locale) - code_msgids()) == []


def test_the_english_catalog_lists_every_text():
    assert sorted(code_msgids() - catalog_msgids("en")) == []


def test_translations_keep_every_placeholder():
    for message in catalog("vi"):
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        strings = [message.string] if isinstance(message.string, str) else message.string
        for text in strings:
            assert set(_PLACEHOLDER.findall(text)) == set(_PLACEHOLDER.findall(source)), source


def test_every_text_shown_at_run_time_is_translated(session, monkeypatch):
    """Catches texts the extractor cannot see (a gettext call hidden in an f-string)."""
    source = make.article(session, source="TTXVN", event_date=date(2024, 5, 2))
    make.figure(session, source, year=2023, value_usd=48_000_000_000, growth_pct=3.0)
    make.figure(session, source, year=2024, period="Q1", value_usd=None, growth_pct=1.0)
    official = make.person(session, "Trương Quốc Trí", "CN")
    minister = make.person(session, "Lê Hoài Trung", "VN")
    make.role(session, official, source, "Phó Tỉnh trưởng", province_key="guangdong")
    make.role(session, minister, source, "Bộ trưởng")
    make.meeting(session, source, [official, minister], kind="audience", label="")
    session.commit()

    vietnamese = translations("vi")
    asked: list[str] = []
    gettext, ngettext = vietnamese.gettext, vietnamese.ngettext

    def recording_gettext(message: str) -> str:
        asked.append(message)
        return gettext(message)

    def recording_ngettext(singular: str, plural: str, n: int) -> str:
        asked.extend([singular, plural])
        return ngettext(singular, plural, n)

    monkeypatch.setattr(vietnamese, "gettext", recording_gettext)
    monkeypatch.setattr(vietnamese, "ngettext", recording_ngettext)
    for text in [
        "/help",
        "/nothing",
        "/tradelatest Quảng Đông",
        "/trade Quảng Đông",
        "/tradelatest Vân Nam",
        "/tradelatest Quảng Ninh",
        "/tradelatest Hà Nam",
        "/tradelatest Nam Ninh",
        "/tradelatest quang",
        "/tradelatest xyz",
        "/officials Quảng Đông",
        "/officials Vân Nam",
        "/official Lê Hoài Trung",
        "/official Trương Quốc Trí",
        "/official Tập Cận Bình",
        "/latest Quảng Đông",
        "/latest Vân Nam",
        "/provinces",
        "/tradelatest",
    ]:
        dispatch(session, text, "vi")
    assert asked
    assert sorted(set(asked) - catalog_msgids("vi")) == []


@pytest.mark.parametrize(
    ("value", "locale", "approximate", "expected"),
    [
        (56_200_000_000, "vi", False, "56,2 tỷ USD"),
        (56_200_000_000, "en", False, "56.2 billion USD"),
        (48_240_000_000, "vi", False, "48,24 tỷ USD"),
        (42_000_000_000, "vi", True, "khoảng 42 tỷ USD"),
        (42_000_000_000, "en", True, "about 42 billion USD"),
        (950_000_000, "vi", False, "950 triệu USD"),
        (1_230_000_000_000, "en", False, "1.23 trillion USD"),
    ],
)
def test_amounts_read_as_each_language_writes_them(value, locale, approximate, expected):
    assert money(value, "USD", locale, approximate=approximate) == expected


@pytest.mark.parametrize(
    ("pct", "locale", "expected"),
    [(16.6, "vi", "+16,6%"), (16.6, "en", "+16.6%"), (-3.5, "vi", "-3,5%"), (0.0, "en", "+0%")],
)
def test_growth_always_shows_its_sign(pct, locale, expected):
    assert growth(pct, locale) == expected


@pytest.mark.parametrize(
    ("locale", "expected"), [("vi", "02/11/2025"), ("en", "Nov 2, 2025"), ("fr", "02/11/2025")]
)
def test_dates(locale, expected):
    assert day(date(2025, 11, 2), locale) == expected


@pytest.mark.parametrize(
    ("period", "locale", "expected"),
    [
        ("full_year", "vi", "2024"),
        ("H1", "vi", "6 tháng đầu năm 2024"),
        ("Q3", "vi", "quý 3/2024"),
        ("M1-M11", "vi", "11 tháng đầu năm 2024"),
        ("M1-M11", "en", "first 11 months of 2024"),
        ("M5", "vi", "tháng 5 năm 2024"),
        ("M5", "en", "May 2024"),
    ],
)
def test_periods(period, locale, expected):
    assert period_label(period, 2024, locale) == expected


def test_counts_use_the_languages_grouping():
    assert (number(12345, "vi"), number(12345, "en")) == ("12.345", "12,345")


@pytest.mark.parametrize(
    ("code", "expected"),
    [("vi", "vi"), ("en", "en"), ("en-US", "en"), ("EN_gb", "en"), ("fr", "vi"), (None, "vi")],
)
def test_a_users_language_code_maps_to_a_language_the_bot_speaks(code, expected):
    assert supported_locale(code) == expected


def test_catalogs_are_compiled_once_per_process():
    assert translations("vi") is translations("vi")
