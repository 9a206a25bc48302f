"""/officials and /official: who is who on both sides, their titles over time, their meetings."""

from __future__ import annotations

from datetime import date

import factories as make
import pytest
from telegram_html import telegram_html_problems

from extract.lexicon import load_data
from handlers.commands import dispatch
from handlers.officials import MAX_OFFICIALS, answer_official, answer_officials


@pytest.fixture
def cast(session):
    """Two conferences with Quảng Đông eight years apart, and a talk with Quảng Tây."""
    in_2017 = make.article(
        session, source="TTXVN", url="https://ttxvn.example/hoi-nghi", event_date=date(2017, 7, 19)
    )
    in_2025 = make.article(session, source="baoquocte.vn", event_date=date(2025, 10, 28))
    guangxi = make.article(
        session, source="dangcongsan.vn", event_date=date(2025, 6, 12), provinces=["guangxi"]
    )
    people = {
        "trung": make.person(session, "Lê Hoài Trung", "VN"),
        "vu": make.person(session, "Nguyễn Minh Vũ", "VN"),
        "xuan": make.person(session, "Lâm Thiếu Xuân", "CN"),
        "tri": make.person(session, "Trương Quốc Trí", "CN"),
        "thao": make.person(session, "Vi Thao", "CN"),
    }
    make.role(session, people["trung"], in_2017, "Thứ trưởng Bộ Ngoại giao")
    make.role(
        session,
        people["xuan"],
        in_2017,
        "Phó Tỉnh trưởng Thường trực tỉnh Quảng Đông",
        province_key="guangdong",
    )
    make.role(session, people["vu"], in_2025, "Thứ trưởng Thường trực Bộ Ngoại giao")
    make.role(
        session, people["tri"], in_2025, "Phó Tỉnh trưởng tỉnh Quảng Đông", province_key="guangdong"
    )
    make.role(session, people["trung"], guangxi, "Bộ trưởng Ngoại giao")
    make.role(
        session, people["thao"], guangxi, "Chủ tịch Khu tự trị Quảng Tây", province_key="guangxi"
    )
    make.meeting(
        session,
        in_2017,
        [people["trung"], people["xuan"]],
        kind="conference",
        label="Hội nghị định kỳ lần thứ 6",
        place="Hà Nội",
    )
    make.meeting(session, guangxi, [people["trung"], people["thao"]], kind="talks", label="hội đàm")
    session.commit()
    return people


def test_officials_of_a_province_newest_first_with_title_and_last_seen(session, cast):
    reply = answer_officials(session, "Quảng Đông", "vi")
    text = reply.plain()
    assert text.index("Trương Quốc Trí") < text.index("Lâm Thiếu Xuân")
    seen = "Phó Tỉnh trưởng tỉnh Quảng Đông (lần gần nhất 28/10/2025, Báo Thế giới và Việt Nam)"
    assert seen in text
    assert "Vi Thao" not in text, "a Quảng Tây official is not a Quảng Đông one"
    assert telegram_html_problems(reply.html) == []


def test_officials_lists_the_vietnamese_officials_who_met_them(session, cast):
    text = answer_officials(session, "Guangdong", "en").plain()
    counterparts = text[text.index("Vietnamese officials who met them") :]
    assert "Nguyễn Minh Vũ — Permanent Deputy Minister of Foreign Affairs" in counterparts
    assert "Lê Hoài Trung — Deputy Minister of Foreign Affairs" in counterparts, (
        "his title when he met them"
    )


def test_officials_offer_each_person_as_a_choice_that_resolves(session, cast):
    reply = answer_officials(session, "Guangdong", "en")
    choice = next(c for c in reply.choices if c.label.startswith("Trương Quốc Trí"))
    assert choice.argument == f"#p{cast['tri'].id}"
    followed = dispatch(session, f"/{choice.command} {choice.argument}", "en")
    assert followed.plain().startswith("Trương Quốc Trí (China)")


def test_a_province_without_officials_says_so(session, cast):
    assert "No official of this province" in answer_officials(session, "Yunnan", "en").plain()


def test_only_the_most_recent_officials_are_listed_and_the_rest_counted(session):
    source = make.article(session, event_date=date(2024, 1, 1))
    for n in range(MAX_OFFICIALS + 3):
        official = make.person(session, f"Quan Chức {n:02d}", "CN")
        make.role(
            session,
            official,
            source,
            "Phó Tỉnh trưởng",
            province_key="guangdong",
            seen_on=date(2024, 1, 1 + n),
        )
    session.commit()
    text = answer_officials(session, "Guangdong", "en").plain()
    assert f"Quan Chức {MAX_OFFICIALS + 2:02d}" in text
    assert "Quan Chức 00" not in text
    assert "and 3 more" in text


