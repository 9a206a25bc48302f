"""/officials and /official: who holds which office, as the news has shown them over time."""

from __future__ import annotations

from datetime import date
from html import escape

from sqlalchemy.orm import Session

from db.models import Article, Meeting, Person
from db.queries.articles import identical_copies
from db.queries.people import (
    OfficialSeen,
    Tenure,
    person_by_id,
    person_meetings,
    person_tenures,
    province_officials,
)
from handlers.cache import province_coverage, remembered
from handlers.common import (
    bold,
    echo,
    fill,
    italic,
    join_lines,
    missing_argument,
    province_answer,
    province_heading,
)
from handlers.formatting import article_day, day, number, source_html, story_outlets
from handlers.i18n import N_, supported_locale, translator
from handlers.reply import Choice, Reply
from handlers.resolve import (
    PersonChoices,
    PersonFound,
    PersonNotFound,
    ProvinceFound,
    clean_query,
    resolve_person,
)
from handlers.title_english import shown_title, title_with_original

MAX_OFFICIALS = 12
MAX_PERSON_CHOICES = 6
MAX_TITLES = 30
MAX_MEETINGS = 12
MAX_FELLOWS = 5
MAX_FURTHER = 3

SIDE_LABELS = {"VN": N_("Vietnam"), "CN": N_("China"), "other": N_("other")}
MEETING_KINDS = {
    "talks": N_("talks"),
    "online talks": N_("online talks"),
    "audience": N_("audience"),
    "reception": N_("reception"),
    "phone call": N_("phone call"),
    "conference": N_("conference"),
    "meeting": N_("meeting"),
    "working session": N_("working session"),
    "visit": N_("visit"),
    "courtesy call": N_("courtesy call"),
    "forum": N_("forum"),
    "seminar": N_("seminar"),
    "fair": N_("fair"),
}


def _when(seen_on: date | None, article: Article, locale: str) -> str:
    known = seen_on or article_day(article)
    return day(known, locale) if known else translator(locale).gettext("undated")


def _side(side: str, locale: str) -> str:
    """'VN' -> 'Việt Nam' / 'Vietnam'."""
    return translator(locale).gettext(SIDE_LABELS.get(side, SIDE_LABELS["other"]))


def _sourced(article: Article, further: dict[int, list[Article]], locale: str) -> str:
    """The article's outlet, linked, then the other outlets that carried its very text: another
    outlet's rewrite of the story need not have reported this title or meeting."""
    own, also = story_outlets(article, further.get(article.id, []), locale, MAX_FURTHER)
    source = source_html(article, locale, dated=False, label=own)
    if not also:
        return source
    gettext = translator(locale).gettext
    return f"{source}; " + fill(gettext("also: {outlets}"), outlets=", ".join(also))


def _official_line(seen: OfficialSeen, further: dict[int, list[Article]], locale: str) -> str:
    gettext = translator(locale).gettext
    source = _sourced(seen.article, further, locale)
    known = seen.seen_on or article_day(seen.article)
    if known:
        source = fill(gettext("last seen {date}"), date=escape(day(known, locale))) + ", " + source
    title = shown_title(seen.title, locale)
    return f"• <b>{escape(seen.person.name)}</b> — {escape(title)} ({source})"


def _person_choice(person_id: int, name: str, side: str, locale: str) -> Choice:
    label = f"{name} ({_side(side, locale)})"
    return Choice(label=label, command="official", argument=f"#p{person_id}")


def answer_officials(session: Session, query: str, locale: str) -> Reply:
    """A province's officials with their latest title, and the Vietnamese officials who met them."""
    return province_answer(query, locale, session=session, command="officials", answer=_officials)


def _officials(session: Session, resolution: ProvinceFound, province_id: int, locale: str) -> Reply:
    gettext = translator(locale).gettext
    lines = province_heading(resolution, gettext("officials"), locale)
    seen = province_officials(session=session, province_id=province_id, limit=MAX_OFFICIALS)
    officials, met = seen.officials, seen.counterparts
    if not officials:
        lines.append(fill(gettext("No official of this province is known yet.")))
        return Reply(html=join_lines(lines, locale))
    shown = dict.fromkeys(o.article.id for o in [*officials, *met])
    further = identical_copies(session=session, article_ids=list(shown))
    lines.extend(_official_line(official, further, locale) for official in officials)
    total = province_coverage(session=session, province_id=province_id).officials
    if total > len(officials):
        more = total - len(officials)
        note = translator(locale).ngettext(
            "… and {count} more, seen less recently.",
            "… and {count} more, seen less recently.",
            more,
        )
        lines.append(italic(fill(note, count=number(more, locale))))
    if met:
        lines.append("")
        lines.append(bold(fill(gettext("Vietnamese officials who met them"))))
        lines.extend(_official_line(official, further, locale) for official in met)
    choices = tuple(
        _person_choice(o.person.id, o.person.name, o.person.side, locale)
        for o in [*officials, *met][:MAX_PERSON_CHOICES]
    )
    return Reply(html=join_lines(lines, locale), choices=choices)


