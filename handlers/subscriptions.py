"""/subscribe, /unsubscribe, /subscriptions and /digest: a chat's scheduled digest.

These answers need the chat, so they take a `ChatContext` besides the session and the words
typed. Whether the sender may change a group's digest is decided by the chat front end (it asks
Telegram who the administrators are) and handed over as `may_manage`; reading is open to all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape

from sqlalchemy.orm import Session

from db.chats import ChatIdentity, ensure_chat
from db.digests import (
    Plan,
    last_period_key,
    save_subscription,
    stop_subscription,
    subscription_of,
    utc,
)
from db.models import Chat, Province, Subscription
from db.queries.articles import province_by_key
from handlers.common import bold, division_name, fill, italic, shared_name_note
from handlers.digest import compose_digest, scope_names
from handlers.digest_words import DigestRequest, Unresolved, read_request
from handlers.i18n import supported_locale, translator
from handlers.reply import Reply
from handlers.resolve import ProvinceChoices, VietnameseName
from handlers.schedule import (
    DEFAULT_FREQUENCY,
    DEFAULT_TIME,
    DEFAULT_WEEKDAY,
    local_moment,
    next_due,
    period_length,
    schedule_of,
    weekday_name,
)

MAX_CHOICES_NAMED = 4


@dataclass(frozen=True)
class ChatContext:
    """The chat a command comes from: who it is, the language to answer in, whether the
    sender may change its digest (private chat, or a group administrator), and now."""

    identity: ChatIdentity
    locale: str
    may_manage: bool
    now: datetime
    default_timezone: str

    def chat(self, session: Session) -> Chat:
        """The chat's row, created (with the default time zone) when new."""
        return ensure_chat(
            session=session,
            identity=self.identity,
            timezone=self.default_timezone,
            now=utc(self.now),
        )


def refusal(locale: str) -> Reply:
    """The polite no a group member gets for trying to change the group's digest."""
    gettext = translator(locale).gettext
    return Reply(
        html=fill(
            gettext(
                "Sorry, only the group's administrators can change its digest. Anyone can "
                "see it with {command}."
            ),
            command="/subscriptions",
        )
    )


def _when_line(subscription: Subscription, timezone: str, locale: str) -> str:
    """'every Monday at 08:00 (Asia/Ho_Chi_Minh)' or 'every day at 07:30 (…)'."""
    gettext = translator(locale).gettext
    if subscription.frequency == "daily":
        text = gettext("every day at {time} ({timezone})")
        return fill(text, time=escape(subscription.time_of_day), timezone=escape(timezone))
    return fill(
        gettext("every {weekday} at {time} ({timezone})"),
        weekday=escape(weekday_name(subscription.weekday, locale)),
        time=escape(subscription.time_of_day),
        timezone=escape(timezone),
    )


def _scope(subscription: Subscription) -> tuple[Province, ...] | None:
    return None if subscription.all_provinces else tuple(subscription.provinces)


def _summary_lines(subscription: Subscription, chat: Chat, locale: str) -> list[str]:
    """What the digest covers, when it goes out, when it is next due, and quiet periods."""
    gettext = translator(locale).gettext
    lines = [
        fill(
            gettext("Provinces: {provinces}"),
            provinces=bold(scope_names(_scope(subscription), locale)),
        ),
        fill(gettext("Sent {when}."), when=_when_line(subscription, chat.timezone, locale)),
        fill(
            gettext("Next digest: {moment}."),
            moment=bold(escape(local_moment(subscription.next_due_at, chat.timezone, locale))),
        ),
    ]
    if subscription.skip_empty:
        lines.append(italic(fill(gettext("A period with nothing new is skipped."))))
    else:
        lines.append(italic(fill(gettext("A period with nothing new gets one short line."))))
    return lines


def _unresolved_line(unresolved: Unresolved, locale: str) -> str:
    gettext = translator(locale).gettext
    resolution = unresolved.resolution
    if isinstance(resolution, VietnameseName):
        return fill(
            gettext("{name} is a Vietnamese province; digests are about Chinese provinces."),
            name=bold(escape(resolution.province.name)),
        )
    if isinstance(resolution, ProvinceChoices):
        names = [division_name(d, locale) for d in resolution.candidates[:MAX_CHOICES_NAMED]]
        return fill(
            gettext("“{words}” could be several provinces: {names}. Write the one you mean."),
            words=escape(unresolved.text),
            names=", ".join(bold(escape(n)) for n in names),
        )
    return fill(gettext("No Chinese province matches “{query}”."), query=escape(unresolved.text))


