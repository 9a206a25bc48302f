"""The meetings an article reports, with their day, place and parties."""

from __future__ import annotations

from datetime import date

import pytest

from extract.meetings import find_meetings
from extract.officials import find_mentions
from extract.parser import parse_article
from extract.text import split_sentences
from extract.types import Meeting

DAY = date(2024, 5, 19)


def _meetings(title: str | None, *paragraphs: str) -> list[Meeting]:
    sentences = ([title] if title else []) + [s for p in paragraphs for s in split_sentences(p)]
    return find_meetings(title, list(paragraphs), find_mentions(sentences), DAY)


@pytest.mark.parametrize(
    ("lead", "kind", "label"),
    [
        ("Ngày 19/5, hai Bộ trưởng đã hội đàm trực tuyến.", "online talks", "hội đàm trực tuyến"),
        ("Chiều 19/5, hai bên hội đàm tại Hà Nội.", "talks", "hội đàm"),
        ("Chủ tịch nước hội kiến Bí thư Tỉnh ủy Vân Nam.", "audience", "hội kiến"),
        ("Phó Thủ tướng đã tiếp Đại sứ Trung Quốc.", "reception", "tiếp"),
        ("Phó Tỉnh trưởng tiếp đoàn doanh nghiệp Việt Nam.", "reception", "tiếp"),
        ("Hai Bộ trưởng điện đàm về hợp tác biên giới.", "phone call", "điện đàm"),
        (
            "Hai bên đồng chủ trì Hội nghị định kỳ lần thứ 7 kiểm điểm hợp tác.",
            "conference",
            "Hội nghị định kỳ lần thứ 7",
        ),
        (
            "Hai đoàn đã dự Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Hà Giang khóa XX.",
            "conference",
            "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Hà Giang khóa XX",
        ),
        ("Đoàn có buổi làm việc với lãnh đạo tỉnh Hải Nam.", "working session", "buổi làm việc"),
        ("Bộ trưởng gặp gỡ lãnh đạo tỉnh Quảng Tây.", "meeting", "gặp gỡ"),
        (
            "Chủ tịch tỉnh tiếp và làm việc với đoàn công tác tỉnh Vân Nam.",
            "reception",
            "tiếp và làm việc",
        ),
        # a conference's name keeps its year, and both parties joined by a dash
        (
            "Sở Công Thương tổ chức Hội nghị xúc tiến đầu tư khu kinh tế tỉnh Lào Cai năm 2025.",
            "conference",
            "Hội nghị xúc tiến đầu tư khu kinh tế tỉnh Lào Cai năm 2025",
        ),
        (
            "Hai bên đồng chủ trì Hội nghị kết nối giao thương Lạng Sơn – Quảng Tây năm 2024.",
            "conference",
            "Hội nghị kết nối giao thương Lạng Sơn – Quảng Tây năm 2024",
        ),
        # a party written as an acronym, and the event's own short name in brackets
        (
            "Phó Thủ tướng Lê Văn An dự Hội chợ Trung Quốc - ASEAN (CAEXPO) lần thứ 22 ở Nam Ninh.",
            "fair",
            "Hội chợ Trung Quốc - ASEAN (CAEXPO) lần thứ 22",
        ),
        # 'và' between two parts of one name
        (
            "Ông Lê Văn An dự Hội nghị thượng đỉnh Thương mại và Đầu tư Trung Quốc - ASEAN.",
            "conference",
            "Hội nghị thượng đỉnh Thương mại và Đầu tư Trung Quốc - ASEAN",
        ),
        # where it was held is no part of its name
        (
            "Hơn 300 doanh nghiệp dự hội nghị xúc tiến đầu tư ở TP.HCM.",
            "conference",
            "hội nghị xúc tiến đầu tư",
        ),
    ],
)
def test_meeting_kinds_and_labels(lead: str, kind: str, label: str) -> None:
    (meeting,) = _meetings(None, lead)
    assert (meeting.kind, meeting.label, meeting.date) == (kind, label, DAY)


_ATTENDED = "Dự sự kiện có ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh."


@pytest.mark.parametrize(
    ("title", "lead", "kind", "label"),
    [
        # a meeting's word inside an event's name: the head noun gives the kind
        (
            None,
            "Sáng 19/5, UBND tỉnh tổ chức Diễn đàn gặp gỡ doanh nghiệp Việt - Trung.",
            "forum",
            "Diễn đàn gặp gỡ doanh nghiệp Việt - Trung",
        ),
        (
            None,
            "Sáng 19/5, Sở Công Thương tổ chức Tọa đàm gặp mặt doanh nghiệp Quảng Tây.",
            "seminar",
            "Tọa đàm gặp mặt doanh nghiệp Quảng Tây",
        ),
        # the headline names it by the words after the head noun; the lead, opening on the
        # day it is published (past a bulletin's tag), names it in full
        (
            "Lào Cai – Hồng Hà gặp gỡ cuối năm",
            "Sáng nay, UBND tỉnh Lào Cai và Chính quyền châu Hồng Hà tổ chức Hội nghị gặp gỡ "
            "cuối năm 2026.",
            "conference",
            "Hội nghị gặp gỡ cuối năm 2026",
        ),
        (
            "Lào Cai – Hồng Hà gặp gỡ cuối năm",
            "LCO - Sáng nay, UBND tỉnh Lào Cai và Chính quyền châu Hồng Hà tổ chức Hội nghị gặp "
            "gỡ cuối năm 2026.",
            "conference",
            "Hội nghị gặp gỡ cuối năm 2026",
        ),
    ],
)
def test_named_event_s_head_noun_decides_its_kind(
    title: str | None, lead: str, kind: str, label: str
) -> None:
    (meeting,) = _meetings(title, lead, _ATTENDED)
    assert (meeting.kind, meeting.label) == (kind, label)


@pytest.mark.parametrize(
    ("lead", "label"),
    [
        (
            "Sáng 19/5, Diễn đàn hợp tác kinh tế TP.HCM - Quảng Đông diễn ra tại Quảng Châu.",
            "Diễn đàn hợp tác kinh tế TP.HCM - Quảng Đông",
        ),
        # the year closes the name, the words after it say what the forum did
        (
            "Sáng 19/5, Diễn đàn hợp tác thương mại TP.HCM - Hồ Nam 2024 thu hút 200 doanh nghiệp.",
            "Diễn đàn hợp tác thương mại TP.HCM - Hồ Nam 2024",
        ),
    ],
)
def test_an_abbreviation_with_a_full_stop_is_one_word_of_an_event_s_name(
    lead: str, label: str
) -> None:
    speech = "Phát biểu tại diễn đàn, ông Nguyễn Văn Dũng, Phó Chủ tịch UBND TP.HCM, cho biết."
    (meeting,) = _meetings(None, lead, speech)
    assert (meeting.kind, meeting.label) == ("forum", label)


def test_va_before_another_event_ends_an_event_s_name() -> None:
    lead = "Ông Lê Văn An dự Hội nghị Xúc tiến Thương mại và Hội chợ Nông sản ở Nam Ninh."
    assert [(m.kind, m.label) for m in _meetings(None, lead)] == [
        ("conference", "Hội nghị Xúc tiến Thương mại"),
        ("fair", "Hội chợ Nông sản"),
    ]


@pytest.mark.parametrize(
    ("lead", "kind", "label"),
    [
        (
            "Đại sứ Lê Văn An chào xã giao Bí thư Thành ủy Thiên Tân Trần Minh.",
            "courtesy call",
            "chào xã giao",
        ),
        (
            "Thứ trưởng Bộ Công Thương Lê Văn An dự Diễn đàn hợp tác kinh tế Hà Nội - Thượng Hải.",
            "forum",
            "Diễn đàn hợp tác kinh tế Hà Nội - Thượng Hải",
        ),
        (
            "Đại sứ Lê Văn An dự lễ khai mạc Hội chợ Trung Quốc - Đông Bắc Á lần thứ 14.",
            "fair",
            "lễ khai mạc Hội chợ Trung Quốc - Đông Bắc Á lần thứ 14",
        ),
        (
            "Thứ trưởng Lê Văn An chủ trì hội thảo kết nối giao thương.",
            "seminar",
            "hội thảo kết nối giao thương",
        ),
        # a trade week is a fair
        (
            "Thứ trưởng Lê Văn An dự khai mạc Tuần lễ hàng hóa tỉnh Vân Nam tại Hà Nội.",
            "fair",
            "Tuần lễ hàng hóa tỉnh Vân Nam",
        ),
        (
            "Thứ trưởng Lê Văn An dự khai mạc Tuần lễ xúc tiến thương mại tỉnh Giang Tây.",
            "fair",
            "Tuần lễ xúc tiến thương mại tỉnh Giang Tây",
        ),
    ],
)
def test_forums_fairs_seminars_and_courtesy_calls_attended_by_officials(
    lead: str, kind: str, label: str
) -> None:
    (meeting,) = _meetings(None, lead)
    assert (meeting.kind, meeting.label, meeting.participants[0]) == (kind, label, "Lê Văn An")


def test_a_forum_or_fair_is_the_occasion_of_the_meeting_told_with_it() -> None:
    meetings = _meetings(
        None,
        "Nhân dịp dự Hội chợ Trung Quốc - ASEAN, tại Trung tâm Hội chợ Triển lãm quốc tế Nam "
        "Ninh, Phó Thủ tướng Lê Văn An đã hội kiến Bí thư Khu ủy Quảng Tây Trần Minh.",
    )
    assert [(m.kind, m.place) for m in meetings] == [("audience", "Nam Ninh")]


@pytest.mark.parametrize(
    ("venue", "exhibition", "meetings"),
    [
        # an exhibition by its name is a fair
        ("Trung tâm Hội nghị tỉnh", "Triển lãm hàng hóa Lâm Nghi", [("fair", "Lê Văn An")]),
        # in lower case, an activity
        ("Trung tâm Hội nghị tỉnh", "các hoạt động triển lãm ảnh", []),
        # the venue's name, after the fair's word, is no second fair
        (
            "Trung tâm Hội chợ Triển lãm quốc tế Nam Ninh",
            "Hội chợ hàng hóa Lâm Nghi",
            [("fair", "Lê Văn An")],
        ),
        ("Trung tâm Hội nghị - Triển lãm quốc tế Nam Ninh", "các hoạt động giao thương", []),
    ],
)
def test_an_exhibition_by_its_name_is_a_fair(
    venue: str, exhibition: str, meetings: list[tuple[str, str]]
) -> None:
    found = _meetings(
        None,
        f"Sáng 19/5, tại {venue}, Sở Công Thương phối hợp với thành phố Lâm Nghi khai mạc "
        f"{exhibition}. Dự lễ khai mạc có ông Lê Văn An, Phó Chủ tịch UBND tỉnh.",
    )
    assert [(m.kind, m.participants[0]) for m in found] == meetings


def test_those_at_the_reception_of_a_courtesy_call_take_part() -> None:
    """The host receives the call ('… tiếp … nhân dịp ông đến chào xã giao'): 'buổi tiếp'
    recalls it."""
    (meeting,) = _meetings(
        "Tổng Lãnh sự Việt Nam tại Nam Ninh chào xã giao Bí thư Khu ủy Quảng Tây",
        "Ngày 19/5, tại Nam Ninh, Bí thư Khu ủy Quảng Tây Trần Minh đã tiếp Tổng Lãnh sự Việt "
        "Nam tại Nam Ninh Lê Văn An nhân dịp ông đến chào xã giao khi bắt đầu nhiệm kỳ.",
        "Bí thư Trần Minh chúc mừng Tổng Lãnh sự nhận nhiệm vụ mới.",
        "Tổng Lãnh sự Lê Văn An cảm ơn sự quan tâm của lãnh đạo Khu tự trị.",
        "Tham dự buổi tiếp có ông Lục Hòa, Trưởng ban Đối ngoại Khu ủy Quảng Tây.",
    )
    assert (meeting.kind, set(meeting.participants)) == (
        "courtesy call",
        {"Lê Văn An", "Trần Minh", "Lục Hòa"},
    )


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        (None, ["Ngày 19/5, Hội chợ Nhập khẩu quốc tế khai mạc tại Thượng Hải."]),
        # opened under its short name, given in brackets in the summary
        (
            "Hàng Việt hút khách tại Hội chợ Nhập khẩu quốc tế Trung Quốc",
            [
                "Gần 40 doanh nghiệp Việt Nam giới thiệu nông sản tại Hội chợ Nhập khẩu quốc tế"
                " Trung Quốc (CIIE) lần thứ 7 diễn ra từ ngày 19 đến 24/5 ở Thượng Hải.",
                "Sáng 19/5, CIIE lần thứ 7 đã chính thức khai mạc tại Thượng Hải với sự tham gia"
                " của 3.000 doanh nghiệp.",
            ],
        ),
    ],
)
def test_a_fair_reported_opening_is_one_though_no_official_attends(
    title: str | None, paragraphs: list[str]
) -> None:
    (meeting,) = _meetings(title, *paragraphs)
    assert (meeting.kind, meeting.date, meeting.participants) == ("fair", DAY, ())


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Hơn 40 doanh nghiệp Việt Nam tham gia Hội chợ Nhập khẩu quốc tế tại Thượng Hải.",
            "Hội chợ sẽ khai mạc ngày 25/5.",
        ],
        [
            "Gần 40 doanh nghiệp Việt Nam giới thiệu nông sản tại Hội chợ Nhập khẩu quốc tế Trung"
            " Quốc (CIIE) lần thứ 7 ở Thượng Hải.",
            "Theo ban tổ chức, doanh thu đạt 80 triệu USD.",
        ],
    ],
)
def test_a_fair_neither_attended_nor_reported_opening_is_no_meeting(paragraphs: list[str]) -> None:
    assert _meetings(None, *paragraphs) == []


def test_common_verbs_alone_are_not_meetings() -> None:
    assert _meetings(None, "Hai bên tiếp tục gặp nhiều khó khăn trong thông quan.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng 9/4, tại cảng Cái Mép, tỉnh tổ chức lễ đón chuyến tàu đầu tiên của tuyến vận tải"
        " biển trực tiếp Cái Mép - Phòng Thành.",
        "Ngày 9/4, hai bên khai trương đường bay trực tiếp Đà Nẵng - Thành Đô.",
        "Ngày 9/4, doanh nghiệp tỉnh xuất khẩu gián tiếp Trung Quốc qua cảng Hồng Kông.",
        "Năm 2025, Việt Nam là đối tác thương mại lớn nhất năm thứ 20 liên tiếp Vân Nam công bố.",
    ],
)
def test_a_meeting_verb_inside_a_longer_word_is_no_meeting(sentence: str) -> None:
    assert _meetings(None, sentence) == []


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 19/5, bà Phạm Thị Liên tiếp Đại sứ Trung Quốc Hùng Ba.",
        "Ngày 19/5, Chủ tịch UBND tỉnh Lê Văn Trực tiếp Thị trưởng thành phố Nam Ninh Hùng Ba.",
    ],
)
def test_a_name_or_a_title_beside_the_verb_makes_no_longer_word(lead: str) -> None:
    assert [m.kind for m in _meetings(None, lead)] == ["reception"]


@pytest.mark.parametrize(
    "held",
    ["tổ chức bên lề hội chợ chiều cùng ngày", "tổ chức chiều 19/5 tại Nam Ninh"],
)
def test_a_named_event_held_that_day_where_an_official_speaks_is_a_meeting(held: str) -> None:
    meetings = _meetings(
        "Khai mạc Hội chợ Trung Quốc – ASEAN lần thứ 22",
        "Sáng 19/5, Hội chợ Trung Quốc – ASEAN lần thứ 22 đã khai mạc tại Nam Ninh. Phó Thủ "
        "tướng Hồ Đức Phớc dự và phát biểu khai mạc.",
        "Hội chợ năm nay có 3.200 doanh nghiệp tham gia.",
        f"Phát biểu tại Diễn đàn xúc tiến thương mại Việt Nam – Trung Quốc {held}, Thứ trưởng Bộ "
        "Công Thương Phan Thị Thắng cho biết thương mại hai bên tăng mạnh.",
    )
    assert [(m.kind, m.label, m.participants) for m in meetings][1:] == [
        ("forum", "Diễn đàn xúc tiến thương mại Việt Nam – Trung Quốc", ("Phan Thị Thắng",))
    ]


def test_an_official_quoted_at_a_forum_before_the_audience_he_holds_after_it_took_part() -> None:
    forum, audience = _meetings(
        None,
        "Ngày 19/5, tại Hải Khẩu, Bộ Công Thương phối hợp với Chính quyền tỉnh Hải Nam tổ chức "
        "Diễn đàn hợp tác thương mại Việt Nam - Hải Nam năm 2024.",
        "Phát biểu khai mạc Diễn đàn, ông Cố Cương, Phó Tỉnh trưởng tỉnh Hải Nam, cho biết "
        "thương mại hai bên tăng nhanh.",
        "Thứ trưởng Bộ Công Thương Nguyễn Hoàng Long đánh giá Hải Nam là cửa ngõ quan trọng.",
        "Bên lề Diễn đàn, chiều cùng ngày, Thứ trưởng Nguyễn Hoàng Long đã hội kiến đồng chí Phùng "
        "Phi, Bí thư Tỉnh ủy Hải Nam. Thứ trưởng Nguyễn Hoàng Long đề nghị hai bên mở thêm tuyến "
        "vận tải biển.",
    )
    assert (forum.kind, set(forum.participants)) == ("forum", {"Cố Cương", "Nguyễn Hoàng Long"})
    assert audience.participants == ("Nguyễn Hoàng Long", "Phùng Phi")


def test_the_occasion_of_a_meeting_is_not_the_meeting() -> None:
    (meeting,) = _meetings(
        None, "Bên lề Hội nghị Cấp cao ASEAN, Thủ tướng đã hội kiến Thủ tướng Trung Quốc."
    )
    assert meeting.kind == "audience"


def test_an_earlier_meeting_is_not_the_reported_one() -> None:
    (meeting,) = _meetings(
        None,
        "Từ sau Hội nghị lần thứ 5, hai bên đạt nhiều kết quả. Chiều 19/5, hai bên hội đàm.",
    )
    assert meeting.kind == "talks"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Ngày 19/5, tại Hà Nội, hai bên hội đàm.", "Hà Nội"),
        ("Ngày 19/5, tại thành phố Nam Ninh, hai bên hội đàm.", "Nam Ninh"),
        ("Ngày 19/5, tại trụ sở Bộ Ngoại giao, hai bên hội đàm.", "Hà Nội"),
        ("Ngày 19/5, tại Đại lễ đường Nhân dân, hai bên hội đàm.", "Bắc Kinh"),
        ("Ngày 19/5, hai bên hội đàm trực tuyến.", None),
        ("Ngày 19/5, tại phường Móng Cái 2, tỉnh Quảng Ninh, hai bên hội đàm.", "Móng Cái"),
        ("Ngày 19/5, tại trụ sở UBND tỉnh Lào Cai, hai bên hội đàm.", "Lào Cai"),
        (
            "Ngày 19/5, tại Nhà kiểm soát liên hợp cửa khẩu quốc tế Tân Thanh, hai bên hội đàm.",
            "cửa khẩu quốc tế Tân Thanh",
        ),
        ("Chiều 30/12, tại Khu kinh tế cửa khẩu Móng Cái, hai bên hội đàm.", "cửa khẩu Móng Cái"),
        ("Chiều 19/5, ở thành phố Côn Minh, hai bên hội đàm.", "Côn Minh"),
        (
            "Sáng 19/5, tại Nhà hội đàm Cửa khẩu quốc tế Thanh Thủy, hai bên hội đàm.",
            "Cửa khẩu quốc tế Thanh Thủy",
        ),
        ("Chiều 19/5, đoàn hội đàm với lãnh đạo huyện tại trụ sở Huyện ủy Hà Khẩu.", "Hà Khẩu"),
        # 'ở' inside the sentence is no place of the meeting
        ("Chiều 19/5, hai bên hội đàm về hợp tác ở cấp tỉnh.", None),
        # the city of the meeting, not the province of the trip it was on
        (
            "Trong chuyến công tác tại Quảng Tây, chiều 19/5, tại thành phố Nam Ninh, hai bên "
            "hội đàm.",
            "Nam Ninh",
        ),
        ("Trong chuyến công tác tại Quảng Tây, chiều 19/5, hai bên hội đàm.", "Quảng Tây"),
        (
            "Trong chương trình công tác tại tỉnh Vân Nam (Trung Quốc), sáng 19/5, tại thành phố "
            "Côn Minh, hai bên hội đàm.",
            "Côn Minh",
        ),
        # a foreign city the lists do not know, its country in brackets
        ("Chiều 19/5, tại Kuala Lumpur (Malaysia), hai bên hội đàm.", "Kuala Lumpur"),
        # a town the lists do not know, the chain of divisions it is in bracketed after it
        (
            "Ngày 19/5, tại Tân Bình (Mạnh Lạp, Tây Song Bản Nạp, Vân Nam, Trung Quốc), hai bên "
            "hội đàm.",
            "Tân Bình",
        ),
        # a railway station or a port, in the town it is named after
        ("Sáng 19/5, tại ga Lào Cai, hai bên hội đàm về vận tải đường sắt.", "Lào Cai"),
        ("Sáng 19/5, tại cảng Hải Phòng, hai bên hội đàm.", "Hải Phòng"),
        # a venue whose name ends with its town, or with its town in brackets
        ("Tối 19/5, tại Nhà hát Lớn Hà Nội, hai bên hội đàm.", "Hà Nội"),
        ("Tối 19/5, tại Cung Văn hóa Hữu nghị Việt Xô (Hà Nội), hai bên hội đàm.", "Hà Nội"),
        # a station the talks are about, not where they were held
        ("Ngày 19/5, hai bên hội đàm về kết nối ray tại ga Lào Cai.", None),
        # a venue, then the place it is in; a city the lists do not know, after its kind
        ("Ngày 19/5, tại Trung tâm Hội nghị tỉnh Lai Châu, hai bên hội đàm.", "Lai Châu"),
        ("Sáng 19/5, tại điểm cầu tỉnh Lai Châu, hai bên hội đàm trực tuyến.", "Lai Châu"),
        ("Ngày 19/5, tại thành phố Đông Hưng (Quảng Tây), hai bên hội đàm.", "Đông Hưng"),
        ("Ngày 19/5, tại thành phố Văn Sơn, tỉnh Vân Nam, hai bên hội đàm.", "Văn Sơn"),
        ("Ngày 19/5, tại phường Thục Phán, hai bên hội đàm về thương mại.", "Thục Phán"),
        # 'TP.' written against the city's name
        ("Ngày 19.5, tại TP.Côn Minh, hai bên hội đàm về thương mại.", "Côn Minh"),
        # 'ở' after the verb holding it, a time between
        (
            "Hội nghị kết nối giao thương Việt Nam – Vân Nam năm 2024 diễn ra sáng 19/5 ở Hà Nội.",
            "Hà Nội",
        ),
        ("Hội nghị xúc tiến đầu tư được tổ chức ở TP.HCM với 300 doanh nghiệp.", "TP.HCM"),
        ("Hội nghị có sự tham gia của 200 doanh nghiệp ở Quảng Tây.", None),
        # 'tại' in another sense names no place
        ("Ngày 19/5, hai bên hội đàm về hợp tác tại các cửa khẩu của tỉnh Lạng Sơn.", None),
        # only a wire's dateline says where: the story was filed there
        (
            "Quảng Châu (TTXVN) - Ngày 19/5, Tổng Lãnh sự Đặng Xuân Dũng đã có buổi làm việc với "
            "ông Trương Khải, Phó Giám đốc Sở Thương mại tỉnh Quảng Đông.",
            "Quảng Châu",
        ),
        ("Nam Ninh (TTXVN) 19/5 - Chiều nay, hai bên hội đàm về thương mại.", "Nam Ninh"),
        ("Ngọc Quang (TTXVN) - Ngày 19/5, hai bên hội đàm về thương mại.", None),
    ],
)
def test_where_it_took_place(lead: str, place: str | None) -> None:
    (meeting,) = _meetings(None, lead)
    assert meeting.place == place


def test_participants_are_the_officials_named_with_the_meeting() -> None:
    (meeting,) = _meetings(
        "Bộ trưởng Bộ Công Thương Nguyễn Văn Phúc hội đàm với Tỉnh trưởng tỉnh Vân Nam Vương Dư Ba",
        "Hai bên nhất trí thúc đẩy thương mại. Thứ trưởng Trần Văn Lâm cũng tham dự.",
    )
    assert meeting.participants == ("Nguyễn Văn Phúc", "Vương Dư Ba")


def test_a_meeting_named_in_the_headline_takes_its_participants_from_the_lead() -> None:
    (meeting,) = _meetings(
        "Lào Cai và Vân Nam ký biên bản hội đàm",
        "Sáng 5/4, tại Mông Tự, đoàn do đồng chí Hoàng Văn Nam, Bí thư Tỉnh ủy Lào Cai dẫn "
        "đầu hội đàm với đoàn do Tỉnh trưởng tỉnh Vân Nam Vương Dư Ba dẫn đầu.",
    )
    assert (meeting.kind, meeting.place) == ("talks", "Mông Tự")
    assert meeting.participants == ("Hoàng Văn Nam", "Vương Dư Ba")


SUMMARY = "Hai địa phương thống nhất mở rộng hợp tác nông nghiệp và du lịch trong năm tới."


def test_a_summary_before_the_lead_does_not_hide_the_meeting() -> None:
    (meeting,) = _meetings(
        "Quảng Ninh và Quảng Tây bàn hợp tác nông nghiệp",
        SUMMARY,
        "Chiều 19/5, Chủ tịch UBND tỉnh Quảng Ninh Lê Văn Hải tiếp ông Lục Minh, Phó Chủ tịch "
        "Khu tự trị Quảng Tây.",
    )
    assert (meeting.kind, meeting.participants) == ("reception", ("Lê Văn Hải", "Lục Minh"))


def test_the_parties_are_those_the_lead_names_when_the_headline_names_one() -> None:
    (meeting,) = _meetings(
        "Thủ tướng Trần Văn Hòa hội kiến Bí thư Tỉnh ủy Vân Nam",
        "Ngày 19/5, tại Côn Minh, Thủ tướng Trần Văn Hòa đã hội kiến Bí thư Tỉnh ủy Vân Nam "
        "Vương Ninh. Tham dự hội kiến có Đại sứ Lê Minh An.",
    )
    # and those listed as attending it
    assert (meeting.place, meeting.participants) == (
        "Côn Minh",
        ("Trần Văn Hòa", "Vương Ninh", "Lê Minh An"),
    )


