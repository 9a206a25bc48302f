"""Where a meeting was held, as its sentence says: a city, a venue, a border gate, a town."""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import load_data
from extract.meeting_vocabulary import vocabulary
from extract.places import find_places, names_a_seat
from extract.text import squeeze, tokenize

_ADMIN_WORDS = re.compile(
    r"\s*(?:trụ sở\s+(?:UBND|Ủy ban nhân dân|HĐND|Tỉnh ủy|Thành ủy|Huyện ủy|Châu ủy|Khu ủy)\s+)?"
    r"(?:(?:thủ đô|thủ phủ|thành phố|tp\.?|tỉnh|khu tự trị|thị xã|thị trấn|châu|huyện|quận|"
    r"phường|xã|đặc khu)\s+|tp\.)?",  # 'TP.Vũ Hán': the point with no space after it
    re.I,
)
# "tại Nhà kiểm soát liên hợp cửa khẩu quốc tế Hữu Nghị": a border gate, named as written.
_GATE = re.compile(
    r"\s*(?:(?:Nhà kiểm soát liên hợp|[Nn]hà [Hh]ội đàm|[Kk]hu kinh tế|khu vực|trụ sở)\s+)?"
    r"(?P<gate>[Cc]ửa khẩu"
    r"(?:\s+(?:quốc tế|chính|song phương|phụ))?(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,3})"
)
# "tại Trung tâm Hội nghị tỉnh Lai Châu", "tại Quảng trường Nhạc Sơn, phường Lào Cai",
# "tại điểm cầu tỉnh Lai Châu": a venue, then the place it is in.
_BUILDINGS = r"Trung\s+tâm|Quảng\s+trường|Nhà|[Tt]rụ\s+sở|Hội\s+trường|Khách\s+sạn|Cung|Văn\s+phòng"
_VENUE_IN = re.compile(
    rf"\s*(?:{_BUILDINGS}|[Đđ]iểm\s+cầu|Khu|Sân)\b[^.;:(),]{{0,60}}?(?:,\s*|\s)"
    r"(?:tỉnh|thành\s+phố|TP\.?|phường|xã|huyện|quận|thị\s+xã|thị\s+trấn|đặc\s+khu)\s+"
)
# "tại Trung tâm Hành chính thành phố": a venue, whatever it is in.
_VENUE = re.compile(rf"\s*(?:{_BUILDINGS})\s")
# The venue's name, up to the end of its clause, with the town it is in if told after it:
# 'Nhà hát Lớn Hà Nội', 'Cung Văn hóa Hữu nghị Việt Xô (Hà Nội)'.
_VENUE_NAME = re.compile(rf"\s*(?:{_BUILDINGS})\s[^,;:.()]{{2,80}}(?:\([^()]{{2,30}}\))?")
# "tại thành phố Đông Hưng (Quảng Tây, …)", "tại thành phố Văn Sơn, tỉnh Vân Nam", "tại
# phường Thục Phán, …": a city, a town or a ward the lists do not know, named after its kind.
_CITY = re.compile(
    r"\s*(?:thành\s+phố|thị\s+xã|thị\s+trấn|huyện|châu|quận|phường|xã|đặc\s+khu)\s+"
    r"(?P<city>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,2})\s*[,(]"
)
# "(Long Châu, Sùng Tả, Quảng Tây, Trung Quốc)": the chain of county, city, province and
# country a town is in, each capitalised, in brackets after it.
_NAME = r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3}"
_CHAIN = rf"\(\s*{_NAME}(?:\s*,\s*{_NAME}){{1,4}}\s*\)"
# ", tại Tam Kỳ, …", ", tại Kuala Lumpur (Malaysia), …", ", tại Thủy Khẩu (Long Châu, Sùng Tả,
# Quảng Tây, Trung Quốc), …": two or three capitalised words between commas after "tại".
_TOWN = re.compile(
    r"tại\s+(?P<town>[^\W\d_]+(?:\s+[^\W\d_]+){1,2})\s*"
    rf"(?:,|(?:\([^()]{{2,30}}\)|{_CHAIN})\s*,)"
)
# "Quảng Châu (TTXVN) - ", "Nam Ninh (TTXVN) 12/5 - ": a wire's dateline, the place it was
# filed from before who sent it.
_DATELINE = re.compile(
    r"\s*(?P<place>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})\s*\([^()]{2,40}\)\s*"
    r"(?:\d{1,2}/\d{1,2}\s*)?[-–—]"
)
# Tokens from the verb holding an event to the 'ở' saying where: 'diễn ra sáng 26 - 11 ở'.
_HELD_REACH = 8
# A working session with a Vietnamese province's government ('… đã làm việc với UBND tỉnh Bắc
# Ninh'): the delegation went to it.
_PROVINCE_GOVERNMENT = re.compile(
    r"làm\s+việc\s+với\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân|lãnh\s+đạo|Tỉnh\s+ủy|Thành\s+ủy)"
    r"\s+(?:tỉnh|thành\s+phố)\s+(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})"
)
_VIETNAM = "Việt Nam"  # the whole country is no meeting's place
_COUNTRY_WORDS = 6  # words of a country's name in full: 'Cộng hòa Nhân dân Trung Hoa'
# Words of a state's name written in lower case: 'Cộng hòa xã hội chủ nghĩa Việt Nam'.
_STATE_WORDS = "dân|chủ|nhân|xã|hội|nghĩa"
_SEAT_CHARS = 80  # characters before a 'tại' its mission's words and country stand in
_OUTLET_WORDS = 4  # words of an outlet's name after 'phóng viên': 'Báo Tin tức', 'TTXVN'
# A trip's place, before the place of the meeting on it: 'Trong khuôn khổ chuyến công tác tại ',
# 'Trong chương trình công tác tại '.
_TRIP = re.compile(
    r"\b(?:chuyến|chương\s+trình)\s+(?:thăm|công\s+tác)(?:\s+và\s+làm\s+việc)?\s*$", re.I
)