def _problems(request: DigestRequest, locale: str) -> Reply | None:
    """Names that could not be read, said before anything changes."""
    if not request.unresolved:
        return None
    gettext = translator(locale).gettext
    lines = [_unresolved_line(u, locale) for u in request.unresolved]
    lines.append(italic(fill(gettext("Nothing was changed."))))
    return Reply(html="\n".join(lines))


def _usage(locale: str) -> Reply:
    gettext = translator(locale).gettext
    examples = (
        "/subscribe Quảng Đông",
        "/subscribe Quảng Tây, Vân Nam daily 07:30",
        "/subscribe all weekly friday 17:00 quiet",
    )
    lines = [
        fill(gettext("Which provinces should the digest follow? For example:")),
        *(f"<code>{escape(example)}</code>" for example in examples),
        italic(
            fill(
                gettext(
                    "By default: weekly, on Monday at 08:00 in this chat's time zone. "
                    "“quiet” skips a period with nothing new."
                )
            )
        ),
    ]
    return Reply(html="\n".join(lines))


def _provinces(request: DigestRequest, *, session: Session) -> list[Province]:
    rows = [province_by_key(session=session, key=d.key) for d in request.divisions]
    return [row for row in rows if row is not None]


def _plan(request: DigestRequest, base: Subscription | None) -> Plan:
    """The schedule words given, else the current subscription's, else the defaults; a
    weekday alone means weekly."""
    frequency = request.frequency or (base.frequency if base else DEFAULT_FREQUENCY)
    if request.weekday is not None and request.frequency is None:
        frequency = "weekly"
    weekday = base.weekday if base else DEFAULT_WEEKDAY
    skip_empty = base.skip_empty if base else False
    return Plan(
        frequency=frequency,
        weekday=weekday if request.weekday is None else request.weekday,
        time_of_day=request.time_of_day or (base.time_of_day if base else DEFAULT_TIME),
        skip_empty=skip_empty if request.skip_empty is None else request.skip_empty,
    )


def _shared_name_notes(request: DigestRequest, locale: str) -> list[str]:
    """For a name both countries use (Hà Nam), a note that the Chinese province is meant."""
    return [shared_name_note(f.division, locale) for f in request.provinces if f.also_vietnamese]


def answer_subscribe(session: Session, argument: str, chat: ChatContext) -> Reply:
    """Start or change the chat's digest: provinces are added to those it follows, and the
    schedule words given replace the current ones (defaults: weekly, Monday, 08:00)."""
    locale = chat.locale
    if not chat.may_manage:
        return refusal(locale)
    request = read_request(argument)
    if (problems := _problems(request, locale)) is not None:
        return problems
    row = chat.chat(session)
    current = subscription_of(session=session, chat_id=row.id)
    base = current if current is not None and current.active else None
    if not request.divisions and not request.all_provinces and base is None:
        return _usage(locale)
    if row.type == "private" and row.locale is None:
        # Nobody is asked when a digest goes out: it speaks the language this answer does.
        row.locale = supported_locale(locale)
    plan = _plan(request, base)
    kept = list(base.provinces) if base else []
    wanted = {p.id: p for p in [*kept, *_provinces(request, session=session)]}
    schedule = schedule_of(plan, row.timezone)
    last = last_period_key(session=session, subscription_id=current.id) if current else None
    now = utc(chat.now)
    subscription = save_subscription(
        session=session,
        chat_id=row.id,
        plan=plan,
        all_provinces=request.all_provinces or bool(base and base.all_provinces),
        provinces=list(wanted.values()),
        next_due_at=next_due(schedule, now, skip_period=last),
        covered_until=now - period_length(schedule.frequency),
        now=now,
    )
    return _digest_set(subscription, row, locale, notes=_shared_name_notes(request, locale))


