"""/timezone: the time zone a chat's digest follows, from an IANA name, a city or an offset."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from html import escape
from zoneinfo import available_timezones

from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from db.digests import last_period_key, reschedule, utc
from extract.fold import fold
from handlers.common import bold, fill, italic
from handlers.digest_words import lexicon
from handlers.i18n import translator
from handlers.reply import Reply
from handlers.schedule import known_timezone, local_moment, next_due, schedule_of
from handlers.subscriptions import ChatContext, active_subscription, refusal

TIMEZONE_EXAMPLES = "Asia/Ho_Chi_Minh, Asia/Bangkok, Europe/Berlin, saigon, UTC+7"
TIMEZONE_ACCEPT_SCORE = 90
TIMEZONE_SUGGEST_SCORE = 70
MAX_TIMEZONE_SUGGESTIONS = 3
MAX_ECHO_CHARS = 60
# The areas of canonical zone names; the others are legacy aliases ("Eire", "US/Pacific").
CONTINENTS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)
_UTC_OFFSET = re.compile(r"^(?:utc|gmt)?\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?00)?$")


@dataclass(frozen=True)
class TimezoneAnswer:
    """The zone a name means, or the zones it might mean."""

    zone: str | None
    suggestions: tuple[str, ...] = ()


@cache
def _zones_by_lower_case() -> dict[str, str]:
    """Every zone this machine knows, by its name in lower case (read from disk once)."""
    return {zone.lower(): zone for zone in available_timezones()}


@cache
def _zone_names() -> dict[str, str]:
    """Folded names people use -> canonical IANA zone: 'asia bangkok', 'bangkok', 'saigon'…"""
    names: dict[str, str] = {}
    for zone in sorted(_zones_by_lower_case().values()):
        if zone.split("/", 1)[0] not in CONTINENTS:
            continue
        names.setdefault(fold(zone.replace("_", " ").replace("/", " ")), zone)
        names.setdefault(fold(zone.rsplit("/", 1)[-1].replace("_", " ")), zone)
    names.update(lexicon().timezones)
    return names


def resolve_timezone(text: str) -> TimezoneAnswer:
    """'Asia/Bangkok', 'bangkok', 'saigon', 'UTC+7' -> the IANA zone; a near miss ('bangkk')
    is accepted when one zone is clearly meant, else suggested."""
    typed = text.strip()
    if not typed:
        return TimezoneAnswer(None)
    exact = _zones_by_lower_case().get(typed.lower())
    if exact is not None and known_timezone(exact):
        return TimezoneAnswer(exact)
    if match := _UTC_OFFSET.match(typed.lower()):
        return _offset_zone(match.group("sign"), int(match.group("hours")))
    folded = fold(typed.replace("_", " ").replace("/", " "))
    names = _zone_names()
    if folded in names:
        return TimezoneAnswer(names[folded])
    scored = process.extract(folded, list(names), scorer=fuzz.WRatio, limit=6)
    zones: dict[str, float] = {}
    for name, score, _ in scored:
        zones.setdefault(names[name], score)
    ranked = sorted(zones.items(), key=lambda item: -item[1])
    if (
        ranked
        and ranked[0][1] >= TIMEZONE_ACCEPT_SCORE
        and (len(ranked) == 1 or ranked[1][1] < TIMEZONE_ACCEPT_SCORE)
    ):
        return TimezoneAnswer(ranked[0][0])
    suggestions = tuple(z for z, score in ranked if score >= TIMEZONE_SUGGEST_SCORE)
    return TimezoneAnswer(None, suggestions[:MAX_TIMEZONE_SUGGESTIONS])


def _offset_zone(sign: str, hours: int) -> TimezoneAnswer:
    """'UTC+7' -> 'Etc/GMT-7': the Etc zones count the other way round, as POSIX does."""
    if hours > 14:
        return TimezoneAnswer(None)
    if hours == 0:
        return TimezoneAnswer("UTC")
    zone = f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
    return TimezoneAnswer(zone if known_timezone(zone) else None)


def answer_timezone(session: Session, argument: str, chat: ChatContext) -> Reply:
    """The chat's time zone, or a new one (an IANA name, a city, 'UTC+7')."""
    locale = chat.locale
    gettext = translator(locale).gettext
    row = chat.chat(session)
    if not argument.strip():
        lines = [
            fill(
                gettext("This chat's time zone is {timezone}; it is {time} there now."),
                timezone=bold(escape(row.timezone)),
                time=escape(local_moment(chat.now, row.timezone, locale)),
            ),
            _timezone_examples(locale),
        ]
        return Reply(html="\n".join(lines))
    if not chat.may_manage:
        return refusal(locale)
    answer = resolve_timezone(argument)
    if answer.zone is None:
        text = gettext("I do not know the time zone “{name}”.")
        lines = [fill(text, name=escape(argument.strip()[:MAX_ECHO_CHARS]))]
        if answer.suggestions:
            names = ", ".join(f"<code>/timezone {escape(z)}</code>" for z in answer.suggestions)
            lines.append(fill(gettext("Did you mean: {names}?"), names=names))
        lines.append(_timezone_examples(locale))
        return Reply(html="\n".join(lines))
    row.timezone = answer.zone
    lines = [
        fill(
            gettext("This chat's time zone is now {timezone}; it is {time} there."),
            timezone=bold(escape(answer.zone)),
            time=escape(local_moment(chat.now, answer.zone, locale)),
        )
    ]
    subscription = active_subscription(session, row)
    if subscription is not None:
        schedule = schedule_of(subscription, answer.zone)
        last = last_period_key(session=session, subscription_id=subscription.id)
        due = next_due(schedule, utc(chat.now), skip_period=last)
        reschedule(session=session, subscription=subscription, next_due_at=due)
        moment = bold(escape(local_moment(due, answer.zone, locale)))
        lines.append(fill(gettext("Next digest: {moment}."), moment=moment))
    session.flush()
    return Reply(html="\n".join(lines))


def _timezone_examples(locale: str) -> str:
    gettext = translator(locale).gettext
    return italic(
        fill(
            gettext("Send /timezone with an IANA name or a city, e.g. {examples}."),
            examples=escape(TIMEZONE_EXAMPLES),
        )
    )