def test_each_meeting_told_as_happening_is_reported() -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, tại thành phố Thâm Quyến, đoàn tỉnh Quảng Ninh do Bí thư Tỉnh ủy Lê Văn "
        "Hải dẫn đầu tổ chức Hội nghị xúc tiến đầu tư.",
        "Tại hội nghị, hai bên trao đổi về logistics. Tham dự hội nghị có ông Lý Hòa, Phó Tỉnh "
        "trưởng tỉnh Quảng Đông.",
        "Trước đó, sáng 18/5, đoàn đã có buổi làm việc với Phó Tỉnh trưởng Lý Hòa tại Quảng Châu.",
        "Bên lề hội nghị, Bí thư Lê Văn Hải đã hội kiến ông Mã Hưng, Bí thư Thành ủy Thâm Quyến.",
    )
    assert [(m.kind, m.date, m.place, m.participants) for m in meetings] == [
        # 'Tham dự hội nghị có …', a paragraph further down
        ("conference", DAY, "Thâm Quyến", ("Lê Văn Hải", "Lý Hòa")),
        # 'đoàn đã có buổi làm việc với …': the delegation Lê Văn Hải leads
        ("working session", date(2024, 5, 18), "Quảng Châu", ("Lý Hòa", "Lê Văn Hải")),
        ("audience", DAY, "Thâm Quyến", ("Lê Văn Hải", "Mã Hưng")),
    ]


@pytest.mark.parametrize(
    "later",
    [
        "Tại hội đàm, Bộ trưởng Lê Văn Hải đề nghị hai bên sớm mở lại chợ biên giới.",
        "Kết thúc hội đàm, Bộ trưởng Lê Văn Hải và ông Lục Minh ký biên bản.",
        "Tham dự hội đàm có Thứ trưởng Bộ Công Thương Trần Văn Lâm.",
        "Hai bên sẽ tổ chức hội nghị lần thứ 8 tại Nam Ninh với Bộ trưởng Lê Văn Hải.",
        "Kể từ hội nghị lần thứ 5, Bộ trưởng Lê Văn Hải đã nhiều lần làm việc với Quảng Tây.",
        "Bộ trưởng Lê Văn Hải mời Chủ tịch Lục Minh sớm gặp gỡ doanh nghiệp Việt Nam.",
        "Cùng ngày, tại buổi làm việc với Sở Công Thương, Bộ trưởng Lê Văn Hải nêu ba việc.",
        "Trước đó, hai bên thống nhất sẽ tổ chức hội nghị với Bộ trưởng Lê Văn Hải ở Nam Ninh.",
        "Trước đó, Bộ trưởng Lê Văn Hải đã điện đàm với Chủ tịch Lục Minh hồi tháng 3.",
        # a day opening the sentence, and the meeting said to be an earlier one before its word
        "Ngày 17/5, hai Bộ trưởng từng làm việc với ông Lục Minh tại Nam Ninh.",
        # a meeting asked for
        "Cùng ngày, Bộ trưởng Lê Văn Hải kiến nghị Bộ Ngoại giao sớm làm việc với Quảng Tây.",
        "Tại Lạng Sơn, ông Lê Văn Hải yêu cầu các sở sớm làm việc với Sở Thương mại Quảng Tây "
        "tại cửa khẩu Hữu Nghị.",
    ],
)
def test_references_plans_and_past_meetings_are_not_other_meetings(later: str) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Bộ trưởng Bộ Công Thương Lê Văn Hải hội đàm với ông Lục Minh, Chủ tịch Khu "
        "tự trị Quảng Tây.",
        later,
    )
    assert [m.kind for m in meetings] == ["talks"]


@pytest.mark.parametrize(
    ("held", "kinds"),
    [
        ("sẽ được tổ chức", ["talks"]),
        ("dự kiến diễn ra", ["talks"]),
        ("sẽ khai mạc", ["talks"]),
        ("đã được tổ chức", ["talks", "forum"]),
    ],
)
def test_a_named_event_told_on_its_day_as_planned_is_not_held(held: str, kinds: list[str]) -> None:
    """'Sáng 20/5, Diễn đàn … sẽ được tổ chức …' in news of the day before tells a plan."""
    meetings = _meetings(
        None,
        "Sáng 19/5, tại Nam Ninh, Bộ trưởng Bộ Công Thương Lê Văn Hải hội đàm với ông Lục Minh, "
        "Chủ tịch Khu tự trị Quảng Tây.",
        f"Sáng 20/5, Diễn đàn xúc tiến thương mại Việt Nam - Quảng Tây {held} tại Nam Ninh với "
        "sự tham dự của Bộ trưởng Lê Văn Hải.",
    )
    assert [m.kind for m in meetings] == kinds


def test_a_headline_s_meeting_takes_the_parties_named_right_after_the_lead() -> None:
    meetings = _meetings(
        "Tuyên Quang - Văn Sơn: Hội đàm về hợp tác cửa khẩu",
        "Ngày 19/5, tại thành phố Văn Sơn, Đoàn đại biểu tỉnh Tuyên Quang do đồng chí Lê Văn "
        "Hải, Bí thư Tỉnh ủy dẫn đầu đã hội đàm với lãnh đạo Châu Văn Sơn.",
        "Phía Văn Sơn có đồng chí Lục Minh, Bí thư Châu ủy Văn Sơn.",
    )
    # one meeting, with the head of the delegation and the hosts
    assert [(m.kind, m.participants) for m in meetings] == [("talks", ("Lê Văn Hải", "Lục Minh"))]


def test_a_summary_s_meeting_told_again_in_full_on_its_day_takes_its_parties() -> None:
    meetings = _meetings(
        None,
        "Tiếp Bí thư Khu ủy Quảng Tây tại Hà Nội là hoạt động nổi bật trong tuần.",
        "Tuần qua có nhiều hoạt động đối ngoại của các bộ, ngành và địa phương.",
        "Chiều 19/5, tại Hà Nội, Phó Thủ tướng Lê Văn Minh đã tiếp ông Trần Cương, Bí thư Khu ủy "
        "Khu tự trị dân tộc Choang Quảng Tây.",
        "Trước đó, tháng 12-2023, Chủ tịch nước Lê Văn Khải đã tiếp ông Trần Cương tại Hà Nội.",
    )
    # one reception, of 19/5, with both of its parties; the one recalled is not it
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("reception", DAY, ("Lê Văn Minh", "Trần Cương"))
    ]


@pytest.mark.parametrize("same_day", ["Cùng ngày", "Cũng trong ngày"])
def test_a_lead_s_meeting_naming_no_counterpart_told_in_full_that_day_is_one_meeting(
    same_day: str,
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Tổng Lãnh sự Việt Nam tại Côn Minh Lê Minh An đã chào xã giao Bí thư Tỉnh ủy"
        " Vân Nam Vương Ninh và làm việc với lãnh đạo Chính phủ nhân dân tỉnh.",
        "Bí thư Vương Ninh nhiệt liệt chào mừng Tổng Lãnh sự.",
        f"{same_day}, Tổng Lãnh sự Lê Minh An có buổi làm việc với Phó Tỉnh trưởng tỉnh Vân Nam"
        " Trương Quốc Hoa cùng đại diện Sở Thương mại tỉnh.",
    )
    # the lead's working session is the one the body tells, with the counterpart it names
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("courtesy call", DAY, ("Lê Minh An", "Vương Ninh")),
        ("working session", DAY, ("Lê Minh An", "Trương Quốc Hoa")),
    ]


def test_online_talks_told_again_as_talks_are_one_meeting() -> None:
    meetings = _meetings(
        None,
        "Sáng 19/5, UBND tỉnh Lai Châu tổ chức hội đàm trực tuyến với Châu Hồng Hà. Đồng chí Lê "
        "Văn Hải, Phó Chủ tịch UBND tỉnh Lai Châu và ông Lục Minh, Châu trưởng Châu Hồng Hà đồng "
        "chủ trì hội đàm.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("online talks", ("Lê Văn Hải", "Lục Minh"))
    ]


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Chiều 19/5, tại trụ sở Chính phủ, Phó Thủ tướng tiếp ông Lục Minh.", "Hà Nội"),
        (
            "Ngày 19/5, Đại sứ Việt Nam tại Trung Quốc Lê Minh An đã có buổi làm việc với ông "
            "Lục Minh tại thủ phủ Hải Khẩu.",
            "Hải Khẩu",
        ),
        ("Chiều 19/5, tại Tam Kỳ, Chủ tịch tỉnh tiếp ông Lục Minh.", "Tam Kỳ"),
        ("Chiều 19/5, trong chuyến thăm tại Trung Quốc, Phó Thủ tướng tiếp ông Lục Minh.", None),
        # a venue in a town it does not name; the seat in a guest's title is not the place
        (
            "Chiều 19/5, tại Trung tâm Hành chính thành phố, Chủ tịch UBND thành phố tiếp ông Lục "
            "Minh, Tổng Lãnh sự nước Cộng hòa Nhân dân Trung Hoa tại Thành phố Hồ Chí Minh.",
            None,
        ),
        # the seat of a mission named with its state's name, in the lead's next sentence
        (
            "Sáng 19/5, tại Khu kinh tế Dung Quất, Phó Chủ tịch UBND tỉnh Lê Văn An chủ trì Hội "
            "nghị xúc tiến đầu tư. Dự hội nghị có ông Lục Minh, Tổng Lãnh sự nước Cộng hòa Nhân "
            "dân Trung Hoa tại Đà Nẵng.",
            None,
        ),
        (
            "Chiều 19/5, Chủ tịch UBND tỉnh Lê Văn An tiếp ông Lục Minh, Đại sứ nước Cộng hòa "
            "Nhân dân Trung Hoa tại Việt Nam và Tổng Lãnh sự CHND Trung Hoa tại Đà Nẵng.",
            None,
        ),
    ],
)
def test_the_place_is_the_meeting_s_not_a_mission_s_seat_nor_a_country(
    lead: str, place: str | None
) -> None:
    (meeting,) = _meetings(None, lead)
    assert meeting.place == place


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "Theo phóng viên TTXVN tại Nam Ninh, ngày 19/5, tại thành phố Bằng Tường, Tổng Lãnh "
            "sự Việt Nam tại Nam Ninh Lê Minh An đã có buổi làm việc với ông Lục Minh.",
            "Bằng Tường",
        ),
        (
            "Theo PV Báo Tin tức tại Côn Minh, chiều 19/5, tại Mông Tự, Tổng Lãnh sự Lê Minh An "
            "đã chào xã giao ông Lục Minh.",
            "Mông Tự",
        ),
        # no other place told: where the story was filed from, as a dateline says
        (
            "Theo phóng viên TTXVN tại Nam Ninh, ngày 19/5, Tổng Lãnh sự Lê Minh An đã có buổi "
            "làm việc với ông Lục Minh.",
            "Nam Ninh",
        ),
    ],
)
def test_a_correspondent_s_seat_is_the_place_only_when_no_other_is_told(
    lead: str, place: str
) -> None:
    (meeting,) = _meetings(None, lead)
    assert meeting.place == place


def _bulletin(opening: str) -> list[Meeting]:
    """A radio bulletin: its headline, the line listing its items, a greeting, then the item."""
    return _meetings(
        "Thời sự 18h ngày 19/5: Phó Thủ tướng tiếp Phó Tỉnh trưởng tỉnh Vân Nam",
        "Chương trình Thời sự 18h ngày 19/5: Phó Thủ tướng Trần Văn Nam tiếp Phó Tỉnh trưởng tỉnh "
        "Vân Nam; giá vàng tăng mạnh; mưa lớn gây ngập tại Thanh Hóa.",
        "Xin kính chào quý vị và các bạn.",
        f"{opening}, tại trụ sở Chính phủ, Phó Thủ tướng Trần Văn Nam đã tiếp Đoàn đại biểu tỉnh "
        "Vân Nam do ông Lý Minh Hoa, Phó Tỉnh trưởng tỉnh Vân Nam dẫn đầu.",
    )


@pytest.mark.parametrize("opening", ["Chiều nay", "Sáng nay", "Hôm nay"])
def test_a_bulletin_telling_its_item_today_adds_who_it_names(opening: str) -> None:
    (meeting,) = _bulletin(opening)
    assert meeting.participants == ("Trần Văn Nam", "Lý Minh Hoa")


def test_a_place_in_another_item_of_a_bulletin_s_list_is_not_the_meeting_s() -> None:
    (meeting,) = _bulletin("Chiều 19/5")
    assert meeting.place == "Hà Nội"


def test_an_official_named_without_a_title_in_a_meeting_s_sentence_is_a_party() -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, Thủ tướng Trần Văn Hòa tiếp ông Lục Minh, Bí thư Khu ủy Quảng Tây.",
        "Chiều cùng ngày, Phó Thủ tướng Lê Thành Đạt hội kiến ông Lục Minh Châu và ông Lục Minh.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("reception", ("Trần Văn Hòa", "Lục Minh")),
        ("audience", ("Lê Thành Đạt", "Lục Minh")),
    ]


def test_a_headline_and_a_lead_telling_one_meeting_in_other_words_are_one_meeting() -> None:
    meetings = _meetings(
        "Thứ trưởng Nguyễn Thị Lan làm việc với lãnh đạo tỉnh Hồ Nam",
        "Chiều 19/5, tại Hà Nội, Thứ trưởng Bộ Công Thương Nguyễn Thị Lan đã tiếp ông Lưu Kiến "
        "Quốc, Phó Tỉnh trưởng tỉnh Hồ Nam.",
    )
    assert [(m.kind, m.label, m.participants) for m in meetings] == [
        ("reception", "tiếp", ("Nguyễn Thị Lan", "Lưu Kiến Quốc"))
    ]


@pytest.mark.parametrize(
    ("title", "kinds"),
    [
        ("Đoàn tỉnh Hà Giang hội đàm, hội kiến lãnh đạo Quảng Tây", ["audience", "talks"]),
        ("Đoàn tỉnh Hà Giang hội kiến, hội đàm với lãnh đạo Quảng Tây", ["audience", "talks"]),
    ],
)
def test_meetings_a_headline_lists_come_in_the_order_the_body_tells_them(
    title: str, kinds: list[str]
) -> None:
    meetings = _meetings(
        title,
        "Chiều 18/5, tại Nam Ninh, Đoàn đại biểu tỉnh Hà Giang do đồng chí Nguyễn Văn An, Bí thư "
        "Tỉnh ủy Hà Giang làm Trưởng đoàn đã hội kiến đồng chí Lưu Ninh, Bí thư Khu ủy Quảng Tây.",
        "Trước đó, sáng cùng ngày, đoàn đã hội đàm với đồng chí Vi Thao, Chủ tịch Khu tự trị Quảng "
        "Tây.",
    )
    assert [m.kind for m in meetings] == kinds


def test_a_lead_telling_another_meeting_between_other_people_is_another_meeting() -> None:
    meetings = _meetings(
        "Thứ trưởng Nguyễn Thị Lan làm việc với lãnh đạo tỉnh Hồ Nam",
        "Chiều 19/5, Bộ trưởng Bộ Công Thương Trần Văn Sơn đã tiếp ông Lưu Kiến Quốc, Phó Tỉnh "
        "trưởng tỉnh Hồ Nam.",
    )
    assert [m.kind for m in meetings] == ["working session", "reception"]


def test_a_label_from_a_headline_in_capitals_is_written_in_lower_case() -> None:
    (meeting,) = _meetings(
        "CHỦ TỊCH QUỐC HỘI TIẾP BÍ THƯ TỈNH ỦY PHÚC KIẾN",
        "Chiều 19/5, tại Hà Nội, Chủ tịch Quốc hội đã tiếp đoàn đại biểu tỉnh Phúc Kiến.",
    )
    assert (meeting.kind, meeting.label) == ("reception", "tiếp")


def test_a_word_for_a_meeting_in_passing_does_not_change_the_headline_s_meeting() -> None:
    meetings = _meetings(
        "Bộ trưởng Trần Văn Sơn hội đàm với Chủ tịch Khu tự trị Quảng Tây Lưu Kiến Quốc",
        "Chủ tịch Lưu Kiến Quốc cảm ơn sự đón tiếp chu đáo của Bộ trưởng Trần Văn Sơn.",
    )
    assert [m.kind for m in meetings] == ["talks"]


def test_a_meeting_told_only_further_down_an_article_about_something_else() -> None:
    meetings = _meetings(
        "Thương mại Việt Nam - Chiết Giang tăng mạnh",
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Chiết Giang đạt 18,1 tỷ USD.",
        "Doanh nghiệp Chiết Giang quan tâm đến thị trường Việt Nam.",
        "Ngày 12/5, Tổng Lãnh sự Việt Nam tại Thượng Hải Ngô Minh Nguyệt đã làm việc với "
        "Phó Tỉnh trưởng tỉnh Chiết Giang Lô Sơn về hợp tác thương mại.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("working session", date(2024, 5, 12), ("Ngô Minh Nguyệt", "Lô Sơn"))
    ]


@pytest.mark.parametrize(
    "recalled",
    [
        "Tiếp đó, tháng 11, Bí thư Khu ủy Quảng Tây Lục Minh dẫn đoàn thăm Việt Nam, hội đàm với "
        "lãnh đạo tỉnh Cao Bằng và được Phó Thủ tướng Lê Văn Hải tiếp tại Hà Nội.",
        "Trước đó, tháng 3, đồng chí Lê Văn Hải, Bí thư Tỉnh ủy đã hội kiến đồng chí Lục Minh, "
        "Tỉnh trưởng tỉnh Vân Nam tại Hà Khẩu.",
        "Cuối tháng 6/2023, Bộ trưởng Lê Văn Hải đã hội đàm với Chủ tịch Lục Minh tại Nam Ninh.",
        "Tháng 3/2024: Bộ trưởng Lê Văn Hải hội đàm với Chủ tịch Lục Minh tại Nam Ninh.",
        # an interviewee's answer, the month said to be just past
        "Ông Trần Văn Lâm: Tháng 4 vừa qua, trong chuyến công tác tại Quảng Tây, Bộ trưởng Lê "
        "Văn Hải đã làm việc với Chủ tịch Lục Minh.",
        "Tháng 3 năm nay, Bộ trưởng Lê Văn Hải đã làm việc với Chủ tịch Lục Minh tại Nam Ninh.",
    ],
)
def test_a_meeting_a_review_or_an_answer_dates_by_its_month_alone_is_recalled(
    recalled: str,
) -> None:
    """A year's review, a timeline or an interviewee's answer tells past meetings by their
    month; the article's own news gives its day."""
    review = _meetings(
        "Nhìn lại một năm hợp tác với Quảng Tây",
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt 40 tỷ USD.",
        recalled,
    )
    after_the_news = _meetings(
        None,
        "Ngày 19/5, Bộ trưởng Bộ Công Thương Lê Văn Hải hội đàm với ông Lục Minh, Chủ tịch Khu "
        "tự trị Quảng Tây.",
        recalled,
    )
    assert (review, [m.kind for m in after_the_news]) == ([], ["talks"])


@pytest.mark.parametrize(
    ("later", "kinds"),
    [
        # a review's day of the year before, beyond the news published after the talks
        ("Ngày 28/6, Bộ trưởng Lê Văn Hải hội kiến ông Trần Cương tại Nam Ninh.", ["talks"]),
        # the same trip, two days on
        (
            "Ngày 21/5, Bộ trưởng Lê Văn Hải hội kiến ông Trần Cương tại Nam Ninh.",
            ["talks", "audience"],
        ),
    ],
)
def test_a_day_told_well_after_the_main_meeting_is_of_a_year_before(
    later: str, kinds: list[str]
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Bộ trưởng Bộ Công Thương Lê Văn Hải hội đàm với ông Lục Minh, Chủ tịch Khu "
        "tự trị Quảng Tây.",
        "Một năm nhiều dấu mốc",
        later,
    )
    assert [m.kind for m in meetings] == kinds


def test_an_earlier_working_session_between_bodies_on_a_day_of_its_own() -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Hàng Châu, Bộ Công Thương tổ chức Hội nghị kết nối giao thương.",
        "Trước đó, ngày 17/5, đoàn công tác đã làm việc với Sở Thương mại tỉnh Giang Tô tại "
        "thành phố Nam Kinh.",
    )
    assert [(m.kind, m.date, m.place) for m in meetings] == [
        ("conference", DAY, "Hàng Châu"),
        ("working session", date(2024, 5, 17), "Nam Kinh"),
    ]


@pytest.mark.parametrize(
    ("later", "day"),
    [
        (
            "Cũng trong chuyến công tác, Tổng Lãnh sự đã làm việc với Sở Ngoại vụ tỉnh Chiết Giang "
            "và thăm Khu công nghiệp Hàng Châu.",
            None,
        ),
        ("Chiều cùng ngày, Tổng Lãnh sự đã làm việc với Cục Thương mại tỉnh Chiết Giang.", DAY),
    ],
)
def test_an_official_named_by_office_alone_meeting_a_body_holds_a_meeting(
    later: str, day: date | None
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Tổng Lãnh sự Việt Nam tại Thượng Hải Lê Văn Nam đã chào xã giao ông Vương "
        "Kiện, Bí thư Tỉnh ủy tỉnh Chiết Giang.",
        "Hai bên trao đổi về hợp tác kinh tế.",
        later,
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("courtesy call", DAY, ("Lê Văn Nam", "Vương Kiện")),
        ("working session", day, ("Lê Văn Nam",)),
    ]


@pytest.mark.parametrize(
    "visit",
    [
        "Trước đó, sáng cùng ngày, Phó Chủ tịch Quốc hội Lê Văn An đã thăm Khu công nghiệp Việt -"
        " Trung và gặp gỡ cộng đồng doanh nghiệp.",
        "Nhân dịp này, Phó Chủ tịch Quốc hội Lê Văn An đã gặp gỡ cộng đồng người Việt Nam đang "
        "sinh sống tại Tế Nam.",
        "Chiều cùng ngày, Phó Chủ tịch Quốc hội Lê Văn An gặp mặt bà con kiều bào tại Tế Nam.",
        "Chiều cùng ngày, Phó Chủ tịch Quốc hội Lê Văn An gặp gỡ đại diện các doanh nghiệp Việt "
        "Nam tại Sơn Đông.",
    ],
)
def test_meeting_a_community_with_no_counterpart_is_no_meeting(visit: str) -> None:
    """'… đã thăm Khu công nghiệp … và gặp gỡ cộng đồng doanh nghiệp': a part of the visit,
    no official met on the other side."""
    meetings = _meetings(
        None,
        "Sáng 19/5, Phó Chủ tịch Quốc hội Lê Văn An đã hội kiến ông Lý Minh, Bí thư Tỉnh ủy tỉnh "
        "Sơn Đông.",
        visit,
    )
    assert [(m.kind, m.participants) for m in meetings] == [("audience", ("Lê Văn An", "Lý Minh"))]


def test_an_official_named_by_office_alone_meeting_people_not_named_holds_no_meeting() -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Tổng Lãnh sự Việt Nam tại Thượng Hải Lê Văn Nam đã chào xã giao ông Vương "
        "Kiện, Bí thư Tỉnh ủy tỉnh Chiết Giang.",
        "Cũng trong chuyến công tác, Tổng Lãnh sự đã gặp gỡ cộng đồng người Việt tại Hàng Châu.",
    )
    assert [m.kind for m in meetings] == ["courtesy call"]


@pytest.mark.parametrize(
    "earlier",
    [
        "Trước đó, trong ngày 17/5, đoàn đã làm việc với UBND tỉnh Thanh Hóa và thăm Khu kinh tế "
        "Nghi Sơn.",
        "Vào ngày 17/5, đoàn đã làm việc với UBND tỉnh Thanh Hóa.",
    ],
)
def test_a_day_after_a_word_for_on_is_the_own_day_of_a_session_with_a_body(earlier: str) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Hà Nội, Phó Chủ tịch nước Lê Thị Hoa đã tiếp đoàn đại biểu tỉnh Vân Nam "
        "do ông Vương Ninh, Bí thư Tỉnh ủy, dẫn đầu.",
        earlier,
    )
    assert [(m.kind, m.date) for m in meetings] == [
        ("reception", DAY),
        ("working session", date(2024, 5, 17)),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Trước đó, sáng 19/5, Đoàn đã làm việc với Ban Quản lý Khu kinh tế Vân Đồn và khảo sát "
        "cảng hàng không.",
        "Sáng cùng ngày, Đoàn đại biểu tỉnh Hải Nam đã làm việc với Bộ Công Thương.",
    ],
)
def test_a_working_session_between_bodies_at_another_time_of_the_main_day(second: str) -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, ông Trần Văn Nam, Chủ tịch UBND tỉnh Quảng Ninh đã tiếp Đoàn công tác tỉnh "
        "Hải Nam do ông Cố Minh, Phó Tỉnh trưởng tỉnh Hải Nam dẫn đầu.",
        "Hai bên trao đổi về hợp tác du lịch biển.",
        second,
    )
    assert [(m.kind, m.date) for m in meetings] == [
        ("reception", DAY),
        ("working session", DAY),
    ]


def test_a_time_after_an_earlier_meeting_on_its_own_day_dates_what_was_agreed() -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Bộ trưởng Bộ Công Thương Lê Văn Hải hội đàm với ông Lục Minh, Chủ tịch Khu "
        "tự trị Quảng Tây.",
        "Trước đó, ngày 17/5, Bộ trưởng Lê Văn Hải đã làm việc với ông Lục Minh tại Nam Ninh, "
        "thống nhất phối hợp tổ chức hội chợ biên giới vào năm 2025.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("talks", DAY, ("Lê Văn Hải", "Lục Minh")),
        ("working session", date(2024, 5, 17), ("Lê Văn Hải", "Lục Minh")),
    ]


def test_the_sentences_right_after_a_meeting_name_more_of_its_parties() -> None:
    (meeting,) = _meetings(
        None,
        "Chiều 19/5, tại Mông Tự, đoàn công tác tỉnh Lào Cai do ông Hoàng Quốc Khánh, Phó Chủ "
        "tịch UBND tỉnh Lào Cai làm trưởng đoàn đã hội đàm với lãnh đạo châu Hồng Hà. Tiếp và "
        "hội đàm với đoàn có ông Lý Vĩnh Thành, Châu trưởng châu Hồng Hà. Tham dự có bà Phạm "
        "Thị Hương, Giám đốc Sở Ngoại vụ tỉnh Lào Cai.",
        "Hai bên nhất trí đẩy mạnh hợp tác nông nghiệp. Ông Trịnh Văn Bình, Chủ tịch UBND "
        "huyện Bát Xát, cho biết huyện đã sẵn sàng.",
    )
    assert meeting.participants == ("Hoàng Quốc Khánh", "Lý Vĩnh Thành", "Phạm Thị Hương")


