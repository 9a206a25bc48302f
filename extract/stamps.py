"""Publication stamps: the time a page says it was published, in Vietnam time unless the stamp
names its zone."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo

from extract.lexicon import load_data

VIETNAM_TIME = ZoneInfo("Asia/Ho_Chi_Minh")

_STAMP = re.compile(
    r"(?:(?P<h1>\d{1,2})[:hg](?P<m1>\d{2})\D{1,12}?)?"
    r"(?P<d>\d{1,2})[/.-](?P<mo>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})"
    r"(?:\D{1,12}?(?P<h2>\d{1,2})[:hg](?P<m2>\d{2}))?"
)
_STAMP_IN_WORDS = re.compile(
    r"\b(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<mo>\d{1,2})(?:\s+năm|,)\s+(?P<y>(?:19|20)\d{2})\b",
    re.I,
)
_ISO_STAMP = re.compile(
    r"(?P<y>(?:19|20)\d{2})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?"
)


def vietnam_datetime(value: datetime) -> datetime:
    """A naive datetime read as Vietnam time; an aware one kept as it is."""
    return value if value.tzinfo else value.replace(tzinfo=VIETNAM_TIME)


def parse_stamp(text: str, zone: tzinfo | None = VIETNAM_TIME) -> datetime | None:
    """A publication stamp such as '03/08/2021 17:01', '2021-08-03T17:01' or 'Thứ Ba, ngày 3
    tháng 8 năm 2021', in Vietnam time (or in `zone`; naive with None: as written), unless it
    says its zone ('10:18 ngày 22/04/2026 (giờ Bắc Kinh)' is 10:18+08:00)."""
    zone = stated_time_zone(text) or zone
    text = _STAMP_IN_WORDS.sub(r"\g<d>/\g<mo>/\g<y>", text)
    iso = _ISO_STAMP.search(text)
    if iso:
        found = _datetime(iso["y"], iso["mo"], iso["d"], iso["h"], iso["mi"], iso["s"])
        if found:
            return found.replace(tzinfo=zone)
    for match in _STAMP.finditer(text):
        hour, minute = (match["h1"], match["m1"]) if match["h1"] else (match["h2"], match["m2"])
        found = _datetime(match["y"], match["mo"], match["d"], hour, minute)
        if found:
            return found.replace(tzinfo=zone)
    return None


def stated_time_zone(text: str) -> ZoneInfo | None:
    """The zone a stamp says its time is in: '(giờ Bắc Kinh)' -> Asia/Shanghai, 'GMT+7' ->
    Asia/Ho_Chi_Minh; None when it says none."""
    names, pattern = _stated_zones()
    found = pattern.search(text)
    return ZoneInfo(names[found.group().casefold()]) if found else None


@cache
def _stated_zones() -> tuple[dict[str, str], re.Pattern[str]]:
    zones = load_data("furniture")["stated_time_zones"]
    words = "|".join(re.escape(word) for word in sorted(zones, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w+])(?:{words})(?![\w+])", re.I)
    return {word.casefold(): name for word, name in zones.items()}, pattern


def _datetime(
    year: str,
    month: str,
    day: str,
    hour: str | None,
    minute: str | None,
    second: str | None = None,
) -> datetime | None:
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
        )
    except ValueError:
        return None