def answer_unsubscribe(session: Session, argument: str, chat: ChatContext) -> Reply:
    """Stop the digest ('all' or nothing), or stop following the provinces named."""
    locale = chat.locale
    gettext = translator(locale).gettext
    if not chat.may_manage:
        return refusal(locale)
    request = read_request(argument)
    if (problems := _problems(request, locale)) is not None:
        return problems
    row = chat.chat(session)
    subscription = active_subscription(session, row)
    if subscription is None:
        return _no_digest(locale)
    if request.all_provinces or not request.divisions:
        return _stopped(subscription, session=session, locale=locale)
    if subscription.all_provinces:
        text = gettext(
            "The digest follows all provinces. To follow only some, send {stop}, then "
            "{start} with the ones you want."
        )
        return Reply(
            html=fill(
                text,
                stop="<code>/unsubscribe all</code>",
                start="<code>/subscribe</code>",
            )
        )
    dropped = {d.key for d in request.divisions}
    remaining = [p for p in subscription.provinces if p.key not in dropped]
    if len(remaining) == len(subscription.provinces):
        text = gettext("The digest does not follow {provinces}; nothing was changed.")
        names = ", ".join(escape(division_name(d, locale)) for d in request.divisions)
        return Reply(html=fill(text, provinces=bold(names)))
    if not remaining:
        return _stopped(subscription, session=session, locale=locale)
    subscription.provinces = remaining
    session.flush()
    return _digest_set(subscription, row, locale)


def _digest_set(
    subscription: Subscription, chat: Chat, locale: str, *, notes: list[str] | None = None
) -> Reply:
    """The digest as it now stands, after a change."""
    gettext = translator(locale).gettext
    lines = [bold(fill(gettext("This chat's digest is set.")))]
    lines.extend(_summary_lines(subscription, chat, locale))
    lines.extend(notes or [])
    return Reply(html="\n".join(lines))


def _stopped(subscription: Subscription, *, session: Session, locale: str) -> Reply:
    """Stop the digest and say how to start one again."""
    stop_subscription(session=session, subscription=subscription)
    text = translator(locale).gettext("This chat gets no more digests. {command} starts one again.")
    return Reply(html=fill(text, command="<code>/subscribe Quảng Đông</code>"))


def active_subscription(session: Session, chat: Chat) -> Subscription | None:
    """The chat's digest, unless it has none or it was stopped."""
    subscription = subscription_of(session=session, chat_id=chat.id)
    return subscription if subscription is not None and subscription.active else None


def _no_digest(locale: str) -> Reply:
    gettext = translator(locale).gettext
    text = gettext("This chat has no digest. Start one with {example}.")
    return Reply(html=fill(text, example="<code>/subscribe Quảng Đông</code>"))


def answer_subscriptions(session: Session, argument: str, chat: ChatContext) -> Reply:
    """What the chat's digest follows, when it goes out, and when it is next due."""
    row = chat.chat(session)
    subscription = active_subscription(session, row)
    if subscription is None:
        return _no_digest(chat.locale)
    gettext = translator(chat.locale).gettext
    lines = [bold(fill(gettext("This chat's digest")))]
    lines.extend(_summary_lines(subscription, row, chat.locale))
    return Reply(html="\n".join(lines))


def answer_digest(session: Session, argument: str, chat: ChatContext) -> Reply:
    """The digest as it would go out now, without counting it as sent."""
    row = chat.chat(session)
    subscription = active_subscription(session, row)
    if subscription is None:
        return _no_digest(chat.locale)
    gettext = translator(chat.locale).gettext
    digest = compose_digest(
        session=session,
        subscription=subscription,
        timezone=row.timezone,
        until=utc(chat.now),
        locale=chat.locale,
    )
    due = local_moment(subscription.next_due_at, row.timezone, chat.locale)
    note = gettext("Preview: the digest due {moment} will tell what is new by then.")
    return Reply(html=f"{italic(fill(note, moment=escape(due)))}\n\n{digest.html}")


def answer_outside_chat(session: Session, query: str, locale: str) -> Reply:
    """What the digest commands say where there is no chat (`briefbot ask`)."""
    gettext = translator(locale).gettext
    text = gettext(
        "A digest belongs to a chat: send {command} to the bot on Telegram, in a private "
        "chat or in a group."
    )
    return Reply(html=fill(text, command="<code>/subscribe Quảng Đông</code>"))
