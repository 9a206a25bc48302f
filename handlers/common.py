"""What every answer shares: the province asked about, or the reply that asks back instead."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from sqlalchemy.orm import Session

from db.models import Province
from extract.gazetteer import ChineseDivision, load_gazetteer
from handlers.cache import covered_provinces, province_id, remembered
from handlers.formatting import number
from handlers.i18n import supported_locale, translator
from handlers.reply import Choice, Reply
from handlers.resolve import (
    ProvinceChoices,
    ProvinceFound,
    ProvinceNotFound,
    VietnameseName,
    clean_query,
    resolve_province,
)

# Telegram refuses messages over 4096 characters; lines beyond this budget are left out.
MAX_MESSAGE_CHARS = 3800
NOTE_RESERVE = 60  # room for the line saying what was left out
MAX_KNOWN_LISTED = 8
ECHO_CHARS = 60


def fill(template: str, **html_values: object) -> str:
    """A translated text made safe for HTML, then filled with values that already are HTML."""
    return escape(template, quote=False).format(**html_values)


def bold(text: str) -> str:
    return f"<b>{text}</b>"


def italic(text: str) -> str:
    return f"<i>{text}</i>"


def division_name(division: ChineseDivision | Province, locale: str) -> str:
    """'Quảng Đông' for Vietnamese readers, 'Guangdong' for English ones."""
    if supported_locale(locale) == "en":
        return division.en if isinstance(division, ChineseDivision) else division.name_en
    return division.vi if isinstance(division, ChineseDivision) else division.name_vi


def echo(query: str) -> str:
    """The user's words, cleaned, shortened and escaped, to quote back in a reply."""
    text = clean_query(query)
    if len(text) > ECHO_CHARS:
        text = text[: ECHO_CHARS - 1] + "…"
    return escape(text)


def _shown_length(line: str) -> int:
    """How many characters Telegram counts for a line: its text, not its tags or links."""
    return len(Reply(html=line).plain()) + 1


def join_lines(lines: list[str], locale: str, *, keep_end_after: int | None = None) -> str:
    """Lines joined by newlines and cut before Telegram's limit, saying how many were left out.

    Lines are dropped from the end; with `keep_end_after=n` (lists running oldest to newest),
    the first n lines are kept and the oldest lines after them are dropped instead. Every line
    must be balanced HTML on its own, so a cut never leaves a tag open."""
    if sum(_shown_length(line) for line in lines) <= MAX_MESSAGE_CHARS:
        return "\n".join(lines)
    ngettext = translator(locale).ngettext
    if keep_end_after is None:
        head, body = [], lines
    else:
        head, body = lines[:keep_end_after], lines[keep_end_after:][::-1]
    budget = MAX_MESSAGE_CHARS - sum(_shown_length(line) for line in head) - NOTE_RESERVE
    kept: list[str] = []
    for line in body:
        budget -= _shown_length(line)
        if budget < 0:
            break
        kept.append(line)
    left = len(body) - len(kept)
    if keep_end_after is None:
        note = ngettext("… {count} more line not shown.", "… {count} more lines not shown.", left)
        return "\n".join([*kept, italic(fill(note, count=number(left, locale)))])
    note = ngettext("… {count} earlier line not shown.", "… {count} earlier lines not shown.", left)
    return "\n".join([*head, italic(fill(note, count=number(left, locale))), *kept[::-1]])


def missing_argument(command: str, example: str, locale: str) -> Reply:
    gettext = translator(locale).gettext
    text = fill(
        gettext("Please add a name. For example: {example}"),
        example=f"<code>/{escape(command)} {escape(example)}</code>",
    )
    return Reply(html=text)


def province_choices(
    divisions: tuple[ChineseDivision, ...], command: str, locale: str
) -> tuple[Choice, ...]:
    return tuple(
        Choice(label=division_name(d, locale), command=command, argument=f"#{d.key}")
        for d in divisions
    )


