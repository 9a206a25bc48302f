"""When a chat's digest is next due, and which period a due time belongs to, in the chat's zone.

The fire times come from APScheduler 3's CronTrigger in the chat's IANA time zone, which knows
the zone's daylight-saving rules: a local time that does not exist on the spring-forward day
(02:30 in Berlin) fires when the clocks have jumped past it (03:30, the same instant as 02:30
standard time), and a local time that happens twice in autumn fires once, because the second
occurrence falls in the period that has just been claimed and is skipped.

Computations take `now` (or `after`) and never read the clock, so tests control time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger
from babel.dates import format_datetime, get_day_names

from db.portable import utc
from handlers.i18n import supported_locale

Frequency = Literal["weekly", "daily"]
DEFAULT_FREQUENCY: Frequency = "weekly"
DEFAULT_WEEKDAY = 0  # Monday
DEFAULT_TIME = "08:00"

# CronTrigger's day_of_week by name: APScheduler 3 counts Monday as 0 like Python does, but a
# name cannot be misread as PTB's run_daily numbering, where Sunday is 0.
CRON_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PERIOD_LENGTHS: dict[Frequency, timedelta] = {
    "weekly": timedelta(days=7),
    "daily": timedelta(days=1),
}
# A fire time repeated in the hour the clocks go back is skipped this many times at most.
MAX_REPEATS = 3

_TIME_OF_DAY = re.compile(r"^(?P<hour>[01]?\d|2[0-3])[:hg.](?P<minute>[0-5]\d)?$")


@dataclass(frozen=True, slots=True)
class Schedule:
    """How often a digest goes out, on which weekday (0 = Monday; weekly only), at which local
    time ("HH:MM") and in which IANA time zone."""

    frequency: Frequency
    weekday: int
    time_of_day: str
    timezone: str

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def trigger(self) -> CronTrigger:
        """The cron trigger that fires at every due time of this schedule."""
        hour, minute = (int(part) for part in self.time_of_day.split(":"))
        day_of_week = CRON_WEEKDAYS[self.weekday] if self.frequency == "weekly" else "*"
        return CronTrigger(
            day_of_week=day_of_week, hour=hour, minute=minute, second=0, timezone=self.zone
        )


class Timing(Protocol):
    """When a digest goes out, as a subscription, its plan or a due row stores it."""

    @property
    def frequency(self) -> str: ...
    @property
    def weekday(self) -> int: ...
    @property
    def time_of_day(self) -> str: ...


def as_frequency(text: str) -> Frequency:
    """A stored frequency as the schedule knows it (anything but 'daily' is weekly)."""
    return "daily" if text == "daily" else "weekly"


def schedule_of(timing: Timing, timezone: str) -> Schedule:
    """The schedule of a stored timing, in `timezone`."""
    return Schedule(as_frequency(timing.frequency), timing.weekday, timing.time_of_day, timezone)


def parse_time_of_day(text: str) -> str | None:
    """'8:30', '08:30', '8h', '8h30', '20.15' -> 'HH:MM'; None when it is not a time of day."""
    match = _TIME_OF_DAY.match(text.strip().lower())
    if match is None:
        return None
    return f"{int(match.group('hour')):02d}:{match.group('minute') or '00'}"


def known_timezone(name: str) -> bool:
    """Whether `name` is an IANA time zone this machine knows."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def period_key(schedule: Schedule, due_at: datetime) -> str:
    """The period a due time belongs to, in the chat's zone: '2026-W48' (ISO week) or
    '2026-11-23'. One digest per subscription and period key is ever sent."""
    local = due_at.astimezone(schedule.zone).date()
    if schedule.frequency == "weekly":
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    return local.isoformat()


def next_due(schedule: Schedule, after: datetime, *, skip_period: str | None = None) -> datetime:
    """The first due time strictly after `after`, in UTC; one in period `skip_period` (the
    period just claimed) is passed over, so an hour repeated in autumn does not fire twice."""
    trigger = schedule.trigger()
    moment = after.astimezone(UTC)
    for _ in range(MAX_REPEATS + 1):
        # Computed from a UTC instant: wall-clock arithmetic would lose the fold of a
        # repeated hour. CronTrigger rounds up to the next second, hence the microsecond.
        fire = trigger.get_next_fire_time(None, moment + timedelta(microseconds=1))
        if fire is None:
            raise ValueError(f"schedule {schedule} never fires")
        moment = fire.astimezone(UTC)
        if period_key(schedule, moment) != skip_period:
            return moment
    raise ValueError(f"schedule {schedule} keeps firing in period {skip_period}")


def period_length(frequency: Frequency) -> timedelta:
    """One period of a frequency: how far back a new subscription's first digest reaches."""
    return PERIOD_LENGTHS[frequency]


DUE_PATTERNS = {"vi": "EEEE dd/MM/yyyy HH:mm", "en": "EEEE, MMM d, yyyy HH:mm"}
SINCE_PATTERNS = {"vi": "dd/MM/yyyy HH:mm", "en": "MMM d, yyyy HH:mm"}


def local_moment(moment: datetime, timezone: str, locale: str, *, weekday: bool = True) -> str:
    """An instant as the chat's clock shows it: 'Thứ Hai 24/11/2025 08:00', 'Monday, Nov 24,
    2025 08:00' (without the weekday: '24/11/2025 08:00')."""
    code = supported_locale(locale)
    pattern = (DUE_PATTERNS if weekday else SINCE_PATTERNS)[code]
    return format_datetime(utc(moment), pattern, tzinfo=ZoneInfo(timezone), locale=code)


def weekday_name(weekday: int, locale: str) -> str:
    """0 -> 'Thứ Hai' / 'Monday'."""
    return get_day_names("wide", locale=supported_locale(locale))[weekday]
