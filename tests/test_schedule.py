"""A digest is due at the chat's local time, across daylight-saving changes, once per period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from handlers.schedule import (
    Schedule,
    local_moment,
    next_due,
    parse_time_of_day,
    period_key,
    weekday_name,
)

HANOI = "Asia/Ho_Chi_Minh"
BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"


def at(zone: str, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(zone))


def fire_times(schedule: Schedule, start: datetime, count: int) -> list[datetime]:
    """The next `count` due times, each claimed as the sender claims them."""
    times, moment, claimed = [], start, None
    for _ in range(count):
        moment = next_due(schedule, moment, skip_period=claimed)
        claimed = period_key(schedule, moment)
        times.append(moment)
    return times


def test_the_default_is_monday_0800_in_hanoi():
    wednesday = at(HANOI, 2025, 11, 19, 10, 0)
    due = next_due(Schedule("weekly", 0, "08:00", HANOI), wednesday)
    assert due == at(HANOI, 2025, 11, 24, 8, 0)
    assert due.tzinfo == UTC


def test_due_times_are_strictly_after_now():
    schedule = Schedule("daily", 0, "08:00", HANOI)
    exactly = at(HANOI, 2025, 11, 19, 8, 0)
    assert next_due(schedule, exactly) == at(HANOI, 2025, 11, 20, 8, 0)
    assert next_due(schedule, exactly - timedelta(microseconds=1)) == exactly


@pytest.mark.parametrize(
    ("weekday", "expected_day"),
    [(0, 24), (2, 19), (4, 21), (6, 23)],
)
def test_weekday_zero_is_monday(weekday, expected_day):
    """Subscription.weekday counts from Monday = 0; PTB's run_daily counts from Sunday."""
    tuesday = at(HANOI, 2025, 11, 18, 12, 0)
    due = next_due(Schedule("weekly", weekday, "17:30", HANOI), tuesday)
    assert due.astimezone(ZoneInfo(HANOI)).replace(tzinfo=None) == datetime(
        2025, 11, expected_day, 17, 30
    )


def test_a_non_vietnamese_zone_keeps_its_local_hour_across_the_spring_change():
    """New York moves its clocks on 9 March 2025: 08:00 local is 13:00 UTC, then 12:00 UTC."""
    schedule = Schedule("daily", 0, "08:00", NEW_YORK)
    times = fire_times(schedule, datetime(2025, 3, 7, tzinfo=UTC), 4)
    assert [t.hour for t in times] == [13, 13, 12, 12]
    assert [t.astimezone(ZoneInfo(NEW_YORK)).hour for t in times] == [8, 8, 8, 8]


def test_a_time_that_does_not_exist_on_the_spring_forward_day_fires_once_after_the_jump():
    """Berlin skips from 02:00 to 03:00 on 30 March 2025: a 02:30 digest goes out at 03:30."""
    schedule = Schedule("daily", 0, "02:30", BERLIN)
    times = fire_times(schedule, at(BERLIN, 2025, 3, 29, 12, 0), 3)
    local = [t.astimezone(ZoneInfo(BERLIN)) for t in times]
    assert [(t.day, t.hour, t.minute) for t in local] == [(30, 3, 30), (31, 2, 30), (1, 2, 30)]
    assert len({period_key(schedule, t) for t in times}) == 3


def test_a_time_that_happens_twice_in_autumn_fires_once():
    """Berlin goes back from 03:00 to 02:00 on 26 October 2025: 02:30 happens twice."""
    schedule = Schedule("daily", 0, "02:30", BERLIN)
    times = fire_times(schedule, at(BERLIN, 2025, 10, 25, 12, 0), 3)
    assert [period_key(schedule, t) for t in times] == ["2025-10-26", "2025-10-27", "2025-10-28"]
    # The first 02:30 (summer time); the second, an hour later, is the same day's period.
    assert times[0] == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)


def test_a_weekly_digest_on_the_autumn_sunday_fires_once_that_week():
    schedule = Schedule("weekly", 6, "02:30", BERLIN)
    times = fire_times(schedule, at(BERLIN, 2025, 10, 20, 12, 0), 2)
    assert [period_key(schedule, t) for t in times] == ["2025-W43", "2025-W44"]
    assert times[1] - times[0] == timedelta(days=7, hours=1)


@pytest.mark.parametrize(
    ("frequency", "moment", "expected"),
    [
        ("weekly", at(HANOI, 2025, 11, 24, 8, 0), "2025-W48"),
        ("weekly", at(HANOI, 2026, 1, 1, 8, 0), "2026-W01"),
        ("weekly", at(HANOI, 2024, 12, 30, 8, 0), "2025-W01"),
        ("daily", at(HANOI, 2025, 11, 24, 0, 30), "2025-11-24"),
    ],
)
def test_period_keys_follow_the_chats_calendar(frequency, moment, expected):
    assert period_key(Schedule(frequency, 0, "08:00", HANOI), moment.astimezone(UTC)) == expected


def test_the_period_is_read_in_the_chats_zone_not_in_utc():
    """00:30 on the 24th in Hanoi is still the 23rd in UTC."""
    moment = at(HANOI, 2025, 11, 24, 0, 30).astimezone(UTC)
    assert period_key(Schedule("daily", 0, "00:30", HANOI), moment) == "2025-11-24"
    assert period_key(Schedule("daily", 0, "00:30", "UTC"), moment) == "2025-11-23"


def test_a_missed_due_time_moves_to_the_next_one_from_now():
    """After three weeks down, the next due time is counted from now, not from the old one."""
    schedule = Schedule("weekly", 0, "08:00", HANOI)
    old_due = at(HANOI, 2025, 11, 3, 8, 0)
    back = at(HANOI, 2025, 11, 26, 9, 0)
    claimed = period_key(schedule, old_due)
    assert next_due(schedule, back, skip_period=claimed) == at(HANOI, 2025, 12, 1, 8, 0)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("08:00", "08:00"),
        ("8:30", "08:30"),
        ("8h", "08:00"),
        ("8h30", "08:30"),
        ("20.15", "20:15"),
        ("23:59", "23:59"),
        ("24:00", None),
        ("8:75", None),
        ("8", None),
        ("t2", None),
    ],
)
def test_times_of_day(typed, expected):
    assert parse_time_of_day(typed) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("vi", "Thứ Hai 24/11/2025 08:00"), ("en", "Monday, Nov 24, 2025 08:00")],
)
def test_due_times_are_shown_on_the_chats_clock(locale, expected):
    moment = datetime(2025, 11, 24, 1, 0, tzinfo=UTC)
    assert local_moment(moment, HANOI, locale) == expected


def test_weekday_names():
    assert (weekday_name(0, "vi"), weekday_name(6, "en")) == ("Thứ Hai", "Sunday")