def test_a_visit_announced_in_the_lead_keeps_every_meeting_of_the_body() -> None:
    meetings = _meetings(
        None,
        "Từ ngày 19 đến 21/5, đoàn đại biểu tỉnh Vân Nam do ông Vương Tề Lâm, Phó Tỉnh trưởng "
        "tỉnh Vân Nam dẫn đầu thăm và làm việc tại Việt Nam.",
        "Chiều 19/5, tại Hà Nội, Thứ trưởng Bộ Công Thương Phan Thị Thắng đã hội đàm với ông "
        "Vương Tề Lâm.",
        "Sáng 20/5, tại Hà Nội, Phó Thủ tướng Lê Thành Long đã tiếp ông Vương Tề Lâm. Chiều cùng "
        "ngày, tại Hạ Long, Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng đã hội kiến ông Vương Tề Lâm.",
    )
    assert [(m.kind, m.date, m.place) for m in meetings] == [
        ("talks", date(2024, 5, 19), "Hà Nội"),
        ("reception", date(2024, 5, 20), "Hà Nội"),
        ("audience", date(2024, 5, 20), "Hạ Long"),
    ]


def test_a_subheading_in_the_opening_paragraphs_is_not_the_main_meeting() -> None:
    meetings = _meetings(
        None,
        "Từ ngày 19 đến 21/5, đoàn đại biểu tỉnh Hồ Nam do ông Mao Vĩ Minh, Tỉnh trưởng tỉnh Hồ "
        "Nam dẫn đầu thăm và làm việc tại Việt Nam.",
        "Hội đàm tại Bộ Công Thương",
        "Chiều 19/5, tại Hà Nội, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã hội đàm với ông "
        "Mao Vĩ Minh.",
    )
    assert [(m.kind, m.place, m.participants) for m in meetings] == [
        ("talks", "Hà Nội", ("Nguyễn Hồng Diên", "Mao Vĩ Minh"))
    ]


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        (
            "Sáng 19/5, đoàn đã làm việc tại Trường Đảng Tỉnh ủy Hồ Bắc với ông Lý Minh Đức, Phó "
            "Bí thư Tỉnh ủy.",
            "working session",
        ),
        # a visit, and who came along: no meeting
        ("Từ ngày 19 đến 21/5, đoàn thăm và làm việc tại tỉnh Hồ Bắc theo lời mời của bạn.", None),
        ("Ngày 19/5, đoàn làm việc tại Vũ Hán cùng với đại diện doanh nghiệp.", None),
    ],
)
def test_lam_viec_tai_is_a_working_session_only_with_its_partner(
    lead: str, kind: str | None
) -> None:
    assert [m.kind for m in _meetings(None, lead)] == ([kind] if kind else [])


def test_attendance_lists_and_speakers_anywhere_in_the_article_are_parties() -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, tại Hà Nội, Phó Thủ tướng Lê Văn Minh đã tiếp Phó Tỉnh trưởng tỉnh Hồ Nam "
        "Trương Hoa Minh.",
        "Hai bên trao đổi về hợp tác nông nghiệp và logistics.",
        "Tại buổi tiếp, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Anh cho biết Chủ tịch nước Lương Văn "
        "Cường sẽ thăm Hồ Nam.",
        "Cùng dự buổi tiếp có ông Tôn Minh, Tổng Lãnh sự Trung Quốc tại TP Hồ Chí Minh.",
    )
    # the speaker, not the leader spoken of; the attendant
    assert [m.participants for m in meetings] == [
        ("Lê Văn Minh", "Trương Hoa Minh", "Đỗ Hùng Anh", "Tôn Minh")
    ]


@pytest.mark.parametrize(
    ("act", "acting"),
    [
        (
            "Tại buổi làm việc, Thứ trưởng Bộ Công Thương Phan Văn Thu và Phó Tỉnh trưởng tỉnh Vân "
            "Nam Trương Quốc Hải đã ký Biên bản ghi nhớ về hợp tác thương mại.",
            True,
        ),
        (
            "Tại buổi làm việc, Thứ trưởng Bộ Công Thương Phan Văn Thu và Phó Tỉnh trưởng tỉnh Vân "
            "Nam Trương Quốc Hải đã chứng kiến lễ trao Bản ghi nhớ hợp tác.",
            True,
        ),
        # signing after it: not said to have taken part
        (
            "Kết thúc buổi làm việc, Thứ trưởng Bộ Công Thương Phan Văn Thu và Phó Tỉnh trưởng "
            "tỉnh Vân Nam Trương Quốc Hải đã ký Biên bản ghi nhớ về hợp tác thương mại.",
            False,
        ),
    ],
)
def test_those_who_sign_or_witness_during_the_meeting_take_part(act: str, acting: bool) -> None:
    (meeting,) = _meetings(
        None,
        "Chiều 19/5, tại Hà Nội, Bộ trưởng Bộ Công Thương Lê Minh Hoan đã làm việc với ông Vương "
        "Dư Tâm, Tỉnh trưởng tỉnh Vân Nam.",
        "Hai bên trao đổi về hợp tác nông nghiệp.",
        act,
    )
    signers = ("Phan Văn Thu", "Trương Quốc Hải") if acting else ()
    assert meeting.participants == ("Lê Minh Hoan", "Vương Dư Tâm", *signers)


@pytest.mark.parametrize(
    "attendance",
    [
        "Thứ trưởng Bộ Tài chính Lê Thu Hà, Phó Tỉnh trưởng tỉnh Tứ Xuyên Tả Minh Tường cùng hơn "
        "200 doanh nghiệp tham dự hội nghị.",
        "Phóng viên tại Thành Đô cho biết, tham dự hội nghị có Thứ trưởng Bộ Tài chính Lê Thu Hà "
        "và Phó Tỉnh trưởng tỉnh Tứ Xuyên Tả Minh Tường.",
    ],
)
def test_those_said_to_attend_the_meeting_anywhere_in_a_sentence_take_part(
    attendance: str,
) -> None:
    (meeting,) = _meetings(
        None,
        "Ngày 27/11, tại Hà Nội, Bộ Tài chính và tỉnh Tứ Xuyên tổ chức Hội nghị xúc tiến đầu tư "
        "Tứ Xuyên - Việt Nam.",
        "Hội nghị giới thiệu các dự án chế biến nông sản và logistics.",
        attendance,
    )
    assert meeting.participants == ("Lê Thu Hà", "Tả Minh Tường")


def test_an_attendance_list_goes_on_with_the_other_side_in_the_next_sentence() -> None:
    (meeting,) = _meetings(
        None,
        "Chiều 19/5, tại Hà Nội, Phó Thủ tướng Trần Văn Nam tiếp ông Lý Minh Hoa, Phó Tỉnh "
        "trưởng tỉnh Vân Nam.",
        "Hai bên trao đổi về hợp tác nông nghiệp.",
        "Cùng dự buổi tiếp có ông Đỗ Văn Khôi, Thứ trưởng Bộ Ngoại giao. Về phía Trung Quốc có "
        "ông Hà Minh, Đại sứ Trung Quốc tại Việt Nam.",
    )
    assert meeting.participants == ("Trần Văn Nam", "Lý Minh Hoa", "Đỗ Văn Khôi", "Hà Minh")


@pytest.mark.parametrize(
    "opener",
    ["Tham dự Hội nghị có các đồng chí:", "Cùng dự có:", "Đồng chủ trì Hội nghị có các đồng chí:"],
)
def test_an_attendance_list_in_item_lines_under_its_opener_takes_part(opener: str) -> None:
    (meeting,) = _meetings(
        None,
        "Sáng 19/5, tại Nam Ninh đã diễn ra Hội nghị gặp gỡ đầu Xuân giữa Bí thư Tỉnh ủy các "
        "tỉnh biên giới Việt Nam và Bí thư Khu ủy Quảng Tây.",
        opener,
        "- Phía Việt Nam: Lê Văn Hòa, Bí thư Tỉnh ủy Cao Bằng; Trần Minh Đức, Chủ tịch UBND "
        "tỉnh Lạng Sơn.",
        "- Phía Quảng Tây: Lưu Kiến Hoa, Phó Chủ tịch Chính quyền nhân dân Khu tự trị Quảng "
        "Tây; lãnh đạo các sở.",
        "Hai bên trao đổi về hợp tác cửa khẩu. Ông Phạm Quốc Bảo, Giám đốc một doanh nghiệp "
        "logistics, cho rằng thủ tục cần đơn giản hơn.",
    )
    assert meeting.participants == ("Lê Văn Hòa", "Trần Minh Đức", "Lưu Kiến Hoa")


@pytest.mark.parametrize(
    "before",
    ["", "Cùng dự có ông Đỗ Văn Khôi, Phó Chủ tịch UBND tỉnh Quảng Ninh. "],
)
def test_the_delegation_s_members_named_after_the_meeting_take_part(before: str) -> None:
    (meeting,) = _meetings(
        None,
        "Chiều 19/5, ông Trần Văn Nam, Chủ tịch UBND tỉnh Quảng Ninh đã tiếp Đoàn công tác tỉnh "
        "Hải Nam do ông Cố Minh, Phó Tỉnh trưởng tỉnh Hải Nam dẫn đầu. "
        + before
        + "Thành viên Đoàn tỉnh Hải Nam có ông Hình Chí Lâm, Phó Chủ nhiệm Văn phòng Ngoại vụ "
        "tỉnh Hải Nam cùng đại diện Sở Du lịch.",
        "Hai bên trao đổi về hợp tác du lịch biển.",
    )
    khoi = ("Đỗ Văn Khôi",) if before else ()
    assert meeting.participants == ("Trần Văn Nam", "Cố Minh", *khoi, "Hình Chí Lâm")


@pytest.mark.parametrize(
    "report",
    [
        "1. Thương vụ tại Quảng Châu (phụ trách Quảng Đông, Phúc Kiến): ông Lê Minh Hải, Tham "
        "tán, Trưởng Thương vụ cho biết, thương mại tăng 15%.",
        "1. Thương vụ tại Bắc Kinh: ông Lê Minh Hải, Tham tán Công sứ, Trưởng Thương vụ cho "
        "biết, phía bạn đã cấp mã số cho 128 cơ sở; đề nghị doanh nghiệp chủ động tham gia Hội "
        "chợ Nhập khẩu quốc tế Trung Quốc tại Thượng Hải vào tháng 11.",
    ],
)
def test_the_speaker_of_a_numbered_report_at_a_conference_takes_part(report: str) -> None:
    (meeting,) = _meetings(
        None,
        "Chiều 19/5, Thứ trưởng Bộ Công Thương Phan Thị Thu chủ trì Hội nghị giao ban trực "
        "tuyến với hệ thống Thương vụ Việt Nam tại Trung Quốc.",
        "Báo cáo từ các điểm cầu:",
        report,
        "2. Chi nhánh Thương vụ tại Côn Minh: bà Vũ Thị Lan, Tham tán, Trưởng Chi nhánh thông "
        "tin, thương mại với Vân Nam tăng 9%.",
    )
    assert meeting.participants == ("Phan Thị Thu", "Lê Minh Hải", "Vũ Thị Lan")


def test_both_sides_meeting_after_the_lead_named_them_are_those_it_named() -> None:
    meetings = _meetings(
        None,
        "Sáng 19/5, tại Đại học Thái Nguyên, ông Hoàng Văn Minh, Giám đốc Đại học Thái Nguyên và "
        "ông Tạ Vĩ Long, Hiệu trưởng Đại học Dân tộc Quảng Tây, đã ký Thỏa thuận hợp tác đào tạo.",
        "Trước lễ ký, hai đoàn đã có buổi làm việc, thống nhất tăng số lưu học sinh trao đổi.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("working session", ("Hoàng Văn Minh", "Tạ Vĩ Long"))
    ]


@pytest.mark.parametrize(
    ("guest", "welcome"),
    [
        ("Tổng Lãnh sự Việt Nam tại Nam Ninh Phạm Văn Hòa", "Tiếp Tổng Lãnh sự, ông Hoàng Kiến"),
        ("Đại sứ Việt Nam tại Trung Quốc Phạm Văn Hòa", "Tiếp Đại sứ, ông Hoàng Kiến"),
    ],
)
def test_the_host_named_after_a_fronted_tiep_clause_takes_part(guest: str, welcome: str) -> None:
    (meeting,) = _meetings(
        None,
        f"Ngày 19/5, {guest} đã làm việc với lãnh đạo thành phố Sùng Tả.",
        f"{welcome} Minh, Bí thư Thành ủy thành phố Sùng Tả, cho biết thành phố đang đầu tư làn "
        "thông quan thông minh.",
    )
    assert meeting.participants == ("Phạm Văn Hòa", "Hoàng Kiến Minh")


def test_the_host_who_chairs_the_session_and_the_visiting_delegation_take_part() -> None:
    meetings = _meetings(
        None,
        "Ngày 18/12, đoàn đại biểu tỉnh Cao Bằng do ông Hoàng Minh Cường, Bí thư Tỉnh ủy dẫn đầu "
        "đã hội kiến ông Lý Minh Hoa, Chủ tịch Khu tự trị Quảng Tây.",
        "Hai bên trao đổi về hợp tác cửa khẩu.",
        "Ngày 19/12, đoàn đến thăm và làm việc với chính quyền thành phố Sùng Tả. Ông Mạc Chí "
        "Dũng, Thị trưởng thành phố Sùng Tả chủ trì buổi làm việc.",
    )
    assert [m.participants for m in meetings] == [
        ("Hoàng Minh Cường", "Lý Minh Hoa"),
        ("Hoàng Minh Cường", "Mạc Chí Dũng"),
    ]


def test_a_guest_on_a_visit_leads_the_delegation_met_later() -> None:
    meetings = _meetings(
        None,
        "Chiều 4/12, tại Hà Nội, Chủ tịch Quốc hội Trần Văn Mẫn đã tiếp đồng chí Phùng Minh, Bí "
        "thư Tỉnh ủy Hải Nam, đang thăm và làm việc tại Việt Nam.",
        "Hai bên trao đổi về hợp tác du lịch.",
        "Trước đó, ngày 3/12, tại thành phố Đà Nẵng, đoàn đã làm việc với lãnh đạo thành phố.",
    )
    assert [m.participants for m in meetings] == [("Trần Văn Mẫn", "Phùng Minh"), ("Phùng Minh",)]


@pytest.mark.parametrize(
    "heads",
    [
        "Dẫn đầu đoàn BĐBP tỉnh Lào Cai là Đại tá Hoàng Văn Minh, Chỉ huy trưởng Bộ Chỉ huy BĐBP "
        "tỉnh Lào Cai. Phía Trung Quốc do ông Lý Minh Hoa, Chi đội trưởng Chi đội Quản lý xuất "
        "nhập cảnh biên phòng Hà Khẩu dẫn đầu.",
        "Đoàn Lào Cai do ông Hoàng Văn Minh, Chủ tịch UBND tỉnh Lào Cai dẫn đầu; phía Vân Nam do "
        "ông Lý Minh Hoa, Phó Tỉnh trưởng tỉnh Vân Nam dẫn đầu.",
    ],
)
def test_the_heads_of_the_bodies_that_met_named_after_the_meeting_take_part(heads: str) -> None:
    (meeting,) = _meetings(
        "Biên phòng Lào Cai và Hà Khẩu: mười năm tuần tra song phương",
        "Ngày 19/5, tại cửa khẩu Kim Thành, Bộ Chỉ huy BĐBP tỉnh Lào Cai tổ chức hội đàm với Chi "
        "đội Quản lý xuất nhập cảnh biên phòng Hà Khẩu. Cuộc hội đàm diễn ra đúng dịp 10 năm "
        "tuần tra song phương.",
        heads,
    )
    assert meeting.participants == ("Hoàng Văn Minh", "Lý Minh Hoa")


@pytest.mark.parametrize(
    "second", ["đã hội đàm với đoàn", "đã tiếp và chiêu đãi đoàn công tác của tỉnh Vân Nam"]
)
def test_the_delegation_met_after_with_or_a_shared_verb_is_its_head(second: str) -> None:
    meetings = _meetings(
        None,
        "Chiều 22/10, tại Hà Nội, ông Lê Văn Trung, Trưởng ban Đối ngoại Trung ương đã tiếp "
        "đoàn đại biểu tỉnh Vân Nam do ông Thạch Minh Cương, Phó Bí thư Tỉnh ủy Vân Nam dẫn đầu.",
        "Hai bên trao đổi về hợp tác giữa các địa phương.",
        f"Trước đó, sáng cùng ngày, ông Đỗ Văn Hải, Phó Trưởng ban Đối ngoại Trung ương {second}.",
    )
    assert [m.participants for m in meetings][1] == ("Đỗ Văn Hải", "Thạch Minh Cương")


def test_officials_quoted_at_an_event_with_sessions_take_part() -> None:
    (meeting,) = _meetings(
        None,
        "Chiều 14/11, UBND TP.HCM tổ chức Hội nghị xúc tiến đầu tư Quảng Đông - Việt Nam.",
        "Hội nghị thu hút hơn 300 doanh nghiệp.",
        "Ông Nguyễn Văn Dũng, Phó Chủ tịch UBND TP.HCM, cho hay thành phố đón nhiều dự án mới.",
        "Thứ trưởng Bộ Tài chính Lê Thu Hà khẳng định Việt Nam chào đón nhà đầu tư.",
        # a clause before the name: someone spoken of, not a speaker at the event
        "Năm 2024, Bộ trưởng Bộ Công Thương Trần Minh Khôi cho biết kim ngạch tăng mạnh.",
    )
    assert meeting.participants == ("Nguyễn Văn Dũng", "Lê Thu Hà")


def test_an_official_quoted_in_another_part_of_the_article_does_not_take_part() -> None:
    (meeting,) = _meetings(
        None,
        "Chiều 14/11, UBND TP.HCM tổ chức Hội nghị xúc tiến đầu tư Quảng Đông - Việt Nam.",
        "Ông Nguyễn Văn Dũng, Phó Chủ tịch UBND TP.HCM, cho hay thành phố đón nhiều dự án mới.",
        "Hạ tầng còn thiếu",
        "Ở Quảng Tây, thành phố Đông Hưng vừa khánh thành một kho lạnh. Thị trưởng thành phố "
        "Đông Hưng Hoàng Minh cho biết kho sẽ ưu tiên hàng Việt Nam.",
    )
    assert meeting.participants == ("Nguyễn Văn Dũng",)


def test_an_official_quoted_about_a_fair_does_not_make_it_attended() -> None:
    meetings = _meetings(
        None,
        "Ngày 5/11, Hội chợ Nhập khẩu quốc tế Trung Quốc lần thứ 8 khai mạc tại Thượng Hải.",
        "Hơn 60 doanh nghiệp Việt Nam có gian hàng.",
        "Tham tán Thương mại Việt Nam tại Trung Quốc Nông Văn Lai cho biết đơn hàng tăng.",
    )
    # reported opening, the fair is one, but with no one the article places there
    assert [(m.kind, m.participants) for m in meetings] == [("fair", ())]


def test_the_delegation_met_is_its_head() -> None:
    meetings = _meetings(
        None,
        "Đoàn đại biểu tỉnh Phúc Kiến (Trung Quốc) do ông Quách Minh Lễ, Phó Tỉnh trưởng tỉnh "
        "Phúc Kiến dẫn đầu đã thăm và làm việc tại Việt Nam từ ngày 19 đến 21/5.",
        "Sáng 19/5, tại TP.HCM, bà Đoàn Thị Mai, Phó Chủ tịch UBND TP.HCM, đã tiếp đoàn.",
        "Ngày 20/5, tại Đà Nẵng, ông Lê Trung Hiếu, Chủ tịch UBND thành phố Đà Nẵng, đã hội "
        "kiến bà Đoàn Thị Mai.",
    )
    assert [m.participants for m in meetings] == [
        ("Đoàn Thị Mai", "Quách Minh Lễ"),
        ("Lê Trung Hiếu", "Đoàn Thị Mai"),
    ]


def test_the_lead_s_name_for_the_headline_s_meeting_makes_one_meeting() -> None:
    title = "Cao Bằng và Quảng Tây gặp gỡ đầu Xuân"
    lead = (
        "Ngày 20/2, tại thành phố Nam Ninh, đoàn đại biểu tỉnh Cao Bằng do đồng chí Hoàng Văn "
        "Minh, Bí thư Tỉnh ủy Cao Bằng dẫn đầu đã dự Hội nghị gặp gỡ đầu Xuân giữa lãnh đạo "
        "hai địa phương."
    )
    assert [(m.kind, m.label) for m in _meetings(title, lead)] == [
        ("conference", "Hội nghị gặp gỡ đầu Xuân")
    ]


def test_the_other_end_of_an_online_meeting_takes_part() -> None:
    (meeting,) = _meetings(
        "Lào Cai và Vân Nam hội đàm trực tuyến",
        "Sáng 19/5, đồng chí Hoàng Văn Minh, Chủ tịch UBND tỉnh Lào Cai, hội đàm trực tuyến với "
        "đồng chí Vương Lực, Phó Tỉnh trưởng tỉnh Vân Nam.",
        "Tại điểm cầu Hồng Hà có đồng chí Lý Kiến Bình, Châu trưởng Châu Hồng Hà.",
    )
    assert meeting.participants == ("Hoàng Văn Minh", "Vương Lực", "Lý Kiến Bình")


def test_the_opening_speech_of_a_conference_names_a_party() -> None:
    (meeting,) = _meetings(
        "Hải Phòng kết nối logistics với Quảng Tây",
        "Ngày 19/5, tại Hải Phòng, Hội nghị xúc tiến kết nối logistics đã diễn ra với sự tham "
        "gia của hơn 200 doanh nghiệp.",
        "Lượng hàng qua tuyến đường sắt liên vận tăng gấp đôi so với năm trước.",
        "Phát biểu khai mạc, ông Trần Văn Nam, Phó Chủ tịch UBND thành phố Hải Phòng, cho biết "
        "lượng hàng qua cảng tăng mạnh.",
    )
    assert (meeting.kind, meeting.participants) == ("conference", ("Trần Văn Nam",))


def test_those_who_also_attend_take_part() -> None:
    (meeting,) = _meetings(
        None,
        "Chiều 19/5, tại Hà Nội, Phó Thủ tướng Trần Văn Nam tiếp ông Lý Minh Hoa, Phó Tỉnh "
        "trưởng tỉnh Vân Nam.",
        "Hai bên nhất trí kéo dài giờ thông quan tại các cửa khẩu trong mùa thu hoạch. Phía "
        "tỉnh sẽ mở thêm luồng xanh cho nông sản. Hai bên cũng bàn về kết nối đường sắt.",
        "Cùng dự có ông Hoàng Văn Minh, Chủ tịch UBND tỉnh Lào Cai.",
    )
    assert meeting.participants == ("Trần Văn Nam", "Lý Minh Hoa", "Hoàng Văn Minh")


@pytest.mark.parametrize("attended", ["tham dự cuộc điện đàm", "dự buổi điện đàm", "dự điện đàm"])
def test_an_official_the_sentence_says_attended_the_call_takes_part(attended: str) -> None:
    """'Phó Chủ tịch A cùng lãnh đạo Sở … tham dự cuộc điện đàm tại điểm cầu …': A attended."""
    (meeting,) = _meetings(
        None,
        "Chiều 19/5, Chủ tịch UBND tỉnh Lào Cai Hoàng Văn Nam đã có cuộc điện đàm với Tỉnh trưởng"
        " tỉnh Vân Nam Vương Dư Ba.",
        "Hai bên thống nhất kéo dài giờ thông quan tại cửa khẩu. Phía tỉnh sẽ mở thêm luồng xanh"
        " cho nông sản.",
        f"Phó Chủ tịch UBND tỉnh Hoàng Văn Minh cùng lãnh đạo Sở Ngoại vụ {attended} tại điểm cầu"
        " Lào Cai.",
    )
    assert meeting.participants == ("Hoàng Văn Nam", "Vương Dư Ba", "Hoàng Văn Minh")


@pytest.mark.parametrize(
    "opening",
    ["Cùng dự về phía tỉnh Lào Cai có", "Cùng dự tại điểm cầu tỉnh có", "Tham dự phía Việt Nam có"],
)
def test_those_who_also_attend_for_a_side_or_at_an_end_take_part(opening: str) -> None:
    (meeting,) = _meetings(
        None,
        "Sáng 19/5, ông Hoàng Văn Nam, Chủ tịch UBND tỉnh Lào Cai, hội đàm trực tuyến với ông Lý "
        "Minh Hoa, Phó Tỉnh trưởng tỉnh Vân Nam. Hội đàm bắt đầu lúc 9 giờ. "
        f"{opening} ông Hoàng Văn Minh, Phó Chủ tịch UBND tỉnh Lào Cai.",
    )
    assert meeting.participants == ("Hoàng Văn Nam", "Lý Minh Hoa", "Hoàng Văn Minh")


@pytest.mark.parametrize(
    "second",
    [
        "Chiều cùng ngày, Tỉnh trưởng Lý Minh Hoa làm việc với Bộ Công Thương. Tại buổi làm "
        "việc, hai bên trao đổi về logistics.",
        "Trong khuôn khổ chuyến thăm, Phó Tỉnh trưởng tỉnh Vân Nam Vương Thành đã làm việc với "
        "đoàn; hai Sở đã ký Bản ghi nhớ hợp tác thương mại.",
    ],
)
def test_those_who_also_attend_after_a_second_meeting_attend_that_one(second: str) -> None:
    first, other = _meetings(
        None,
        "Chiều 19/5, tại Hà Nội, Phó Thủ tướng Trần Văn Nam tiếp ông Lý Minh Hoa, Tỉnh trưởng "
        "tỉnh Vân Nam, và đoàn.",
        second,
        "Cùng dự có ông Hoàng Văn Minh, Chủ tịch UBND tỉnh Lào Cai.",
    )
    assert "Hoàng Văn Minh" not in first.participants
    assert "Hoàng Văn Minh" in other.participants