def meeting_place(sentence: str) -> str | None:
    """Where: 'tại Hà Nội', 'ở thành phố Nam Ninh' (after a comma), the city of a venue ('tại
    trụ sở Bộ …'),
    or a town the list does not know, told where events are ('Chiều 16/10, tại Tam Kỳ, …');
    not a mission's seat ('Đại sứ Việt Nam tại Trung Quốc') nor a whole country."""
    words = vocabulary()
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    trip = None  # where a trip went ('trong chuyến công tác tại Quảng Tây, …'), if nothing nearer
    for i, key in enumerate(keys):
        where = key == "tại" or (key == "ở" and (i == 0 or keys[i - 1] == "," or _held(keys, i)))
        before = sentence[: tokens[i].end] + " "
        if not where or names_a_seat(before) or _seat_of_a_country_s_mission(before):
            continue
        if trip is None and filed_from(sentence[: tokens[i].start]):
            trip = meeting_place(sentence[tokens[i].start :])
            if trip is not None:
                continue
        if trip is None and _TRIP.search(sentence[: tokens[i].start]):
            trip = meeting_place(sentence[tokens[i].start :])
            if trip is not None:
                continue
        venue = words.venues.match(keys, i + 1)
        if venue:
            return str(venue[1])
        rest = sentence[tokens[i].end :]
        gate = _GATE.match(rest)
        if gate and (name := _gate_name(gate)):
            return name
        places = [
            p
            for p in find_places(rest[:80])
            if p.place.kind in ("division", "vietnam") and p.place.name != _VIETNAM
        ]
        city = _CITY.match(rest)
        if city and _unknown_town(city["city"]):
            return city["city"]
        if places and (
            _ADMIN_WORDS.fullmatch(rest[: places[0].start])
            or _VENUE_IN.fullmatch(rest[: places[0].start])
            or (_fronted(keys, i) and _a_facility_of(rest[: places[0].start]))
        ):
            return squeeze(rest[places[0].start : places[0].end])
        town = _TOWN.match(sentence, tokens[i].start)
        if town and _fronted(keys, i) and _unknown_town(town["town"]):
            return town["town"]
        if _VENUE.match(rest):
            # 'tại Trung tâm Hành chính thành phố, …': the venue, in a town it does not name; a
            # 'tại' after it is another's ('Tổng Lãnh sự … Trung Hoa tại Thành phố Hồ Chí Minh').
            return _town_of_the_venue(rest) or trip
    return trip


def _town_of_the_venue(rest: str) -> str | None:
    """The town a venue's name ends with, or that follows it in brackets or after 'ở' ('Nhà hát
    Lớn Hà Nội, …', 'Cung Văn hóa Hữu nghị Việt Xô (Hà Nội), …'); None when it names none."""
    name = _VENUE_NAME.match(rest)
    if name is None:
        return None
    written = name.group()
    places = [
        p
        for p in find_places(written)
        if p.place.kind in ("division", "vietnam") and p.place.name != _VIETNAM
    ]
    if not places or written[places[-1].end :].strip(" )"):
        return None
    return squeeze(written[places[-1].start : places[-1].end])


def _fronted(keys: list[str], i: int) -> bool:
    """Whether the 'tại' at i opens the sentence or a clause ('Sáng 13/1, tại …'), where it sets
    the scene of what the sentence tells, not a place a verb before it speaks of ('… kết nối ray
    tại ga Hà Khẩu Bắc')."""
    return i == 0 or keys[i - 1] == ","


def _a_facility_of(before: str) -> bool:
    """Whether `before`, the words between a fronted 'tại' and a place, name a place of
    transport in it ('Sáng 13/1, tại ga Đồng Đăng, …', 'tại cảng Hải Phòng'): the meeting was
    held in that place."""
    keys = [t.key for t in tokenize(before)]
    facility = vocabulary().facilities.match(keys, 0)
    return facility is not None and facility[0] == len(keys)


