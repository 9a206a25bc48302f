"""What the bot says about itself and a chat's own settings: the greeting, a group's
introduction, and /lang."""

from __future__ import annotations

from html import escape

from sqlalchemy.orm import Session

from extract.fold import fold
from handlers.common import bold, fill, italic
from handlers.i18n import LOCALES, Locale, supported_locale, translator
from handlers.reply import Choice, Reply

# Each language is named in itself, so a reader finds theirs whatever the chat speaks now.
LANGUAGE_NAMES: dict[Locale, str] = {"vi": "Tiếng Việt", "en": "English"}
# What /lang accepts besides the codes, folded (no diacritics, lower case).
LANGUAGE_WORDS: dict[str, Locale] = {
    "tieng viet": "vi",
    "viet": "vi",
    "vietnamese": "vi",
    "english": "en",
    "tieng anh": "en",
    "anh": "en",
}
# Buttons under the greeting: commands a newcomer can tap to see what the bot does.
START_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("tradelatest", "Quảng Đông"),
    ("tradechart", "Quảng Tây"),
    ("officials", "Quảng Tây"),
    ("latest", "Vân Nam"),
    ("provinces", ""),
)


def chosen_locale(argument: str) -> Locale | None:
    """'en', 'English', 'tiếng việt' -> the language; anything else -> None."""
    words = " ".join(fold(argument).split())
    if words in LOCALES:
        return supported_locale(words)
    return LANGUAGE_WORDS.get(words)


def _language_choices() -> tuple[Choice, ...]:
    return tuple(
        Choice(label=name, command="lang", argument=code) for code, name in LANGUAGE_NAMES.items()
    )


def answer_lang(session: Session, query: str, locale: str) -> Reply:
    """The chat's language: the one chosen (confirmed in it), or the choice of languages.

    Remembering the choice is the chat front end's part; this answer only words it."""
    chosen = chosen_locale(query)
    if chosen is not None:
        gettext = translator(chosen).gettext
        text = fill(
            gettext("From now on I answer in {language} in this chat."),
            language=bold(escape(LANGUAGE_NAMES[chosen])),
        )
        return Reply(html=text)
    gettext = translator(locale).gettext
    current = LANGUAGE_NAMES[supported_locale(locale)]
    lines = [fill(gettext("I answer in {language} here."), language=bold(escape(current)))]
    if query.strip():
        lines.insert(0, fill(gettext("I speak Vietnamese (vi) and English (en) only.")))
    lines.append(
        fill(
            gettext("Choose a language, or send {example}."),
            example="<code>/lang en</code>",
        )
    )
    return Reply(html="\n".join(lines), choices=_language_choices())


def answer_start(session: Session, query: str, locale: str) -> Reply:
    """The greeting: what the bot does, and examples to tap."""
    gettext = translator(locale).gettext
    lines = [
        bold(
            fill(
                gettext("Hello! I answer questions on Vietnam’s relations with Chinese provinces.")
            )
        ),
        fill(
            gettext(
                "Trade figures, officials, meetings and news, each with its source and link, "
                "read from Vietnamese news."
            )
        ),
        "",
        fill(
            gettext("Tap an example below, or send {help} for every command."),
            help="/help",
        ),
        italic(
            fill(gettext("Province names work with or without diacritics, in English or Chinese."))
        ),
    ]
    choices = tuple(
        Choice(label=f"/{command} {argument}".strip(), command=command, argument=argument)
        for command, argument in START_EXAMPLES
    )
    return Reply(html="\n".join(lines), choices=choices)


def group_introduction(locale: str, *, bot_username: str) -> Reply:
    """The one short message a group sees when the bot is added to it."""
    gettext = translator(locale).gettext
    mention = escape(f"@{bot_username}")
    text = fill(
        gettext(
            "Hello! I answer questions on Vietnam’s relations with Chinese provinces, each "
            "fact with its source. Here, address commands to me, e.g. {example}; {help} lists "
            "them all."
        ),
        example=f"<code>/tradelatest{mention} Quảng Đông</code>",
        help=f"/help{mention}",
    )
    return Reply(html=text)
