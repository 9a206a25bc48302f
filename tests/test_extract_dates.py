"""Publication stamps, event dates, and the year of an event when the text leaves it out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from extract import parse_article
from extract.agreements import find_agreements
from extract.dates import day_opens, find_event_date
from extract.stamps import parse_stamp
from extract.year_floor import year_floor

VIETNAM = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("03/08/2021 17:01", datetime(2021, 8, 3, 17, 1, tzinfo=VIETNAM)),
        ("Thứ Ba, 16:20, 09/04/2024", datetime(2024, 4, 9, 16, 20, tzinfo=VIETNAM)),
        ("Cập nhật lúc 09:25, Thứ Sáu, 24/11/2023", datetime(2023, 11, 24, 9, 25, tzinfo=VIETNAM)),
        ("20:14 | 05/06/2024", datetime(2024, 6, 5, 20, 14, tzinfo=VIETNAM)),
        ("Thứ Năm, 10-04-2025, 21:30", datetime(2025, 4, 10, 21, 30, tzinfo=VIETNAM)),
        ("12/07/2024 18:45 GMT+7", datetime(2024, 7, 12, 18, 45, tzinfo=VIETNAM)),
        ("Thứ Năm, 14/03/2024 - 15:20", datetime(2024, 3, 14, 15, 20, tzinfo=VIETNAM)),
        ("15:20 14/3/2024", datetime(2024, 3, 14, 15, 20, tzinfo=VIETNAM)),
        ("Cập nhật: 14-03-2024", datetime(2024, 3, 14, tzinfo=VIETNAM)),
        ("2024-03-14T15:20", datetime(2024, 3, 14, 15, 20, tzinfo=VIETNAM)),
        ("2025-11-20 16:42:15", datetime(2025, 11, 20, 16, 42, 15, tzinfo=VIETNAM)),
        ("31/02/2024", None),
        ("Hai bên hội đàm", None),
    ],
)
def test_publication_stamps_are_vietnam_time(line: str, expected: datetime | None) -> None:
    assert parse_stamp(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Cập nhật lúc: 10:18 ngày 22/04/2026 (giờ Bắc Kinh)",
            datetime(2026, 4, 22, 2, 18, tzinfo=UTC),
        ),
        ("2025-09-17 19:30 (Giờ Bắc Kinh)", datetime(2025, 9, 17, 11, 30, tzinfo=UTC)),
    ],
)
def test_a_stamp_stating_its_zone_is_in_that_zone(line: str, expected: datetime) -> None:
    assert parse_stamp(line) == expected


def _event(
    lead: str,
    *rest: str,
    captions: tuple[str, ...] = (),
    published: datetime | None = None,
    floor: int | None = None,
) -> tuple[date, bool] | None:
    found = find_event_date([lead, *rest], captions, published=published, year_floor=floor)
    return (found.value, found.year_inferred) if found else None


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Ngày 2/8, hai bên hội đàm trực tuyến.", date(2021, 8, 2)),
        ("Chiều 28/10, tại Hà Nội, hai bên đồng chủ trì hội nghị.", date(2021, 10, 28)),
        ("Sáng ngày 05/07, đoàn đến Nam Ninh.", date(2021, 7, 5)),
        ("Tối 1/8, hai bên gặp mặt.", date(2021, 8, 1)),
        ("Ngày 24-27/7, đoàn thăm Vân Nam.", date(2021, 7, 24)),
        ("Ngày 3 tháng 6, hai bên ký kết.", date(2021, 6, 3)),
        ("Ngày 4.10, lãnh đạo tỉnh tiếp đoàn.", date(2021, 10, 4)),
        ("Chiều 21.5.2021, đoàn làm việc tại Nam Ninh.", date(2021, 5, 21)),
        ("Từ ngày 5 đến 7/6, đoàn thăm và làm việc tại Vân Nam.", date(2021, 6, 5)),
        ("Chiều thứ Bảy (16/10), tại Nam Ninh, hai bên hội đàm.", date(2021, 10, 16)),
        ("Sáng Chủ nhật 17/10, đoàn đến Côn Minh.", date(2021, 10, 17)),
        ("Các doanh nghiệp dự hội nghị tại Bắc Ninh hôm 5/10.", date(2021, 10, 5)),
        ("Đoàn thăm Việt Nam từ ngày 2 đến ngày 4 tháng 6 năm 2021.", date(2021, 6, 2)),
        # the day a span runs to is not the event's
        (
            "Tuần văn hóa diễn ra đến hết ngày 28/10. Tối 24/10, lễ khai mạc diễn ra.",
            date(2021, 10, 24),
        ),
    ],
)
def test_event_day_from_the_lead_with_the_publication_year_inferred(lead: str, day: date) -> None:
    published = datetime(2021, 11, 3, 17, 1, tzinfo=VIETNAM)
    # the year is the reader's inference unless the lead writes it
    assert _event(lead, published=published) == (day, str(day.year) not in lead)


def test_a_date_said_with_a_time_of_day_wins_over_another_occasion_s_date() -> None:
    published = datetime(2024, 4, 20, tzinfo=VIETNAM)
    lead = "Tiếp nối kết quả chuyến thăm ngày 12/3, chiều 15/4, hai bên hội đàm."
    assert _event(lead, published=published) == (date(2024, 4, 15), True)


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (
            "Hà Nội (TTXVN 5/11) - Trong khuôn khổ chuyến công tác tại Trung Quốc từ ngày 4 đến "
            "6/11, ngày 5/11, tại Thượng Hải, Phó Thủ tướng đã hội kiến Bí thư Thành ủy.",
            date(2024, 11, 5),
        ),
        (
            "Trong chuyến thăm Quảng Tây từ ngày 9 đến 12/9, chiều 10/9, tại Nam Ninh, đoàn đã "
            "làm việc với Chủ tịch Khu tự trị.",
            date(2024, 9, 10),
        ),
        (
            "Trong khuôn khổ chuyến thăm Trung Quốc từ ngày 9 đến 13/9/2024, ngày 10/9, tại "
            "Hàng Châu, đồng chí đã hội kiến Bí thư Tỉnh ủy.",
            date(2024, 9, 10),
        ),
        # a day outside the span is another occasion: the span's first day stays the event's
        (
            "Từ ngày 4 đến 6/11, đoàn thăm Vân Nam, tiếp nối chuyến thăm ngày 12/3.",
            date(2024, 11, 4),
        ),
    ],
)
def test_a_day_within_the_visit_s_span_is_the_event_s(lead: str, day: date) -> None:
    published = datetime(2024, 11, 6, tzinfo=VIETNAM)
    # the day's own year is unwritten: the reader's inference, whatever year the span writes
    assert _event(lead, published=published) == (day, True)


def test_a_dateline_before_the_date_is_skipped() -> None:
    published = datetime(2024, 4, 20, tzinfo=VIETNAM)
    lead = "(Chinhphu.vn) - Ngày 12/3, Tổng cục Hải quan công bố số liệu tháng 2/2024."
    assert _event(lead, published=published) == (date(2024, 3, 12), True)


@pytest.mark.parametrize(
    "dateline",
    ["VTV.vn - ", "(Chinhphu.vn) - ", "Baoquocte.vn - ", "(TTXVN/Vietnam+) ", "(VOV) "],
)
def test_an_outlet_s_dateline_before_a_sentence_s_day_is_skipped(dateline: str) -> None:
    assert day_opens(f"{dateline}Sáng 17/9, tại Nam Ninh, Phó Thủ tướng dự Lễ khai mạc Hội chợ.")


@pytest.mark.parametrize("tag", ["(dienbien.gov.vn) ", "(laocai.gov.vn) - "])
def test_a_portal_s_site_in_brackets_before_the_day_is_skipped(tag: str) -> None:
    published = datetime(2025, 11, 20, tzinfo=VIETNAM)
    found = _event(
        "Cổng TTĐT tỉnh đưa tin.",
        f"{tag}Ngày 20/11/2025, UBND tỉnh tổ chức hội đàm trực tuyến với thành phố Phổ Nhĩ.",
        published=published,
    )
    assert found == (date(2025, 11, 20), False)


def test_a_dateline_with_the_day_the_story_was_filed_is_skipped() -> None:
    published = datetime(2025, 10, 27, tzinfo=VIETNAM)
    lead = (
        "Nhân dân nhật báo bản tiếng Việt, Quảng Châu, ngày 27/10 -- Ngày 26 tháng 10, tại "
        "thành phố Quảng Châu, Bí thư Tỉnh ủy tỉnh Quảng Đông đã hội kiến đoàn đại biểu."
    )
    assert _event(lead, published=published) == (date(2025, 10, 26), True)


def test_an_event_month_after_the_publication_month_is_last_year_an_inferred_year() -> None:
    published = datetime(2025, 1, 3, tzinfo=VIETNAM)
    assert _event("Ngày 28/12, hai bên hội đàm.", published=published) == (
        date(2024, 12, 28),
        True,
    )


def test_a_written_year_is_kept() -> None:
    assert _event("Ngày 5/9/2019, hai bên hội đàm.", floor=2024) == (date(2019, 9, 5), False)


def test_a_later_sentence_opening_with_whom_the_news_is_told_after_then_its_day() -> None:
    published = datetime(2025, 6, 14, tzinfo=VIETNAM)
    lead = "Hai bên bàn cách tăng lượng hàng hóa vận chuyển bằng đường sắt."
    later = "Theo Đài Phát thanh và Truyền hình Vân Nam, ngày 12/6, tại Côn Minh, hai bên gặp."
    assert _event(lead, later, published=published) == (date(2025, 6, 12), True)


@pytest.mark.parametrize(
    "opening",
    [
        "Trong chương trình công tác tại tỉnh Hải Nam (Trung Quốc),",
        "Trong khuôn khổ chuyến thăm Quảng Tây,",
        "Nhân dịp kỷ niệm quan hệ hữu nghị giữa hai tỉnh,",
        "Trong chuyến công tác tại Trung Quốc,",
    ],
)
def test_a_later_sentence_opening_with_the_visit_it_is_part_of_then_its_day(opening: str) -> None:
    published = datetime(2025, 11, 28, tzinfo=VIETNAM)
    lead = "Đoàn đại biểu thành phố Hải Phòng thăm và làm việc tại Trung Quốc."
    later = f"{opening} sáng 27/11, tại Hải Khẩu, đoàn đã hội kiến Bí thư Tỉnh ủy."
    assert _event(lead, later, published=published) == (date(2025, 11, 27), True)


@pytest.mark.parametrize(
    ("incident", "day"),
    [
        ("Khoảng 15h ngày 12/3 (mùng 3 Tết), xe khách lật xuống ta luy.", date(2026, 3, 12)),
        ("Lúc 22 giờ 30 phút đêm 11/3, một vụ cháy xảy ra tại kho hàng.", date(2026, 3, 11)),
        ("Vào lúc 8h sáng 10/3, tàu hàng mắc cạn gần cửa biển.", date(2026, 3, 10)),
        ("Khoảng 15h30 chiều 12/3, xe tải va chạm với xe khách.", date(2026, 3, 12)),
    ],
)
def test_an_incident_told_to_the_hour_is_dated_before_a_later_follow_up_meeting(
    incident: str, day: date
) -> None:
    published = datetime(2026, 3, 14, tzinfo=VIETNAM)
    lead = "Xe chở đoàn du khách Trung Quốc gặp nạn, nhiều người bị thương."
    follow_up = "Chiều 13/3, Phó Chủ tịch UBND tỉnh đã tiếp tham tán Đại sứ quán Trung Quốc."
    assert _event(lead, incident, follow_up, published=published) == (day, True)
    assert day_opens(incident)


@pytest.mark.parametrize(
    ("lead", "to_come"),
    [
        (
            "Đoàn nghệ thuật tỉnh Vân Nam (Trung Quốc) sẽ biểu diễn tối 22-3 tại Nhà hát Lớn.",
            date(2026, 3, 22),
        ),
        (
            "Hội chợ thương mại quốc tế Việt - Trung dự kiến khai mạc sáng 25/3 tại Lào Cai.",
            date(2026, 3, 25),
        ),
    ],
)
def test_a_day_the_lead_foretells_gives_way_to_the_day_of_what_happened(
    lead: str, to_come: date
) -> None:
    published = datetime(2026, 3, 21, tzinfo=VIETNAM)
    reported = "Chiều 20-3, tại Hà Nội, thứ trưởng đã tiếp trưởng đoàn."
    assert _event(lead, reported, published=published) == (date(2026, 3, 20), True)
    # with nothing else dated, the day to come is the article's event
    assert _event(lead, "Chương trình gồm 14 tiết mục.", published=published) == (to_come, True)


@pytest.mark.parametrize(
    "purpose",
    [
        "Để giải tỏa ùn tắc ở cửa khẩu,",
        "Nhằm thúc đẩy xuất khẩu nông sản sang Vân Nam,",
        # or the source telling it
        "Hãng Thông tấn Xinhua cho biết,",
    ],
)
def test_a_later_sentence_opening_with_what_the_event_was_held_for_then_its_day(
    purpose: str,
) -> None:
    published = datetime(2025, 12, 9, tzinfo=VIETNAM)
    lead = "Hàng trăm xe container chở nông sản nối dài chờ thông quan."
    later = f"{purpose} ngày 8/12, Sở Công Thương tổ chức Hội nghị kết nối giao thương."
    assert day_opens(later)
    assert _event(lead, later, published=published) == (date(2025, 12, 8), True)


@pytest.mark.parametrize(
    "later",
    [
        "Tại hội nghị xúc tiến xuất khẩu nông sản do Bộ Công Thương tổ chức ở Hà Nội chiều 8/12,"
        " Thứ trưởng Trần Văn Nam cho biết xuất khẩu tăng.",
        "Tại Hội nghị kết nối giao thương Lạng Sơn - Quảng Tây ngày 8/12, ông Lê Văn Hải cho biết"
        " số xe qua cửa khẩu tăng.",
    ],
)
def test_a_later_sentence_opening_at_an_event_told_with_its_day_then_on_that_day(
    later: str,
) -> None:
    published = datetime(2025, 12, 9, tzinfo=VIETNAM)
    lead = "Bộ Công Thương đề nghị tăng năng lực kho lạnh tại các cửa khẩu."
    assert day_opens(later)
    assert _event(lead, later, published=published) == (date(2025, 12, 8), True)


def test_a_later_sentence_opening_at_a_place_with_a_day_keeps_the_article_s_event() -> None:
    published = datetime(2025, 5, 14, tzinfo=VIETNAM)
    lead = "Trong chuyến công tác, Bộ trưởng làm việc với đối tác ba nước."
    assert not day_opens("Tại Singapore ngày 10/5, Bộ trưởng Lê Văn Hải hội đàm với ông A.")
    assert _event(lead, "Ông Lê Văn Hải cho biết thêm.", published=published) is None


def test_a_day_long_before_the_page_s_date_is_history_not_the_event() -> None:
    published = datetime(2025, 1, 17, tzinfo=VIETNAM)
    recalled = "Ngày 18/1/1950, Trung Quốc là nước đầu tiên công nhận Việt Nam."
    assert _event(recalled, published=published) is None
    # a later sentence opening with the event's own day still dates it
    assert _event(recalled, "Ngày 16/1, hai bên tổ chức kỷ niệm.", published=published) == (
        date(2025, 1, 16),
        True,
    )


@pytest.mark.parametrize(
    ("lead", "later", "expected"),
    [
        (
            "Nhân dịp này, phóng viên đã phỏng vấn Đại sứ về quan hệ hai nước.",
            "Ngày 18 tháng 1 năm 2025 là kỷ niệm tròn 75 năm ngày hai nước thiết lập quan hệ.",
            None,
        ),
        ("Ngày 18/1 sẽ là dịp kỷ niệm 75 năm quan hệ ngoại giao.", "", None),
        (
            "Ngày 18/1/2025 là ngày kỷ niệm 75 năm quan hệ ngoại giao.",
            "Chiều 16/1, hai bên đã tọa đàm về quan hệ hai nước.",
            (date(2025, 1, 16), True),
        ),
    ],
)
def test_an_anniversary_s_day_is_not_the_event_s(
    lead: str, later: str, expected: tuple[date, bool] | None
) -> None:
    published = datetime(2025, 1, 17, tzinfo=VIETNAM)
    assert _event(lead, *([later] if later else []), published=published) == expected


def test_without_a_publication_date_the_year_is_inferred_and_flagged() -> None:
    assert _event("Ngày 19/7, tại Hà Nội, hai bên họp.", floor=2017) == (date(2017, 7, 19), True)


def test_no_year_at_all_means_no_date() -> None:
    assert _event("Ngày 19/7, tại Hà Nội, hai bên họp.") is None


def test_today_is_the_publication_day_and_yesterday_the_day_before() -> None:
    published = datetime(2024, 8, 18, 21, 0, tzinfo=VIETNAM)
    assert _event("Hội kiến hôm nay, hai bên nhất trí.", published=published) == (
        date(2024, 8, 18),
        True,
    )
    assert _event("Tối qua, hai bên hội đàm.", published=published) == (date(2024, 8, 17), True)


@pytest.mark.parametrize(
    "lead",
    [
        "Xuất khẩu rau quả sang Trung Quốc tăng mạnh; Lạng Sơn đón khách du lịch Quảng Tây; giá "
        "vàng quay đầu giảm... là những tin kinh tế đáng chú ý sáng nay.",
        "Tiếp đoàn tỉnh Vân Nam, hội đàm với thành phố Sùng Tả, khai trương tuyến xe buýt… là "
        "những hoạt động đối ngoại nổi bật chiều nay.",
    ],
)
def test_a_digest_s_own_time_in_its_lead_is_not_the_event_s_day(lead: str) -> None:
    published = datetime(2024, 8, 18, 6, 15, tzinfo=VIETNAM)
    rest = "Ngày 16/8, lãnh đạo tỉnh Lạng Sơn hội đàm với Phó Thị trưởng thành phố Sùng Tả."
    assert _event(lead, rest, published=published) == (date(2024, 8, 16), True)


def test_a_bulletin_s_own_time_in_the_lead_announcing_its_items_is_not_the_event_s_day() -> None:
    bulletin = (
        "Bản tin thời sự 6h00 ngày 19/08/2024\n\n19/08/2024 06:00\n\n"
        "Bản tin thời sự 6 giờ sáng nay có những nội dung chính sau đây:\n\n"
        "- Phó Chủ tịch nước tiếp lãnh đạo tỉnh Vân Nam, Trung Quốc.\n\n"
        "- Miền Bắc đón đợt không khí lạnh mới.\n\n"
        "Chiều qua (18/8), tại Hà Nội, Phó Chủ tịch nước Trần Thị Lan đã tiếp ông Vương Dư Ba, "
        "Tỉnh trưởng tỉnh Vân Nam.\n"
    )
    assert parse_article(bulletin).event_date == date(2024, 8, 18)


def test_an_article_s_lead_announcing_what_was_agreed_is_no_digest() -> None:
    article = (
        "Lạng Sơn công bố kết quả hợp tác với Quảng Tây\n\n19/08/2024 06:00\n\n"
        "Ngày 16/8, Sở Công Thương tỉnh Lạng Sơn công bố kết quả hợp tác với Quảng Tây năm qua "
        "với những nội dung chính sau đây:\n\n"
        "- Nâng cấp cặp cửa khẩu Chi Ma – Ái Điểm.\n\n"
        "- Tổ chức hội chợ thương mại biên giới năm 2025.\n"
    )
    assert parse_article(article).event_date == date(2024, 8, 16)


def test_a_lead_saying_this_morning_of_its_own_news_is_the_publication_day() -> None:
    published = datetime(2024, 8, 18, 18, 30, tzinfo=VIETNAM)
    lead = "Sáng nay, lãnh đạo tỉnh Lạng Sơn tiếp đoàn Quảng Tây; hai bên là những đối tác lớn."
    rest = "Ngày 16/8, đoàn đã thăm cửa khẩu Hữu Nghị."
    assert _event(lead, rest, published=published) == (date(2024, 8, 18), True)


@pytest.mark.parametrize(
    ("later", "day"),
    [
        ("- Chiều nay, tại Hà Nội, Phó Thủ tướng tiếp Đại sứ Trung Quốc.", date(2024, 8, 18)),
        ("Sáng nay, lãnh đạo tỉnh Lào Cai hội đàm với Phó Tỉnh trưởng.", date(2024, 8, 18)),
        ("Theo Đài Khí tượng, lúc 13 giờ chiều nay, bão đi vào Quảng Tây.", date(2024, 8, 18)),
        ("Tối qua, đoàn đã thăm cửa khẩu Hà Khẩu.", date(2024, 8, 17)),
        ("Trưa qua, đoàn đã thăm cửa khẩu Hà Khẩu.", date(2024, 8, 17)),
        ("Đêm nay, đoàn nghệ thuật Quảng Tây biểu diễn tại Lạng Sơn.", date(2024, 8, 18)),
    ],
)
def test_a_later_sentence_opening_on_today_is_dated_by_the_publication_day(
    later: str, day: date
) -> None:
    published = datetime(2024, 8, 18, 18, 30, tzinfo=VIETNAM)
    lead = "Nội dung chính của bản tin: Quốc hội thảo luận; bão gây mưa lớn ở Hải Nam."
    assert _event(lead, later, published=published) == (day, True)


@pytest.mark.parametrize(
    "today", ["Chiều nay, tại Hà Nội, hai bên trao đổi.", "Trưa qua, đoàn thăm cửa khẩu."]
)
def test_a_sentence_on_today_with_no_page_day_leaves_the_next_day_to_date_the_event(
    today: str,
) -> None:
    lead = "Nội dung chính của bản tin: Quốc hội thảo luận; bão gây mưa lớn ở Hải Nam."
    later = "Ngày 3/12/2024, lãnh đạo tỉnh Lạng Sơn hội đàm với Phó Thị trưởng thành phố Sùng Tả."
    assert _event(lead, today, later) == (date(2024, 12, 3), False)


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Sáng thứ Năm vừa qua (12/11), tại Nam Ninh, hai bên hội đàm.", date(2026, 11, 12)),
        (
            "Thứ Tư (11/11), tại thành phố Côn Minh, Đại sứ đã làm việc với Tỉnh trưởng.",
            date(2026, 11, 11),
        ),
        (
            "Doanh nghiệp hai tỉnh gặp gỡ tại hội chợ hôm thứ Năm tuần trước (5.11).",
            date(2026, 11, 5),
        ),
        # A weekday and a written day that disagree: the written day is the one meant.
        ("Chiều thứ Ba vừa qua (12/11), hai bên ký biên bản ghi nhớ.", date(2026, 11, 12)),
    ],
)
def test_a_weekday_of_a_week_gone_by_before_its_day_in_brackets_is_that_day(
    lead: str, day: date
) -> None:
    published = datetime(2026, 11, 16, 8, 0, tzinfo=VIETNAM)
    assert _event(lead, published=published) == (day, True)


@pytest.mark.parametrize(
    ("later", "day"),
    [
        ("Chiều thứ Sáu tuần trước, tại Vũ Hán, hai bên đã làm việc.", date(2026, 11, 13)),
        ("Sáng Chủ nhật tuần qua, đoàn đã thăm cửa khẩu Hà Khẩu.", date(2026, 11, 15)),
        ("Thứ Bảy vừa qua, lãnh đạo tỉnh tiếp đoàn Quảng Tây.", date(2026, 11, 14)),
        ("Sáng thứ Hai vừa qua, hai bên hội đàm.", date(2026, 11, 9)),
    ],
)
def test_a_weekday_of_a_week_gone_by_with_no_day_is_counted_from_the_publication_day(
    later: str, day: date
) -> None:
    published = datetime(2026, 11, 16, 8, 0, tzinfo=VIETNAM)  # a Monday
    lead = "Lãnh đạo hai tỉnh ký ghi nhớ hợp tác giai đoạn 2026-2030."
    assert _event(lead, later, published=published) == (day, True)


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Hôm thứ Tư, hội chợ biên giới đã khai mạc tại Bằng Tường.", date(2026, 11, 18)),
        ("Theo CRI, hôm thứ Năm, tại Nam Ninh đã diễn ra hội nghị.", date(2026, 11, 19)),
        # the page's own weekday is its day
        ("Hôm thứ Sáu, hai bên hội đàm tại Côn Minh.", date(2026, 11, 20)),
    ],
)
def test_a_weekday_of_this_week_as_wires_write_it_is_the_latest_such_day(
    lead: str, day: date
) -> None:
    published = datetime(2026, 11, 20, 9, 40, tzinfo=VIETNAM)  # a Friday
    assert _event(lead, published=published) == (day, True)


def test_a_caption_dates_the_event_when_the_body_does_not() -> None:
    found = _event(
        "Hai bên hội kiến hôm nay.",
        "Hai bên nhất trí thúc đẩy hợp tác.",
        captions=("Hai nhà lãnh đạo tại cuộc hội kiến ngày 18/8.",),
        floor=2024,
    )
    assert found == (date(2024, 8, 18), True)


@pytest.mark.parametrize(
    ("later", "day"),
    [
        (
            "Theo số liệu do Hải quan Nam Ninh công bố ngày 18/11, 10 tháng đầu năm kim ngạch "
            "đạt 40 tỷ USD.",
            (date(2025, 11, 18), True),
        ),
        (
            "Theo số liệu Tổng cục Hải quan Trung Quốc công bố ngày 20/10, Quảng Đông dẫn đầu.",
            (date(2025, 10, 20), True),
        ),
        # the release after whom the news is told, below an agency's tag
        (
            "(TTXVN/Vietnam+) Theo phóng viên TTXVN tại Bắc Kinh, số liệu Tổng cục Hải quan "
            "Trung Quốc công bố ngày 18/11 cho thấy, 10 tháng năm 2025, kim ngạch tăng 16%.",
            (date(2025, 11, 18), True),
        ),
        # a day inside the sentence that is no release is no event's
        ("Theo số liệu của Hải quan, từ ngày 1/10 đến nay kim ngạch tăng mạnh.", None),
    ],
)
def test_a_statistics_story_is_dated_by_the_release_its_body_opens_with(
    later: str, day: tuple[date, bool] | None
) -> None:
    published = datetime(2025, 11, 21, tzinfo=VIETNAM)
    lead = "Thương mại giữa Việt Nam và Quảng Tây tiếp tục tăng trưởng hai con số."
    assert _event(lead, later, published=published) == day


@pytest.mark.parametrize(
    "lead",
    [
        "Điểm lại các sự kiện nổi bật của tỉnh Lạng Sơn từ ngày 10 đến 16/3/2025.",
        "Những hoạt động đối ngoại đáng chú ý của tỉnh Hà Giang từ ngày 10-16/3/2025.",
        "Nhìn lại tuần qua (từ ngày 10 đến 16/3/2025) ở tỉnh Lào Cai.",
    ],
)
def test_a_round_up_s_span_of_days_is_the_page_s_not_the_event_s(lead: str) -> None:
    rest = "Ngày 12/3, tại thành phố Lạng Sơn, lãnh đạo tỉnh tiếp đoàn thành phố Sùng Tả."
    assert _event(lead, rest, floor=2025) == (date(2025, 3, 12), True)


def test_a_later_dated_sentence_is_used_when_the_lead_has_no_date() -> None:
    found = _event(
        "Hai bên nhất trí thúc đẩy hợp tác.",
        "Ngày 12/5, đoàn đã thăm khu công nghiệp.",
        floor=2023,
    )
    assert found == (date(2023, 5, 12), True)


@pytest.mark.parametrize(
    ("sentences", "figures", "floor"),
    [
        (["Hội nghị lần thứ 5 tổ chức vào tháng 11/2015."], [], 2015),
        (["Hai bên triển khai kế hoạch giai đoạn 2017-2019."], [], 2017),
        (["Hai bên phấn đấu đến năm 2030 đạt mục tiêu mới."], [], None),
        (["Mục tiêu đến năm 2030, hai bên tăng gấp đôi thương mại."], [], None),
        (["Diễn đàn sẽ được tổ chức vào tháng 3/2027."], [], None),
        (["Quan hệ ngoại giao thiết lập năm 1950 đến nay vẫn tốt đẹp."], [2024], 2024),
        (["Năm 2016 kim ngạch tăng.", "Kế hoạch giai đoạn 2017–2019."], [2017], 2017),
    ],
)
def test_the_smallest_year_the_text_allows(
    sentences: list[str], figures: list[int], floor: int | None
) -> None:
    assert year_floor(sentences, figures) == floor


@pytest.mark.parametrize(
    ("sentence", "opens"),
    [
        ("Sáng cùng ngày, đoàn thăm Khu thương mại tự do.", True),
        ("Trước đó, sáng cùng ngày, Bộ trưởng đã hội kiến Bí thư Tỉnh ủy.", True),
        ("Cũng trong ngày, hai bên dự Diễn đàn doanh nghiệp.", True),
        ("Cùng ngày, Đoàn đã làm việc với Bộ Công Thương.", True),
        ("Trước đó, Đoàn đã làm việc với Bộ Công Thương.", False),
        ("Cùng ngày càng nhiều doanh nghiệp hai bên hợp tác.", False),
        ("Trong ngày hội văn hóa, hai bên giao lưu.", False),
    ],
)
def test_the_same_day_told_again_opens_a_sentence_with_its_day(sentence: str, opens: bool) -> None:
    assert day_opens(sentence) is opens


@pytest.mark.parametrize(
    "later",
    [
        "Cùng ngày 12/5, tại Nam Ninh, ông Trần Văn Nam đã làm việc với Phó Tỉnh trưởng.",
        "Cũng trong ngày 12/5, hai bên dự Diễn đàn doanh nghiệp.",
        "Trong ngày 12/5, đoàn đã thăm cửa khẩu Hữu Nghị.",
    ],
)
def test_the_same_day_words_before_a_written_day_open_a_sentence_with_that_day(later: str) -> None:
    assert day_opens(later)
    lead = "Quảng Đông công bố GDP quý I tăng 4,8%. Hai bên nhất trí thúc đẩy hợp tác."
    assert _event(lead, later, floor=2026) == (date(2026, 5, 12), True)


def test_a_document_signed_earlier_the_same_day_takes_the_day_last_given() -> None:
    sentences = [
        "Chiều 15/1, tại Hà Nội, Chủ tịch Quốc hội đã tiếp Bí thư Tỉnh ủy Vân Nam.",
        "Trước đó, sáng cùng ngày, Bộ trưởng Bộ Công Thương và Phó Tỉnh trưởng tỉnh Vân Nam đã "
        "ký Bản ghi nhớ về hợp tác phát triển thương mại biên giới.",
    ]
    (signed,) = find_agreements(sentences, date(2026, 1, 15))
    assert signed.date == date(2026, 1, 15)


DIGEST = (
    "Điểm tin kinh tế sáng 18/8: Xuất khẩu rau quả sang Trung Quốc tăng mạnh\n\n"
    "18/08/2024 06:15\n\n"
    "Xuất khẩu rau quả sang Trung Quốc 7 tháng tăng mạnh; Quảng Ngãi khởi công nhà máy điện; "
    "giá vàng quay đầu giảm... là những tin kinh tế đáng chú ý sáng nay.\n\n"
    "Xuất khẩu rau quả sang Trung Quốc tăng mạnh\n\n"
    "Theo Cục Trồng trọt, xuất khẩu rau quả sang thị trường Trung Quốc trong 7 tháng tăng mạnh "
    "nhờ sầu riêng và thanh long.\n\n"
    "Quảng Ngãi khởi công nhà máy điện\n\n"
    "Ngày 17/8, UBND tỉnh Quảng Ngãi tổ chức lễ khởi công nhà máy điện khí tại Khu kinh tế "
    "Dung Quất.\n\n"
    "Giá vàng quay đầu giảm\n\n"
    "Đầu giờ sáng nay, giá vàng miếng trong nước giảm 300.000 đồng/lượng.\n"
)


def test_a_digest_of_news_without_a_meeting_has_no_event_day() -> None:
    article = parse_article(DIGEST)
    assert article.meetings == ()
    assert article.event_date is None
    assert not article.event_year_inferred


WEEKLY_DIGEST = (
    "Điểm tin hợp tác địa phương Việt Nam - Trung Quốc tuần từ 2 đến 8/3/2026\n\n"
    "09/03/2026 07:00\n\n"
    "Phó Thủ tướng tiếp Bí thư Tỉnh ủy Hồ Nam; Cao Bằng hội đàm với Bách Sắc; Đại sứ làm việc "
    "tại Quý Châu là những tin nổi bật tuần qua.\n\n"
    "Phó Thủ tướng tiếp Bí thư Tỉnh ủy Hồ Nam\n\n"
    "Ngày 3/3, tại trụ sở Chính phủ, Phó Thủ tướng Lê Văn Thành đã tiếp ông Thẩm Hiểu Minh, "
    "Bí thư Tỉnh ủy Hồ Nam (Trung Quốc).\n\n"
    "Cao Bằng hội đàm với Bách Sắc\n\n"
    "Ngày 5/3, đồng chí Nông Văn Hải, Chủ tịch UBND tỉnh Cao Bằng đã hội đàm với ông Trần Quốc "
    "Bình, Thị trưởng thành phố Bách Sắc (Quảng Tây).\n\n"
    "Đại sứ làm việc tại Quý Châu\n\n"
    "Ngày 6/3, tại thành phố Quý Dương, Đại sứ Việt Nam tại Trung Quốc Phạm Thanh Bình đã làm "
    "việc với ông Lý Bỉnh Quân, Tỉnh trưởng tỉnh Quý Châu.\n"
)


def test_a_digest_of_several_meetings_on_several_days_has_no_event_day() -> None:
    article = parse_article(WEEKLY_DIGEST)
    assert [m.date for m in article.meetings] == [
        date(2026, 3, 3),
        date(2026, 3, 5),
        date(2026, 3, 6),
    ]
    assert article.event_date is None


MIXED_DIGEST = (
    "Điểm tin kinh tế Lạng Sơn tuần từ 7 đến 13/9/2026\n\n"
    "14/09/2026 07:30\n\n"
    "Đồng Đăng làm việc với Bằng Tường về cửa khẩu thông minh; Cao Bằng trao đổi kinh nghiệm "
    "với Lạng Sơn; giá sầu riêng tăng… là những tin nổi bật trong tuần.\n\n"
    "1. Đồng Đăng làm việc với thành phố Bằng Tường\n\n"
    "Sáng 9/9, tại thị trấn Đồng Đăng, đồng chí Hoàng Văn Nam, Bí thư Đảng ủy thị trấn Đồng "
    "Đăng, đã làm việc với đoàn công tác thành phố Bằng Tường, Khu tự trị dân tộc Choang Quảng "
    "Tây do ông Lưu Kiến Quốc, Phó Thị trưởng Chính phủ nhân dân thành phố Bằng Tường, dẫn "
    "đầu.\n\n"
    "2. Cao Bằng trao đổi kinh nghiệm với Lạng Sơn\n\n"
    "Ngày 11/9, đoàn công tác tỉnh Cao Bằng do Phó Chủ tịch UBND tỉnh Nguyễn Văn Thành dẫn đầu "
    "đã làm việc với Sở Công Thương Lạng Sơn về quản lý cửa khẩu.\n"
)


def test_a_digest_s_event_is_the_one_day_of_its_meetings_with_the_chinese_side() -> None:
    article = parse_article(MIXED_DIGEST)
    assert [m.date for m in article.meetings] == [date(2026, 9, 9), date(2026, 9, 11)]
    assert article.event_date == date(2026, 9, 9)


@pytest.mark.parametrize(
    ("later", "day"),
    [
        (
            "Thông tin được nêu tại Hội nghị xúc tiến thương mại Vân Nam - Việt Nam diễn ra ngày "
            "12/11 tại Hà Nội, do Bộ Công Thương tổ chức.",
            (date(2025, 11, 12), True),
        ),
        (
            "Nội dung trên được chia sẻ tại Diễn đàn hợp tác Quảng Tây - Việt Nam được tổ chức vào "
            "sáng 14/11 ở Nam Ninh.",
            (date(2025, 11, 14), True),
        ),
        (
            "Đó là thông tin tại Hội chợ thương mại quốc tế khai mạc chiều 15/11.",
            (date(2025, 11, 15), True),
        ),
        # a day the clause says is to come is no event's
        ("Hội nghị xúc tiến đầu tư sẽ diễn ra ngày 30/11 tại Hà Nội.", None),
    ],
)
def test_a_day_after_the_event_s_name_in_a_clause_holding_it_dates_the_event(
    later: str, day: tuple[date, bool] | None
) -> None:
    published = datetime(2025, 11, 21, tzinfo=VIETNAM)
    lead = "Năm 2025, Việt Nam đón 3,9 triệu lượt khách Trung Quốc, tăng 42% so với cùng kỳ."
    assert _event(lead, later, published=published) == day


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the eve of an event to come dates nothing
        (
            "Trước thềm Hội chợ Nhập khẩu quốc tế Trung Quốc (CIIE) lần thứ 9 diễn ra tại Thượng "
            "Hải từ ngày 5 đến 10/11, phóng viên đã phỏng vấn Tổng Lãnh sự Việt Nam.",
            None,
        ),
        # a day foretold after the page's is in the page's year, not the year before
        (
            "Hội chợ Trung Quốc - ASEAN lần thứ 22 sẽ diễn ra tại Nam Ninh từ ngày 17 đến 21/11.",
            (date(2026, 11, 17), True),
        ),
        (
            "Hội chợ Trung Quốc - ASEAN lần thứ 22 dự kiến khai mạc sáng 17/11 tại Nam Ninh.",
            (date(2026, 11, 17), True),
        ),
        # and one foretold before the page's month, in the year after
        (
            "Hội chợ thương mại Việt - Trung sẽ diễn ra từ ngày 8 đến 12/1 tại Lào Cai.",
            (date(2027, 1, 8), True),
        ),
    ],
)
def test_a_day_announced_ahead_is_never_before_the_page(
    lead: str, expected: tuple[date, bool] | None
) -> None:
    published = datetime(2026, 10, 5, 5, 30, tzinfo=VIETNAM)
    answer = "Ông Lê Văn Bình cho biết doanh nghiệp Việt Nam rất quan tâm tới thị trường này."
    assert _event(lead, answer, published=published) == expected