def _gate_name(gate: re.Match[str]) -> str | None:
    """The border gate's name as written ('cửa khẩu Tân Thanh'), up to its last capitalised
    word: not a lower-case word after it that the letters' range lets in ('… Tân Thanh để nắm
    tình hình …'); None when no capitalised word is left."""
    words = squeeze(gate["gate"]).split()
    named = len(words)
    while named > 2 and not words[named - 1][0].isupper():
        named -= 1
    kept = words[:named]
    return " ".join(kept) if any(w[0].isupper() for w in kept[2:]) else None


@cache
def _country_s_mission() -> re.Pattern[str]:
    """A mission's word, the country it represents by its state's name ('nước Cộng hòa Nhân
    dân Trung Hoa', 'CHXHCN Việt Nam'), 'tại'."""
    words = sorted(load_data("places")["mission_words"], key=len, reverse=True)
    missions = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"\b(?i:{missions})\s+(?:nước\s+)?(?:Cộng\s+hòa|CHND|CHXHCN|CHDCND)"
        rf"(?:\s+(?:[A-ZĐÀ-Ỹ][^\W\d_]*|{_STATE_WORDS})){{1,{_COUNTRY_WORDS}}}"
        r"\s+tại\s+(?:(?:thành\s+phố|TP\.?)\s*)?$"
    )


def _seat_of_a_country_s_mission(before: str) -> bool:
    """Whether a place after `before` is the seat of a mission named with its state's name
    ('Tổng Lãnh sự nước Cộng hòa Nhân dân Trung Hoa tại ', 'Đại sứ CHND Trung Hoa tại '): a
    city in an official's title, not where the meeting was held."""
    return _country_s_mission().search(before[-_SEAT_CHARS:]) is not None


@cache
def _correspondent() -> re.Pattern[str]:
    """'phóng viên', then the outlet's name of a few words, right before a 'tại'."""
    words = sorted(vocabulary().correspondents, key=len, reverse=True)
    who = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{who})(?:\s+[^\s,;.]+){{0,{_OUTLET_WORDS}}}\s+$", re.I)


def filed_from(before: str) -> bool:
    """Whether a 'tại' after `before` names a correspondent's seat ('Theo phóng viên TTXVN tại
    Quảng Châu, …', 'PV Báo Tin tức tại Côn Minh'): where the story was filed from."""
    return _correspondent().search(before) is not None


def dateline_place(sentence: str) -> str | None:
    """The place a wire's dateline names ('Quảng Châu (TTXVN) - Ngày 24/11, …'): where the story
    was filed, that of the meeting its lead tells when the lead names none. Not a byline ('Ngọc
    Quang (TTXVN)'), nor the whole country."""
    dateline = _DATELINE.match(sentence)
    if dateline is None:
        return None
    written = dateline["place"]
    places = find_places(written)
    if len(places) != 1 or (places[0].start, places[0].end) != (0, len(written)):
        return None
    place = places[0].place
    return written if place.kind in ("division", "vietnam") and place.name != _VIETNAM else None


def place_reached(sentence: str) -> str | None:
    """Where a sentence says its people were or went ('Sáng 22/11, đoàn … sang thành phố Bằng
    Tường, Khu tự trị …': Bằng Tường), for a meeting the next sentence tells there ('Tại đây,
    …'); None when it names no such place."""
    told = meeting_place(sentence)
    if told is not None:
        return told
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    for i, length, _value in vocabulary().arrivals.found_in(keys):
        if i + length < len(tokens):
            reached = meeting_place("tại " + sentence[tokens[i + length].start :])
            if reached is not None:
                return reached
    return None


def government_visited(sentence: str, at: int) -> str | None:
    """The Vietnamese province whose government the people of the meeting whose word is token
    `at` worked with, where that working session was held ('Trước đó, sáng cùng ngày, đoàn …
    đã làm việc với UBND tỉnh Bắc Ninh': Bắc Ninh); None when it names none."""
    tokens = tokenize(sentence)
    match = _PROVINCE_GOVERNMENT.match(sentence, tokens[at].start) if at < len(tokens) else None
    if match is None:
        return None
    written = match["place"]
    places = find_places(written)
    if not places or places[0].start != 0 or places[0].place.kind != "vietnam":
        return None
    return written[: places[0].end]


def place_of_meeting(sentence: str, at: int) -> str | None:
    """Where the meeting whose word is token `at` of the sentence was held, not a place what it
    was for speaks of ('… đã có buổi làm việc với Sở Thương vụ … để trao đổi về việc đưa nông
    sản vào kho lạnh tại Bằng Tường': none there)."""
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    purpose = next(iter(vocabulary().purposes.found_in(keys, at + 1)), None)
    return meeting_place(sentence if purpose is None else sentence[: tokens[purpose[0]].start])


def _held(keys: list[str], i: int) -> bool:
    """'ở' at i tells where an event was held: a word for holding it stands a few words before
    ('… diễn ra sáng 26-11 ở TP.HCM', 'được tổ chức ở Nam Ninh')."""
    return vocabulary().held.occurs(keys, max(0, i - _HELD_REACH), i)


def _unknown_town(words: str) -> bool:
    """Capitalised words that no list knows as a place, a country included ('Tam Kỳ')."""
    return all(w[:1].isupper() for w in words.split()) and not find_places(words)