@pytest.mark.parametrize("opening", ["Tiếp đoàn,", "Tiếp đoàn có"])
def test_the_host_named_in_the_sentence_after_the_meeting_takes_part(opening: str) -> None:
    (meeting,) = _meetings(
        None,
        "Ngày 19/5, đoàn đại biểu tỉnh Lào Cai do ông Hoàng Văn Minh, Chủ tịch UBND tỉnh Lào Cai "
        "dẫn đầu đã làm việc với Sở Thương mại tỉnh Vân Nam.",
        f"{opening} ông Lý Minh Hoa, Giám đốc Sở Thương mại tỉnh Vân Nam giới thiệu các dự án.",
    )
    assert meeting.participants == ("Hoàng Văn Minh", "Lý Minh Hoa")


@pytest.mark.parametrize(
    "opening",
    [
        "Đón và hội đàm với đoàn có",
        "Đón và làm việc với đoàn có",
        "Tiếp đoàn còn có",
        "Tiếp và làm việc với đoàn cũng có",
    ],
)
def test_a_host_list_after_the_delegation_s_members_takes_part(opening: str) -> None:
    (meeting,) = _meetings(
        None,
        "Ngày 19/5, đoàn công tác tỉnh Lào Cai do đồng chí Hoàng Văn Minh, Phó Chủ tịch UBND "
        "tỉnh làm trưởng đoàn đã hội đàm với lãnh đạo Châu Hồng Hà tại thành phố Mông Tự.",
        "Cùng đi có đồng chí Lê Thị Hoa, Giám đốc Sở Ngoại vụ.",
        f"{opening} ông Lý Minh Hoa, Phó Bí thư Châu ủy, Châu trưởng Châu Hồng Hà; bà Vương Lệ "
        "Quyên, Phó Châu trưởng cùng lãnh đạo Văn phòng Ngoại vụ.",
    )
    assert meeting.participants == ("Hoàng Văn Minh", "Lê Thị Hoa", "Lý Minh Hoa", "Vương Lệ Quyên")


def test_an_official_quoted_after_a_later_reception_is_no_party_of_the_forum() -> None:
    forum, reception = _meetings(
        None,
        "Từ ngày 18 đến 21/5, Đoàn đại biểu Trung ương Đoàn do anh Lê Văn Nam, Bí thư Trung ương "
        "Đoàn làm trưởng đoàn đã thăm và làm việc tại tỉnh Vân Nam.",
        "Tham gia đoàn có chị Trần Thị Hoa, Bí thư Tỉnh đoàn Lào Cai cùng 50 đại biểu.",
        "Chiều 18/5, đoàn đã dự Diễn đàn Thanh niên Việt Nam - Trung Quốc về khởi nghiệp tại Đại "
        "học Vân Nam. Diễn đàn do anh Lê Văn Nam và chị Vương Lệ, Bí thư Tỉnh đoàn Vân Nam đồng "
        "chủ trì, với sự tham gia của hơn 200 sinh viên hai nước.",
        "Ngày 19/5, Phó Tỉnh trưởng tỉnh Vân Nam Trương Quốc Hải đã tiếp đoàn tại trụ sở Chính "
        "quyền nhân dân tỉnh.",
        "Phó Tỉnh trưởng Trương Quốc Hải cho biết, Vân Nam coi trọng hợp tác thanh niên với Việt "
        "Nam.",
    )
    assert forum.participants == ("Lê Văn Nam", "Vương Lệ")
    assert reception.participants == ("Trương Quốc Hải", "Lê Văn Nam")


@pytest.mark.parametrize(
    ("subject", "head_there"),
    [
        ("Sáng 20/5, tại cửa khẩu Hà Khẩu, đoàn công tác tỉnh Lào Cai", True),
        ("Chiều cùng ngày, bên lề hội chợ, Đoàn Việt Nam", True),
        # a leg told as before the main meeting: not said to be the head's
        ("Trước đó, sáng 20/5, đoàn công tác tỉnh Lào Cai", False),
    ],
)
def test_the_head_takes_part_in_a_working_session_of_the_delegation_named_as_subject(
    subject: str, head_there: bool
) -> None:
    _talks, session = _meetings(
        None,
        "Ngày 19/5, đoàn công tác tỉnh Lào Cai do đồng chí Hoàng Văn Minh, Phó Chủ tịch UBND tỉnh "
        "làm trưởng đoàn đã hội đàm với ông Lý Minh Hoa, Châu trưởng Châu Hồng Hà, tỉnh Vân Nam.",
        "Hai bên trao đổi về hợp tác cửa khẩu.",
        f"{subject} đã làm việc với ông Vương Quốc Cường, Bí thư Huyện ủy Hà Khẩu.",
    )
    head = ("Hoàng Văn Minh",) if head_there else ()
    assert session.participants == ("Vương Quốc Cường", *head)


def test_who_else_received_the_visitors_on_their_trip_is_no_party_of_its_last_meeting() -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, đoàn đại biểu tỉnh Lào Cai do ông Hoàng Văn Minh, Chủ tịch UBND tỉnh Lào Cai "
        "dẫn đầu đã hội đàm với ông Lý Minh Hoa, Phó Tỉnh trưởng tỉnh Vân Nam.",
        "Đoàn cũng đã làm việc với thành phố Mông Tự.",
        "Tiếp đoàn tại Côn Minh còn có ông Trần Văn Khôi, Tổng Lãnh sự Việt Nam tại Côn Minh.",
    )
    assert [m.participants for m in meetings] == [("Hoàng Văn Minh", "Lý Minh Hoa")]


def test_a_reception_on_the_occasion_of_a_courtesy_call_is_that_call() -> None:
    meetings = _meetings(
        "Tổng Lãnh sự Việt Nam tại Nam Ninh chào xã giao Bí thư Khu ủy Quảng Tây",
        "Ngày 19/5, tại Nam Ninh, ông Lục Minh, Bí thư Khu ủy Quảng Tây đã tiếp Tổng Lãnh sự "
        "Việt Nam tại Nam Ninh Đặng Văn Khôi nhân dịp ông đến chào xã giao.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("courtesy call", ("Lục Minh", "Đặng Văn Khôi"))
    ]


def test_a_call_to_congratulate_is_a_courtesy_call() -> None:
    (meeting,) = _meetings(
        None,
        "Ngày 19/5, Tổng Lãnh sự Việt Nam tại Quảng Châu Trần Văn Nam đã đến chào và chúc mừng "
        "ông Lý Minh Hoa, Tỉnh trưởng tỉnh Quảng Đông.",
    )
    assert (meeting.kind, meeting.participants) == (
        "courtesy call",
        ("Trần Văn Nam", "Lý Minh Hoa"),
    )


def test_a_meeting_a_letter_speaks_of_is_no_meeting() -> None:
    assert not _meetings(
        "Lào Cai gửi thư chúc mừng Bí thư Tỉnh ủy Vân Nam",
        "Ngày 19/5, đồng chí Hoàng Văn Minh, Bí thư Tỉnh ủy Lào Cai đã gửi thư chúc mừng đồng "
        "chí Lý Minh Hoa được bầu làm Bí thư Tỉnh ủy Vân Nam tại Hội nghị lần thứ nhất Ban "
        "Chấp hành Đảng bộ tỉnh Vân Nam.",
    )


def test_a_live_report_s_entry_opening_with_its_place_reports_a_meeting() -> None:
    meetings = _meetings(
        "Trực tiếp: đoàn Quảng Ninh thăm Quảng Tây",
        "Đoàn đại biểu tỉnh Quảng Ninh bắt đầu chuyến thăm Quảng Tây trong ngày 19/5.",
        "08:30",
        "Đoàn đến thành phố Đông Hưng và thăm khu hợp tác kinh tế qua biên giới.",
        "14:00",
        "Tại Nam Ninh, Bí thư Tỉnh ủy Quảng Ninh Trần Văn Nam hội đàm với Chủ tịch Khu tự trị "
        "Quảng Tây Lý Minh Hoa.",
    )
    assert [(m.kind, m.place, m.participants) for m in meetings] == [
        ("talks", "Nam Ninh", ("Trần Văn Nam", "Lý Minh Hoa"))
    ]


def test_an_official_named_later_by_office_and_one_word_of_the_name_takes_part() -> None:
    meetings = _meetings(
        None,
        "Bộ trưởng Bộ Công Thương Trần Văn Nam có chuyến công tác tới ba nước từ ngày 10/5.",
        "Chiều 19/5, Bí thư Tỉnh ủy Vân Nam Lý Minh Hoa đã tiếp Bộ trưởng Nam và đoàn công tác.",
        "Cùng ngày, Phó Thủ tướng Chính phủ Lào tiếp ông Lý.",
    )
    assert meetings[0].participants == ("Lý Minh Hoa", "Trần Văn Nam")


def test_a_conference_centre_is_no_conference() -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, tại Trung tâm Hội nghị tỉnh Lai Châu, Chủ tịch UBND tỉnh Lai Châu Trần Văn "
        "Nam hội đàm với Châu trưởng Châu Hồng Hà Lý Minh Hoa.",
    )
    assert [m.kind for m in meetings] == ["talks"]


def test_a_sentence_back_on_the_meeting_may_say_where_it_was() -> None:
    (meeting,) = _meetings(
        None,
        "Ngày 19/5, Thị trưởng thành phố Trạm Giang Lý Minh Hoa đã tiếp Tổng Lãnh sự Việt Nam "
        "tại Quảng Châu Trần Văn Nam.",
        "Tại buổi tiếp ở Trạm Giang, ông Lý Minh Hoa cho biết cảng đã mở thêm tuyến mới.",
    )
    assert meeting.place == "Trạm Giang"


def test_the_same_guest_received_the_same_day_by_another_host_is_another_meeting() -> None:
    meetings = _meetings(
        "Chủ tịch Quốc hội tiếp Bí thư Tỉnh ủy Hải Nam",
        "Chiều 19/5, tại Hà Nội, Chủ tịch Quốc hội Trần Thanh Mẫn đã tiếp đồng chí Phùng Phi, Bí "
        "thư Tỉnh ủy Hải Nam (Trung Quốc).",
        "Sáng cùng ngày, Phó Thủ tướng Nguyễn Hòa Bình đã tiếp đồng chí Phùng Phi tại Trụ sở "
        "Chính phủ.",
        "Trước đó, tháng 12/2023, Chủ tịch nước Võ Văn Thưởng đã tiếp ông Phùng Phi tại Hà Nội.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("reception", DAY, ("Trần Thanh Mẫn", "Phùng Phi")),
        ("reception", DAY, ("Nguyễn Hòa Bình", "Phùng Phi")),
    ]


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        (
            "Tối 19/5, Bí thư Châu ủy Lục Vĩnh Chính đã tiếp và chiêu đãi đoàn công tác.",
            "reception",
        ),
        (
            "Sáng 19/5, ông Nguyễn Văn Dũng đã tiếp và làm việc với đoàn của ông Trương.",
            "reception",
        ),
        (
            "Sáng 19/5, ông Nguyễn Văn Dũng tiếp và hội đàm với đoàn đại biểu tỉnh Phúc Kiến.",
            "talks",
        ),
    ],
)
def test_a_common_verb_sharing_its_guest_with_a_second_verb(lead: str, kind: str) -> None:
    assert [m.kind for m in _meetings(None, lead)] == [kind]


def test_an_attendance_list_naming_an_earlier_meeting_is_not_the_next_meeting_s() -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, tại Hạ Long, Chủ tịch UBND tỉnh Lê Văn Minh tiếp ông Lý Minh Hoa, Tổng Lãnh "
        "sự Trung Quốc tại Hà Nội.",
        "Hai bên trao đổi về hợp tác du lịch.",
        "Tiếp đó, Tổng Lãnh sự Lý Minh Hoa và đoàn đã làm việc với Ban Quản lý Khu kinh tế tỉnh.",
        "Dự buổi tiếp có ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("reception", ("Lê Văn Minh", "Lý Minh Hoa", "Trần Văn Hòa")),
        ("working session", ("Lý Minh Hoa",)),
    ]


@pytest.mark.parametrize("verb", ["dự", "tham dự", "đã dự"])
def test_a_named_event_the_delegation_attends_is_a_meeting_of_its_own(verb: str) -> None:
    meetings = _meetings(
        None,
        "Sáng 19/5, tại thành phố Nam Ninh, đoàn đại biểu tỉnh Lạng Sơn do đồng chí Hoàng Văn "
        "Nam, Bí thư Tỉnh ủy dẫn đầu đã hội kiến đồng chí Lục Minh, Bí thư Khu ủy Quảng Tây.",
        "Hai bên trao đổi về hợp tác cửa khẩu.",
        f"Chiều cùng ngày, đoàn {verb} Diễn đàn hợp tác kinh tế Lạng Sơn – Quảng Tây, với sự tham "
        "gia của hơn 100 doanh nghiệp hai bên.",
    )
    assert [(m.kind, m.label, m.date, m.place, m.participants) for m in meetings] == [
        ("audience", "hội kiến", DAY, "Nam Ninh", ("Hoàng Văn Nam", "Lục Minh")),
        (
            "forum",
            "Diễn đàn hợp tác kinh tế Lạng Sơn – Quảng Tây",
            DAY,
            "Nam Ninh",
            ("Hoàng Văn Nam",),
        ),
    ]


def test_an_official_quoted_after_another_meeting_with_them_speaks_there_not_at_the_event() -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Hà Nội, Bộ Công Thương và tỉnh Vân Nam tổ chức Hội nghị xúc tiến thương "
        "mại Việt Nam - Vân Nam.",
        "Ông Lý Minh Hoa, Phó Tỉnh trưởng tỉnh Vân Nam, cho biết tỉnh sẵn sàng mở rộng nhập "
        "khẩu nông sản.",
        "Hội nghị thu hút 200 doanh nghiệp.",
        "Chiều cùng ngày, Phó Thủ tướng Trần Văn Nam đã tiếp ông Lý Minh Hoa. Phó Thủ tướng Trần "
        "Văn Nam đề nghị tỉnh Vân Nam tạo thuận lợi thông quan.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("conference", ("Lý Minh Hoa",)),
        ("reception", ("Trần Văn Nam", "Lý Minh Hoa")),
    ]


def test_a_fair_the_delegation_attends_before_a_working_session_is_the_main_meeting() -> None:
    meetings = _meetings(
        None,
        "Từ ngày 19 đến 21/5, đoàn công tác tỉnh Hà Giang do ông Lê Văn Hòa, Phó Chủ tịch UBND "
        "tỉnh làm trưởng đoàn đã tham dự Hội chợ Trung Quốc - Nam Á lần thứ 9 tại thành phố Côn "
        "Minh và làm việc với Sở Thương mại tỉnh Vân Nam.",
        "Chiều 20/5, đoàn công tác đã làm việc với Sở Thương mại tỉnh Vân Nam. Tiếp đoàn có bà "
        "Lý Minh Hoa, Phó Giám đốc Sở Thương mại tỉnh Vân Nam.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("fair", DAY, ("Lê Văn Hòa",)),
        ("working session", date(2024, 5, 20), ("Lý Minh Hoa", "Lê Văn Hòa")),
    ]


def test_a_lead_sentence_opening_another_event_the_same_day_does_not_tell_the_main_again() -> None:
    meetings = _meetings(
        None,
        "Sáng 19/5, ông Trần Văn Nam, Chủ tịch UBND tỉnh đã tiếp đoàn doanh nghiệp Tập đoàn Hồng "
        "Hà. Chiều cùng ngày, Chủ tịch UBND tỉnh tiếp và làm việc với ông Lý Minh Hoa, Phó Tỉnh "
        "trưởng tỉnh Vân Nam.",
    )
    assert meetings[0].participants == ("Trần Văn Nam",)


def test_a_photo_story_tells_its_meetings_in_the_captions() -> None:
    page = (
        "<html><head><title>Ảnh: Khai mạc Hội chợ biên giới Hà Giang – Văn Sơn</title></head>"
        "<body><article><h1>Ảnh: Khai mạc Hội chợ biên giới Hà Giang – Văn Sơn</h1>"
        "<p>Sáng 19/5/2024, Hội chợ biên giới Hà Giang – Văn Sơn khai mạc. Mời bạn đọc xem ảnh.</p>"
        "<figure><img src='/1.jpg'><figcaption>Ông Lê Văn Hòa, Chủ tịch UBND tỉnh Hà Giang và "
        "ông Lý Minh Hoa, Phó Châu trưởng Châu Văn Sơn cắt băng khai mạc Hội chợ. Ảnh: Thu Hà"
        "</figcaption></figure>"
        "<figure><img src='/2.jpg'><figcaption>Gian hàng nông sản thu hút khách tham quan. "
        "Hội chợ có 300 gian hàng. Ảnh: Thu Hà</figcaption></figure>"
        "<figure><img src='/3.jpg'><figcaption>Bên lề Hội chợ, ông Trần Văn Nam, Phó Chủ tịch "
        "UBND tỉnh Hà Giang tiếp ông Vương Kiện, Phó Tỉnh trưởng tỉnh Vân Nam. Hai bên trao đổi "
        "về cửa khẩu. Ảnh: Thu Hà</figcaption></figure>"
        "</article></body></html>"
    )
    article = parse_article(page, filename="page.html")
    assert [(m.kind, m.date, m.participants) for m in article.meetings] == [
        ("fair", date(2024, 5, 19), ("Lê Văn Hòa", "Lý Minh Hoa")),
        ("reception", date(2024, 5, 19), ("Trần Văn Nam", "Vương Kiện")),
    ]


@pytest.mark.parametrize(
    ("entry", "kinds"),
    [
        (
            "Hội nghị xúc tiến thương mại Việt Nam – Vân Nam khai mạc tại Trung tâm Hội nghị "
            "Quốc gia.",
            ["reception", "conference"],
        ),
        ("Diễn đàn doanh nghiệp Việt Nam – Vân Nam diễn ra tại Hà Nội.", ["reception", "forum"]),
        (
            "Hội nghị xúc tiến thương mại Việt Nam – Vân Nam sẽ khai mạc vào ngày mai.",
            ["reception"],
        ),
    ],
)
def test_a_live_report_s_entry_telling_an_event_opening_reports_it(
    entry: str, kinds: list[str]
) -> None:
    meetings = _meetings(
        "Trực tiếp: Thủ tướng tiếp Phó Tỉnh trưởng Vân Nam",
        "Ngày 19/5, tại Hà Nội diễn ra chuỗi hoạt động hợp tác giữa Việt Nam và tỉnh Vân Nam.",
        "Tại Trụ sở Chính phủ, Thủ tướng Trần Văn Nam tiếp ông Lý Minh Hoa, Phó Tỉnh trưởng tỉnh "
        "Vân Nam.",
        entry,
        "Dự có Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và ông Vương Kiện, Phó Tỉnh trưởng tỉnh "
        "Vân Nam.",
    )
    assert [m.kind for m in meetings] == kinds
    assert all(m.date == DAY for m in meetings)
    if len(meetings) > 1:
        assert meetings[1].label in (
            "Hội nghị xúc tiến thương mại Việt Nam – Vân Nam",
            "Diễn đàn doanh nghiệp Việt Nam – Vân Nam",
        )
        assert meetings[1].participants == ("Nguyễn Hồng Diên", "Vương Kiện")


@pytest.mark.parametrize(
    "title",
    [None, "THÔNG CÁO CHUNG PHIÊN HỌP LẦN THỨ 9 ỦY BAN HỢP TÁC VIỆT NAM – VÂN NAM"],
)
def test_a_committee_session_two_officials_co_chair_is_a_conference(title: str | None) -> None:
    meetings = _meetings(
        title,
        "Ngày 19/5, tại Hà Nội, Phó Thủ tướng Trần Văn Nam và ông Lý Minh Hoa, Phó Tỉnh trưởng "
        "tỉnh Vân Nam, đồng chủ trì Phiên họp lần thứ 9 Ủy ban hợp tác Việt Nam – Vân Nam.",
        "Hai bên đánh giá cao kết quả hợp tác kể từ Phiên họp lần thứ 8.",
        "Nhân dịp này, ông Lý Minh Hoa đã chào xã giao Chủ tịch nước Lương Văn Hòa.",
    )
    # a standing committee's numbered session, held as its 'Hội nghị lần thứ N' is
    assert [(m.kind, m.label, m.date, m.participants) for m in meetings] == [
        (
            "conference",
            "Phiên họp lần thứ 9 Ủy ban hợp tác Việt Nam – Vân Nam",
            DAY,
            ("Trần Văn Nam", "Lý Minh Hoa"),
        ),
        ("courtesy call", "chào xã giao", DAY, ("Lý Minh Hoa", "Lương Văn Hòa")),
    ]


@pytest.mark.parametrize(
    ("earlier", "day"),
    [
        ("Trước đó, đoàn đã dự Diễn đàn xúc tiến thương mại Vân Nam – Việt Nam tại Hà Nội.", None),
        (
            "Trước đó, tại Hải Phòng, Phó Tỉnh trưởng Lý Minh Hoa đã gặp Chủ tịch UBND thành phố "
            "Trần Văn Hải.",
            None,
        ),
        (
            "Trước đó, sáng cùng ngày, đoàn đã dự Diễn đàn xúc tiến thương mại Vân Nam – Việt Nam.",
            DAY,
        ),
        (
            "Trước đó, ngày 17/5, đoàn đã dự Diễn đàn xúc tiến thương mại Vân Nam – Việt Nam.",
            date(2024, 5, 17),
        ),
    ],
)
def test_a_meeting_said_only_to_be_earlier_has_no_day(earlier: str, day: date | None) -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, tại Hà Nội, Phó Chủ tịch nước Trần Thị Lan đã tiếp bà Lý Minh Hoa, Phó Tỉnh "
        "trưởng tỉnh Vân Nam, nhân dịp bà dẫn đầu đoàn đại biểu tỉnh Vân Nam thăm Việt Nam.",
        "Hai bên trao đổi về hợp tác nông nghiệp.",
        earlier,
    )
    assert [m.date for m in meetings] == [DAY, day]


@pytest.mark.parametrize("verb", ["dự", "tham dự", "cùng dự"])
def test_an_event_attended_after_another_meeting_in_the_same_clause_is_a_meeting(
    verb: str,
) -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, tại Hà Nội, Chủ tịch Quốc hội Trần Văn Nam đã tiếp ông Lý Minh Hoa, Bí thư "
        "Tỉnh ủy Vân Nam.",
        "Hai bên trao đổi về hợp tác giữa các cơ quan lập pháp.",
        f"Cùng ngày, ông Lý Minh Hoa đã hội kiến Thủ tướng Lê Văn Hải và {verb} Diễn đàn hợp tác "
        "kinh tế Vân Nam – Việt Nam do Bộ Công Thương tổ chức.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("reception", DAY, ("Trần Văn Nam", "Lý Minh Hoa")),
        ("audience", DAY, ("Lý Minh Hoa", "Lê Văn Hải")),
        ("forum", DAY, ("Lý Minh Hoa",)),
    ]


@pytest.mark.parametrize("opening", ["Cùng tiếp đoàn có", "Cùng tiếp đoàn,"])
def test_other_hosts_and_the_guests_side_named_after_the_reception_take_part(
    opening: str,
) -> None:
    (meeting,) = _meetings(
        "Bí thư Tỉnh ủy Trần Văn Nam tiếp đoàn công tác Quảng Tây",
        "Chiều 19/5, đồng chí Trần Văn Nam, Bí thư Tỉnh ủy Lạng Sơn đã tiếp đoàn công tác Quảng "
        "Tây do ông Lý Minh Hoa, Phó Chủ tịch Chính quyền nhân dân Khu tự trị Quảng Tây làm "
        f"trưởng đoàn. {opening} đồng chí Lê Văn Hải, Chủ tịch UBND tỉnh Lạng Sơn; lãnh đạo Sở "
        "Ngoại vụ. Về phía Quảng Tây có ông Vương Kiện, Thị trưởng thành phố Sùng Tả.",
    )
    assert meeting.participants == ("Trần Văn Nam", "Lý Minh Hoa", "Lê Văn Hải", "Vương Kiện")


def test_the_main_meeting_takes_the_day_its_sentence_opens_with_not_the_trip_s_first() -> None:
    meetings = _meetings(
        "Đại sứ Trần Văn Nam thăm và làm việc tại Tân Cương",
        "Từ ngày 19 đến 21/5, Đại sứ Việt Nam tại Trung Quốc Trần Văn Nam thăm và làm việc tại "
        "Khu tự trị Tân Cương.",
        "Ngày 20/5, tại Urumqi, Đại sứ Trần Văn Nam đã làm việc với ông Lý Minh Hoa, Chủ tịch "
        "Chính phủ Nhân dân Khu tự trị Tân Cương.",
        "Trước đó, ngày 19/5, Đại sứ Trần Văn Nam đã chào xã giao ông Vương Kiện, Bí thư Khu ủy "
        "Tân Cương.",
    )
    assert [(m.kind, m.date) for m in meetings] == [
        ("working session", date(2024, 5, 20)),
        ("courtesy call", DAY),
    ]


@pytest.mark.parametrize(
    ("reception", "parties"),
    [
        (
            "Trước đó, chiều 18/5, Chủ tịch UBND tỉnh Lê Văn Hải đã tiếp xã giao đoàn và cùng "
            "đoàn khảo sát khu vực cửa khẩu.",
            ("Lê Văn Hải", "Lý Minh Hoa"),
        ),
        (
            "Trước đó, chiều 18/5, Chủ tịch UBND tỉnh Lê Văn Hải đã tiếp đoàn công tác Khu tự trị "
            "Quảng Tây.",
            ("Lê Văn Hải", "Lý Minh Hoa"),
        ),
        (
            "Trước đó, chiều 18/5, Chủ tịch UBND tỉnh Lê Văn Hải đã tiếp đoàn doanh nghiệp tỉnh "
            "Hà Nam (Trung Quốc).",
            ("Lê Văn Hải",),
        ),
    ],
)
def test_the_delegation_a_host_receives_is_led_by_the_main_meeting_s_party_of_the_other_side(
    reception: str, parties: tuple[str, ...]
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại thành phố Lạng Sơn, Ủy ban công tác liên hợp tổ chức Hội nghị lần thứ 9. "
        "Đồng chủ trì Hội nghị có đồng chí Trần Văn Nam, Bí thư Tỉnh ủy Lạng Sơn và ông Lý Minh "
        "Hoa, Phó Chủ tịch Chính phủ Nhân dân Khu tự trị Quảng Tây.",
        "Hai bên đánh giá kết quả hợp tác năm 2023.",
        reception,
    )
    assert [(m.kind, m.participants) for m in meetings][1] == ("reception", parties)