def known_provinces_line(*, session: Session, locale: str) -> str:
    """'Known: Quảng Đông, Quảng Tây…' from what the database covers."""
    gettext = translator(locale).gettext
    gazetteer = load_gazetteer()
    covered = [
        division_name(division, locale)
        for row in covered_provinces(session=session)
        if (division := gazetteer.by_key(row.key))
    ]
    if not covered:
        return fill(gettext("The database has no articles yet."))
    listed = ", ".join(escape(name) for name in covered[:MAX_KNOWN_LISTED])
    if len(covered) > MAX_KNOWN_LISTED:
        listed += ", …"
    return fill(
        gettext("Provinces with news in the database: {provinces} (see /provinces)."),
        provinces=listed,
    )


def province_or_reply(
    query: str, locale: str, *, session: Session, command: str
) -> tuple[ProvinceFound, int] | Reply:
    """The province `query` names, with its row id; otherwise the reply to send instead
    (a choice, a Vietnamese province, not found). Never guesses between close names."""
    gettext = translator(locale).gettext
    if not clean_query(query):
        return missing_argument(command, "Quảng Đông", locale)
    resolution = resolve_province(query)
    if isinstance(resolution, ProvinceFound):
        row_id = province_id(session=session, key=resolution.division.key)
        if row_id is not None:
            return resolution, row_id
        resolution = ProvinceNotFound()
    if isinstance(resolution, VietnameseName):
        text = fill(
            gettext(
                "{name} is a Vietnamese province; this bot answers about Chinese provinces. "
                "Did you mean one of these?"
            ),
            name=f"<b>{escape(resolution.province.name)}</b>",
        )
        return Reply(html=text, choices=province_choices(resolution.nearest, command, locale))
    if isinstance(resolution, ProvinceChoices):
        lines = [
            fill(gettext("“{query}” could be several provinces. Which one?"), query=echo(query))
        ]
        if resolution.vietnamese is not None:
            lines.append(
                fill(
                    gettext("(It also looks like {name}, which is a Vietnamese province.)"),
                    name=escape(resolution.vietnamese.name),
                )
            )
        return Reply(
            html="\n".join(lines),
            choices=province_choices(resolution.candidates, command, locale),
        )
    if resolution.too_long:
        text = fill(gettext("That is too long for a province name."))
    else:
        text = fill(gettext("No Chinese province matches “{query}”."), query=echo(query))
    return Reply(html=f"{text}\n{known_provinces_line(session=session, locale=locale)}")


ProvinceAnswer = Callable[[Session, ProvinceFound, int, str], Reply]


def province_answer(
    query: str, locale: str, *, session: Session, command: str, answer: ProvinceAnswer
) -> Reply:
    """`answer(session, resolution, province_id, locale)` about the province `query` names, kept
    while the facts stay the same; or the reply that asks back (see `province_or_reply`)."""
    found = province_or_reply(query, locale, session=session, command=command)
    if isinstance(found, Reply):
        return found
    resolution, row_id = found
    key = (command, resolution.division.key, resolution.city, resolution.also_vietnamese, locale)
    return remembered(session, key, lambda: answer(session, resolution, row_id, locale))


def shared_name_note(division: ChineseDivision, locale: str) -> str:
    """For a name both countries use (Hà Nam): the answer is about the Chinese province."""
    note = translator(locale).gettext(
        "{name} is also a place in Vietnam; this answer is about the Chinese province ({english})."
    )
    return italic(fill(note, name=escape(division.vi), english=escape(division.en)))


def province_heading(found: ProvinceFound, title: str, locale: str) -> list[str]:
    """'<b>Quảng Đông</b> — title', then a note when the name was a city or is shared."""
    gettext = translator(locale).gettext
    name = division_name(found.division, locale)
    lines = [f"<b>{escape(name)}</b> — {escape(title)}"]
    if found.city:
        note = gettext("{city} is a city of {province}.")
        lines.append(italic(fill(note, city=escape(found.city), province=escape(name))))
    if found.also_vietnamese:
        lines.append(shared_name_note(found.division, locale))
    return lines
