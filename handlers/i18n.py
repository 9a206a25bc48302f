"""Translations of the bot's texts: gettext catalogs read from the shipped .po files, in memory.

The .po files are compiled when a process first asks for a language, so no stale .mo can ship.
Messages are written in English in the code; Vietnamese is the default language.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from io import BytesIO
from typing import Literal, get_args

from babel import Locale as BabelLocale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

Locale = Literal["vi", "en"]
LOCALES: tuple[Locale, ...] = get_args(Locale)
DEFAULT_LOCALE: Locale = "vi"
DOMAIN = "briefbot"


def N_(message: str) -> str:
    """Mark `message` for extraction; it is translated later, where the language is known."""
    return message


@lru_cache(maxsize=64)
def supported_locale(locale: str | None) -> Locale:
    """'en-US' -> 'en'; anything the bot does not speak -> Vietnamese."""
    primary = (locale or "").strip().replace("_", "-").split("-")[0].lower()
    return next((known for known in LOCALES if known == primary), DEFAULT_LOCALE)


@cache
def babel_locale(locale: Locale) -> BabelLocale:
    """Babel's data for a language the bot speaks, parsed once: Babel's functions given a code
    parse it again on every call, a third of the cost of formatting one number."""
    return BabelLocale.parse(locale)


def catalog_path(locale: Locale) -> str:
    """Where the .po file of `locale` lives inside the package, relative to `handlers`."""
    return f"locale/{locale}/LC_MESSAGES/{DOMAIN}.po"


@cache
def translations(locale: Locale) -> Translations:
    """The compiled catalog of `locale`, read once per process (fuzzy entries are not used)."""
    source = resources.files("handlers").joinpath(catalog_path(locale))
    with source.open("rb") as po_file:
        catalog = read_po(po_file, locale=locale, domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def translator(locale: str | None) -> Translations:
    """The translations for a user's language code, falling back to Vietnamese."""
    return translations(supported_locale(locale))