@pytest.mark.parametrize(
    ("summary", "kind"),
    [
        (
            "Hơn 150 doanh nghiệp Vân Nam và Hà Nội gặp gỡ tại hội nghị kết nối giao thương.",
            "conference",
        ),
        ("Doanh nghiệp hai bên gặp mặt tại Diễn đàn hợp tác Việt Nam - Vân Nam.", "forum"),
    ],
)
def test_people_meeting_at_a_named_event_make_the_event_the_meeting(
    summary: str, kind: str
) -> None:
    (meeting,) = _meetings(
        None,
        summary,
        "Sáng 19/5, tại Hà Nội, Sở Công Thương Hà Nội phối hợp Sở Thương mại tỉnh Vân Nam tổ "
        "chức sự kiện. Tham dự có ông Vương Tề Lâm, Phó Tỉnh trưởng tỉnh Vân Nam và ông Nguyễn "
        "Mạnh Quyền, Phó Chủ tịch UBND thành phố Hà Nội.",
    )
    assert (meeting.kind, meeting.participants) == (kind, ("Vương Tề Lâm", "Nguyễn Mạnh Quyền"))


def test_officials_meeting_at_a_named_event_meet_on_their_own() -> None:
    (meeting,) = _meetings(
        None,
        "Ngày 19/5, Bộ trưởng Lê Văn An đã gặp Chủ tịch Khu tự trị Quảng Tây Lam Thiên Lập tại "
        "Hội nghị hợp tác kinh tế Việt Nam - Quảng Tây.",
    )
    assert (meeting.kind, meeting.participants) == ("meeting", ("Lê Văn An", "Lam Thiên Lập"))


@pytest.mark.parametrize(
    ("earlier", "kind"),
    [
        (
            "Trước đó, chiều 18/5, đoàn công tác tỉnh Lạng Sơn đã có buổi hội kiến đồng chí Trần "
            "Cương, Bí thư Khu ủy Quảng Tây.",
            "audience",
        ),
        (
            "Trước đó, chiều 18/5, đoàn công tác tỉnh Lạng Sơn đã có cuộc hội đàm với đồng chí "
            "Trần Cương, Bí thư Khu ủy Quảng Tây.",
            "talks",
        ),
    ],
)
def test_a_meeting_the_delegation_had_on_an_earlier_day_as_a_noun_is_reported(
    earlier: str, kind: str
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Nam Ninh, đoàn công tác tỉnh Lạng Sơn do đồng chí Hồ Tiến Thiệu, Chủ tịch "
        "UBND tỉnh Lạng Sơn làm trưởng đoàn đã làm việc với đồng chí Vi Thao, Chủ tịch Khu tự "
        "trị Quảng Tây.",
        "Hai bên nhất trí thúc đẩy thông quan.",
        earlier,
    )
    assert [(m.kind, m.date, m.participants) for m in meetings][1:] == [
        (kind, date(2024, 5, 18), ("Trần Cương",))
    ]


def test_a_meeting_told_again_as_a_noun_is_not_another_one() -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Nam Ninh, Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu đã hội kiến Bí thư "
        "Khu ủy Quảng Tây Trần Cương.",
        "Tại buổi hội kiến, Bí thư Trần Cương đánh giá cao hợp tác giữa hai bên.",
    )
    assert [m.kind for m in meetings] == ["audience"]


@pytest.mark.parametrize(
    ("event", "kind", "label"),
    [
        (
            "Ngày 12/5, tại thành phố Lào Cai, Cục Xuất nhập khẩu (Bộ Công Thương) phối hợp với "
            "Sở Thương mại tỉnh Vân Nam tổ chức Hội thảo kết nối logistics Việt Nam - Vân Nam.",
            "seminar",
            "Hội thảo kết nối logistics Việt Nam - Vân Nam",
        ),
        (
            "Ngày 12/5, Hội nghị kết nối giao thương nông sản Việt Nam - Vân Nam đã diễn ra tại "
            "Lào Cai.",
            "conference",
            "Hội nghị kết nối giao thương nông sản Việt Nam - Vân Nam",
        ),
        (
            "Ngày 12/5, tại Lào Cai, Cục Xúc tiến thương mại tổ chức Hội nghị kết nối giao thương "
            "Việt Nam - Vân Nam theo hình thức trực tiếp kết hợp trực tuyến.",
            "conference",
            "Hội nghị kết nối giao thương Việt Nam - Vân Nam",
        ),
    ],
)
def test_a_named_event_told_further_down_takes_those_who_speak_at_it(
    event: str, kind: str, label: str
) -> None:
    meetings = _meetings(
        "Thương mại Việt Nam - Vân Nam tăng",
        "Năm 2024, kim ngạch thương mại giữa Vân Nam và Việt Nam đạt 3,1 tỷ USD, tăng 5%.",
        "Hàng nông sản chiếm phần lớn.",
        event,
        "Ông Trần Thanh Hải, Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương) cho rằng đường "
        "sắt giúp giảm chi phí. Ông Lý Minh Hoa, Phó Giám đốc Sở Thương mại tỉnh Vân Nam cho "
        "biết tỉnh sẽ tăng chuyến tàu.",
    )
    assert [(m.kind, m.label, m.date, m.place, m.participants) for m in meetings] == [
        (kind, label, date(2024, 5, 12), "Lào Cai", ("Trần Thanh Hải", "Lý Minh Hoa"))
    ]


def test_an_event_told_further_down_with_no_one_named_after_it_is_no_meeting() -> None:
    meetings = _meetings(
        "Giao lưu thanh niên Lào Cai - Vân Nam",
        "Ngày 19/5, Tỉnh đoàn Lào Cai tổ chức giao lưu với thanh niên Vân Nam. Tham dự có ông Trần "
        "Văn Hải, Phó Chủ tịch UBND tỉnh Lào Cai và ông Lý Minh Hoa, Phó Bí thư Khu đoàn Vân Nam.",
        "Hai bên trao đổi kinh nghiệm khởi nghiệp.",
        "Trong khuôn khổ chương trình, hai bên đã tổ chức diễn đàn khởi nghiệp xuyên biên giới.",
    )
    assert meetings == []


@pytest.mark.parametrize(
    "attending",
    [
        "Phía Việt Nam, Phó Thủ tướng Trần Hồng Hà dẫn đầu đoàn đại biểu dự sự kiện.",
        "Dự lễ khai mạc có Phó Thủ tướng Trần Hồng Hà cùng đại diện các tỉnh biên giới.",
    ],
)
def test_those_said_to_attend_the_event_without_its_kind_take_part(attending: str) -> None:
    (meeting,) = _meetings(
        "Khai mạc Hội chợ Trung Quốc - ASEAN tại Nam Ninh",
        "Sáng 19/5, Hội chợ Trung Quốc - ASEAN lần thứ 21 đã khai mạc tại thành phố Nam Ninh. "
        "Phó Thủ tướng Quốc vụ viện Trung Quốc Hà Lập Phong phát biểu tại lễ khai mạc.",
        "Gian hàng Việt Nam gồm 280 gian của 150 doanh nghiệp.",
        attending,
    )
    assert (meeting.kind, meeting.participants) == ("fair", ("Hà Lập Phong", "Trần Hồng Hà"))


@pytest.mark.parametrize(
    ("paragraphs", "day"),
    [
        # in a later sentence
        (
            (
                "Ngày 19/5, Bộ trưởng Bộ Công Thương Lê Văn Hải hội đàm với ông Lục Minh, Chủ "
                "tịch Khu tự trị Quảng Tây.",
                "Ngày 20/5, Bộ trưởng Lê Văn Hải hội kiến ông Trương Bình, Bí thư Thành ủy Nam "
                "Ninh, sau đó làm việc với ông Hoàng Vĩ, Thị trưởng thành phố Nam Ninh.",
            ),
            date(2024, 5, 20),
        ),
        # in the lead
        (
            (
                "Ngày 19/5, Bộ trưởng Bộ Công Thương Lê Văn Hải hội kiến ông Trương Bình, Bí thư "
                "Thành ủy Nam Ninh, rồi có buổi làm việc với ông Hoàng Vĩ, Thị trưởng thành phố "
                "Nam Ninh.",
            ),
            DAY,
        ),
    ],
)
def test_two_meetings_one_after_the_other_in_one_sentence_are_two(
    paragraphs: tuple[str, ...], day: date
) -> None:
    meetings = _meetings(None, *paragraphs)
    assert [(m.kind, m.date, m.participants) for m in meetings][-2:] == [
        ("audience", day, ("Lê Văn Hải", "Trương Bình")),
        ("working session", day, ("Lê Văn Hải", "Hoàng Vĩ")),
    ]


@pytest.mark.parametrize(
    "later",
    [
        "Sáng 20/5, Phó Thủ tướng hội kiến ông Trương Bình, Bí thư Thành ủy Nam Ninh.",
        "Ngày 20/5, Phó Thủ tướng đã hội kiến ông Trương Bình, Bí thư Thành ủy Nam Ninh.",
        # the subject after a dash closing an aside on the place
        "Ngày 20/5, tại thành phố Nam Ninh – thủ phủ Quảng Tây, cách Hà Nội hơn 300 km – Phó "
        "Thủ tướng đã hội kiến ông Trương Bình, Bí thư Thành ủy Nam Ninh.",
    ],
)
def test_a_subject_named_by_office_alone_is_the_official_named_so_before(later: str) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Phó Thủ tướng Trần Văn Hòa hội đàm với ông Lục Minh, Chủ tịch Khu tự trị "
        "Quảng Tây.",
        later,
    )
    # another guest on another day: another meeting, though the host is the same
    assert [(m.kind, m.participants) for m in meetings] == [
        ("talks", ("Trần Văn Hòa", "Lục Minh")),
        ("audience", ("Trần Văn Hòa", "Trương Bình")),
    ]


@pytest.mark.parametrize(
    ("later", "kinds"),
    [
        (
            "Sáng cùng ngày, Hội Hữu nghị Việt - Trung đã tổ chức Tọa đàm “Hợp tác biên giới: "
            "Kế thừa và phát triển” với sự tham gia của nhiều nhà nghiên cứu.",
            ["reception", "seminar"],
        ),
        (
            "Chiều cùng ngày, Sở Công Thương đăng cai Hội thảo xúc tiến xuất khẩu nông sản với "
            "hơn 100 doanh nghiệp.",
            ["reception", "seminar"],
        ),
        # an event named by its word alone, among businesses: no meeting of officials
        (
            "Cùng ngày, hai bên đã tổ chức hội nghị kết nối giao thương với hơn 200 doanh "
            "nghiệp tham dự.",
            ["reception"],
        ),
    ],
)
def test_a_named_event_a_body_holds_the_same_day_is_a_meeting_of_its_own(
    later: str, kinds: list[str]
) -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, tại Hà Nội, ông Trần Văn Nam, Phó Chủ tịch nước, tiếp ông Lý Minh Hoa, Đại "
        "sứ Trung Quốc tại Việt Nam.",
        later,
    )
    assert [m.kind for m in meetings] == kinds
    assert all(m.date == DAY for m in meetings)


@pytest.mark.parametrize(
    "signing",
    [
        "Sáng 20/5, tại Diễn đàn xúc tiến du lịch Quảng Tây - Hải Phòng tổ chức ở quận Đồ Sơn, "
        "Sở Du lịch thành phố Hải Phòng và Sở Văn hóa và Du lịch Quảng Tây đã ký Bản ghi nhớ "
        "hợp tác du lịch.",
        "Sáng 20/5, Sở Du lịch thành phố Hải Phòng và Sở Văn hóa và Du lịch Quảng Tây đã ký kết "
        "Bản ghi nhớ hợp tác du lịch tại Diễn đàn xúc tiến du lịch Quảng Tây - Hải Phòng.",
    ],
)
def test_a_named_forum_where_a_signing_took_place_on_its_day_is_a_meeting(signing: str) -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, ông Trần Văn Nam, Chủ tịch UBND thành phố Hải Phòng, tiếp ông Lý Minh Hoa, "
        "Phó Chủ tịch Khu tự trị Quảng Tây.",
        signing,
        "Phát biểu tại diễn đàn, ông Trần Văn Nam nhấn mạnh mục tiêu đón 1 triệu lượt khách.",
    )
    assert [(m.kind, m.label, m.date, m.participants) for m in meetings] == [
        ("reception", "tiếp", DAY, ("Trần Văn Nam", "Lý Minh Hoa")),
        (
            "forum",
            "Diễn đàn xúc tiến du lịch Quảng Tây - Hải Phòng",
            date(2024, 5, 20),
            ("Trần Văn Nam",),
        ),
    ]


@pytest.mark.parametrize(
    "other_side",
    [
        "Các nước ASEAN có Phó Thủ tướng Thái Lan Somchai Wongsawat, Bộ trưởng Công Thương "
        "Malaysia Ahmad Zaki và Tổng Thư ký ASEAN Lim Jock Hoi, cùng đại diện nhiều bộ, ngành.",
        "Đoàn Thái Lan có Phó Thủ tướng Thái Lan Somchai Wongsawat.",
    ],
)
def test_an_attendance_list_goes_on_for_another_side_in_the_next_sentence(
    other_side: str,
) -> None:
    """'Tham dự lễ khai mạc về phía Trung Quốc có A. Các nước ASEAN có B, C …': the second
    sentence names no event, and goes on with the list."""
    meetings = _meetings(
        "Khai mạc Hội chợ Trung Quốc - ASEAN lần thứ 21 tại Nam Ninh",
        "Sáng 19/5, tại Nam Ninh, Hội chợ Trung Quốc - ASEAN lần thứ 21 đã khai mạc với sự tham "
        "dự của Phó Thủ tướng Trần Văn Bình.",
        "Tham dự lễ khai mạc về phía Trung Quốc có Phó Thủ tướng Quốc vụ viện Trung Quốc Lý Văn "
        f"Hoa. {other_side}",
    )
    assert meetings[0].kind == "fair"
    assert {"Trần Văn Bình", "Lý Văn Hoa", "Somchai Wongsawat"} <= set(meetings[0].participants)


@pytest.mark.parametrize(
    ("lead", "attended", "kind", "parties"),
    [
        # the event by its word alone, those it names past 'còn có sự tham dự của'
        (
            "Ngày 19/5, Diễn đàn hợp tác Mê Kông - Lan Thương 2024 khai mạc tại Côn Minh với sự "
            "tham gia của học giả các nước. Đoàn Việt Nam do Thứ trưởng Ngoại giao Lê Văn Hải "
            "dẫn đầu.",
            "Diễn đàn còn có sự tham dự của Thứ trưởng Ngoại giao Thái Lan Somchai Wongsawat và "
            "Đại sứ Lào tại Trung Quốc Khamphao Ernthavanh.",
            "forum",
            ("Somchai Wongsawat", "Khamphao Ernthavanh"),
        ),
        # past a clause on who held it, a list of ';' items, the later ones title first
        (
            "Ngày 19/5, tại Hải Khẩu, Đại sứ Việt Nam tại Trung Quốc Trần Văn Bình đã tham dự và "
            "phát biểu tại Diễn đàn hợp tác Hải Nam - ASEAN 2024.",
            "Diễn đàn do Chính quyền nhân dân tỉnh Hải Nam chủ trì, với sự tham dự của ông Trần "
            "Quốc Vỹ, Phó Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hải Nam; Đại sứ Thái Lan tại Trung "
            "Quốc Somchai Wongsawat, Đại sứ Lào tại Trung Quốc Khamphao Ernthavanh, cùng đại "
            "diện các doanh nghiệp.",
            "forum",
            ("Trần Quốc Vỹ", "Somchai Wongsawat", "Khamphao Ernthavanh"),
        ),
        # the first item's office held the event with another
        (
            "Thông tin được đưa ra tại Hội nghị xúc tiến du lịch Quảng Đông - Việt Nam diễn ra "
            "ngày 19/5 tại Hà Nội, do Cục Du lịch Quốc gia Việt Nam phối hợp với Sở Văn hóa và "
            "Du lịch tỉnh Quảng Đông tổ chức.",
            "Hội nghị có sự tham dự của ông Trần Văn Bình, Cục trưởng Cục Du lịch Quốc gia Việt "
            "Nam; ông Lý Văn Hoa, Phó Giám đốc Sở Văn hóa và Du lịch tỉnh Quảng Đông; ông Vương "
            "Minh, Tổng Lãnh sự Trung Quốc tại TP. Hồ Chí Minh, cùng hơn 100 doanh nghiệp.",
            "conference",
            ("Trần Văn Bình", "Lý Văn Hoa", "Vương Minh"),
        ),
        # the event's opening, for the event with sessions the article tells
        (
            "Sáng 19/5, Hội chợ Trung Quốc - ASEAN lần thứ 21 khai mạc tại Nam Ninh. Thứ trưởng "
            "Bộ Công Thương Lê Văn Hải dự và phát biểu tại Hội chợ.",
            "Lễ khai mạc có sự góp mặt của Phó Thủ tướng Thái Lan Somchai Wongsawat.",
            "fair",
            ("Somchai Wongsawat",),
        ),
    ],
)
def test_an_event_by_its_word_alone_said_to_be_attended_takes_those_named(
    lead: str, attended: str, kind: str, parties: tuple[str, ...]
) -> None:
    """'Diễn đàn còn có sự tham dự của A và B', 'Hội nghị có sự tham dự của ông A, …; ông B,
    …', past the lead: the sentence's subject is the event told, and those it names attended
    it."""
    meetings = _meetings(None, lead, "Năm nay, hợp tác giữa các bên tiếp tục mở rộng.", attended)
    assert meetings[0].kind == kind
    assert set(parties) <= set(meetings[0].participants)


def test_a_conference_named_by_its_word_alone_after_a_day_is_the_one_told() -> None:
    meetings = _meetings(
        None,
        "Sáng 19/5, Bộ Công Thương tổ chức Hội nghị xúc tiến thương mại Việt Nam - Quảng Tây với "
        "sự tham dự của Thứ trưởng Phan Thị Thắng và ông Lý Minh Hoa, Phó Chủ tịch Khu tự trị "
        "Quảng Tây.",
        "Chiều 19/5, tại Hội nghị, Thứ trưởng Phan Thị Thắng đã ký biên bản với ông Lý Minh Hoa.",
    )
    assert [m.kind for m in meetings] == ["conference"]


@pytest.mark.parametrize(
    ("school", "head"),
    [
        ("Trường Đại học Hải Phòng", "Hiệu trưởng"),
        ("Học viện Ngoại giao", "Giám đốc"),
    ],
)
def test_the_delegation_s_working_session_with_a_school_whose_head_speaks_next(
    school: str, head: str
) -> None:
    meetings = _meetings(
        None,
        "Sáng 19/5, ông Trần Văn Nam, Chủ tịch UBND thành phố Hải Phòng, tiếp ông Lý Minh Hoa, "
        "Tổng Lãnh sự Trung Quốc tại Hà Nội.",
        f"Cùng ngày, đoàn Tổng Lãnh sự quán đã làm việc với {school}. Ông Lê Văn Bình, {head} "
        f"{school}, cho biết nhà trường có 300 sinh viên học tiếng Trung.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("reception", DAY, ("Trần Văn Nam", "Lý Minh Hoa")),
        ("working session", DAY, ("Lê Văn Bình",)),
    ]


@pytest.mark.parametrize(
    "aside",
    [
        "Bên lề hội chợ, chiều 19/5, ông Trần Văn Nam đã làm việc với Cục Thương mại tỉnh Vân "
        "Nam về việc đưa thủy sản vào chợ đầu mối. Bà Lý Mai, Phó Cục trưởng Cục Thương mại tỉnh "
        "Vân Nam cho biết, tỉnh muốn nhập thêm tôm.",
        "Bên lề hội chợ, Phó Chủ tịch UBND tỉnh Trần Văn Nam đã có buổi làm việc với Cục Thương "
        "mại tỉnh Vân Nam để bàn về kho lạnh. Bà Lý Mai, Phó Cục trưởng Cục Thương mại tỉnh Vân "
        "Nam cho biết, tỉnh muốn nhập thêm tôm.",
    ],
)
def test_a_working_session_with_a_body_on_the_side_of_a_fair_is_a_meeting_of_its_own(
    aside: str,
) -> None:
    meetings = _meetings(
        None,
        "Sáng 19/5, tại thành phố Côn Minh, Hội chợ Trung Quốc - Nam Á lần thứ 8 chính thức khai "
        "mạc. Đoàn công tác tỉnh Cà Mau do ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh Cà Mau dẫn "
        "đầu tham gia hội chợ.",
        "Hội chợ năm nay có hơn 2.000 doanh nghiệp trưng bày.",
        aside,
    )
    # the official of the body met who speaks next took part in the session, not in the fair
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("fair", DAY, ("Trần Văn Nam",)),
        ("working session", DAY, ("Trần Văn Nam", "Lý Mai")),
    ]


@pytest.mark.parametrize(
    "purpose",
    [
        "để trao đổi về việc đưa nông sản vào kho lạnh tại Bằng Tường",
        # what it was about
        "về hợp tác xúc tiến thương mại và tổ chức các hội chợ tại Bằng Tường năm 2025",
        ", trao đổi về bảo đảm thông quan tại cửa khẩu Hữu Nghị",
    ],
)
def test_a_place_what_the_meeting_was_for_speaks_of_is_not_where_it_was(purpose: str) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Nam Ninh, Bộ trưởng Bộ Công Thương Lê Văn Hải hội đàm với ông Lục Minh, "
        "Chủ tịch Khu tự trị Quảng Tây.",
        "Chiều cùng ngày, Bộ trưởng Lê Văn Hải đã có buổi làm việc với ông Hoàng Vĩ, Giám đốc Sở "
        f"Thương vụ Quảng Tây {purpose}.",
    )
    assert [(m.kind, m.place) for m in meetings] == [
        ("talks", "Nam Ninh"),
        ("working session", "Nam Ninh"),
    ]


@pytest.mark.parametrize(
    ("later", "kind", "participants"),
    [
        # both sides of the main meeting
        (
            "Chiều cùng ngày, hai đoàn hội đàm tại thành phố Bằng Tường.",
            "talks",
            ("Trần Văn Hòa", "Lục Minh"),
        ),
        (
            "Chiều cùng ngày, hai Bộ trưởng đã dự Hội nghị tổng kết công tác phối hợp quản lý "
            "biên giới.",
            "conference",
            ("Trần Văn Hòa", "Lục Minh"),
        ),
        # an event attended by the official named before by office alone
        (
            "Chiều cùng ngày, Phó Thủ tướng dự và phát biểu tại Diễn đàn hợp tác kinh tế Việt "
            "Nam - Quảng Tây.",
            "forum",
            ("Trần Văn Hòa",),
        ),
    ],
)
def test_a_meeting_whose_subject_names_no_one_is_reported(
    later: str, kind: str, participants: tuple[str, ...]
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Nam Ninh, Phó Thủ tướng Trần Văn Hòa hội kiến ông Lục Minh, Bí thư Khu ủy "
        "Quảng Tây.",
        later,
    )
    assert [(m.kind, m.date, m.participants) for m in meetings][1:] == [(kind, DAY, participants)]


@pytest.mark.parametrize("there", ["Tại đây", "Ở đó"])
def test_a_meeting_told_there_takes_the_day_and_place_of_the_sentence_before(there: str) -> None:
    meetings = _meetings(
        None,
        "Sáng 19/5, tại thành phố Lạng Sơn, Bộ trưởng Bộ Quốc phòng Trần Văn Hòa đã hội đàm với "
        "ông Lục Minh, Bộ trưởng Bộ Quốc phòng Trung Quốc.",
        "Sáng 20/5, đoàn đại biểu Bộ Quốc phòng Việt Nam sang thành phố Bằng Tường, Khu tự trị "
        f"dân tộc Choang Quảng Tây. {there}, ông Lam Phong, Chủ tịch Khu tự trị Quảng Tây đã "
        "hội kiến Bộ trưởng Trần Văn Hòa.",
    )
    assert [(m.kind, m.date, m.place) for m in meetings] == [
        ("talks", DAY, "Lạng Sơn"),
        ("audience", date(2024, 5, 20), "Bằng Tường"),
    ]


def test_a_summary_of_a_trip_of_several_days_is_not_a_meeting_on_its_first_day() -> None:
    meetings = _meetings(
        None,
        "Trong chuyến công tác tại tỉnh Chiết Giang từ ngày 19 đến 21/5, lãnh đạo tỉnh Quảng "
        "Ngãi đã làm việc với chính quyền tỉnh và gặp gỡ doanh nghiệp.",
        "Chiều 19/5, tại Hàng Châu, ông Lư Sơn, Phó Tỉnh trưởng tỉnh Chiết Giang đã tiếp ông "
        "Nguyễn Hoàng Giang, Chủ tịch UBND tỉnh Quảng Ngãi.",
        "Ngày 21/5, đoàn thăm cảng Ninh Ba và làm việc với lãnh đạo thành phố Ninh Ba.",
    )
    assert [(m.kind, m.date) for m in meetings] == [
        ("reception", DAY),
        ("working session", date(2024, 5, 21)),
    ]


@pytest.mark.parametrize(
    ("body", "host", "name"),
    [
        # the body's head, by office alone
        ("Bộ Công Thương", "Bộ trưởng Nguyễn Hồng Diên", "Nguyễn Hồng Diên"),
        # an official of the place whose leaders were met
        (
            "lãnh đạo thành phố Ninh Ba",
            "Ông Thang Phi Phàm, Phó Thị trưởng thành phố Ninh Ba",
            "Thang Phi Phàm",
        ),
    ],
)
def test_the_host_of_the_body_met_who_speaks_next_takes_part(
    body: str, host: str, name: str
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Hà Nội, Bí thư Trung ương Đảng Lê Hoài Trung đã hội đàm với ông Trần "
        "Cương, Bí thư Khu ủy Quảng Tây.",
        f"Ngày 20/5, ông Vi Thao, Chủ tịch Khu tự trị Quảng Tây làm việc với {body}. {host} cho "
        "biết hai bên sẽ mở thêm cửa khẩu thông minh.",
    )
    assert meetings[1].participants == ("Vi Thao", name)


def test_an_attendance_list_after_a_later_meeting_of_the_same_kind_is_not_the_first_s() -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, tại Hà Nội, Bí thư Trung ương Đảng Lê Hoài Trung đã hội đàm với ông Trần "
        "Cương, Bí thư Khu ủy Quảng Tây.",
        "Hai bên nhất trí đẩy nhanh nghiên cứu tuyến đường sắt kết nối với Nam Ninh.",
        "Sáng 21/5, tại Lạng Sơn, Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm đã hội đàm với ông "
        "Trần Cương. Tham dự có ông Hồ Tiến Thiệu, Chủ tịch UBND tỉnh Lạng Sơn.",
    )
    assert [m.participants for m in meetings] == [
        ("Lê Hoài Trung", "Trần Cương"),
        ("Hoàng Văn Nghiệm", "Trần Cương", "Hồ Tiến Thiệu"),
    ]