def test_officials_show_each_person_once_with_the_latest_title_undated_ones_last(session):
    earlier = make.article(session, event_date=date(2023, 3, 1))
    later = make.article(session, event_date=date(2025, 5, 1))
    between = make.article(session, event_date=date(2024, 2, 1))
    undated = make.article(session, event_date=None)
    promoted = make.person(session, "Hà Văn Thăng", "CN")
    mayor = make.person(session, "Tôn Đức Lâm", "CN")
    unplaced = make.person(session, "Mạc Khải Định", "CN")
    minister = make.person(session, "Đỗ Quang Bình", "VN")
    for article, title in (
        (earlier, "Phó Tỉnh trưởng"),
        (later, "Tỉnh trưởng"),
        (undated, "Ủy viên"),
    ):
        make.role(session, promoted, article, title, province_key="guangdong")
    make.role(session, mayor, between, "Thị trưởng", province_key="guangdong")
    make.role(session, unplaced, undated, "Phó Bí thư", province_key="guangdong")
    make.role(session, minister, earlier, "Thứ trưởng Bộ Công Thương")
    make.role(session, minister, later, "Bộ trưởng Bộ Công Thương")
    session.commit()
    text = answer_officials(session, "Guangdong", "en").plain()
    officials, met = text.split("Vietnamese officials who met them")
    assert officials.count("Hà Văn Thăng") == 1
    assert "Hà Văn Thăng — Governor (" in officials, "the latest dated title, not the undated one"
    assert officials.index("Hà Văn Thăng") < officials.index("Tôn Đức Lâm")
    assert officials.index("Tôn Đức Lâm") < officials.index("Mạc Khải Định"), "undated last"
    assert met.count("Đỗ Quang Bình") == 1
    assert "Đỗ Quang Bình — Minister of Industry and Trade" in met


def test_official_shows_titles_over_time(session, cast):
    reply = answer_official(session, "le hoai trung", "en")
    text = reply.plain()
    assert text.startswith("Lê Hoài Trung (Vietnam)")
    assert text.index("Jul 19, 2017: Deputy Minister of Foreign Affairs") < text.index(
        "Jun 12, 2025: Minister of Foreign Affairs"
    )
    assert '<a href="https://ttxvn.example/hoi-nghi">TTXVN</a>' in reply.html
    assert telegram_html_problems(reply.html) == []


def test_official_lists_meetings_with_the_other_side(session, cast):
    text = answer_official(session, "Lê Hoài Trung", "vi").plain()
    meetings = text[text.index("Các cuộc gặp") :]
    assert "12/06/2025: hội đàm — với Vi Thao" in meetings
    assert "19/07/2017: Hội nghị định kỳ lần thứ 6, Hà Nội — với Lâm Thiếu Xuân" in meetings


@pytest.mark.parametrize("kind", sorted({m["kind"] for m in load_data("meetings")["meeting"]}))
def test_every_kind_of_meeting_the_parser_reports_is_named_in_english(session, kind):
    article = make.article(session, event_date=date(2025, 3, 4))
    guest = make.person(session, "Trương Quốc Trí", "CN")
    make.role(session, guest, article, "Phó Tỉnh trưởng tỉnh Quảng Đông", province_key="guangdong")
    host = make.person(session, "Lê Văn Hải", "VN")
    make.meeting(session, article, [guest, host], kind=kind, label="cuộc gặp hai bên")
    session.commit()
    text = answer_official(session, "Trương Quốc Trí", "en").plain()
    assert f"Mar 4, 2025: {kind} (cuộc gặp hai bên) — with Lê Văn Hải" in text


def test_repeated_sightings_with_one_title_make_one_tenure(session, cast):
    again = make.article(session, event_date=date(2019, 5, 2))
    make.role(session, cast["trung"], again, "Thứ trưởng Bộ Ngoại giao")
    session.commit()
    text = answer_official(session, "le hoai trung", "en").plain()
    assert "Jul 19, 2017 – May 2, 2019: Deputy Minister of Foreign Affairs" in text
    assert text.count("Thứ trưởng Bộ Ngoại giao") == 1


def test_a_partial_name_shared_by_several_people_gets_a_choice(session, cast):
    consul = make.person(session, "Nguyễn Việt Dũng", "VN")
    session.commit()
    reply = answer_official(session, "Nguyễn", "en")
    assert "Several people match" in reply.plain()
    assert {c.argument for c in reply.choices} == {f"#p{cast['vu'].id}", f"#p{consul.id}"}


def test_a_partial_name_of_one_person_answers_about_them(session, cast):
    assert answer_official(session, "Nguyễn", "en").plain().startswith("Nguyễn Minh Vũ")


def test_an_unknown_person_is_not_found_with_a_hint(session, cast):
    text = answer_official(session, "Tập Cận Bình", "en").plain()
    assert "No official named “Tập Cận Bình” is known." in text
    assert "/officials" in text


def test_an_unknown_person_key_is_not_found(session, cast):
    assert "No official named" in answer_official(session, "#p999999", "en").plain()