def _tenure_line(tenure: Tenure, further: dict[int, list[Article]], locale: str) -> str:
    first, last = tenure.first, tenure.last
    if first and last and first != last:
        when = f"{day(first, locale)} – {day(last, locale)}"
    else:
        when = _when(first or last, tenure.article, locale)
    return (
        f"• {escape(when)}: <b>{escape(title_with_original(tenure.title, locale))}</b> — "
        f"{_sourced(tenure.article, further, locale)}"
    )


def _meeting_line(
    meeting: Meeting, person: Person, further: dict[int, list[Article]], locale: str
) -> str:
    gettext = translator(locale).gettext
    when = _when(meeting.date, meeting.article, locale)
    kind = MEETING_KINDS.get(meeting.kind)
    translated = gettext(kind) if kind else meeting.kind
    if supported_locale(locale) == "en" and kind and meeting.label:
        # English readers get the kind in English and the article's own words beside it.
        what = f"{escape(translated)} ({escape(meeting.label)})"
    else:
        what = escape(meeting.label or translated)
    line = f"• {escape(when)}: {what}"
    if meeting.place:
        line += f", {escape(meeting.place)}"
    fellows = [p.name for p in meeting.participants if p.id != person.id][:MAX_FELLOWS]
    if fellows:
        line += " — " + fill(gettext("with {names}"), names=escape(", ".join(fellows)))
    return f"{line}; {_sourced(meeting.article, further, locale)}"


def _profile(person: Person, *, session: Session, locale: str) -> Reply:
    gettext = translator(locale).gettext
    lines = [f"<b>{escape(person.name)}</b> ({escape(_side(person.side, locale))})"]
    tenures = person_tenures(session=session, person_id=person.id, limit=MAX_TITLES)
    meetings = person_meetings(session=session, person_id=person.id, limit=MAX_MEETINGS)
    shown = [t.article.id for t in tenures] + [m.article.id for m in meetings]
    further = identical_copies(session=session, article_ids=list(dict.fromkeys(shown)))
    lines.append(bold(fill(gettext("Titles over time"))))
    if tenures:
        lines.extend(_tenure_line(t, further, locale) for t in tenures)
    else:
        lines.append(fill(gettext("No title recorded.")))
    if meetings:
        lines.append(bold(fill(gettext("Meetings"))))
        lines.extend(_meeting_line(m, person, further, locale) for m in meetings)
    return Reply(html=join_lines(lines, locale))


def _profile_of(person_id: int, *, session: Session, locale: str) -> Reply | None:
    person = person_by_id(session=session, person_id=person_id)
    return None if person is None else _profile(person, session=session, locale=locale)


def _choices_reply(resolution: PersonChoices, query: str, locale: str) -> Reply:
    gettext = translator(locale).gettext
    lines = [fill(gettext("Several people match “{query}”. Which one?"), query=echo(query))]
    hidden = resolution.total - len(resolution.candidates)
    if hidden > 0:
        note = translator(locale).ngettext(
            "… and {count} more: type more of the name.",
            "… and {count} more: type more of the name.",
            hidden,
        )
        lines.append(italic(fill(note, count=number(hidden, locale))))
    choices = tuple(_person_choice(p.id, p.name, p.side, locale) for p in resolution.candidates)
    return Reply(html="\n".join(lines), choices=choices)


def _not_found_reply(query: str, locale: str, *, too_long: bool) -> Reply:
    gettext = translator(locale).gettext
    if too_long:
        text = fill(gettext("That is too long for a name."))
    else:
        text = fill(gettext("No official named “{query}” is known."), query=echo(query))
    hint = fill(
        gettext("Try {example} to see a province's officials."),
        example="<code>/officials Quảng Đông</code>",
    )
    return Reply(html=f"{text}\n{hint}")


def answer_official(session: Session, query: str, locale: str) -> Reply:
    """One person: the titles they were seen with over time, and the meetings they attended."""
    if not clean_query(query):
        return missing_argument("official", "Lê Hoài Trung", locale)
    resolution = resolve_person(query, session=session)
    if isinstance(resolution, PersonChoices):
        return _choices_reply(resolution, query, locale)
    if isinstance(resolution, PersonFound):
        person_id = resolution.person_id
        profile = remembered(
            session,
            ("official", person_id, locale),
            lambda: _profile_of(person_id, session=session, locale=locale),
        )
        if profile is not None:
            return profile
    too_long = isinstance(resolution, PersonNotFound) and resolution.too_long
    return _not_found_reply(query, locale, too_long=too_long)