def test_a_working_group_led_by_another_is_not_the_visit_s_head_s() -> None:
    meetings = _meetings(
        None,
        "Từ ngày 19 đến 21/5, đoàn đại biểu Quảng Tây do ông Trần Cương, Bí thư Khu ủy Quảng Tây "
        "dẫn đầu thăm Việt Nam. Chiều 19/5, tại Hà Nội, Bí thư Trung ương Đảng Lê Hoài Trung đã "
        "hội đàm với ông Trần Cương.",
        "Hai bên nhất trí đẩy nhanh nghiên cứu tuyến đường sắt kết nối với Nam Ninh.",
        "Ngày 20/5, ông Vi Thao, Chủ tịch Khu tự trị Quảng Tây dẫn đoàn công tác làm việc với "
        "Bộ Công Thương.",
    )
    assert [m.participants for m in meetings] == [("Lê Hoài Trung", "Trần Cương"), ("Vi Thao",)]


@pytest.mark.parametrize("title", [None, "Khai mạc Hội chợ Trung Quốc - ASEAN lần thứ 22"])
def test_a_fair_opened_with_a_summit_is_the_main_event_and_the_summit_another(
    title: str | None,
) -> None:
    meetings = _meetings(
        title,
        "Sáng 19/5, Hội chợ Trung Quốc - ASEAN (CAExpo) lần thứ 22 và Hội nghị thượng đỉnh "
        "Thương mại và Đầu tư Trung Quốc - ASEAN đã khai mạc tại thành phố Nam Ninh.",
        "Dự lễ khai mạc có Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên.",
    )
    assert [(m.kind, m.date) for m in meetings] == [("fair", DAY), ("conference", DAY)]
    assert "Nguyễn Hồng Diên" in meetings[0].participants


def test_the_official_the_sentence_after_a_later_event_opens_quoting_spoke_there() -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Thành Đô, Phó Thủ tướng Trần Văn Hòa hội kiến ông Lục Minh, Bí thư Tỉnh "
        "ủy Tứ Xuyên.",
        "Chiều cùng ngày, Phó Thủ tướng dự và phát biểu tại Diễn đàn hợp tác kinh tế Việt Nam - "
        "Tứ Xuyên. Đại sứ Việt Nam tại Trung Quốc Phạm Sao Mai cho biết thương mại hai bên tăng "
        "26%.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("audience", ("Trần Văn Hòa", "Lục Minh")),
        ("forum", ("Trần Văn Hòa", "Phạm Sao Mai")),
    ]


@pytest.mark.parametrize(
    ("later", "reported"),
    [
        (
            "Sáng 20/5, tại Hội nghị xúc tiến đầu tư, thương mại tỉnh Lạng Sơn tổ chức tại Nam "
            "Ninh, ông Hoàng Văn Minh, Giám đốc Sở Công Thương tỉnh Lạng Sơn giới thiệu các dự án.",
            True,
        ),
        (
            "Chiều 20/5, tại Hội nghị giao thương nông sản diễn ra tại Nam Ninh, ông Hoàng Văn "
            "Minh, Giám đốc Sở Công Thương tỉnh Lạng Sơn giới thiệu các dự án.",
            True,
        ),
        # recalled, not reported: no day of its own, or not said where it was held
        (
            "Tại hội nghị, ông Hoàng Văn Minh, Giám đốc Sở Công Thương tỉnh Lạng Sơn giới thiệu "
            "các dự án.",
            False,
        ),
    ],
)
def test_an_event_named_on_its_day_with_where_it_was_held_is_a_meeting_of_its_own(
    later: str, reported: bool
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Chủ tịch UBND tỉnh Lạng Sơn Hồ Văn Tiến hội đàm với ông Lục Minh, Chủ tịch "
        "Khu tự trị Quảng Tây.",
        later,
    )
    expected = [("talks", date(2024, 5, 19))]
    if reported:
        expected.append(("conference", date(2024, 5, 20)))
    assert [(m.kind, m.date) for m in meetings] == expected


@pytest.mark.parametrize(
    ("lead", "participants"),
    [
        # a reception told as 'tiếp và làm việc', recalled as 'buổi làm việc'
        (
            "Ngày 19/5, ông Lê Văn Hùng - Phó Chủ tịch UBND tỉnh Lạng Sơn - đã tiếp và làm việc "
            "với đoàn công tác do ông Lục Minh - Phó Chủ tịch Khu tự trị Quảng Tây - dẫn đầu.",
            ("Lê Văn Hùng", "Lục Minh", "Trần Văn Khánh"),
        ),
        # a plain reception is not the working session a later sentence recalls
        (
            "Ngày 19/5, ông Lê Văn Hùng - Phó Chủ tịch UBND tỉnh Lạng Sơn - đã tiếp đoàn công "
            "tác do ông Lục Minh - Phó Chủ tịch Khu tự trị Quảng Tây - dẫn đầu.",
            ("Lê Văn Hùng", "Lục Minh"),
        ),
    ],
)
def test_a_reception_told_with_a_working_session_is_recalled_as_one(
    lead: str, participants: tuple[str, ...]
) -> None:
    meetings = _meetings(
        None,
        lead,
        "Tại buổi làm việc, ông Trần Văn Khánh - Giám đốc Sở Công Thương tỉnh Lạng Sơn - đề "
        "xuất lập tổ công tác chung.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [("reception", participants)]


def test_the_lead_after_an_outlet_s_dateline_names_the_fair_the_headline_puts_first() -> None:
    meetings = _meetings(
        "Phó Thủ tướng Lê Văn An dự khai mạc CAEXPO lần thứ 22, hội kiến Bí thư Khu ủy Quảng Tây",
        "VTV.vn - Sáng 19/5, tại Nam Ninh, Phó Thủ tướng Lê Văn An dẫn đầu Đoàn đại biểu Chính "
        "phủ Việt Nam dự Lễ khai mạc Hội chợ Trung Quốc - ASEAN (CAEXPO) lần thứ 22.",
        "Chiều cùng ngày, Phó Thủ tướng Lê Văn An hội kiến đồng chí Trần Cương, Bí thư Khu ủy "
        "Khu tự trị dân tộc Choang Quảng Tây.",
    )
    assert [(m.kind, m.date) for m in meetings] == [("fair", DAY), ("audience", DAY)]


@pytest.mark.parametrize(
    "occasion",
    ["Trong khuôn khổ chuyến công tác dự", "Nhân dịp dự"],
)
def test_the_event_a_trip_is_made_for_does_not_take_the_lead_s_people(occasion: str) -> None:
    meetings = _meetings(
        "Thủ tướng Lê Văn An hội kiến Bí thư Tỉnh ủy Vân Nam",
        f"{occasion} Hội nghị Thượng đỉnh GMS lần thứ 8 và làm việc tại Trung Quốc, chiều "
        "19/5, tại Côn Minh, Thủ tướng Lê Văn An đã hội kiến đồng chí Vương Văn Ninh, Bí thư "
        "Tỉnh ủy Vân Nam. "
        "Cùng dự có Bộ trưởng Bộ Công Thương Nguyễn Văn Diên.",
        "Ngày 20/5, Thủ tướng Lê Văn An dự Hội nghị Thượng đỉnh GMS lần thứ 8.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("audience", ("Lê Văn An", "Vương Văn Ninh", "Nguyễn Văn Diên")),
        ("conference", ("Lê Văn An",)),
    ]


@pytest.mark.parametrize(
    ("office", "head"),
    [
        ("Trưởng đoàn đại biểu Đảng Cộng sản Việt Nam", ("Lê Văn Trung",)),
        # a province's deputies to the National Assembly: an office, not this delegation's head
        ("Trưởng đoàn đại biểu Quốc hội tỉnh Lào Cai", ()),
    ],
)
def test_the_head_named_in_a_title_after_the_name_meets_with_the_delegation(
    office: str, head: tuple[str, ...]
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Hàng Châu, đồng chí Lê Văn Trung, Trưởng Ban Đối ngoại Trung ương, "
        f"{office}, đã hội kiến đồng chí Vương Văn Hạo, Bí thư Tỉnh ủy Chiết Giang.",
        "Hai bên trao đổi về hợp tác giữa hai Đảng.",
        "Trước đó, ngày 18/5, tại Bắc Kinh, Đoàn đã hội kiến đồng chí Lưu Kiến Minh, Trưởng Ban "
        "Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc.",
    )
    assert meetings[-1].participants == ("Lưu Kiến Minh", *head)


@pytest.mark.parametrize(
    ("title", "paragraphs", "participants"),
    [
        # the lead tells an exchange, and the talks come later with both delegations' leaders
        (
            "Thanh niên hai bên biên giới giao lưu hữu nghị",
            (
                "Sáng 19/5, tại cửa khẩu Chi Ma, Tỉnh đoàn Lạng Sơn phối hợp với Đoàn Thanh niên "
                "thành phố Bằng Tường (Trung Quốc) tổ chức chương trình giao lưu thanh niên.",
                "Tham dự, về phía Lạng Sơn có đồng chí Hoàng Thị Lan, Bí thư Tỉnh đoàn. Về phía "
                "Trung Quốc có ông Lý Chí Minh, Phó Thị trưởng thành phố Bằng Tường.",
                "Trước khi giao lưu văn nghệ, lãnh đạo hai đoàn đã hội đàm tại Nhà hội đàm cửa "
                "khẩu Chi Ma.",
            ),
            ("Hoàng Thị Lan", "Lý Chí Minh"),
        ),
        # a joint patrol, then the two forces' talks, said with no 'đã'
        (
            "Tuần tra song phương biên giới",
            (
                "Ngày 19/5, Đồn Biên phòng cửa khẩu Chi Ma phối hợp với Trạm Kiểm soát biên giới "
                "Ái Điểm (Quảng Tây, Trung Quốc) tổ chức tuần tra song phương.",
                "Lực lượng tuần tra do Thiếu tá Nông Văn Bình, Đồn trưởng Đồn Biên phòng cửa khẩu "
                "Chi Ma và Thiếu tá Lục Chí Cường, Trạm trưởng Trạm Kiểm soát biên giới Ái Điểm "
                "chỉ huy.",
                "Kết thúc tuần tra, hai lực lượng hội đàm tại Nhà hội đàm cửa khẩu Chi Ma, thông "
                "báo tình hình biên giới.",
            ),
            ("Nông Văn Bình", "Lục Chí Cường"),
        ),
    ],
)
def test_talks_of_both_sides_told_after_the_lead_s_event_are_its_leaders(
    title: str, paragraphs: tuple[str, ...], participants: tuple[str, ...]
) -> None:
    (meeting,) = _meetings(title, *paragraphs)
    assert (meeting.kind, meeting.date, meeting.participants) == ("talks", DAY, participants)


def test_both_sides_of_something_else_report_no_other_meeting() -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm tiếp ông Lý Chí Minh, Phó Thị "
        "trưởng thành phố Bằng Tường.",
        "Ông Lý Chí Minh cho biết thành phố sẵn sàng làm cầu nối để doanh nghiệp hai bên gặp gỡ.",
    )
    assert [m.kind for m in meetings] == ["reception"]


def test_a_named_session_of_a_joint_body_is_a_conference() -> None:
    (meeting,) = _meetings(
        None,
        "Sáng 19/5, tại cửa khẩu Thanh Thủy, tỉnh Tuyên Quang và châu Văn Sơn, tỉnh Vân Nam "
        "(Trung Quốc) tổ chức Kỳ họp lần thứ 5 Nhóm công tác liên hợp giữa hai bên.",
        "Đồng chủ trì kỳ họp có ông Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh Tuyên Quang và ông Lục "
        "Chí Cường, Phó Châu trưởng châu Văn Sơn.",
    )
    assert (meeting.kind, meeting.label, meeting.participants) == (
        "conference",
        "Kỳ họp lần thứ 5 Nhóm công tác liên hợp",
        ("Hoàng Văn Nam", "Lục Chí Cường"),
    )


def test_a_session_recalled_in_lower_case_is_no_meeting() -> None:
    assert not _meetings(
        None,
        "Ông Lưu Minh Hoa được bầu làm Tỉnh trưởng tỉnh Vân Nam tại kỳ họp thứ tư Đại hội đại "
        "biểu nhân dân tỉnh diễn ra ngày 19/5.",
    )


def test_talks_held_after_the_ceremony_an_article_tells_are_reported() -> None:
    (meeting,) = _meetings(
        "Khai trương tuyến xe buýt qua biên giới",
        "Ngày 19/5, tại cửa khẩu Móng Cái, UBND tỉnh Quảng Ninh và Chính quyền nhân dân thành phố "
        "Đông Hưng (Trung Quốc) tổ chức lễ khai trương tuyến xe buýt qua biên giới.",
        "Dự buổi lễ có Thứ trưởng Bộ Giao thông vận tải Lê Anh Tuấn; ông Lục Chí Cường, Phó Chủ "
        "tịch Chính phủ nhân dân Khu tự trị dân tộc Choang Quảng Tây.",
        "Sau buổi lễ, Thứ trưởng Lê Anh Tuấn hội đàm với Phó Chủ tịch Lục Chí Cường.",
    )
    assert (meeting.kind, meeting.date, meeting.participants) == (
        "talks",
        DAY,
        ("Lê Anh Tuấn", "Lục Chí Cường"),
    )


def test_an_earlier_reception_of_both_heads_closing_the_article_is_reported() -> None:
    session, reception = _meetings(
        None,
        "Ngày 19/5, tại tỉnh Lạng Sơn, đã diễn ra Phiên họp lần thứ 3 Ủy ban liên hợp quản lý "
        "cửa khẩu. Thứ trưởng Bộ Ngoại giao Nguyễn Minh Hằng và ông Lưu Chí Cường, Trợ lý Bộ "
        "trưởng Ngoại giao Trung Quốc, đồng chủ trì phiên họp.",
        "Kết thúc phiên họp, hai Trưởng đoàn đã ký Biên bản Phiên họp lần thứ 3.",
        "Trước phiên họp, chiều 18/5, Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm đã tiếp hai Trưởng "
        "đoàn tại trụ sở Tỉnh ủy.",
    )
    assert session.participants == ("Nguyễn Minh Hằng", "Lưu Chí Cường")
    assert (reception.kind, reception.date, reception.participants) == (
        "reception",
        date(2024, 5, 18),
        ("Hoàng Văn Nghiệm", "Nguyễn Minh Hằng", "Lưu Chí Cường"),
    )


@pytest.mark.parametrize(
    "members",
    [
        "Cùng đi với đoàn Lạng Sơn có đồng chí Lê Văn Tâm, Giám đốc Sở Công Thương.",
        "Cùng đi có đồng chí Lê Văn Tâm, Giám đốc Sở Công Thương và đại diện các sở, ngành.",
    ],
)
def test_the_delegation_s_members_who_came_along_take_part(members: str) -> None:
    (meeting,) = _meetings(
        None,
        "Chiều 19/5, tại thành phố Bằng Tường, đoàn công tác tỉnh Lạng Sơn do đồng chí Hoàng Văn "
        "Nam, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã hội đàm với ông Lý Chí Minh, Thị trưởng "
        f"thành phố Bằng Tường. {members}",
    )
    assert meeting.participants == ("Hoàng Văn Nam", "Lý Chí Minh", "Lê Văn Tâm")


def test_members_who_came_along_are_named_past_a_sentence_about_the_trip() -> None:
    (meeting,) = _meetings(
        None,
        "Ngày 19/5, đoàn công tác tỉnh Lạng Sơn do đồng chí Hoàng Văn Nam, Phó Chủ tịch UBND "
        "tỉnh làm trưởng đoàn đã có buổi làm việc với Chính quyền nhân dân thành phố Bằng Tường.",
        "Tiếp đoàn có ông Lý Chí Minh, Thị trưởng thành phố Bằng Tường.",
        "Đây là chuyến công tác đầu tiên của lãnh đạo tỉnh tới Bằng Tường trong năm nay. Cùng đi "
        "có đồng chí Lê Văn Tâm, Giám đốc Sở Công Thương.",
    )
    assert meeting.participants == ("Hoàng Văn Nam", "Lý Chí Minh", "Lê Văn Tâm")


@pytest.mark.parametrize("leads", ["làm trưởng đoàn", "dẫn đầu"])
def test_the_head_of_the_delegation_that_met_another_led_by_its_own_head_takes_part_later(
    leads: str,
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại thành phố Bằng Tường, đoàn công tác tỉnh Lạng Sơn do đồng chí Hoàng Văn "
        f"Nam, Phó Chủ tịch UBND tỉnh {leads} đã hội đàm với đoàn Chính quyền nhân dân thành phố "
        f"Bằng Tường do đồng chí Lý Chí Minh, Thị trưởng thành phố Bằng Tường {leads}.",
        "Chiều cùng ngày, đoàn công tác tỉnh Lạng Sơn đã làm việc với lãnh đạo thành phố Sùng Tả "
        "do đồng chí Trương Vĩ, Bí thư Thị ủy Sùng Tả chủ trì.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("talks", ("Hoàng Văn Nam", "Lý Chí Minh")),
        ("working session", ("Trương Vĩ", "Hoàng Văn Nam")),
    ]


def test_members_named_after_another_meeting_are_not_the_first_one_s() -> None:
    reception = _meetings(
        None,
        "Sáng 19/5, Chủ tịch UBND tỉnh Lạng Sơn Hồ Văn Nam đã tiếp ông Lý Chí Minh, Chủ tịch "
        "Tập đoàn Minh An.",
        "Ông Lý Chí Minh giới thiệu về tập đoàn.",
        "Tại buổi làm việc chiều 19/5, ông Cát Hải Quân, Phó Tỉnh trưởng tỉnh Hà Bắc cho biết "
        "Hà Bắc muốn mở rộng hợp tác.",
        "Đi cùng đoàn có bà Lý Tĩnh Hoa, Phó Giám đốc Sở Thương mại tỉnh Hà Bắc.",
    )[0]
    assert "Lý Tĩnh Hoa" not in reception.participants


def test_a_digest_s_headline_listing_items_leaves_each_meeting_to_the_body() -> None:
    meetings = _meetings(
        "Điểm tin đối ngoại ngày 20/5: Đại sứ Trung Quốc thăm Nam Định; Tổng Lãnh sự Việt Nam "
        "tại Nam Ninh làm việc với thành phố Bách Sắc",
        "Báo điểm lại một số hoạt động đối ngoại của các địa phương với Trung Quốc.",
        "Chiều 18/5, Bí thư Tỉnh ủy Nam Định Phạm Gia Túc đã tiếp Ngài Hà Vĩ, Đại sứ Trung Quốc "
        "tại Việt Nam, nhân dịp Đại sứ đến thăm và làm việc tại tỉnh.",
        "Ngày 19/5, Tổng Lãnh sự Việt Nam tại Nam Ninh Lê Văn Minh đã có buổi làm việc với ông "
        "Lưu Thành Kiệt, Thị trưởng thành phố Bách Sắc.",
    )
    assert [(m.kind, m.date) for m in meetings] == [
        ("reception", date(2024, 5, 18)),
        ("working session", date(2024, 5, 19)),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "Hà Giang hội đàm với Văn Sơn; Lào Cai tiếp đoàn thành phố Mông Tự; Quảng Ninh đón khách "
        "Trung Quốc là những hoạt động đối ngoại nổi bật tuần qua.",
        "Tuần qua, Hà Giang hội đàm với Văn Sơn; Lào Cai tiếp đoàn thành phố Mông Tự.",
    ],
)
def test_a_digest_s_intro_listing_items_leaves_each_meeting_to_the_body(intro: str) -> None:
    meetings = _meetings(
        "Điểm tin đối ngoại địa phương tuần 13-19/5",
        intro,
        "Hà Giang – Văn Sơn hội đàm",
        "Ngày 16/5, tại thành phố Văn Sơn, ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Hà Giang đã hội "
        "đàm với ông Dương Á Lâm, Châu trưởng châu Văn Sơn.",
        "Lào Cai tiếp đoàn thành phố Mông Tự",
        "Ngày 18/5, ông Hoàng Quốc Khánh, Phó Chủ tịch UBND tỉnh Lào Cai tiếp đoàn công tác "
        "thành phố Mông Tự do Phó Thị trưởng Lý Minh Hoa dẫn đầu.",
    )
    assert [(m.kind, m.date) for m in meetings] == [
        ("talks", date(2024, 5, 16)),
        ("reception", date(2024, 5, 18)),
    ]


def test_a_lead_telling_two_meetings_one_after_the_other_keeps_the_first_as_the_main() -> None:
    meetings = _meetings(
        None,
        "Sáng 16/5, ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Hà Giang đã hội đàm với ông Dương Á "
        "Lâm, Châu trưởng châu Văn Sơn; chiều cùng ngày, đoàn đã tiếp ông Lý Minh Hoa, Phó Thị "
        "trưởng thành phố Mông Tự.",
    )
    assert (meetings[0].kind, meetings[0].date) == ("talks", date(2024, 5, 16))


@pytest.mark.parametrize(
    "office",
    [
        "Bí thư Châu ủy châu Văn Sơn (tỉnh Vân Nam)",
        "Bí thư Châu uỷ châu tự trị dân tộc Choang, Miêu Văn Sơn",
    ],
)
def test_an_office_of_a_body_named_chau_names_no_official_called_chau(office: str) -> None:
    meetings = _meetings(
        None,
        "Chiều 18/5, Bí thư Tỉnh ủy Hà Giang Hầu Văn Châu đã tiếp Ngài Hà Vĩ, Đại sứ Trung Quốc "
        "tại Việt Nam.",
        f"Ngày 19/5, Tổng Lãnh sự Việt Nam tại Côn Minh Lê Văn Minh đã có buổi làm việc với ông "
        f"Dương Kiến Quân, {office}.",
    )
    assert meetings[1].participants == ("Lê Văn Minh", "Dương Kiến Quân")


def test_a_reception_of_a_guest_who_came_on_the_headline_s_call_is_that_call() -> None:
    meetings = _meetings(
        "Tổng Lãnh sự Trung Quốc tại Đà Nẵng chào xã giao lãnh đạo tỉnh Quảng Ngãi",
        "Chiều 19/5, ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Quảng Ngãi, tiếp Ngài Ngô Vỹ "
        "(Wu Wei), Tổng Lãnh sự Trung Quốc tại Đà Nẵng, đến chào xã giao đầu nhiệm kỳ.",
        "Tổng Lãnh sự Ngô Vỹ chúc mừng tỉnh.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("courtesy call", DAY, ("Nguyễn Văn Hùng", "Ngô Vỹ")),
    ]


def test_a_meeting_with_a_body_below_a_ceremony_takes_the_one_speaking_at_it() -> None:
    meetings = _meetings(
        "Đại sứ quán Việt Nam tổ chức kỷ niệm Quốc khánh",
        "Tối 19/5, tại Bắc Kinh, Đại sứ quán Việt Nam đã tổ chức Lễ kỷ niệm Quốc khánh.",
        "Phát biểu tại buổi lễ, Đại sứ Phạm Thanh Bình ôn lại chặng đường phát triển.",
        "Trước đó, ngày 17/5, Đại sứ Phạm Thanh Bình đã làm việc với lãnh đạo Sở Thương mại tỉnh "
        "Hà Bắc tại thành phố Thạch Gia Trang. Tại buổi làm việc, ông Lưu Kiến Quân, Phó Giám "
        "đốc Sở, cho biết tỉnh sẽ đưa đoàn doanh nghiệp sang Việt Nam.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("working session", date(2024, 5, 17), ("Phạm Thanh Bình", "Lưu Kiến Quân"))
    ]


_RECEIVED_THEN_WORKED = (
    "Chiều 16/5, đồng chí Lê Văn Hải, Bí thư Tỉnh ủy đã tiếp ngài Hà Minh, Đại sứ Trung Quốc tại "
    "Việt Nam. Cùng tiếp đoàn có đồng chí Lò Văn Tư, Chủ tịch UBND tỉnh."
)


def test_a_headline_joining_two_verbs_with_a_comma_tells_the_reception_first() -> None:
    meetings = _meetings(
        "Lãnh đạo tỉnh tiếp, làm việc với Đại sứ Trung Quốc tại Việt Nam",
        _RECEIVED_THEN_WORKED,
        "Bí thư Tỉnh ủy Lê Văn Hải chào mừng Đại sứ Hà Minh đến thăm tỉnh.",
        "Sau buổi tiếp, Đại sứ Hà Minh và đoàn đã làm việc với UBND tỉnh do Chủ tịch UBND tỉnh "
        "Lò Văn Tư chủ trì.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("reception", ("Lê Văn Hải", "Hà Minh", "Lò Văn Tư")),
        ("working session", ("Hà Minh", "Lò Văn Tư")),
    ]


def test_a_headline_s_meeting_the_lead_names_in_full_takes_the_lead_s_words() -> None:
    meetings = _meetings(
        "Chủ tịch UBND tỉnh tiếp, làm việc với đoàn công tác thành phố Bách Sắc",
        "Ngày 19/5, đồng chí Lê Văn Hải, Chủ tịch UBND tỉnh tiếp và làm việc với đoàn công tác "
        "thành phố Bách Sắc do đồng chí Lục Minh, Thị trưởng thành phố Bách Sắc làm trưởng đoàn.",
        "Tham dự buổi làm việc có đồng chí Nông Văn Tư, Phó Chủ tịch UBND tỉnh.",
    )
    assert [(m.kind, m.label, m.participants) for m in meetings] == [
        ("reception", "tiếp và làm việc", ("Lê Văn Hải", "Lục Minh", "Nông Văn Tư"))
    ]


def test_one_named_before_a_leader_after_do_does_not_lead_the_delegation() -> None:
    meetings = _meetings(
        "Lãnh đạo tỉnh tiếp, làm việc với Đại sứ Trung Quốc tại Việt Nam",
        _RECEIVED_THEN_WORKED,
        "Đồng chí Lê Văn Hải nhắc lại, chiến thắng năm 1954 có sự giúp đỡ của đoàn cố vấn Trung "
        "Quốc do tướng Vi Quốc Thanh, Trưởng đoàn Cố vấn quân sự Trung Quốc, dẫn đầu.",
        "Sau buổi tiếp, Đại sứ Hà Minh và đoàn đã làm việc với UBND tỉnh do Chủ tịch UBND tỉnh "
        "Lò Văn Tư chủ trì.",
    )
    assert [m.participants for m in meetings][1:] == [("Hà Minh", "Lò Văn Tư")]


