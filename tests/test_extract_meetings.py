"""The meeting an article reports and the documents signed or agreed at it."""

from __future__ import annotations

from datetime import date

import pytest

from extract.meetings import find_agreements, find_meetings
from extract.officials import find_mentions
from extract.text import split_sentences
from extract.types import Meeting

DAY = date(2024, 5, 19)


def _meetings(title: str | None, *paragraphs: str) -> list[Meeting]:
    sentences = ([title] if title else []) + [s for p in paragraphs for s in split_sentences(p)]
    return find_meetings(title, list(paragraphs), find_mentions(sentences), DAY)


@pytest.mark.parametrize(
    ("lead", "kind", "label"),
    [
        ("Ngày 2/8, hai Bộ trưởng đã hội đàm trực tuyến.", "online talks", "hội đàm trực tuyến"),
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
        ("Đoàn có buổi làm việc với lãnh đạo tỉnh Hải Nam.", "working session", "buổi làm việc"),
        ("Bộ trưởng gặp gỡ cộng đồng doanh nghiệp Quảng Tây.", "meeting", "gặp gỡ"),
    ],
)
def test_meeting_kinds_and_labels(lead: str, kind: str, label: str) -> None:
    (meeting,) = _meetings(None, lead)
    assert (meeting.kind, meeting.label, meeting.date) == (kind, label, DAY)


def test_common_verbs_alone_are_not_meetings() -> None:
    assert _meetings(None, "Hai bên tiếp tục gặp nhiều khó khăn trong thông quan.") == []


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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hai bên đã ký kết Bản ghi nhớ hợp tác về thương mại biên giới.",
            [("memorandum", "Bản ghi nhớ hợp tác về thương mại biên giới", True)],
        ),
        (
            "Hai Bộ trưởng chứng kiến lễ trao Thỏa thuận khung về hợp tác logistics.",
            [("framework agreement", "Thỏa thuận khung về hợp tác logistics", True)],
        ),
        (
            "Hai bên nhất trí sẽ ký Kế hoạch hành động giai đoạn 2024-2026 trong thời gian tới.",
            [("action plan", "Kế hoạch hành động giai đoạn 2024-2026 trong thời gian tới", False)],
        ),
        (
            "Hai bên đã đạt đồng thuận về Thỏa thuận hợp tác kiểm dịch và sẽ ký kết sớm.",
            [("agreement", "Thỏa thuận hợp tác kiểm dịch", False)],
        ),
        ("Bộ trưởng đề nghị hai bên sớm ký kết Bản ghi nhớ về thương mại điện tử.", []),
        ("Hai bên triển khai hiệu quả các văn kiện đã ký.", []),
    ],
)
def test_documents_signed_or_agreed(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    found = find_agreements([sentence], DAY)
    assert [(a.kind, a.name, a.signed) for a in found] == expected
    assert all(a.date == (DAY if a.signed else None) for a in found)