def test_a_speaker_opening_a_later_clause_at_the_meeting_takes_part() -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Bí thư Tỉnh ủy Lê Văn Hải đã tiếp Đại sứ Hà Minh tại Điện Biên. Về phía Đại "
        "sứ quán có ông Lục Phong, Tham tán Đại sứ quán Trung Quốc.",
        "Sau buổi tiếp, Đại sứ Hà Minh và đoàn đã làm việc với UBND tỉnh do Chủ tịch UBND tỉnh "
        "Lò Văn Tư chủ trì.",
        "Tại buổi làm việc, Phó Chủ tịch UBND tỉnh Vừ Văn Ba đề nghị phía Trung Quốc hỗ trợ nâng "
        "cấp cửa khẩu; ông Lục Phong cho biết sẽ kết nối doanh nghiệp.",
    )
    assert [m.participants for m in meetings][1:] == [
        ("Hà Minh", "Lò Văn Tư", "Vừ Văn Ba", "Lục Phong")
    ]


@pytest.mark.parametrize("span", ["Từ ngày 17 - 19/5", "Từ ngày 17 đến 19/5"])
def test_a_fair_told_again_over_its_days_opened_on_the_first_where_an_official_spoke(
    span: str,
) -> None:
    meetings = _meetings(
        "Thủy sản Việt tìm đơn hàng tại Thanh Đảo",
        "Hơn 40 doanh nghiệp thủy sản Việt Nam tham gia Hội chợ Thủy sản quốc tế Trung Quốc tại "
        f"Thanh Đảo. {span}, Hội chợ Thủy sản quốc tế Trung Quốc đã diễn ra tại thành phố Thanh "
        "Đảo, tỉnh Sơn Đông.",
        "Phát biểu tại lễ khai mạc khu gian hàng Việt Nam, Trưởng Thương vụ Việt Nam tại Trung "
        "Quốc Đỗ Văn Hưng cho biết xuất khẩu thủy sản tăng mạnh.",
        "Ngày 18/5, đoàn công tác của Thương vụ đã làm việc với Cục Thương mại thành phố Thanh "
        "Đảo. Tiếp đoàn, ông Vương Lâm, Phó Cục trưởng Cục Thương mại thành phố Thanh Đảo cho "
        "biết thành phố sẵn sàng hỗ trợ.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("fair", date(2024, 5, 17), ("Đỗ Văn Hưng",)),
        ("working session", date(2024, 5, 18), ("Vương Lâm",)),
    ]


@pytest.mark.parametrize(
    "dateline", ["Nam Ninh (TTXVN) 19/5 - ", "Nam Ninh (TTXVN) - ", "(TTXVN) - "]
)
def test_a_speaker_at_a_fair_after_a_wire_s_dateline_took_part(dateline: str) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Hội chợ Nông sản Quốc tế Trung Quốc lần thứ 12 đã khai mạc tại thành phố Nam "
        "Ninh, thu hút hơn 2.000 doanh nghiệp, trong đó có đoàn Việt Nam do Thứ trưởng Bộ Công "
        "Thương Trần Minh Khoa dẫn đầu.",
        f"{dateline}Phát biểu tại lễ khai mạc, Thứ trưởng Bộ Nông nghiệp Trung Quốc Hà Chí Viễn "
        "nhấn mạnh nông sản hai nước có nhiều dư địa hợp tác.",
    )
    assert [m.participants for m in meetings] == [("Trần Minh Khoa", "Hà Chí Viễn")]


@pytest.mark.parametrize("side_meeting", ["có cuộc gặp với", "có buổi gặp gỡ với"])
def test_one_listed_at_a_side_meeting_and_quoted_after_it_spoke_there_not_at_the_fair(
    side_meeting: str,
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Hội chợ Nông sản Quốc tế Trung Quốc lần thứ 12 đã khai mạc tại thành phố Nam "
        "Ninh, trong đó có đoàn Việt Nam do Thứ trưởng Bộ Công Thương Trần Minh Khoa dẫn đầu.",
        "Phát biểu tại lễ khai mạc, Thứ trưởng Bộ Nông nghiệp Trung Quốc Hà Chí Viễn nhấn mạnh "
        "nông sản hai nước có nhiều dư địa hợp tác.",
        f"Bên lề hội chợ, chiều 19/5, Thứ trưởng Trần Minh Khoa đã {side_meeting} Phó Chủ tịch "
        "Khu tự trị Quảng Tây Vi Triều Hoa. Thứ trưởng Trần Minh Khoa đề nghị phía bạn mở rộng "
        "nhập khẩu nông sản.",
        "Tham dự cuộc gặp có Tổng Lãnh sự Việt Nam tại Nam Ninh Lê Văn Bình. Ông Lê Văn Bình cho "
        "biết, Tổng Lãnh sự quán sẽ tổ chức hội nghị kết nối doanh nghiệp vào tháng 6.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("fair", ("Trần Minh Khoa", "Hà Chí Viễn")),
        ("meeting", ("Trần Minh Khoa", "Vi Triều Hoa", "Lê Văn Bình")),
    ]


@pytest.mark.parametrize("role", ["điều phối phiên thảo luận", "chủ trì phiên thảo luận thứ hai"])
def test_an_official_taking_a_part_in_a_forum_s_session_took_part_in_the_forum(role: str) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Diễn đàn Logistics biên giới Việt Nam - Trung Quốc 2025 diễn ra tại Hà Nội. "
        "Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân phát biểu khai mạc diễn đàn.",
        f"Bà Nguyễn Thị Thu Hà, Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương) {role}.",
    )
    assert [m.participants for m in meetings] == [("Nguyễn Sinh Nhật Tân", "Nguyễn Thị Thu Hà")]


@pytest.mark.parametrize("welcome", ["Đón tiếp đoàn doanh nghiệp Việt Nam", "Tiếp đoàn"])
def test_the_host_speaking_after_welcoming_the_guests_at_a_conference_took_part(
    welcome: str,
) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Côn Minh, Tổng Lãnh sự quán Việt Nam tổ chức Hội nghị kết nối cung cầu "
        "nông sản. Phát biểu khai mạc, ông Vũ Văn Trung, Phó Tổng Lãnh sự Việt Nam tại Côn Minh "
        "cho biết thương mại tăng mạnh.",
        "Cả năm 2024, con số này đạt khoảng 3,9 tỷ USD.",
        "Nông sản là điểm sáng trong cơ cấu hàng Việt Nam xuất sang Vân Nam.",
        f"{welcome}, bà Dương Lệ Bình, Phó Giám đốc Sở Thương mại tỉnh Vân Nam nhấn mạnh, Vân Nam "
        "là cửa ngõ cho nông sản Việt Nam.",
    )
    assert [m.participants for m in meetings] == [("Vũ Văn Trung", "Dương Lệ Bình")]


@pytest.mark.parametrize(
    "afar",
    [
        "Tham dự trực tuyến từ Thành Đô",
        "Kết nối trực tuyến từ Thành Đô",
        "Tham dự từ điểm cầu Thành Đô",
        "Kết nối từ Thành Đô",
        # the side the speaker speaks for
        "Đại diện phía Việt Nam",
    ],
)
@pytest.mark.parametrize("goes_on", ["tận dụng kho ngoại quan", "tham gia Hội chợ Tây Bộ"])
def test_a_speaker_at_a_seminar_from_afar_or_for_a_side_took_part(afar: str, goes_on: str) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Hà Nội, Cục Xúc tiến thương mại phối hợp với Sở Thương mại tỉnh Tứ Xuyên "
        'tổ chức Hội thảo "Kết nối logistics Việt Nam – Tứ Xuyên", thu hút hơn 150 doanh nghiệp '
        "tham dự.",
        "Phát biểu khai mạc, ông Trần Văn Lâm, Cục trưởng Cục Xúc tiến thương mại cho biết, tuyến "
        "đường sắt liên vận ngày càng quan trọng.",
        f"{afar}, Tổng Lãnh sự Việt Nam tại Thành Đô Ngô Minh Đức đề nghị doanh nghiệp Việt Nam "
        f"{goes_on} để mở rộng mạng lưới phân phối.",
    )
    assert [m.participants for m in meetings] == [("Trần Văn Lâm", "Ngô Minh Đức")]


@pytest.mark.parametrize("along", ["Cùng tiếp đoàn có", "Cùng tiếp đoàn còn có", "Cùng tiếp có"])
def test_another_host_named_paragraphs_below_the_reception_took_part(along: str) -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, Chủ tịch UBND tỉnh Nguyễn Văn Hưng tiếp đoàn công tác tỉnh Hà Bắc (Trung "
        "Quốc) do ông Trương Kiến Bình, Phó Giám đốc Sở Thương mại tỉnh Hà Bắc làm trưởng đoàn.",
        "Tại buổi tiếp, Chủ tịch UBND tỉnh Nguyễn Văn Hưng giới thiệu tiềm năng của tỉnh. Ông "
        "Trương Kiến Bình cho biết Hà Bắc mong muốn nhập khẩu thêm trái cây.",
        "Hai bên trao đổi về khả năng hợp tác đào tạo nhân lực.",
        f"{along} ông Lê Văn Tâm, Trưởng Ban Quản lý Khu kinh tế tỉnh. Đi cùng đoàn Hà Bắc có ông "
        "Lý Minh, Chủ tịch Tập đoàn Thép Hà Bắc.",
    )
    assert [m.participants for m in meetings] == [
        ("Nguyễn Văn Hưng", "Trương Kiến Bình", "Lê Văn Tâm")
    ]


@pytest.mark.parametrize(
    "title",
    [None, "Phó Thủ tướng tiếp lãnh đạo hai tỉnh Quảng Tây và Vân Nam"],
)
def test_guests_received_in_turn_are_one_meeting_each(title: str | None) -> None:
    meetings = _meetings(
        title,
        "Ngày 19/5, tại Trụ sở Chính phủ, Phó Thủ tướng Trần Văn Nam lần lượt tiếp Bí thư Khu"
        " ủy Khu tự trị dân tộc Choang Quảng Tây Lý Minh và Tỉnh trưởng tỉnh Vân Nam Vương Hòa,"
        " nhân dịp hai đoàn sang Việt Nam dự hội nghị.",
        "Cùng dự có Thứ trưởng Bộ Công Thương Phan Văn Hải.",
        "Chiều cùng ngày, tiếp Tỉnh trưởng Vương Hòa, Phó Thủ tướng đề nghị hai bên hợp tác.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("reception", DAY, ("Trần Văn Nam", "Lý Minh", "Phan Văn Hải")),
        ("reception", DAY, ("Trần Văn Nam", "Vương Hòa", "Phan Văn Hải")),
    ]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        (
            "Phát biểu tại điểm cầu Hà Nội, ông Trần Văn Nam - bộ trưởng Bộ Công Thương - cho"
            " biết Bộ đã làm việc với hải quan Trung Quốc để duy trì thông quan.",
            "Trần Văn Nam",
        ),
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Công Thương, cho hay Sở đã có buổi làm việc với Cục"
            " Thương mại Quảng Tây về việc này.",
            "Lê Thị Hoa",
        ),
    ],
)
def test_a_contact_a_speaker_reports_is_no_meeting(said: str, speaker: str) -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, Bộ Công Thương tổ chức Hội nghị xúc tiến tiêu thụ vải thiều trực tuyến với"
        " thương nhân Quảng Tây.",
        said,
    )
    assert [(m.kind, m.participants) for m in meetings] == [("conference", (speaker,))]


def test_a_lead_summing_up_two_events_is_no_meeting_of_its_own() -> None:
    meetings = _meetings(
        "Hàng Việt đổ bộ Thâm Quyến, Hạ Môn",
        "Tuần hàng Việt Nam tại Thâm Quyến và Hội nghị kết nối giao thương tại Hạ Môn trong tuần"
        " qua đã thu hút hàng trăm nhà phân phối Trung Quốc.",
        "Sáng 14/5, tại Trung tâm Triển lãm quốc tế Thâm Quyến, Cục Xúc tiến thương mại khai mạc"
        " Tuần hàng Việt Nam 2026 với 120 gian hàng. Dự lễ khai mạc có ông Đỗ Quốc Trung, Phó"
        " Cục trưởng Cục Xúc tiến thương mại và ông Trương Hoa, Phó Thị trưởng thành phố Thâm"
        " Quyến.",
        "Ngày 16/5, đoàn tiếp tục tổ chức Hội nghị kết nối giao thương Việt Nam – Hạ Môn tại"
        " thành phố Hạ Môn. Bà Lâm Văn Quyên, Phó Thị trưởng Chính quyền nhân dân thành phố Hạ"
        " Môn, cho biết cảng Hạ Môn có 12 tuyến container.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("fair", date(2024, 5, 14), ("Đỗ Quốc Trung", "Trương Hoa")),
        ("conference", date(2024, 5, 16), ("Lâm Văn Quyên",)),
    ]


@pytest.mark.parametrize(
    ("lead", "kinds"),
    [
        (
            "Sáng 19/5, Sở Công Thương khai mạc Tuần hàng Việt Nam tại Quảng Châu. Ông Trần Văn"
            " Nam, Giám đốc Sở, phát biểu khai mạc.",
            ["fair"],
        ),
        # in lower case a count of a week's goods, no event
        ("Mỗi tuần hàng trăm xe nông sản qua cửa khẩu Tân Thanh.", []),
    ],
)
def test_a_week_of_goods_by_its_name_is_a_fair(lead: str, kinds: list[str]) -> None:
    assert [m.kind for m in _meetings(None, lead)] == kinds


def test_speakers_at_the_ends_of_an_online_event_took_part() -> None:
    meetings = _meetings(
        None,
        "Bắc Giang vẫn phải tiêu thụ 180.000 tấn vải thiều. Chiều 19/5, hội nghị xúc tiến tiêu"
        " thụ vải thiều trực tuyến đã kết nối nhà vườn với thương nhân Quảng Tây.",
        "Hội nghị do Bộ Công Thương và UBND tỉnh Bắc Giang phối hợp tổ chức, với điểm cầu chính"
        " đặt tại TP Bắc Giang và các điểm cầu ở Bắc Kinh, Nam Ninh.",
        "Phát biểu tại điểm cầu Hà Nội, ông Trần Văn Nam - thứ trưởng Bộ Công Thương - cho biết"
        " nông sản được thông quan nhanh.",
        "Từ điểm cầu Bắc Kinh, ông Lê Văn Hải - đại sứ Việt Nam tại Trung Quốc - nói Đại sứ quán"
        " đã quảng bá vải thiều.",
        "Ông Lê Ánh Dương - chủ tịch UBND tỉnh Bắc Giang - cho biết tỉnh có 28.000ha vải.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("conference", ("Trần Văn Nam", "Lê Văn Hải", "Lê Ánh Dương"))
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Chiều 19/5, Bộ trưởng Trần Văn Nam đã có cuộc gặp chào xã giao ông Lý Minh, Bí thư Khu"
        " ủy Khu tự trị dân tộc Choang Quảng Tây.",
        "Chiều 19/5, Bộ trưởng Trần Văn Nam đã gặp chào xã giao ông Lý Minh, Bí thư Khu ủy Khu"
        " tự trị dân tộc Choang Quảng Tây.",
    ],
)
def test_a_meeting_said_to_be_a_courtesy_call_is_one(lead: str) -> None:
    assert [(m.kind, m.participants) for m in _meetings(None, lead)] == [
        ("courtesy call", ("Trần Văn Nam", "Lý Minh"))
    ]


def test_the_host_body_s_official_speaking_next_took_part_in_the_main_meeting() -> None:
    meetings = _meetings(
        None,
        "Sáng 19/5, đoàn công tác của Bộ Công Thương do Thứ trưởng Trần Văn Nam dẫn đầu đã làm"
        " việc với UBND tỉnh Lạng Sơn tại cửa khẩu Tân Thanh. Ông Lê Văn Hải, Phó Chủ tịch UBND"
        " tỉnh Lạng Sơn, cho biết lượng xe chờ xuất khẩu đã giảm.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("working session", ("Trần Văn Nam", "Lê Văn Hải"))
    ]


def test_a_second_speaker_at_a_later_forum_took_part_in_the_forum() -> None:
    meetings = _meetings(
        None,
        "Sáng 18/5, Hội chợ Trung Quốc-ASEAN lần thứ 21 đã khai mạc tại thành phố Nam Ninh. Bộ"
        " trưởng Bộ Công Thương Trần Văn Nam đã dự lễ khai mạc.",
        "Các doanh nghiệp Việt Nam có 190 gian hàng.",
        "Sáng 19/5, Bộ Công Thương và Sở Thương mại Quảng Tây đồng tổ chức Diễn đàn xúc tiến"
        " thương mại Việt Nam – Trung Quốc. Phát biểu tại diễn đàn, ông Lê Văn Hải, Cục trưởng"
        " Cục Xúc tiến thương mại cho rằng doanh nghiệp cần tận dụng ưu đãi. Ông Chu Minh, Phó"
        " Giám đốc Sở Thương mại Quảng Tây giới thiệu các chính sách ưu đãi.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("fair", ("Trần Văn Nam",)),
        ("forum", ("Lê Văn Hải", "Chu Minh")),
    ]


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "Sáng 19/5, đoàn đã làm việc với UBND tỉnh Lạng Sơn tại cửa khẩu Tân Thanh để nắm"
            " tình hình thông quan.",
            "cửa khẩu Tân Thanh",
        ),
        (
            "Sáng 19/5, hai bên đã hội đàm tại cửa khẩu quốc tế Hữu Nghị đã thống nhất nhiều"
            " nội dung.",
            "cửa khẩu quốc tế Hữu Nghị",
        ),
    ],
)
def test_a_border_gate_s_name_ends_at_its_last_capitalised_word(lead: str, place: str) -> None:
    assert [m.place for m in _meetings(None, lead)] == [place]


def test_a_meeting_told_after_a_clause_of_its_purpose_is_dated_and_named() -> None:
    meetings = _meetings(
        "Đêm không ngủ ở cửa khẩu Kim Thành",
        "Những ngày đầu tháng 5, dòng xe container chở thanh long đã nối dài hơn 2 km.",
        "Anh Phạm Văn Toàn, tài xế, đã chờ gần 20 tiếng.",
        "Để giải tỏa ùn tắc, ngày 8/5, Sở Công Thương tỉnh Lào Cai và Chính quyền nhân dân huyện"
        " Hà Khẩu tổ chức Hội nghị kết nối giao thương nông sản tại thị trấn Hà Khẩu. Ông Lương"
        " Văn Định, Phó Giám đốc Sở Công Thương tỉnh Lào Cai, và ông Tạ Chí Quân, Phó Huyện"
        " trưởng huyện Hà Khẩu đồng chủ trì hội nghị.",
    )
    assert [(m.label, m.date, m.place, m.participants) for m in meetings] == [
        (
            "Hội nghị kết nối giao thương nông sản",
            date(2024, 5, 8),
            "Hà Khẩu",
            ("Lương Văn Định", "Tạ Chí Quân"),
        )
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 19/5, Đại sứ Trần Văn Nam đã chào xã giao Bí thư Tỉnh ủy Hải Nam Lý Minh và làm"
        " việc với Phó Tỉnh trưởng tỉnh Hải Nam Lưu Bình.",
        "Ngày 19/5, Đại sứ Trần Văn Nam đã hội kiến Bí thư Tỉnh ủy Hải Nam Lý Minh và có buổi"
        " làm việc với Phó Tỉnh trưởng tỉnh Hải Nam Lưu Bình.",
    ],
)
def test_a_second_meeting_joined_by_va_after_the_first_s_guest_is_its_own(lead: str) -> None:
    meetings = _meetings(None, lead)
    assert [(m.kind, m.participants) for m in meetings][1:] == [
        ("working session", ("Trần Văn Nam", "Lưu Bình"))
    ]
    assert meetings[0].participants == ("Trần Văn Nam", "Lý Minh")


def test_receiving_and_working_with_one_guest_is_one_meeting() -> None:
    meetings = _meetings(None, "Chủ tịch tỉnh Lê Văn Hải tiếp và làm việc với đoàn tỉnh Vân Nam.")
    assert [m.kind for m in meetings] == ["reception"]


@pytest.mark.parametrize("opener", ["Cùng ngày", "Chiều cùng ngày"])
def test_a_meeting_told_as_the_occasion_with_an_official_named_is_that_day_s(opener: str) -> None:
    meetings = _meetings(
        None,
        "Ngày 19/5, Đại sứ Trần Văn Nam đã chào xã giao Bí thư Tỉnh ủy Hải Nam Lý Minh.",
        "Tại cuộc gặp, hai bên trao đổi về hợp tác.",
        f"{opener}, tại buổi làm việc với Phó Tỉnh trưởng Lưu Bình, hai bên trao đổi về thương"
        " mại.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("courtesy call", DAY, ("Trần Văn Nam", "Lý Minh")),
        ("working session", DAY, ("Trần Văn Nam", "Lưu Bình")),
    ]


def test_a_conference_the_body_opens_at_with_its_day_is_held_that_day() -> None:
    meetings = _meetings(
        "Bộ Công Thương muốn tăng kho lạnh cho nông sản",
        "Thứ trưởng Trần Văn Nam đề nghị tăng năng lực kho lạnh tại các cửa khẩu.",
        "Tại hội nghị xúc tiến xuất khẩu nông sản do Bộ Công Thương tổ chức ở Hà Nội chiều 17/5,"
        " Thứ trưởng Công Thương Trần Văn Nam cho biết xuất khẩu tăng.",
    )
    assert [(m.kind, m.date) for m in meetings] == [("conference", date(2024, 5, 17))]


def test_a_named_forum_a_post_opens_at_with_no_day_of_its_own_is_reported() -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, Phó Thủ tướng Trần Văn Nam đã hội kiến Bí thư Khu ủy Quảng Tây Lý Minh.",
        "Tại Diễn đàn hợp tác kinh tế Việt Nam - Trung Quốc, Bộ trưởng Bộ Công Thương Lê Văn Hải"
        " cho biết thương mại tăng. Đồng chủ trì diễn đàn, bà Lưu Bình, Phó Chủ tịch Chính phủ"
        " nhân dân Khu tự trị Quảng Tây, mong muốn doanh nghiệp hai nước hợp tác.",
    )
    assert [(m.kind, m.date, m.participants) for m in meetings] == [
        ("audience", DAY, ("Trần Văn Nam", "Lý Minh")),
        ("forum", DAY, ("Lê Văn Hải", "Lưu Bình")),
    ]


def test_a_named_forum_told_before_that_a_sentence_opens_at_is_recalled() -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, Bộ trưởng Lê Văn Hải dự Diễn đàn hợp tác kinh tế Việt Nam - Trung Quốc.",
        "Tại Diễn đàn hợp tác kinh tế Việt Nam - Trung Quốc, Bộ trưởng Lê Văn Hải cho biết"
        " thương mại tăng.",
    )
    assert [m.kind for m in meetings] == ["forum"]


def test_those_attending_a_later_meeting_did_not_attend_the_main_fair() -> None:
    meetings = _meetings(
        "Phó Thủ tướng Trần Văn Nam dự khai mạc Hội chợ Trung Quốc - ASEAN lần thứ 22",
        "Phó Thủ tướng Trần Văn Nam dự lễ khai mạc Hội chợ Trung Quốc - ASEAN lần thứ 22 ở Nam"
        " Ninh.",
        "● TRỰC TIẾP",
        "Chiều 19/5, Phó Thủ tướng Trần Văn Nam đã hội kiến Bí thư Khu ủy Quảng Tây Lý Minh. Cùng"
        " dự có Đại sứ Việt Nam tại Trung Quốc Lê Văn Hải.",
    )
    assert [(m.kind, m.participants) for m in meetings] == [
        ("fair", ("Trần Văn Nam",)),
        ("audience", ("Trần Văn Nam", "Lý Minh", "Lê Văn Hải")),
    ]


def test_the_head_of_a_delegation_whose_members_a_conference_takes_took_part() -> None:
    meetings = _meetings(
        "Hội nghị gặp gỡ đầu Xuân giữa lãnh đạo tỉnh Lạng Sơn và Quảng Tây",
        "Ngày 19/5, tại Lạng Sơn, diễn ra Hội nghị gặp gỡ đầu Xuân 2024 giữa lãnh đạo tỉnh Lạng"
        " Sơn và Khu tự trị Quảng Tây.",
        "08:30 | Lễ đón đoàn Quảng Tây",
        "Đoàn đại biểu Khu tự trị Quảng Tây do đồng chí Lý Minh, Bí thư Khu ủy Khu tự trị Quảng"
        " Tây dẫn đầu đã đến Lạng Sơn qua cửa khẩu Hữu Nghị. Cùng đi có đồng chí Lưu Bình, Chủ"
        " tịch Chính phủ nhân dân Khu tự trị.",
        "09:15 | Khai mạc hội nghị",
        "Dự hội nghị, về phía Việt Nam có đồng chí Trần Văn Nam, Bí thư Tỉnh ủy Lạng Sơn.",
    )
    assert [(m.kind, set(m.participants)) for m in meetings] == [
        ("conference", {"Lý Minh", "Lưu Bình", "Trần Văn Nam"})
    ]


@pytest.mark.parametrize(
    ("earlier", "place"),
    [
        ("Trước đó, sáng cùng ngày, đoàn đã làm việc với UBND tỉnh Bắc Ninh.", "Bắc Ninh"),
        ("Trước đó, sáng cùng ngày, đoàn đã làm việc với UBND thành phố Hải Phòng.", "Hải Phòng"),
        ("Trước đó, sáng cùng ngày, đoàn đã làm việc với lãnh đạo tỉnh Ninh Bình.", "Ninh Bình"),
    ],
)
def test_a_working_session_with_a_province_s_government_is_held_there(
    earlier: str, place: str
) -> None:
    meetings = _meetings(
        None,
        "Chiều 19/5, tại Hà Nội, Phó Thủ tướng Trần Văn Ba đã tiếp ông Lý Minh, Phó Tỉnh trưởng"
        " tỉnh Giang Tô.",
        earlier,
    )
    assert [(m.kind, m.place) for m in meetings] == [
        ("reception", "Hà Nội"),
        ("working session", place),
    ]


_AT_THE_EVENT = [
    (
        "Sáng 19/5, tại thành phố Nam Ninh, Hội chợ Trung Quốc - ASEAN lần thứ 21 đã khai mạc với "
        "sự tham dự của Phó Thủ tướng Trần Văn Minh.",
        "Ông Trần Văn Minh cho biết doanh nghiệp Việt Nam mang nhiều nông sản tới hội chợ.",
        "Trước đó, bên lề lễ khai mạc, Phó Thủ tướng Trần Văn Minh đã có cuộc gặp ngắn với Phó "
        "Thủ tướng Lào Sonexay Siphandone.",
    ),
    (
        "Tối 19/5, tại Nhà hát Lớn Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức chương trình "
        "giao lưu nghệ thuật với Đoàn nghệ thuật tỉnh Vân Nam.",
        "Chương trình mở đầu bằng tiết mục hát then của các nghệ sĩ Cao Bằng.",
        "Bên lề chương trình, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Văn Hòa đã tiếp bà "
        "Lưu Hiểu Mai, Phó Giám đốc Sở Văn hóa và Du lịch tỉnh Vân Nam.",
    ),
    (
        "Tối 19/5, tại Cung Văn hóa Hữu nghị Việt Xô (Hà Nội), Liên hiệp các tổ chức hữu nghị Việt "
        "Nam tổ chức Ngày văn hóa Vân Nam, thu hút hơn 1.000 khán giả.",
        "Các nghệ sĩ Vân Nam biểu diễn nhiều tiết mục múa dân gian.",
        "Trước lễ khai mạc, bà Nguyễn Thị Lan, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam, "
        "đã tiếp ông Vương Kiến Quốc, Trưởng ban Tuyên truyền Tỉnh ủy Vân Nam.",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "place"), list(zip(_AT_THE_EVENT, ["Nam Ninh", "Hà Nội", "Hà Nội"], strict=True))
)
def test_a_meeting_set_beside_the_article_s_event_takes_its_day_and_place(
    paragraphs: tuple[str, ...], place: str
) -> None:
    """'Bên lề chương trình, …', 'Trước lễ khai mạc, …', 'Trước đó, bên lề lễ khai mạc, …': the
    meeting was held at the event the lead dates and places."""
    meeting = _meetings(None, *paragraphs)[-1]
    assert (meeting.date, meeting.place) == (DAY, place)


_LEG_BEFORE = (
    "Ngày 18/5, Tổng Lãnh sự Việt Nam tại Quảng Châu Lê Văn An đã làm việc với Phó Thị trưởng "
    "thành phố Phật Sơn Trần Minh Đức."
)


@pytest.mark.parametrize(
    "at",
    [
        "tại Trạm Giang – thành phố cảng phía nam, từng là tô giới của Pháp –",
        "tại Trạm Giang – thành phố từng mang tên Quảng Châu Loan –",
        "tại Trạm Giang (từng là tô giới của Pháp),",
    ],
)
def test_a_past_told_in_an_aside_on_the_place_leaves_the_meeting_reported(at: str) -> None:
    """'Ngày 19/5, tại Trạm Giang – …, từng là tô giới … – Bí thư A đã tiếp …': the aside's
    'từng' tells what the place once was, not that the reception is an earlier one."""
    meetings = _meetings(
        None,
        _LEG_BEFORE,
        f"Ngày 19/5, {at} Bí thư Thị ủy thành phố Trạm Giang Vương Quốc Hoa đã tiếp Tổng Lãnh "
        "sự Lê Văn An và đoàn. Cùng dự có bà Lý Mai Hoa, Chủ nhiệm Văn phòng Ngoại vụ thành phố "
        "Trạm Giang.",
    )
    assert [(m.kind, m.date) for m in meetings] == [
        ("working session", date(2024, 5, 18)),
        ("reception", date(2024, 5, 19)),
    ]
    assert "Lý Mai Hoa" not in meetings[0].participants
    assert "Lý Mai Hoa" in meetings[1].participants


@pytest.mark.parametrize("opener", ["Nhân dịp này", "Cũng nhân dịp này", "Nhân dịp đó"])
def test_a_meeting_on_this_occasion_takes_the_day_of_the_leg_told_before(opener: str) -> None:
    """'Ngày 19/5, tại Trạm Giang, … đã tiếp đoàn. Nhân dịp này, Tổng Lãnh sự đã gặp gỡ …':
    the occasion is that leg of the trip, on its day, not the article's first."""
    meetings = _meetings(
        None,
        _LEG_BEFORE,
        "Ngày 19/5, tại Trạm Giang, Bí thư Thị ủy thành phố Trạm Giang Vương Quốc Hoa đã tiếp "
        "Tổng Lãnh sự Lê Văn An và đoàn.",
        f"{opener}, Tổng Lãnh sự Lê Văn An đã gặp gỡ lãnh đạo Khu kinh tế vịnh Trạm Giang.",
    )
    assert [(m.kind, m.date) for m in meetings][-1] == ("meeting", date(2024, 5, 19))


@pytest.mark.parametrize(
    "lead",
    [
        "Trước thềm Hội chợ Nhập khẩu quốc tế Trung Quốc (CIIE) lần thứ 9 diễn ra tại Thượng Hải "
        "từ ngày 5 đến 10/11, phóng viên đã phỏng vấn Tổng Lãnh sự Việt Nam tại Thượng Hải Lê "
        "Văn Bình.",
        "Hội chợ Trung Quốc - ASEAN lần thứ 22 dự kiến diễn ra tại Nam Ninh từ ngày 17 đến 21/11, "
        "phóng viên đã phỏng vấn Tổng Lãnh sự Việt Nam tại Nam Ninh Lê Văn Bình.",
        "Hội chợ Trung Quốc - ASEAN lần thứ 22 sẽ diễn ra tại Nam Ninh từ ngày 17 đến 21/11, "
        "phóng viên đã phỏng vấn Tổng Lãnh sự Việt Nam tại Nam Ninh Lê Văn Bình.",
    ],
)
def test_an_event_announced_ahead_is_no_meeting_held(lead: str) -> None:
    """'Trước thềm Hội chợ … diễn ra …', 'Hội chợ … dự kiến diễn ra …': the fair is to come;
    the article tells no meeting."""
    answer = "Ông Lê Văn Bình cho biết doanh nghiệp Việt Nam rất quan tâm tới thị trường này."
    assert _meetings(None, lead, answer) == []


@pytest.mark.parametrize(
    ("paragraphs", "kinds"),
    [
        # The headline's talks, the trip's summary dated from its first day, the body on 16/5.
        (
            [
                "Từ ngày 15 đến 17/5, đoàn công tác tỉnh Hà Giang do đồng chí Nguyễn Văn Sơn,"
                " Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại thành phố Văn Sơn,"
                " tỉnh Vân Nam (Trung Quốc).",
                "Chiều 15/5, đồng chí Lý Minh Khải, Bí thư Thị ủy Văn Sơn đã tiếp đoàn.",
                "Sáng 16/5, hội đàm giữa tỉnh Hà Giang và thành phố Văn Sơn đã diễn ra. Tham dự"
                " hội đàm có đồng chí Vương Quốc Hoa, Thị trưởng thành phố Văn Sơn.",
            ],
            [
                ("reception", date(2024, 5, 15), {"Lý Minh Khải"}),
                ("talks", date(2024, 5, 16), {"Vương Quốc Hoa"}),
            ],
        ),
        # The body tells the headline's talks on the trip's first day, naming the side it met.
        (
            [
                "Từ ngày 15 đến 17/5, đoàn công tác tỉnh Hà Giang do đồng chí Nguyễn Văn Sơn,"
                " Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại thành phố Văn Sơn.",
                "Chiều 15/5, tại thành phố Văn Sơn, đoàn đã hội đàm với lãnh đạo thành phố Văn"
                " Sơn do đồng chí Vương Quốc Hoa, Thị trưởng thành phố Văn Sơn làm trưởng đoàn.",
            ],
            [("talks", date(2024, 5, 15), {"Vương Quốc Hoa"})],
        ),
    ],
)
def test_the_headline_s_meeting_told_on_its_day_is_counted_once(
    paragraphs: list[str], kinds: list[tuple[str, date, set[str]]]
) -> None:
    """Once, on the day the body tells it, with the parties it names there."""
    title = "Hà Giang và Văn Sơn hội đàm thúc đẩy hợp tác cửa khẩu"
    sentences = [title, *(s for p in paragraphs for s in split_sentences(p))]
    # The article's day is the trip's first, as its summary opens.
    found = find_meetings(title, paragraphs, find_mentions(sentences), date(2024, 5, 15))
    assert [(m.kind, m.date) for m in found] == [(kind, day) for kind, day, _ in kinds]
    assert all(named <= set(m.participants) for m, (*_, named) in zip(found, kinds, strict=True))


@pytest.mark.parametrize(
    "talks",
    [
        "Sáng 11/6, hai bên tiến hành hội đàm.",
        "Sáng 11/6, hai đoàn đã hội đàm tại trụ sở Châu ủy.",
        "Sáng 11/6, lãnh đạo hai địa phương đã có buổi hội đàm.",
    ],
)
def test_both_sides_holding_the_headline_s_meeting_are_the_heads_named_before(talks: str) -> None:
    """'hai bên' as the talks' subject are the host and the delegation's head the reception of
    the evening before names; the talks are held on their own day, the article's event."""
    article = parse_article(
        "Lào Cai và Hồng Hà (Vân Nam) hội đàm thường niên năm 2025\n\n"
        "Tối 10/6/2025, tại thành phố Mông Tự, ông Trần Quốc Cường, Châu trưởng Châu tự trị dân"
        " tộc Cáp Nhì, Di Hồng Hà đã tiếp đoàn đại biểu tỉnh Lào Cai do đồng chí Vũ Văn Bình,"
        " Bí thư Tỉnh ủy Lào Cai dẫn đầu.\n\n"
        f"{talks} Cùng dự có đồng chí Lê Minh Tuấn, Chủ tịch UBND tỉnh Lào Cai.\n\n"
        "Tại hội đàm, hai bên trao đổi về hợp tác kinh tế, thương mại.",
        filename="article.txt",
    )
    heads = {"Trần Quốc Cường", "Vũ Văn Bình"}
    assert [(m.kind, m.date) for m in article.meetings] == [
        ("reception", date(2025, 6, 10)),
        ("talks", date(2025, 6, 11)),
    ]
    assert heads | {"Lê Minh Tuấn"} <= set(article.meetings[1].participants)
    assert article.event_date == date(2025, 6, 11)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        # A visit, not one meeting: the article's day is its first.
        (
            "Đoàn đại biểu tỉnh Lào Cai thăm, làm việc tại tỉnh Vân Nam (Trung Quốc)",
            "Tối 10/6/2025, ông Trần Quốc Cường, Châu trưởng Châu Hồng Hà đã tiếp đoàn đại biểu"
            " tỉnh Lào Cai do đồng chí Vũ Văn Bình, Bí thư Tỉnh ủy Lào Cai dẫn đầu.",
        ),
        # The trip's span opens the lead: its first day.
        (
            "Lào Cai và Hồng Hà (Vân Nam) hội đàm thường niên năm 2025",
            "Từ ngày 10 đến 12/6/2025, đoàn đại biểu tỉnh Lào Cai do đồng chí Vũ Văn Bình, Bí thư"
            " Tỉnh ủy Lào Cai dẫn đầu đã thăm, làm việc tại Châu Hồng Hà. Tối 10/6, ông Trần Quốc"
            " Cường, Châu trưởng Châu Hồng Hà đã tiếp đoàn.",
        ),
    ],
)
def test_a_visit_or_a_trip_s_span_keeps_the_article_s_day_on_its_first(
    title: str, lead: str
) -> None:
    """Only one meeting the headline names is the event told on a later day than the lead's."""
    later = "Sáng 11/6, hai bên tiến hành hội đàm. Chiều 11/6, đoàn đã làm việc với Sở Thương mại."
    article = parse_article(f"{title}\n\n{lead}\n\n{later}", filename="article.txt")
    assert article.event_date == date(2025, 6, 10)


@pytest.mark.parametrize(
    "title",
    [
        "Lãnh đạo tỉnh tiếp, hội đàm với đoàn công tác thành phố Bằng Tường (Quảng Tây)",
        "Cao Bằng tiếp, hội đàm với đoàn đại biểu thành phố Bách Sắc",
    ],
)
def test_a_headline_joining_tiep_to_another_meeting_with_a_comma_sums_up_two(title: str) -> None:
    """'tiếp, hội đàm với đoàn …': the reception the lead tells, then the talks the body tells;
    not talks of the headline's own."""
    found = _meetings(
        title,
        "Sáng 19/5, đồng chí Hoàng Văn Nam, Chủ tịch HĐND tỉnh đã tiếp đoàn công tác do ông Lý"
        " Kiến Minh, Thị trưởng thành phố Bằng Tường làm trưởng đoàn.",
        "Chiều cùng ngày, đồng chí Nông Văn Sơn, Phó Chủ tịch UBND tỉnh đã hội đàm với đoàn.",
    )
    assert [(m.kind, m.participants) for m in found] == [
        ("reception", ("Hoàng Văn Nam", "Lý Kiến Minh")),
        ("talks", ("Nông Văn Sơn", "Lý Kiến Minh")),
    ]


@pytest.mark.parametrize(
    ("visit", "host"),
    [
        (
            "Chiều cùng ngày, đoàn đã làm việc tại Khu hợp tác kinh tế biên giới Hà Khẩu, nghe ông"
            " Dương Văn Bình, Phó Trưởng Ban Quản lý khu giới thiệu tiến độ dự án.",
            "Dương Văn Bình",
        ),
        (
            "Chiều cùng ngày, đoàn đến làm việc tại Khu thí điểm kinh tế biên giới Hà Khẩu, nghe"
            " bà Lưu Thu Hà, Giám đốc Ban Quản lý khu giới thiệu quy hoạch khu.",
            "Lưu Thu Hà",
        ),
        # Only a report heard: a visit, no one met.
        (
            "Chiều cùng ngày, đoàn đã làm việc tại Khu hợp tác kinh tế biên giới Hà Khẩu, nghe báo"
            " cáo tiến độ dự án.",
            None,
        ),
    ],
)
def test_a_site_where_the_delegation_hears_its_host_is_a_working_session_with_him(
    visit: str, host: str | None
) -> None:
    """'đoàn (đến) làm việc tại <a place>, nghe ông X giới thiệu …': a working session with X."""
    found = _meetings(
        None,
        "Sáng 19/5, đồng chí Trần Văn Sơn, Chủ tịch UBND tỉnh Lào Cai đã hội đàm với ông Vương"
        " Kiện, Phó Tỉnh trưởng tỉnh Vân Nam.",
        visit,
    )
    sessions = [m for m in found if m.kind == "working session"]
    assert [host in m.participants for m in sessions] == ([True] if host else [])


@pytest.mark.parametrize(
    "more",
    [
        "Tiếp đoàn còn có ông Trần Chí Nam, Giám đốc Sở Du lịch thành phố.",
        "Tiếp đoàn cũng có ông Trần Chí Nam, Giám đốc Sở Du lịch thành phố.",
    ],
)
def test_a_list_adding_to_the_hosts_far_below_the_reception_names_one_more(more: str) -> None:
    """'Tiếp đoàn còn có ông A, …' paragraphs below the reception: A hosted it too."""
    found = _meetings(
        None,
        "Sáng 19/5, Phó Chủ tịch UBND thành phố Đà Nẵng Lê Văn Hòa tiếp đoàn công tác Cục Du lịch"
        " Ma Cao do bà Lưu Mỹ Linh, Cục trưởng Cục Du lịch Ma Cao dẫn đầu.",
        "Bà Lưu Mỹ Linh cho biết Ma Cao đang đẩy mạnh kết nối đa điểm đến với các nước ASEAN.",
        "Hai bên thống nhất phối hợp tổ chức sự kiện quảng bá du lịch.",
        more,
    )
    assert [m.participants for m in found] == [("Lê Văn Hòa", "Lưu Mỹ Linh", "Trần Chí Nam")]


@pytest.mark.parametrize(
    "guests", ["các đồng chí Bí thư Tỉnh ủy", "đoàn", "Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nam"]
)
def test_an_earlier_courtesy_reception_is_reported(guests: str) -> None:
    conference, reception = _meetings(
        None,
        "Ngày 19/5, tại thành phố Nam Ninh đã diễn ra Hội nghị gặp gỡ đầu Xuân giữa Bí thư Tỉnh "
        "ủy các tỉnh biên giới và ông Lý Chí Minh, Bí thư Khu ủy Quảng Tây.",
        f"Trước đó, tối 18/5, Bí thư Khu ủy Lý Chí Minh đã tiếp thân mật {guests}.",
    )
    assert conference.kind == "conference"
    assert (reception.kind, reception.date) == ("reception", date(2024, 5, 18))
    assert reception.participants[0] == "Lý Chí Minh"


@pytest.mark.parametrize(
    ("told", "kind"),
    [
        ("Diễn đàn kinh tế Việt Nam - Quảng Tây diễn ra bên lề hội chợ.", "forum"),
        ("Diễn đàn kinh tế Việt Nam - Quảng Tây được tổ chức tại Nam Ninh.", "forum"),
        ("Hội thảo xúc tiến đầu tư Quảng Tây khai mạc chiều cùng ngày.", "seminar"),
    ],
)
def test_a_named_event_told_as_taking_place_is_a_meeting_of_its_own(told: str, kind: str) -> None:
    """'Diễn đàn … diễn ra bên lề hội chợ' after an audience: the forum is held, though no one
    is named attending it."""
    meetings = _meetings(
        None,
        "Chiều 19/5, Bộ trưởng Lê Văn An đã hội kiến ông Lý Minh, Bí thư Khu ủy Quảng Tây.",
        told,
    )
    assert [(m.kind, m.date, m.participants) for m in meetings][1:] == [(kind, DAY, ())]
    assert meetings[0].kind == "audience"


@pytest.mark.parametrize(
    "session",
    [
        "Ông Trần Văn Bình, Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương) và ông Lý Minh, Phó "
        "Giám đốc Sở Thương vụ Quảng Tây cùng đồng chủ trì phiên thảo luận về logistics.",
        "Ông Trần Văn Bình, Giám đốc Sở Văn hóa, Thể thao và Du lịch và ông Lý Minh, Phó Giám đốc "
        "Sở Thương vụ Quảng Tây đồng chủ trì phiên thảo luận.",
    ],
)
def test_speakers_joined_by_and_who_chair_a_session_both_take_part(session: str) -> None:
    """'Ông A, <title> và ông B, <title> cùng đồng chủ trì phiên thảo luận': A and B, past a
    'và' inside A's title."""
    (meeting,) = _meetings(
        None,
        "Hội nghị xúc tiến thương mại Việt Nam - Quảng Tây diễn ra ngày 19/5 tại Nam Ninh.",
        "Phát biểu khai mạc, ông Lê Văn An, Trưởng Thương vụ Việt Nam tại Trung Quốc, cho biết "
        "thương mại tăng.",
        session,
    )
    assert meeting.participants == ("Lê Văn An", "Trần Văn Bình", "Lý Minh")


def test_a_person_named_later_by_the_given_name_alone_takes_part() -> None:
    """'ông Lâm' after 'ông Đinh Văn Lâm, Tham tán Thương mại': the same official."""
    meetings = _meetings(
        None,
        "Ngày 19/5, tại Thâm Quyến, bà Lê Thị Hoa, Tổng Lãnh sự Việt Nam tại Quảng Châu, làm việc "
        "với Phó Thị trưởng thành phố Thâm Quyến Trương Minh. Tham gia đoàn có ông Đinh Văn Lâm, "
        "Tham tán Thương mại. Phía Thâm Quyến có ông Hứa Kiện, Phó Cục trưởng Cục Thương vụ.",
        "Chiều cùng ngày, ông Lâm và ông Hứa Kiện chủ trì tọa đàm kết nối doanh nghiệp.",
    )
    assert [(m.kind, m.participants) for m in meetings][1:] == [
        ("seminar", ("Đinh Văn Lâm", "Hứa Kiện"))
    ]


_TRIP_TITLE = "Lào Cai và Hồng Hà hội đàm về hợp tác nông nghiệp"
_TALKS_WITH_THE_SIDE_MET = (
    "Sáng 4/6, tại thành phố Mông Tự, đoàn đã hội đàm với lãnh đạo châu Hồng Hà do đồng chí"
    " Trương Kiến Minh, Phó Châu trưởng châu Hồng Hà làm trưởng đoàn."
)
_RECEPTION_OF_THE_DELEGATION = (
    "Chiều cùng ngày, đồng chí Lưu Chí Cường, Bí thư Châu ủy Hồng Hà đã tiếp đoàn."
)


@pytest.mark.parametrize(
    ("summary", "talks", "hosts"),
    [
        # The delegation's head, named in the summary, held the talks its delegation held and
        # came to the reception with it.
        (
            "Từ ngày 3 đến 5/6, đoàn công tác tỉnh Lào Cai do đồng chí Trần Quốc Hùng, Phó Chủ"
            " tịch UBND tỉnh dẫn đầu đã thăm, làm việc tại châu Hồng Hà, tỉnh Vân Nam.",
            ("Trương Kiến Minh", "Trần Quốc Hùng"),
            ("Lưu Chí Cường", "Trần Quốc Hùng"),
        ),
        # No head named: the one who led the side met is not the delegation's.
        (
            "Từ ngày 3 đến 5/6, đoàn công tác tỉnh Lào Cai đã thăm, làm việc tại châu Hồng Hà,"
            " tỉnh Vân Nam.",
            ("Trương Kiến Minh",),
            ("Lưu Chí Cường",),
        ),
    ],
)
def test_the_lead_after_the_delegation_s_meeting_word_leads_the_side_it_met(
    summary: str, talks: tuple[str, ...], hosts: tuple[str, ...]
) -> None:
    """'đoàn đã hội đàm với lãnh đạo châu … do đồng chí B … làm trưởng đoàn': B leads the side
    the delegation met, so B is not the head who goes with the delegation to its reception; the
    subject 'đoàn' is the article's delegation, whose head held the talks."""
    found = find_meetings(
        _TRIP_TITLE,
        [summary, _TALKS_WITH_THE_SIDE_MET, _RECEPTION_OF_THE_DELEGATION],
        find_mentions(
            [_TRIP_TITLE, summary, _TALKS_WITH_THE_SIDE_MET, _RECEPTION_OF_THE_DELEGATION]
        ),
        date(2024, 6, 3),
    )
    assert [(m.kind, m.participants) for m in found] == [("talks", talks), ("reception", hosts)]


@pytest.mark.parametrize(
    ("later", "guests"),
    [
        (
            "Chiều cùng ngày, ông Hoàng Văn Minh, Giám đốc Sở Công Thương dự Tọa đàm hai bên về"
            " kết nối doanh nghiệp nông sản tại Nam Ninh.",
            ("Hoàng Văn Minh",),
        ),
        ("Chiều cùng ngày, đoàn dự Tọa đàm hai bên về kết nối doanh nghiệp tại Nam Ninh.", ()),
    ],
)
def test_both_sides_named_after_an_event_s_word_are_its_name_not_its_guests(
    later: str, guests: tuple[str, ...]
) -> None:
    """'dự Tọa đàm hai bên về …': 'hai bên' names the seminar, not the two delegations that
    held the talks as its guests."""
    found = _meetings(
        None,
        "Sáng 4/6, tại Nam Ninh, đồng chí Lương Trọng Quỳnh, Phó Chủ tịch UBND tỉnh Lạng Sơn đã"
        " hội đàm với đồng chí Vi Triều Huy, Phó Chủ tịch Khu tự trị dân tộc Choang Quảng Tây.",
        later,
    )
    assert [(m.kind, m.participants) for m in found] == [
        ("talks", ("Lương Trọng Quỳnh", "Vi Triều Huy")),
        ("seminar", guests),
    ]


def test_the_hosts_listed_right_after_a_working_session_are_not_an_earlier_call_s() -> None:
    """'Tiếp đoàn có …' with neither 'cùng' nor 'còn' names the hosts of the meeting just told,
    not more hosts of an earlier one."""
    found = _meetings(
        None,
        "Chiều 3/6, tại thành phố Côn Minh, đoàn công tác tỉnh Hà Giang đã chào xã giao đồng chí"
        " Vương Ninh, Bí thư Tỉnh ủy Vân Nam.",
        "Sáng 4/6, đoàn làm việc với lãnh đạo châu Văn Sơn. Tiếp đoàn có đồng chí Trương Quốc"
        " Hoa, Phó Châu trưởng châu Văn Sơn.",
    )
    assert [(m.kind, m.participants) for m in found] == [
        ("courtesy call", ("Vương Ninh",)),
        ("working session", ("Trương Quốc Hoa",)),
    ]


def test_two_officials_the_subject_names_by_office_alone_attend_the_seminar() -> None:
    """'Bộ trưởng và Phó Thị trưởng dự Tọa đàm …' after each was named in full: both took
    part."""
    found = _meetings(
        None,
        "Ngày 19/5, tại Trùng Khánh, Bộ trưởng Bộ Công Thương Nguyễn Văn An hội đàm với bà Trần"
        " Lệ Hoa, Phó Thị trưởng thành phố Trùng Khánh.",
        "Chiều cùng ngày, Bộ trưởng và Phó Thị trưởng dự Tọa đàm xúc tiến thương mại nông sản tại"
        " Trùng Khánh.",
    )
    assert [(m.kind, set(m.participants)) for m in found] == [
        ("talks", {"Nguyễn Văn An", "Trần Lệ Hoa"}),
        ("seminar", {"Nguyễn Văn An", "Trần Lệ Hoa"}),
    ]


def test_an_official_quoted_at_a_seminar_past_a_region_s_long_title_took_part() -> None:
    """'Phó Chủ tịch Chính quyền nhân dân Khu tự trị dân tộc Choang Quảng Tây A cho biết …':
    the speaker, however long the title before the name."""
    (meeting,) = _meetings(
        None,
        "Ngày 19/5, tại Nam Ninh, Tổng Lãnh sự quán Việt Nam tổ chức Hội thảo kết nối hành lang"
        " kinh tế.",
        "Phát biểu khai mạc Hội thảo, Tổng Lãnh sự Việt Nam tại Nam Ninh Trần Văn Linh nhấn mạnh"
        " vai trò cầu nối của Quảng Tây.",
        "Phó Chủ tịch Chính quyền nhân dân Khu tự trị dân tộc Choang Quảng Tây Thái Minh Tân cho"
        " biết thương mại hai bên tăng nhanh.",
    )
    assert meeting.participants == ("Trần Văn Linh", "Thái Minh Tân")
