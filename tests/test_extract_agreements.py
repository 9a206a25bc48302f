"""The documents an article says were signed at its event, or agreed to be signed."""

from __future__ import annotations

from datetime import date

import pytest

from extract.agreements import find_agreements

DAY = date(2024, 5, 19)


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
            [("action plan", "Kế hoạch hành động giai đoạn 2024-2026", False)],
        ),
        # when or where it is signed is not part of its name
        (
            "Hai bên thống nhất sẽ ký Kế hoạch hành động về nâng cấp cửa khẩu trong năm nay.",
            [("action plan", "Kế hoạch hành động về nâng cấp cửa khẩu", False)],
        ),
        (
            "Hai bên dự kiến sẽ ký Hiệp định về vận tải đường sắt liên vận vào đầu năm 2027.",
            [("agreement", "Hiệp định về vận tải đường sắt liên vận", False)],
        ),
        (
            "Hai bên sẽ ký Bản ghi nhớ về du lịch trong dịp Hội chợ Trung Quốc – Nam Á tới.",
            [("memorandum", "Bản ghi nhớ về du lịch", False)],
        ),
        # a document under study is not signed
        (
            "Hai bên đang nghiên cứu ký kết thỏa thuận về kiểm dịch trái cây tại cửa khẩu.",
            [("agreement", "thỏa thuận về kiểm dịch trái cây tại cửa khẩu", False)],
        ),
        # two documents each with its signing verb; an aside in brackets is not the name
        (
            "Hai bên đã ký Biên bản hội đàm và ký gia hạn Thỏa thuận hợp tác du lịch giai đoạn "
            "2026–2030 (bản đầu tiên ký năm 2020, hết hiệu lực cuối năm 2025).",
            [
                ("document", "Biên bản hội đàm", True),
                ("agreement", "Thỏa thuận hợp tác du lịch giai đoạn 2026–2030", True),
            ],
        ),
        # a list after a colon, its items between semicolons
        (
            "Hai Bộ trưởng chứng kiến lễ ký hai văn kiện: Kế hoạch hành động về nông nghiệp "
            "xanh giữa hai bộ; Biên bản ghi nhớ giữa UBND tỉnh Hà Giang và Sở Thương mại tỉnh "
            "Vân Nam về xúc tiến thương mại.",
            [
                ("action plan", "Kế hoạch hành động về nông nghiệp xanh giữa hai bộ", True),
                (
                    "memorandum",
                    "Biên bản ghi nhớ giữa UBND tỉnh Hà Giang và Sở Thương mại tỉnh Vân Nam về "
                    "xúc tiến thương mại",
                    True,
                ),
            ],
        ),
        # a second document after a semicolon, with no list before: signed too; a clause after
        # one is not a document's
        (
            "Hai bên đã ký kết Biên bản ghi nhớ hợp tác về du lịch giai đoạn 2026 - 2030; Thỏa "
            "thuận hợp tác đào tạo giữa Trường Đại học Tây Bắc và Đại học Hồng Hà.",
            [
                ("memorandum", "Biên bản ghi nhớ hợp tác về du lịch giai đoạn 2026 - 2030", True),
                (
                    "agreement",
                    "Thỏa thuận hợp tác đào tạo giữa Trường Đại học Tây Bắc và Đại học Hồng Hà",
                    True,
                ),
            ],
        ),
        (
            "Hai bên đã ký Biên bản hội đàm; đồng thời thống nhất sớm trình ký Thỏa thuận về "
            "du lịch.",
            [
                ("document", "Biên bản hội đàm", True),
                ("agreement", "Thỏa thuận về du lịch", False),
            ],
        ),
        (
            "Hai bộ đã ký Bản ghi nhớ về hợp tác nông nghiệp tại buổi hội đàm.",
            [("memorandum", "Bản ghi nhớ về hợp tác nông nghiệp", True)],
        ),
        (
            "Hai bên đã đạt đồng thuận về Thỏa thuận hợp tác kiểm dịch và sẽ ký kết sớm.",
            [("agreement", "Thỏa thuận hợp tác kiểm dịch", False)],
        ),
        # the comma of 'phòng, chống' is inside the name; another comma ends it
        (
            "Hai bên ký Bản ghi nhớ về hợp tác phòng, chống buôn lậu giai đoạn 2025 - 2027.",
            [
                (
                    "memorandum",
                    "Bản ghi nhớ về hợp tác phòng, chống buôn lậu giai đoạn 2025 - 2027",
                    True,
                )
            ],
        ),
        # the commas of the fields a name lists are inside it
        (
            "Hai tỉnh ký Biên bản ghi nhớ về hợp tác thương mại, đầu tư và du lịch giữa hai bên.",
            [
                (
                    "memorandum",
                    "Biên bản ghi nhớ về hợp tác thương mại, đầu tư và du lịch giữa hai bên",
                    True,
                )
            ],
        ),
        (
            "Hai bên ký Bản ghi nhớ hợp tác trong lĩnh vực y tế, giáo dục, văn hóa và thể thao.",
            [
                (
                    "memorandum",
                    "Bản ghi nhớ hợp tác trong lĩnh vực y tế, giáo dục, văn hóa và thể thao",
                    True,
                )
            ],
        ),
        (
            "Hai bên ký Bản ghi nhớ hợp tác thương mại, tăng cường giao lưu và trao đổi.",
            [("memorandum", "Bản ghi nhớ hợp tác thương mại", True)],
        ),
        # a list of fields with no 'và': up to the name's parties or place, or, of fields of a
        # word or two, up to the sentence's end
        (
            "Hai bên ký Thỏa thuận hợp tác xúc tiến thương mại, đầu tư giữa hai trung tâm.",
            [
                (
                    "agreement",
                    "Thỏa thuận hợp tác xúc tiến thương mại, đầu tư giữa hai trung tâm",
                    True,
                )
            ],
        ),
        (
            "Hai sở đã ký Biên bản ghi nhớ về xúc tiến thương mại nông sản, thủy sản.",
            [("memorandum", "Biên bản ghi nhớ về xúc tiến thương mại nông sản, thủy sản", True)],
        ),
        # ... or up to the visit or occasion it is signed on
        (
            "Hai bên thống nhất sẽ ký Bản ghi nhớ về hợp tác nuôi trồng và chế biến tôm, cá trong "
            "chuyến thăm của đoàn tỉnh Quảng Tây dự kiến vào quý II.",
            [("memorandum", "Bản ghi nhớ về hợp tác nuôi trồng và chế biến tôm, cá", False)],
        ),
        (
            "Hai sở sẽ ký Biên bản ghi nhớ về xúc tiến tiêu thụ rau, hoa quả nhân dịp Hội chợ "
            "Trung Quốc – ASEAN lần thứ 23.",
            [("memorandum", "Biên bản ghi nhớ về xúc tiến tiêu thụ rau, hoa quả", False)],
        ),
        (
            "Hai bên ký Biên bản ghi nhớ, khẳng định quyết tâm.",
            [("memorandum", "Biên bản ghi nhớ", True)],
        ),
        (
            "Hai bên ký Biên bản ghi nhớ hợp tác, thảo luận các biện pháp và giải pháp.",
            [("memorandum", "Biên bản ghi nhớ hợp tác", True)],
        ),
        (
            "Hai bên ký Bản ghi nhớ hợp tác, mở ra giai đoạn mới.",
            [("memorandum", "Bản ghi nhớ hợp tác", True)],
        ),
        # a proposal is not a signing
        (
            "Bộ trưởng đề nghị hai bên sớm ký kết Bản ghi nhớ về thương mại điện tử.",
            [("memorandum", "Bản ghi nhớ về thương mại điện tử", False)],
        ),
        # counted documents are unnamed ones (companies' contracts, mostly)
        ("Tại hội nghị, doanh nghiệp hai bên đã ký 12 biên bản ghi nhớ hợp tác.", []),
        # and so are documents sharing the count of contracts before them
        (
            "Trong ngày đầu hội chợ, doanh nghiệp hai bên đã ký 14 hợp đồng, thỏa thuận hợp tác "
            "trị giá gần 30 triệu USD.",
            [],
        ),
        ("Các doanh nghiệp đã ký tám hợp đồng kinh tế và thỏa thuận mua bán nông sản.", []),
        # an abbreviation's point, a prefecture's groups: inside the name
        (
            "Hai bên ký Biên bản ghi nhớ hợp tác giữa UBND TP.HCM và thành phố Thâm Quyến.",
            [
                (
                    "memorandum",
                    "Biên bản ghi nhớ hợp tác giữa UBND TP.HCM và thành phố Thâm Quyến",
                    True,
                )
            ],
        ),
        (
            "Hai bên ký Biên bản hội đàm giữa tỉnh Tuyên Quang và Châu tự trị dân tộc Choang, "
            "Miêu Văn Sơn và Kế hoạch phối hợp tổ chức hội chợ năm 2026.",
            [
                (
                    "document",
                    "Biên bản hội đàm giữa tỉnh Tuyên Quang và Châu tự trị dân tộc Choang, Miêu "
                    "Văn Sơn",
                    True,
                ),
                ("action plan", "Kế hoạch phối hợp tổ chức hội chợ năm 2026", True),
            ],
        ),
        # the place locating a party after its name, after a comma, is the party's
        (
            "Hai bên ký Biên bản hội đàm giữa UBND tỉnh Hà Giang (Việt Nam) và Chính quyền nhân "
            "dân Châu tự trị dân tộc Choang, Miêu Văn Sơn, tỉnh Vân Nam (Trung Quốc).",
            [
                (
                    "document",
                    "Biên bản hội đàm giữa UBND tỉnh Hà Giang (Việt Nam) và Chính quyền nhân dân "
                    "Châu tự trị dân tộc Choang, Miêu Văn Sơn, tỉnh Vân Nam (Trung Quốc)",
                    True,
                )
            ],
        ),
        (
            "Hai bên ký Biên bản ghi nhớ hợp tác, tỉnh Lạng Sơn cam kết tạo điều kiện.",
            [("memorandum", "Biên bản ghi nhớ hợp tác", True)],
        ),
        ("Hai bên triển khai hiệu quả các văn kiện đã ký.", []),
        # two verbs of one field, with a comma between
        (
            "Dịp này, Sở Công Thương và tập đoàn đã trao Biên bản ghi nhớ về nghiên cứu, khảo sát "
            "dự án điện gió ngoài khơi Quảng Trị.",
            [
                (
                    "memorandum",
                    "Biên bản ghi nhớ về nghiên cứu, khảo sát dự án điện gió ngoài khơi Quảng Trị",
                    True,
                )
            ],
        ),
        # a letter of intent, signed or still to be signed
        (
            "Hai bên đã ký Ý định thư về thiết lập quan hệ hợp tác hữu nghị giữa tỉnh Thái Bình "
            "và thành phố Lạc Dương.",
            [
                (
                    "letter of intent",
                    "Ý định thư về thiết lập quan hệ hợp tác hữu nghị giữa tỉnh Thái Bình và "
                    "thành phố Lạc Dương",
                    True,
                )
            ],
        ),
        (
            "Ông đề nghị hai bên sớm hoàn tất thủ tục để ký kết Ý định thư về hợp tác giữa tỉnh "
            "Hà Tĩnh và thành phố Tương Đàm.",
            [
                (
                    "letter of intent",
                    "Ý định thư về hợp tác giữa tỉnh Hà Tĩnh và thành phố Tương Đàm",
                    False,
                )
            ],
        ),
    ],
)
def test_documents_signed_or_agreed(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    found = find_agreements([sentence], DAY)
    assert [(a.kind, a.name, a.signed) for a in found] == expected
    assert all(a.date == (DAY if a.signed else None) for a in found)


def test_a_company_s_contract_is_not_a_document_of_the_two_sides() -> None:
    sentence = (
        "Sau hội nghị, công ty đã ký được ba hợp đồng cung cấp cà phê với tổng trị giá 800.000 USD."
    )
    assert find_agreements([sentence], DAY) == []


def test_a_document_signed_before_the_event_has_no_day() -> None:
    (found,) = find_agreements(
        ["Tháng 3 vừa qua, Hồ Nam và tỉnh Thanh Hóa đã ký kết thỏa thuận kết nghĩa hữu nghị."], DAY
    )
    assert (found.name, found.signed, found.date) == ("thỏa thuận kết nghĩa hữu nghị", True, None)


def test_a_document_signed_before_the_event_on_a_day_the_sentence_opens_with() -> None:
    (found,) = find_agreements(
        ["Trước đó, ngày 17/5, hai sở đã ký Biên bản ghi nhớ về xúc tiến thương mại."], DAY
    )
    assert (found.signed, found.date) == (True, date(2024, 5, 17))


def test_a_long_name_is_read_whole() -> None:
    (found,) = find_agreements(
        [
            "Dịp này, hai bên đã trao Bản ghi nhớ hợp tác giữa Bộ Nông nghiệp và Môi trường Việt "
            "Nam và Chính quyền nhân dân tỉnh Hải Nam về thúc đẩy thương mại nông sản và thủy sản."
        ],
        DAY,
    )
    assert found.name.endswith("về thúc đẩy thương mại nông sản và thủy sản")


_FORMAL_NAME = (
    "Nghị định thư giữa Bộ Nông nghiệp và Phát triển nông thôn nước Cộng hòa xã hội chủ nghĩa "
    "Việt Nam và Tổng cục Hải quan nước Cộng hòa Nhân dân Trung Hoa về yêu cầu kiểm dịch thực vật "
    "đối với quả sầu riêng tươi xuất khẩu từ Việt Nam sang Trung Quốc"
)


@pytest.mark.parametrize(
    ("sentence", "signed"),
    [
        (f"Hai bên đã ký {_FORMAL_NAME}.", True),
        (f"Hai bên đánh giá cao kết quả triển khai {_FORMAL_NAME}; đồng thời …", False),
    ],
)
def test_a_very_long_formal_name_is_read_to_its_end(sentence: str, signed: bool) -> None:
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed) == (_FORMAL_NAME, signed)


@pytest.mark.parametrize(
    "carried_out",
    [
        "tiếp tục thực hiện nghiêm",
        "thực hiện nghiêm túc, đầy đủ",
        "triển khai có hiệu quả",
        "thực thi đầy đủ",
        "tuân thủ nghiêm chỉnh",
    ],
)
def test_a_document_carried_out_in_some_manner_is_discussed(carried_out: str) -> None:
    (found,) = find_agreements(
        [
            f"Hai bên thống nhất {carried_out} Hiệp định về quản lý cửa khẩu biên giới trên đất "
            "liền và các văn bản thỏa thuận giữa hai đơn vị."
        ],
        DAY,
    )
    assert (found.name, found.signed) == (
        "Hiệp định về quản lý cửa khẩu biên giới trên đất liền",
        False,
    )


def _named(sentences: list[str]) -> list[tuple[str, str, date | None]]:
    return [(a.kind, a.name, a.date) for a in find_agreements(sentences, DAY)]


@pytest.mark.parametrize("mark", ["- ", "• ", "1. ", "2) "])
def test_each_item_of_a_list_of_signed_documents_is_one(mark: str) -> None:
    sentences = [
        "Kết thúc hội đàm, hai bên đã ký kết các văn kiện gồm:",
        f"{mark}Biên bản hội đàm năm 2024 giữa hai tỉnh;",
        f"{mark}Bản ghi nhớ về hợp tác du lịch thác Bản Giốc (Việt Nam) - Đức Thiên (Trung Quốc).",
        "Sau đó, đoàn đã thăm khu công nghiệp của thành phố.",
        f"{mark}Thỏa thuận về hợp tác y tế vẫn trong quá trình đàm phán.",
    ]
    assert _named(sentences) == [
        ("document", "Biên bản hội đàm năm 2024 giữa hai tỉnh", DAY),
        (
            "memorandum",
            "Bản ghi nhớ về hợp tác du lịch thác Bản Giốc (Việt Nam) - Đức Thiên (Trung Quốc)",
            DAY,
        ),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Kết thúc hội đàm, hai sở đã ký kết 3 văn bản, gồm:",
        "Sau hội nghị, hai bên đã ký các tài liệu sau:",
        "Tại buổi làm việc, hai trường đã ký hai thỏa thuận:",
        "Dưới sự chứng kiến của lãnh đạo hai tỉnh, các bên đã ký 2 biên bản ghi nhớ gồm:",
    ],
)
def test_a_list_led_by_documents_unnamed_or_counted_is_read(lead: str) -> None:
    sentences = [
        lead,
        "- Thỏa thuận hợp tác về đào tạo nguồn nhân lực du lịch;",
        "- Bản ghi nhớ về trao đổi sinh viên giai đoạn 2025 - 2030.",
    ]
    assert _named(sentences) == [
        ("agreement", "Thỏa thuận hợp tác về đào tạo nguồn nhân lực du lịch", DAY),
        ("memorandum", "Bản ghi nhớ về trao đổi sinh viên giai đoạn 2025 - 2030", DAY),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai Thủ tướng đã chứng kiến lễ ký các văn kiện hợp tác.",
        "Hai bên đã ký kết 3 văn bản hợp tác.",
        "Thủ tướng đã ký văn bản số 125 chỉ đạo các bộ, ngành.",
        "Hai bên đã ký văn kiện.",
        "Hai bên đã ký kết 12 văn kiện quan trọng.",
    ],
)
def test_documents_spoken_of_without_a_name_are_not_reported(sentence: str) -> None:
    assert _named([sentence]) == []


def test_a_second_document_joined_by_va_is_signed_too() -> None:
    sentence = (
        "Kết thúc hội nghị, các bên đã ký Biên bản Hội nghị lần thứ 12 Nhóm công tác liên hợp "
        "và Kế hoạch hợp tác năm 2025 giữa các tỉnh biên giới."
    )
    assert [name for _kind, name, _day in _named([sentence])] == [
        "Biên bản Hội nghị lần thứ 12 Nhóm công tác liên hợp",
        "Kế hoạch hợp tác năm 2025 giữa các tỉnh biên giới",
    ]


def test_a_document_takes_the_day_of_the_last_sentence_opening_with_one() -> None:
    sentences = [
        "Từ ngày 19 đến 21/5, đoàn đại biểu tỉnh Vân Nam thăm và làm việc tại Việt Nam.",
        "Ngày 21/5, tại Hạ Long, đoàn đã hội đàm với lãnh đạo tỉnh Quảng Ninh.",
        "Sau hội đàm, hai bên đã ký Bản ghi nhớ về hợp tác du lịch biên giới.",
    ]
    assert _named(sentences) == [
        ("memorandum", "Bản ghi nhớ về hợp tác du lịch biên giới", date(2024, 5, 21))
    ]


def test_a_summary_s_telling_of_a_document_named_below_is_one_document() -> None:
    found = _named(
        [
            "Sáng 19/5, hai trường đại học ký thỏa thuận liên kết đào tạo cử nhân du lịch.",
            "Hai hiệu trưởng đã ký Thỏa thuận hợp tác đào tạo liên kết giai đoạn 2025-2030.",
        ]
    )
    assert found == [("agreement", "Thỏa thuận hợp tác đào tạo liên kết giai đoạn 2025-2030", DAY)]


def test_a_summary_dated_by_another_day_than_the_named_document_is_still_that_one() -> None:
    # a lead or a caption without a day of its own takes the article's; the body names the
    # document on its own day
    found = _named(
        [
            "Hai bên ký bản ghi nhớ hợp tác du lịch tại diễn đàn xúc tiến du lịch.",
            "Sáng 20/5, tại Đà Nẵng, hai sở đã ký Bản ghi nhớ hợp tác phát triển du lịch giai "
            "đoạn 2025 - 2028.",
        ]
    )
    assert found == [
        (
            "memorandum",
            "Bản ghi nhớ hợp tác phát triển du lịch giai đoạn 2025 - 2028",
            date(2024, 5, 20),
        )
    ]


def test_a_document_s_word_alone_after_its_name_is_the_same_document() -> None:
    found = _named(
        [
            "Bộ Công Thương và tỉnh Quảng Đông đã ký bản ghi nhớ thiết lập cơ chế thúc đẩy "
            "thương mại vào tối 19/5 tại Hà Nội.",
            "Bản ghi nhớ được ký giữa Thứ trưởng Bộ Công Thương và Phó Tỉnh trưởng Quảng Đông.",
        ]
    )
    assert found == [("memorandum", "bản ghi nhớ thiết lập cơ chế thúc đẩy thương mại", DAY)]


def test_two_named_documents_of_one_kind_signed_the_same_day_are_both_kept() -> None:
    found = _named(
        [
            "Hai bên đã ký Bản ghi nhớ về thương mại biên giới.",
            "Hai sở cũng ký Bản ghi nhớ về hợp tác du lịch.",
        ]
    )
    assert [name for _, name, _ in found] == [
        "Bản ghi nhớ về thương mại biên giới",
        "Bản ghi nhớ về hợp tác du lịch",
    ]


def test_a_long_name_s_cap_does_not_cut_a_party_s_name() -> None:
    (found,) = find_agreements(
        [
            "Hai bên đã ký Thỏa thuận hợp tác về kiểm dịch động thực vật đối với nông sản "
            "xuất khẩu qua cửa khẩu đường bộ giữa Bộ Nông nghiệp và Môi trường Việt Nam và Chính "
            "quyền nhân dân tỉnh Quảng Tây (Trung Quốc) về lâu dài."
        ],
        DAY,
    )
    assert found.name.endswith("và Chính quyền nhân dân tỉnh Quảng Tây (Trung Quốc)")


@pytest.mark.parametrize(
    "item",
    [
        "Thỏa thuận về trao đổi dữ liệu điện tử đối với hàng hóa xuất khẩu, nhập khẩu qua biên "
        "giới",
        "Kế hoạch phối hợp phòng chống buôn lậu, vận chuyển trái phép hàng hóa qua biên giới năm "
        "2026",
        "Bản ghi nhớ về hợp tác du lịch giữa Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang và Cục "
        "Văn hóa, Du lịch thành phố Văn Sơn, tỉnh Vân Nam (Trung Quốc) về phát triển tuyến du "
        "lịch qua cửa khẩu Thanh Thủy - Thiên Bảo",
    ],
)
def test_a_list_s_item_is_a_name_up_to_a_clause(item: str) -> None:
    sentences = ["Hai bên đã ký kết các văn kiện gồm:", f"- {item}, được ký lần đầu năm 2019;"]
    assert [name for _kind, name, _day in _named(sentences)] == [item]


@pytest.mark.parametrize("closing", ["Kết thúc hội nghị", "Sau buổi hội nghị", "Bế mạc hội nghị"])
def test_a_signing_closing_a_meeting_is_on_its_day_not_a_flashback_s(closing: str) -> None:
    sentences = [
        "Ngày 21/5, tại Lào Cai, hai tỉnh tổ chức hội nghị giao ban lần thứ 8.",
        "Tại hội nghị, hai bên đánh giá kết quả hợp tác năm qua.",
        "Trước đó, tối 20/5, Chủ tịch UBND tỉnh đã hội kiến Phó Tỉnh trưởng tỉnh Vân Nam, trao "
        "đổi về nội dung hội nghị.",
        f"{closing}, hai bên đã ký Biên bản Hội nghị giao ban lần thứ 8.",
    ]
    assert _named(sentences) == [
        ("document", "Biên bản Hội nghị giao ban lần thứ 8", date(2024, 5, 21))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bên trao đổi về khả năng ký kết Thỏa thuận hợp tác hữu nghị giữa thành phố Đà Nẵng "
        "và tỉnh Quảng Đông trong thời gian tới.",
        "Hai sở bàn về việc ký Bản ghi nhớ hợp tác du lịch trong thời gian tới.",
        "Lãnh đạo hai tỉnh trao đổi về khả năng ký Kế hoạch hợp tác nông nghiệp.",
    ],
)
def test_a_signing_only_possible_or_still_to_come_is_not_a_signed_document(sentence: str) -> None:
    (found,) = find_agreements([sentence], DAY)
    assert (found.signed, found.date) == (False, None)


@pytest.mark.parametrize(
    "before",
    [
        # its procedures, still to go through
        "Hai bên đẩy nhanh thủ tục",
        "Hai sở đang hoàn tất các thủ tục",
        "Hai bên trao đổi về thủ tục",
        # not yet done
        "Hai bên vẫn chưa",
        # talked over
        "Hai bên thảo luận về việc",
        "Lãnh đạo hai tỉnh thảo luận việc",
        # intended or aimed at
        "Hai bên dự định",
        "Hai bên có kế hoạch",
        "Hai bên đặt mục tiêu",
        # planned, prepared or studied (the words the rule already knew)
        "Hai bên nhất trí phối hợp đẩy nhanh thủ tục",
        "Hai bên chuẩn bị nội dung để",
        "Hai tỉnh thống nhất sẽ nghiên cứu,",
        "Hai bên trao đổi về khả năng",
    ],
)
def test_a_signing_to_go_through_not_yet_done_or_intended_is_not_a_signed_document(
    before: str,
) -> None:
    sentence = f"{before} ký kết Bản ghi nhớ về hợp tác phát triển du lịch biên giới."
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed, found.date) == (
        "Bản ghi nhớ về hợp tác phát triển du lịch biên giới",
        False,
        None,
    )


@pytest.mark.parametrize("clause", ["và thống nhất tổ chức", "và nhất trí luân phiên tổ chức"])
def test_a_name_ends_before_va_and_a_clause(clause: str) -> None:
    sentence = (
        "Kết thúc hội nghị, hai bên đã ký Biên bản Hội nghị liên tịch đường sắt biên giới lần thứ "
        f"12 {clause} hội nghị lần thứ 13 tại Trung Quốc năm 2027."
    )
    assert [name for _kind, name, _day in _named([sentence])] == [
        "Biên bản Hội nghị liên tịch đường sắt biên giới lần thứ 12"
    ]


def test_a_plan_agreed_after_va_is_not_signed_with_the_minutes() -> None:
    sentence = (
        "Kết thúc hội đàm, hai bên ký Biên bản hội đàm năm 2025 và thống nhất kế hoạch hợp tác "
        "năm 2026."
    )
    found = find_agreements([sentence], DAY)
    assert [(a.name, a.signed) for a in found] == [
        ("Biên bản hội đàm năm 2025", True),
        ("kế hoạch hợp tác năm 2026", False),
    ]


@pytest.mark.parametrize(
    "clause",
    [
        ", giao các sở lập",
        ", đồng thời bàn",
        " và cam kết bàn",
        " và đồng ý",
    ],
)
def test_a_signing_verb_does_not_reach_past_another_verb_s_clause(clause: str) -> None:
    sentence = (
        f"Hai bên ký Biên bản hội đàm năm 2026{clause} Kế hoạch hợp tác phát triển cửa khẩu "
        "năm 2027."
    )
    found = find_agreements([sentence], DAY)
    assert [(a.name, a.signed) for a in found] == [("Biên bản hội đàm năm 2026", True)]


@pytest.mark.parametrize(
    "signing",
    [
        "Hai bên ký Biên bản hội đàm năm 2026, Thỏa thuận hợp tác du lịch.",
        "Hai bên ký 3 văn kiện hợp tác, trong đó có Thỏa thuận hợp tác du lịch.",
        "Hai bên ký 3 thỏa thuận, cụ thể là Thỏa thuận hợp tác du lịch.",
    ],
)
def test_a_signing_verb_reaches_a_document_listed_or_counted_after_another(signing: str) -> None:
    found = find_agreements([signing], DAY)
    assert ("Thỏa thuận hợp tác du lịch", True) in [(a.name, a.signed) for a in found]


@pytest.mark.parametrize("word", ["Biên bản ghi nhớ", "Bản ghi nhớ"])
def test_a_short_name_and_the_full_one_of_a_document_are_one_document(word: str) -> None:
    found = _named(
        [
            f"Lạng Sơn và Quảng Tây ký {word} thiết lập quan hệ hợp tác hữu nghị, mở ra "
            "giai đoạn hợp tác mới.",
            "Sau hội đàm, hai bên đã ký Biên bản ghi nhớ về việc thiết lập quan hệ hợp tác hữu "
            "nghị giữa tỉnh Lạng Sơn (Việt Nam) và Khu tự trị Quảng Tây (Trung Quốc).",
        ]
    )
    assert found == [
        (
            "memorandum",
            "Biên bản ghi nhớ về việc thiết lập quan hệ hợp tác hữu nghị giữa tỉnh Lạng Sơn "
            "(Việt Nam) và Khu tự trị Quảng Tây (Trung Quốc)",
            DAY,
        )
    ]


@pytest.mark.parametrize(
    "others",
    [
        "và 12 thỏa thuận hợp tác giữa doanh nghiệp",
        "và các hợp đồng mua bán nông sản",
        "và 8 hợp đồng thương mại",
    ],
)
def test_a_name_ends_before_va_and_counted_documents_of_their_own(others: str) -> None:
    found = find_agreements(
        [
            f"Tại diễn đàn, hai bên đã ký Bản ghi nhớ về tăng cường hợp tác đầu tư {others} với "
            "tổng giá trị khoảng 500 triệu USD.",
            "Bản ghi nhớ về tăng cường hợp tác đầu tư giai đoạn 2026 - 2030 được ký kết giữa Sở "
            "Tài chính tỉnh Lào Cai và Sở Thương mại tỉnh Vân Nam.",
        ],
        DAY,
    )
    assert [(a.name, a.signed) for a in found] == [
        ("Bản ghi nhớ về tăng cường hợp tác đầu tư giai đoạn 2026 - 2030", True)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Lý nhấn mạnh năm 2026 là năm đầu triển khai Kế hoạch 5 năm lần thứ 15 của Trung "
        "Quốc và Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 của Việt Nam, mở ra "
        "nhiều cơ hội hợp tác.",
        "Hai bên cũng trao đổi về việc thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm "
        "2026 - 2030 của Việt Nam.",
        "Đại sứ cho biết Lào đang triển khai Đề án phát triển hạ tầng giao thông của Lào.",
    ],
)
def test_a_plan_of_one_country_is_no_document_of_the_two_sides(sentence: str) -> None:
    assert find_agreements([sentence], DAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bộ trưởng ký Kế hoạch hành động phát triển thương mại biên giới Việt Nam - Campuchia "
        "giai đoạn 2025 - 2027.",
        "Hai bên nhất trí triển khai Hiệp định Thương mại tự do Việt Nam – EU (EVFTA).",
    ],
)
def test_a_document_with_a_third_country_is_no_document_of_the_two_sides(sentence: str) -> None:
    assert find_agreements([sentence], DAY) == []


@pytest.mark.parametrize(
    "name",
    [
        "Hiệp định Thương mại tự do ASEAN - Trung Quốc",
        "Thỏa thuận hợp tác về phát triển du lịch tại khu vực thác Bản Giốc - Đức Thiên",
    ],
)
def test_a_document_naming_china_or_a_place_like_a_country_is_reported(name: str) -> None:
    (found,) = find_agreements([f"Hai bên nhất trí triển khai {name}."], DAY)
    assert found.name == name


def test_a_plan_of_two_sides_is_reported() -> None:
    (found,) = find_agreements(
        ["Hai bên thống nhất xây dựng Kế hoạch phát triển du lịch biên giới của hai tỉnh."], DAY
    )
    assert (found.name, found.signed) == (
        "Kế hoạch phát triển du lịch biên giới của hai tỉnh",
        False,
    )


@pytest.mark.parametrize(
    "span", ["từ ngày 19 đến 21/5", "trong hai ngày 19-21/5", "vào ngày 19 - 21/5"]
)
def test_a_signing_closing_a_meeting_held_over_several_days_is_on_its_last_day(span: str) -> None:
    sentences = [
        f"Hội nghị liên tịch đường sắt biên giới lần thứ 12 được tổ chức {span} tại Côn Minh.",
        "Hai bên thống nhất tăng thêm chuyến tàu liên vận.",
        "Kết thúc hội nghị, hai bên đã ký Biên bản Hội nghị liên tịch lần thứ 12.",
    ]
    assert _named(sentences) == [
        ("document", "Biên bản Hội nghị liên tịch lần thứ 12", date(2024, 5, 21))
    ]


@pytest.mark.parametrize(
    ("meeting", "after"),
    [("đã tiếp", "Sau buổi tiếp"), ("đã hội đàm với", "Sau hội đàm"), ("hội kiến", "Sau hội kiến")],
)
def test_a_signing_after_a_meeting_dated_within_a_visit_s_span_is_on_the_meeting_s_day(
    meeting: str, after: str
) -> None:
    sentences = [
        f"Ngày 20/5, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Nguyễn Văn A {meeting} Phó Tỉnh trưởng "
        "tỉnh Quảng Đông, nhân dịp Đoàn thăm và làm việc tại Việt Nam từ ngày 19 đến 23/5.",
        f"{after}, hai bên đã chứng kiến lễ ký Thỏa thuận hợp tác về đào tạo cán bộ ngoại vụ.",
    ]
    assert [(a.name, a.date) for a in find_agreements(sentences, date(2024, 5, 20))] == [
        ("Thỏa thuận hợp tác về đào tạo cán bộ ngoại vụ", date(2024, 5, 20))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plan by its title, with its capital, being drawn up
        (
            "Hai bên giao các sở tiếp tục hoàn thiện Kế hoạch xây dựng cầu đường bộ qua sông Kỳ "
            "Cùng khu vực Na Sầm để trình cấp có thẩm quyền xem xét.",
            [("plan", "Kế hoạch xây dựng cầu đường bộ qua sông Kỳ Cùng khu vực Na Sầm")],
        ),
        # a plan for one undertaking, by its title, being studied; in lower case it names none
        (
            "Hai bên thống nhất tăng cường quản lý biên giới; nghiên cứu Phương án mở cặp chợ "
            "biên giới Thanh Thủy – Thiên Bảo; thúc đẩy giao lưu nhân dân.",
            [("plan", "Phương án mở cặp chợ biên giới Thanh Thủy – Thiên Bảo")],
        ),
        ("Ông đề nghị hai bên sớm thống nhất phương án kỹ thuật cho cầu đường sắt mới.", []),
        # a scheme sped up, approved or drawn up, in either case; submitting it opens a clause
        (
            "Ông đề nghị các bên sớm khởi công cầu Bắc Phong Sinh và đẩy nhanh Đề án Khu hợp tác "
            "kinh tế qua biên giới Hoành Mô – Động Trung.",
            [("scheme", "Đề án Khu hợp tác kinh tế qua biên giới Hoành Mô – Động Trung")],
        ),
        # pushed forward, like sped up
        (
            "Bộ trưởng đề nghị hai bên phối hợp thúc đẩy Đề án xây dựng Khu hợp tác kinh tế qua "
            "biên giới Thanh Thủy – Thiên Bảo, sớm khởi công các hạng mục.",
            [("scheme", "Đề án xây dựng Khu hợp tác kinh tế qua biên giới Thanh Thủy – Thiên Bảo")],
        ),
        (
            "Hai bên thống nhất đẩy mạnh Đề án phát triển du lịch biên giới Hà Giang – Văn Sơn.",
            [("scheme", "Đề án phát triển du lịch biên giới Hà Giang – Văn Sơn")],
        ),
        (
            "Hai bên giao cơ quan chức năng xây dựng đề án thiết lập quan hệ hữu nghị giữa Cần "
            "Thơ và Nam Ninh, trình cấp có thẩm quyền xem xét.",
            [("scheme", "đề án thiết lập quan hệ hữu nghị giữa Cần Thơ và Nam Ninh")],
        ),
        # a scheme or a plan talked over
        (
            "Hai bên cũng thống nhất tiếp tục trao đổi về Đề án xây dựng trung tâm logistics "
            "chung tại cửa khẩu Tà Lùng, dự kiến trình cấp có thẩm quyền trong năm nay.",
            [("scheme", "Đề án xây dựng trung tâm logistics chung tại cửa khẩu Tà Lùng")],
        ),
        (
            "Hai sở đã thảo luận về Kế hoạch hợp tác năm 2027 giữa hai tỉnh.",
            [("action plan", "Kế hoạch hợp tác năm 2027 giữa hai tỉnh")],
        ),
        ("Hai bên trao đổi về các thỏa thuận đã ký.", []),
        # a treaty signed before, being carried out
        (
            "Hai bên tiếp tục triển khai hiệu quả Hiệp định hợp tác bảo vệ rừng khu vực biên "
            "giới Trùng Khánh đã ký năm 2022.",
            [("agreement", "Hiệp định hợp tác bảo vệ rừng khu vực biên giới Trùng Khánh")],
        ),
        (
            "Hai bên đánh giá kết quả thực hiện Biên bản hội đàm năm 2025.",
            [("document", "Biên bản hội đàm năm 2025")],
        ),
        # none: a plan in lower case, a body's name, a side's own numbered paper, a document
        # told of before by its word alone
        ("Hai bên thống nhất xây dựng kế hoạch cụ thể để ký kết.", []),
        (
            "Hai bên đã ký Biên bản ghi nhớ, với sự chứng kiến của Giám đốc Sở Kế hoạch và Đầu tư.",
            [("memorandum", "Biên bản ghi nhớ")],
        ),
        (
            "Ông đề nghị các sở triển khai hiệu quả Kế hoạch số 118/KH-UBND ngày 2/3/2026 của "
            "UBND tỉnh về thông quan.",
            [],
        ),
        (
            "Hai bên giao các sở xây dựng Chương trình hành động năm 2027 để triển khai bản "
            "ghi nhớ.",
            [("action plan", "Chương trình hành động năm 2027")],
        ),
        # a joint regulation proposed to be drawn up, named with its capital
        (
            "Ông Nông Văn Tú đề nghị hai bên nghiên cứu xây dựng Quy chế phối hợp quản lý cửa "
            "khẩu biên giới, trình cấp có thẩm quyền phê duyệt trong năm 2026.",
            [("regulation", "Quy chế phối hợp quản lý cửa khẩu biên giới")],
        ),
        (
            "Hai bên thống nhất hoàn thiện Quy chế phối hợp tuần tra song phương giai đoạn "
            "2026 – 2028.",
            [("regulation", "Quy chế phối hợp tuần tra song phương giai đoạn 2026 – 2028")],
        ),
        ("Hai bên thống nhất xây dựng quy chế làm việc cụ thể.", []),
    ],
)
def test_a_plan_scheme_or_treaty_drawn_up_or_carried_out_is_discussed(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = find_agreements([sentence], DAY)
    assert [(a.kind, a.name) for a in found] == expected
    assert not any(a.signed for a in found if a.kind != "memorandum")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hai bên nhất trí báo cáo cấp trên xem xét sửa đổi Thỏa thuận quản lý chợ biên giới "
            "Pò Peo để mở rộng thời gian họp chợ.",
            ("agreement", "Thỏa thuận quản lý chợ biên giới Pò Peo"),
        ),
        (
            "Hai bên thống nhất sửa đổi, bổ sung Quy chế phối hợp quản lý cửa khẩu Tà Lùng.",
            ("regulation", "Quy chế phối hợp quản lý cửa khẩu Tà Lùng"),
        ),
        (
            "Hai bên nhất trí gia hạn Bản ghi nhớ hợp tác du lịch giai đoạn 2021 – 2025.",
            ("memorandum", "Bản ghi nhớ hợp tác du lịch giai đoạn 2021 – 2025"),
        ),
        (
            "Hai sở thống nhất rà soát Hiệp định hợp tác bảo vệ rừng khu vực biên giới.",
            ("agreement", "Hiệp định hợp tác bảo vệ rừng khu vực biên giới"),
        ),
        (
            "Hai bên đề nghị nâng cấp Thỏa thuận hợp tác kinh tế thương mại năm 2019.",
            ("agreement", "Thỏa thuận hợp tác kinh tế thương mại năm 2019"),
        ),
    ],
)
def test_a_document_the_sides_amend_extend_or_review_is_discussed(
    sentence: str, expected: tuple[str, str]
) -> None:
    (found,) = find_agreements([sentence], DAY)
    assert ((found.kind, found.name), found.signed) == (expected, False)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Hai bên đã ký Biên bản bổ sung Thỏa thuận hợp tác du lịch biên giới.",
            "Biên bản bổ sung Thỏa thuận hợp tác du lịch biên giới",
        ),
        (
            "Hai bên ký kết sửa đổi, bổ sung Quy chế phối hợp tuần tra song phương.",
            "Quy chế phối hợp tuần tra song phương",
        ),
    ],
)
def test_an_amendment_signed_is_signed(sentence: str, name: str) -> None:
    assert [(a.name, a.signed) for a in find_agreements([sentence], DAY)] == [(name, True)]


@pytest.mark.parametrize(
    "event",
    [
        "Sáng 24/3, UBND tỉnh Lai Châu tổ chức hội nghị triển khai kế hoạch hợp tác với tỉnh "
        "Vân Nam (Trung Quốc) năm 2026.",
        "Sở Ngoại vụ tổ chức hội nghị tổng kết thực hiện kế hoạch hợp tác với khu tự trị Quảng "
        "Tây năm 2025.",
    ],
)
def test_a_plan_in_lower_case_an_event_s_name_carries_out_is_no_document(event: str) -> None:
    sentences = [
        event,
        "Hai bên thống nhất triển khai Kế hoạch hợp tác năm 2026 giữa tỉnh Lai Châu và châu "
        "Hồng Hà.",
    ]
    found = find_agreements(sentences, DAY)
    assert [(a.name, a.signed) for a in found] == [
        ("Kế hoạch hợp tác năm 2026 giữa tỉnh Lai Châu và châu Hồng Hà", False)
    ]


def test_a_scheme_told_again_in_short_is_one() -> None:
    sentences = [
        "Ông đề nghị sớm phê duyệt Đề án xây dựng Khu hợp tác kinh tế qua biên giới Lào Cai - "
        "Hà Khẩu.",
        "Phía Vân Nam sẵn sàng phối hợp hoàn thiện Đề án Khu hợp tác kinh tế qua biên giới.",
    ]
    found = find_agreements(sentences, DAY)
    assert [a.name for a in found] == [
        "Đề án xây dựng Khu hợp tác kinh tế qua biên giới Lào Cai - Hà Khẩu"
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Hai bên cũng trao đổi về việc ký kết Thỏa thuận hợp tác về nâng cấp cặp cửa khẩu "
            "Chi Ma – Ái Điểm trong năm 2027.",
            "Thỏa thuận hợp tác về nâng cấp cặp cửa khẩu Chi Ma – Ái Điểm",
        ),
        (
            "Hai sở cũng bàn việc ký Bản ghi nhớ về đào tạo hướng dẫn viên du lịch.",
            "Bản ghi nhớ về đào tạo hướng dẫn viên du lịch",
        ),
        # signing as the purpose of what is still to do, a document under study
        (
            "Hai thành phố sớm hoàn tất thủ tục để ký Thỏa thuận thiết lập quan hệ hữu nghị giữa "
            "thành phố Hải Phòng và thành phố Nam Ninh trong năm 2026.",
            "Thỏa thuận thiết lập quan hệ hữu nghị giữa thành phố Hải Phòng và thành phố Nam Ninh",
        ),
        (
            "Hai cơ quan hải quan cũng giao các đơn vị chuyên môn nghiên cứu Bản ghi nhớ về công "
            "nhận lẫn nhau chương trình doanh nghiệp ưu tiên.",
            "Bản ghi nhớ về công nhận lẫn nhau chương trình doanh nghiệp ưu tiên",
        ),
        (
            "Hai bên nghiên cứu ký Bản ghi nhớ hợp tác về năng lượng tái tạo.",
            "Bản ghi nhớ hợp tác về năng lượng tái tạo",
        ),
        (
            "Hai bên cho rằng hai hiệp hội cần sớm ký kết Thỏa thuận hợp tác giữa Hiệp hội Chè "
            "Việt Nam và Hiệp hội Chè Vân Nam.",
            "Thỏa thuận hợp tác giữa Hiệp hội Chè Việt Nam và Hiệp hội Chè Vân Nam",
        ),
        (
            "Hai bên cũng trao đổi về Kế hoạch hợp tác nông nghiệp giai đoạn 2026 – 2030 giữa "
            "tỉnh Hà Giang và tỉnh Vân Nam, dự kiến ký kết tại Hội nghị lần thứ 9.",
            "Kế hoạch hợp tác nông nghiệp giai đoạn 2026 – 2030 giữa tỉnh Hà Giang và tỉnh Vân Nam",
        ),
        (
            "Hai bên cũng trao đổi về việc xây dựng Thỏa thuận hợp tác xây dựng cầu qua sông "
            "Hồng tại cặp cửa khẩu Lào Cai – Hà Khẩu, dự kiến ký trong năm tới.",
            "Thỏa thuận hợp tác xây dựng cầu qua sông Hồng tại cặp cửa khẩu Lào Cai – Hà Khẩu",
        ),
        # a relative clause after the name's last field, not another field
        (
            "Hai tỉnh nhất trí sớm ký Bản ghi nhớ hợp tác giữa tỉnh Vân Nam và tỉnh Hà Giang về "
            "kho bãi, vốn đã được hai sở bàn từ đầu năm.",
            "Bản ghi nhớ hợp tác giữa tỉnh Vân Nam và tỉnh Hà Giang về kho bãi",
        ),
        (
            "Hai bên trao đổi về Thỏa thuận hợp tác về vận tải, vốn là nội dung hai sở theo đuổi "
            "nhiều năm.",
            "Thỏa thuận hợp tác về vận tải",
        ),
        # a signing being arranged, still ahead
        (
            "Bà Lê Thị Hoa, Chủ tịch hiệp hội cho biết, hiệp hội đang xúc tiến ký kết Bản ghi nhớ "
            "về hợp tác xúc tiến thương mại cà phê, dự kiến trong quý II/2026.",
            "Bản ghi nhớ về hợp tác xúc tiến thương mại cà phê",
        ),
        (
            "Hai sở đang xúc tiến việc ký Thỏa thuận hợp tác về đào tạo nghề.",
            "Thỏa thuận hợp tác về đào tạo nghề",
        ),
        # a signing pushed for or hurried on, still ahead
        (
            "Hai bên trao đổi về việc thúc đẩy ký Thỏa thuận thiết lập quan hệ hữu nghị giữa "
            "thành phố Cần Thơ và thành phố Nam Ninh trong năm nay, đồng thời tăng cường giao "
            "lưu văn hóa.",
            "Thỏa thuận thiết lập quan hệ hữu nghị giữa thành phố Cần Thơ và thành phố Nam Ninh",
        ),
        (
            "Hai sở cùng thúc đẩy việc ký kết Bản ghi nhớ về chia sẻ dữ liệu thương mại.",
            "Bản ghi nhớ về chia sẻ dữ liệu thương mại",
        ),
        (
            "Hai hiệp hội đẩy nhanh việc ký Thỏa thuận hợp tác xúc tiến xuất khẩu chè.",
            "Thỏa thuận hợp tác xúc tiến xuất khẩu chè",
        ),
    ],
)
def test_a_signing_only_discussed_or_planned_is_not_a_signed_document(
    sentence: str, name: str
) -> None:
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed, found.date) == (name, False, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kết thúc hội đàm, hai bên đã thống nhất nội dung và ký Biên bản hội đàm năm 2026.",
        "Sau khi trao đổi về tình hình hợp tác, hai bên đã ký Biên bản hội đàm năm 2026.",
        "Hai bên trao đổi Biên bản hội đàm năm 2026.",
    ],
)
def test_a_signing_after_agreeing_or_discussing_is_signed(sentence: str) -> None:
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed, found.date) == ("Biên bản hội đàm năm 2026", True, DAY)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # adopted right before its name: concluded as if signed
        (
            "Kết thúc hội đàm, hai bên đã thông qua Biên bản hội đàm giữa tỉnh Hà Giang và thành "
            "phố Bách Sắc năm 2026.",
            [("Biên bản hội đàm giữa tỉnh Hà Giang và thành phố Bách Sắc năm 2026", True)],
        ),
        (
            "Hội nghị thống nhất sẽ thông qua Kế hoạch hợp tác năm 2027 trong thời gian tới.",
            [("Kế hoạch hợp tác năm 2027", False)],
        ),
        # 'thông qua' before anything else is 'through'
        ("Hàng hóa thông qua cửa khẩu theo Thỏa thuận hợp tác về kiểm dịch.", []),
    ],
)
def test_a_document_adopted_is_concluded(sentence: str, expected: list[tuple[str, bool]]) -> None:
    found = find_agreements([sentence], DAY)
    assert [(a.name, a.signed) for a in found] == expected


@pytest.mark.parametrize("marks", [("1. ", "2. ", "3. "), ("- ", "- ", "- ")])
def test_each_item_of_a_list_with_its_signers_under_it_is_a_document(
    marks: tuple[str, str, str],
) -> None:
    sentences = [
        "Sau hội đàm, hai bên đã ký kết ba văn kiện hợp tác, gồm:",
        f"{marks[0]}Bản ghi nhớ về thiết lập quan hệ hữu nghị giữa tỉnh Phú Yên và tỉnh Quý Châu.",
        "Người ký: ông Lê Văn An, Phó Chủ tịch UBND tỉnh Phú Yên và ông Triệu Minh, Phó Tỉnh "
        "trưởng tỉnh Quý Châu.",
        f"{marks[1]}Thỏa thuận hợp tác phát triển du lịch giai đoạn 2026 – 2028.",
        "Người ký: ông Trần Bình, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên.",
        f"{marks[2]}Kế hoạch hợp tác nông nghiệp năm 2026.",
        "Người ký: ông Lý Cường, Giám đốc Sở Nông nghiệp tỉnh Quý Châu.",
        "Hai bên cũng trao đổi về khả năng ký Thỏa thuận hợp tác nghề cá trên biển.",
    ]
    found = find_agreements(sentences, DAY)
    assert [(a.name, a.signed) for a in found] == [
        ("Bản ghi nhớ về thiết lập quan hệ hữu nghị giữa tỉnh Phú Yên và tỉnh Quý Châu", True),
        ("Thỏa thuận hợp tác phát triển du lịch giai đoạn 2026 – 2028", True),
        ("Kế hoạch hợp tác nông nghiệp năm 2026", True),
        ("Thỏa thuận hợp tác nghề cá trên biển", False),
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a comma between a prefecture's groups, each of one word or more
        (
            "Hai bên đã ký Biên bản hội đàm năm 2026 giữa UBND tỉnh Hà Giang và Chính quyền nhân "
            "dân Châu tự trị dân tộc Cáp Nhì, Di Hồng Hà.",
            "Biên bản hội đàm năm 2026 giữa UBND tỉnh Hà Giang và Chính quyền nhân dân Châu tự "
            "trị dân tộc Cáp Nhì, Di Hồng Hà",
        ),
        # the recipient of a document handed over
        (
            "Lãnh đạo tỉnh đã trao Thỏa thuận nguyên tắc về địa điểm đầu tư nhà máy sản xuất linh "
            "kiện điện tử cho Tập đoàn Công nghệ Hoa Thịnh.",
            "Thỏa thuận nguyên tắc về địa điểm đầu tư nhà máy sản xuất linh kiện điện tử",
        ),
        # fields listed up to when it is signed
        (
            "Hai bên đã ký Bản ghi nhớ về đào tạo kỹ sư, công nhân kỹ thuật trong năm 2026.",
            "Bản ghi nhớ về đào tạo kỹ sư, công nhân kỹ thuật",
        ),
        # provinces listed with commas among its parties
        (
            "Kết thúc hội nghị, hai bên đã ký Biên bản Hội nghị lần thứ 11 Nhóm công tác liên hợp "
            "giữa các tỉnh Lào Cai, Hà Giang, Lai Châu và tỉnh Vân Nam.",
            "Biên bản Hội nghị lần thứ 11 Nhóm công tác liên hợp giữa các tỉnh Lào Cai, Hà Giang, "
            "Lai Châu và tỉnh Vân Nam",
        ),
        # a body's name joining fields, each with a capital ('Sở Văn hóa, Thể thao và Du lịch')
        (
            "Hai bên ký Biên bản ghi nhớ hợp tác du lịch giữa Sở Văn hóa, Thể thao và Du lịch "
            "tỉnh Lào Cai và Sở Văn hóa và Du lịch tỉnh Vân Nam.",
            "Biên bản ghi nhớ hợp tác du lịch giữa Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai và "
            "Sở Văn hóa và Du lịch tỉnh Vân Nam",
        ),
        (
            "Hai bên đã ký Bản ghi nhớ giữa Bộ Văn hóa, Thể thao và Du lịch Việt Nam và Sở Du "
            "lịch, Văn hóa, Phát thanh truyền hình và Thể thao tỉnh Hải Nam.",
            "Bản ghi nhớ giữa Bộ Văn hóa, Thể thao và Du lịch Việt Nam và Sở Du lịch, Văn hóa, "
            "Phát thanh truyền hình và Thể thao tỉnh Hải Nam",
        ),
        # a comma before a clause still ends it
        (
            "Hai bên đã ký Bản ghi nhớ hợp tác giữa hai Sở Du lịch, Phó Giám đốc Sở Du lịch tỉnh "
            "Lào Cai và ông Lý Minh cùng ký.",
            "Bản ghi nhớ hợp tác giữa hai Sở Du lịch",
        ),
        # how and when it is signed, after the name
        (
            "Hai bên đã ký Biên bản hội đàm bằng hình thức trao đổi văn bản.",
            "Biên bản hội đàm",
        ),
        (
            "Hai bên đã ký Kế hoạch phối hợp tuần tra chung trong tháng 12/2025.",
            "Kế hoạch phối hợp tuần tra chung",
        ),
        # two verbs of one field, and fields followed by their place
        (
            "Hai bên đã ký Thỏa thuận hợp tác về quản lý, vận hành đường chuyên dụng chở hàng.",
            "Thỏa thuận hợp tác về quản lý, vận hành đường chuyên dụng chở hàng",
        ),
        (
            "Hai bên đã ký Thỏa thuận hợp tác phát triển thị trường hoa, rau Đà Lạt giai đoạn "
            "2025 – 2028.",
            "Thỏa thuận hợp tác phát triển thị trường hoa, rau Đà Lạt giai đoạn 2025 – 2028",
        ),
        # a pair of fields written with a comma: 'đào tạo, bồi dưỡng'
        (
            "Hai bên chứng kiến lễ trao Bản ghi nhớ hợp tác giữa Trường Chính trị tỉnh Lào Cai và "
            "Trường Đảng Tỉnh ủy Vân Nam về đào tạo, bồi dưỡng cán bộ.",
            "Bản ghi nhớ hợp tác giữa Trường Chính trị tỉnh Lào Cai và Trường Đảng Tỉnh ủy Vân "
            "Nam về đào tạo, bồi dưỡng cán bộ",
        ),
        # two subjects side by side, what they share after the second
        (
            "Hai bên đã ký Thỏa thuận về hợp tác kiểm dịch động vật, thực vật qua cửa khẩu "
            "đường bộ.",
            "Thỏa thuận về hợp tác kiểm dịch động vật, thực vật qua cửa khẩu đường bộ",
        ),
        (
            "Hai bên đã ký Kế hoạch phối hợp tổ chức giao lưu văn hóa, thể thao thanh niên vùng "
            "biên năm 2026.",
            "Kế hoạch phối hợp tổ chức giao lưu văn hóa, thể thao thanh niên vùng biên năm 2026",
        ),
        (
            "Hai bên đã ký Bản ghi nhớ hợp tác giáo dục, đào tạo nguồn nhân lực chất lượng cao.",
            "Bản ghi nhớ hợp tác giáo dục, đào tạo nguồn nhân lực chất lượng cao",
        ),
        # a twinning and the cooperation it comes with
        (
            "Hai trường đã ký Thỏa thuận kết nghĩa, hợp tác giao lưu học sinh giai đoạn 2026 - "
            "2029.",
            "Thỏa thuận kết nghĩa, hợp tác giao lưu học sinh giai đoạn 2026 - 2029",
        ),
        # a long name keeps its term after its parties' names
        (
            "Kết thúc hội đàm, hai bên ký Biên bản ghi nhớ về hợp tác phòng, chống tội phạm xuyên "
            "biên giới giữa Công an tỉnh Hà Giang và Cục Công an châu tự trị dân tộc Choang, Miêu "
            "Văn Sơn năm 2026.",
            "Biên bản ghi nhớ về hợp tác phòng, chống tội phạm xuyên biên giới giữa Công an tỉnh "
            "Hà Giang và Cục Công an châu tự trị dân tộc Choang, Miêu Văn Sơn năm 2026",
        ),
        # a long name whose parties have acronyms in brackets, its cap counting words
        (
            "Hai bên chứng kiến lễ ký bản ghi nhớ hợp tác xúc tiến thương mại và đầu tư giữa "
            "Trung tâm Xúc tiến thương mại và đầu tư Hà Nội (HPA) và Viện Xúc tiến thương mại và "
            "đầu tư Hồng Kông (HKTDC).",
            "bản ghi nhớ hợp tác xúc tiến thương mại và đầu tư giữa Trung tâm Xúc tiến thương mại "
            "và đầu tư Hà Nội (HPA) và Viện Xúc tiến thương mại và đầu tư Hồng Kông (HKTDC)",
        ),
        (
            "Hai bên đã ký bản ghi nhớ hợp tác xúc tiến du lịch và đầu tư giữa Trung tâm Xúc "
            "tiến du lịch và đầu tư TP.HCM (HTPC) và Cục Du lịch và văn hóa thành phố Thâm Quyến "
            "(SZTB).",
            "bản ghi nhớ hợp tác xúc tiến du lịch và đầu tư giữa Trung tâm Xúc tiến du lịch và đầu "
            "tư TP.HCM (HTPC) và Cục Du lịch và văn hóa thành phố Thâm Quyến (SZTB)",
        ),
        # a clause after a comma telling what the sides take the document for
        (
            "Hai bên đã ký kết Kế hoạch hợp tác giai đoạn 2026 - 2028 giữa Bộ Công Thương và "
            "Chính phủ nhân dân tỉnh Quảng Tây, coi đây là nền tảng cho hợp tác.",
            "Kế hoạch hợp tác giai đoạn 2026 - 2028 giữa Bộ Công Thương và Chính phủ nhân dân "
            "tỉnh Quảng Tây",
        ),
        (
            "Hai bên đã ký Bản ghi nhớ về hợp tác du lịch giữa hai tỉnh, xem đây là bước đi "
            "quan trọng.",
            "Bản ghi nhớ về hợp tác du lịch giữa hai tỉnh",
        ),
    ],
)
def test_a_name_ends_where_its_words_do(sentence: str, name: str) -> None:
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed) == (name, True)


@pytest.mark.parametrize(
    "state",
    ["đang được các cơ quan chuyên môn hai bên thảo luận", "chưa được hai bên thống nhất"],
)
def test_a_name_ends_before_a_clause_of_where_its_drafting_stands(state: str) -> None:
    sentence = (
        "Bà đề nghị hai bên sớm ký Thỏa thuận hợp tác về phát triển logistics giữa Sở Công "
        f"Thương tỉnh Lạng Sơn và Cục Thương mại Quảng Tây, {state}."
    )
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed) == (
        "Thỏa thuận hợp tác về phát triển logistics giữa Sở Công Thương tỉnh Lạng Sơn và Cục "
        "Thương mại Quảng Tây",
        False,
    )


@pytest.mark.parametrize(
    "party",
    [
        "Cục Văn hóa, Du lịch thành phố Sùng Tả",
        "Sở Văn hóa, Thể thao tỉnh Hà Giang",
        "Cục Văn hóa, Du lịch Bách Sắc",
    ],
)
@pytest.mark.parametrize("last", [True, False])
def test_a_body_s_last_field_after_a_comma_before_its_place_is_in_the_name(
    party: str, last: bool
) -> None:
    other = "Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng"
    parties = f"{other} và {party}" if last else f"{party} và {other}"
    sentence = f"Hai bên đã ký Thỏa thuận hợp tác về phát triển du lịch giữa {parties}."
    (found,) = find_agreements([sentence], DAY)
    assert found.name == f"Thỏa thuận hợp tác về phát triển du lịch giữa {parties}"


@pytest.mark.parametrize(
    ("subject", "fields"),
    [
        ("y tế", "phòng chống dịch bệnh khu vực biên giới"),
        ("kinh tế cửa khẩu", "phòng, chống buôn lậu hàng hóa khu vực cửa khẩu"),
        ("trao đổi thông tin", "an ninh biên giới"),
        ("phòng, chống dịch bệnh động", "thực vật qua biên giới"),
    ],
)
@pytest.mark.parametrize(
    "clause",
    [
        "",
        ", góp phần bảo vệ sức khỏe người dân",
        ", đồng thời tăng cường trao đổi đoàn",
        ", tạo cơ sở cho hợp tác lâu dài",
    ],
)
def test_a_field_after_the_comma_of_a_name_s_subject_is_in_the_name(
    subject: str, fields: str, clause: str
) -> None:
    sentence = f"Ông đề xuất nghiên cứu Bản ghi nhớ hợp tác về {subject}, {fields}{clause}."
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed) == (f"Bản ghi nhớ hợp tác về {subject}, {fields}", False)


@pytest.mark.parametrize(
    "clause",
    [
        "đồng thời thống nhất tổ chức hội chợ",
        "góp phần thúc đẩy giao lưu nhân dân",
        "tạo nền tảng cho hợp tác lâu dài",
        "phòng chống dịch bệnh cho người dân hai tỉnh đã được tăng cường",
    ],
)
def test_a_name_s_subject_ends_at_a_comma_before_a_clause(clause: str) -> None:
    sentence = f"Hai bên đã ký Bản ghi nhớ hợp tác về y tế, {clause}."
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed) == ("Bản ghi nhớ hợp tác về y tế", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông cho biết, Chính quyền Đặc khu sẽ mở thêm văn phòng đại diện tại Hà Nội và đã ký với "
        "phía Việt Nam Hiệp định tránh đánh thuế hai lần từ năm 2022.",
        "Hiệp định về kiểm dịch đối với quả thanh long được hai bên ký từ tháng 10/2021.",
    ],
)
def test_a_document_in_force_since_an_earlier_year_is_not_this_event_s(sentence: str) -> None:
    assert find_agreements([sentence], DAY) == []


def test_a_signing_told_as_done_after_va_da_is_not_planned_by_the_clause_before() -> None:
    sentence = (
        "Chính quyền thành phố sẽ mở thêm văn phòng đại diện tại Hà Nội và đã ký Bản ghi nhớ về "
        "hợp tác du lịch với Sở Du lịch thành phố."
    )
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed) == ("Bản ghi nhớ về hợp tác du lịch", True)


def test_a_plan_after_a_proposal_in_the_clause_before_a_semicolon_is_reported() -> None:
    sentence = (
        "Chủ tịch tỉnh đề nghị hai bên sớm thiết lập quan hệ hữu nghị; hai bên thống nhất giao "
        "cơ quan ngoại vụ chuẩn bị nội dung để tiến tới ký Biên bản ghi nhớ về hợp tác hữu nghị "
        "giữa tỉnh Quảng Bình và tỉnh Hồ Nam."
    )
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed) == (
        "Biên bản ghi nhớ về hợp tác hữu nghị giữa tỉnh Quảng Bình và tỉnh Hồ Nam",
        False,
    )


def test_a_proposal_goes_on_past_a_semicolon_with_no_subject_after_it() -> None:
    sentence = (
        "Bộ trưởng đề nghị hai bên thiết lập đường dây nóng; trao đổi và ký kết Bản ghi nhớ hợp "
        "tác giữa hai cơ quan đầu mối."
    )
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed) == ("Bản ghi nhớ hợp tác giữa hai cơ quan đầu mối", False)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Đại sứ đề nghị hai bên nghiên cứu ký Bản ghi nhớ hợp tác về năng lượng tái tạo giữa "
            "Bộ Công Thương Việt Nam và Chính quyền nhân dân tỉnh Cam Túc.",
            "Bản ghi nhớ hợp tác về năng lượng tái tạo giữa Bộ Công Thương Việt Nam và Chính "
            "quyền nhân dân tỉnh Cam Túc",
        ),
        (
            "Ông Lý Minh đề nghị hai bên sớm hoàn tất thủ tục để ký Thỏa thuận thiết lập quan hệ "
            "hữu nghị giữa thành phố Hải Phòng và thành phố Nam Ninh trong năm 2026.",
            "Thỏa thuận thiết lập quan hệ hữu nghị giữa thành phố Hải Phòng và thành phố Nam Ninh",
        ),
        (
            "Thứ trưởng đề nghị hai bên đẩy mạnh trao đổi dữ liệu, đồng thời sớm nghiên cứu Thỏa "
            "thuận công nhận lẫn nhau về chương trình doanh nghiệp ưu tiên.",
            "Thỏa thuận công nhận lẫn nhau về chương trình doanh nghiệp ưu tiên",
        ),
        (
            "Phó Tỉnh trưởng đề nghị hai bên phối hợp xây dựng Kế hoạch triển khai dự án cầu qua "
            "sông Hồng tại mốc 92.",
            "Kế hoạch triển khai dự án cầu qua sông Hồng tại mốc 92",
        ),
    ],
)
def test_a_document_whose_signing_or_drafting_is_proposed_is_reported_not_signed(
    sentence: str, name: str
) -> None:
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed, found.date) == (name, False, None)


@pytest.mark.parametrize(
    ("sentence", "name", "signed"),
    [
        (
            "Các nhà lãnh đạo đã chứng kiến lễ ký Nghị định thư nâng cấp Hiệp định Thương mại tự "
            "do ASEAN - Trung Quốc.",
            "Nghị định thư nâng cấp Hiệp định Thương mại tự do ASEAN - Trung Quốc",
            True,
        ),
        (
            "Hai bên nhất trí đẩy nhanh thủ tục để sớm ký Nghị định thư về yêu cầu kiểm dịch thực "
            "vật đối với quả chanh leo tươi.",
            "Nghị định thư về yêu cầu kiểm dịch thực vật đối với quả chanh leo tươi",
            False,
        ),
    ],
)
def test_a_protocol_is_an_agreement(sentence: str, name: str, signed: bool) -> None:
    (found,) = find_agreements([sentence], DAY)
    assert (found.kind, found.name, found.signed) == ("agreement", name, signed)


def test_a_contract_is_a_document_only_as_an_item_of_a_list_of_signed_ones() -> None:
    sentences = [
        "Sau hội đàm, hai bên đã ký kết hai văn kiện hợp tác, gồm:",
        "1. Bản ghi nhớ về hợp tác du lịch giữa hai tỉnh.",
        "2. Hợp đồng mua bán 5.000 tấn thanh long tươi trị giá khoảng 8 triệu USD.",
        "Hai doanh nghiệp cũng ký Hợp đồng vận chuyển hàng hóa.",
    ]
    found = find_agreements(sentences, DAY)
    assert [(a.kind, a.name, a.signed) for a in found] == [
        ("memorandum", "Bản ghi nhớ về hợp tác du lịch giữa hai tỉnh", True),
        ("contract", "Hợp đồng mua bán 5.000 tấn thanh long tươi", True),
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Hai bên thống nhất giao Sở Ngoại vụ hai tỉnh xây dựng dự thảo Biên bản ghi nhớ về "
            "hợp tác hữu nghị giữa tỉnh Sơn La và tỉnh Quý Châu.",
            "Biên bản ghi nhớ về hợp tác hữu nghị giữa tỉnh Sơn La và tỉnh Quý Châu",
        ),
        (
            "Hai bên giao hai sở hoàn thiện dự thảo Bản ghi nhớ hợp tác về xúc tiến đầu tư để ký "
            "kết trong khuôn khổ Hội chợ Trung Quốc – ASEAN.",
            "Bản ghi nhớ hợp tác về xúc tiến đầu tư",
        ),
        (
            "Hai bên đã ký Biên bản hội đàm và thống nhất xây dựng Chương trình hành động giai "
            "đoạn 2026 – 2030 để triển khai bản ghi nhớ.",
            "Chương trình hành động giai đoạn 2026 – 2030",
        ),
        (
            "Hai bên nhất trí nghiên cứu xây dựng Bản ghi nhớ về hợp tác kết nối đường bộ qua "
            "biên giới, phấn đấu ký kết trong năm 2026.",
            "Bản ghi nhớ về hợp tác kết nối đường bộ qua biên giới",
        ),
        # the name ends before a clause of when it may be signed
        (
            "Hai bên thống nhất tiếp tục xây dựng Thỏa thuận hợp tác về kiểm dịch nông sản tại "
            "cặp cửa khẩu Thanh Thủy – Thiên Bảo, xem xét ký tại Kỳ họp lần thứ 5 vào năm 2027.",
            "Thỏa thuận hợp tác về kiểm dịch nông sản tại cặp cửa khẩu Thanh Thủy – Thiên Bảo",
        ),
        # its completing, or its text's, before it is signed
        (
            "Hai bên thống nhất giao các sở ngành khẩn trương hoàn tất nội dung Bản ghi nhớ về "
            "hợp tác du lịch giữa Sở Du lịch tỉnh Hà Giang và Sở Văn hóa và Du lịch tỉnh Vân "
            "Nam, hướng tới ký kết trong năm 2026.",
            "Bản ghi nhớ về hợp tác du lịch giữa Sở Du lịch tỉnh Hà Giang và Sở Văn hóa và Du "
            "lịch tỉnh Vân Nam",
        ),
        (
            "Ông đề nghị phía bạn ủng hộ sớm hoàn tất Nghị định thư về yêu cầu kiểm dịch đối với "
            "quả bơ tươi xuất khẩu từ Việt Nam sang Trung Quốc, mở thêm luồng xanh cho nông sản.",
            "Nghị định thư về yêu cầu kiểm dịch đối với quả bơ tươi xuất khẩu từ Việt Nam sang "
            "Trung Quốc",
        ),
    ],
)
def test_a_document_being_drafted_is_planned(sentence: str, name: str) -> None:
    found = [(a.name, a.signed) for a in find_agreements([sentence], DAY)]
    assert (name, False) in found
    assert all(not signed for found_name, signed in found if found_name != "Biên bản hội đàm")


@pytest.mark.parametrize(
    "sentence",
    [
        "Từ khi hai tỉnh ký Biên bản ghi nhớ về Nhóm công tác liên hợp năm 2018 đến nay, lượng "
        "hàng hóa qua cửa khẩu đã tăng gấp đôi.",
        "Kể từ khi ký kết Thỏa thuận hợp tác về du lịch, lượng khách giữa hai bên tăng nhanh.",
    ],
)
def test_a_signing_the_time_is_counted_from_is_recalled_not_this_event_s(sentence: str) -> None:
    assert find_agreements([sentence], DAY) == []


def test_a_signing_after_a_clause_counting_time_is_this_event_s() -> None:
    sentence = "Từ khi thiết lập quan hệ, hai bên đã ký kết Thỏa thuận hợp tác về du lịch."
    assert [a.signed for a in find_agreements([sentence], DAY)] == [True]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Chủ tịch tỉnh cho biết tỉnh sẵn sàng ký với phía Việt Nam một Thỏa thuận khung về "
            "hợp tác logistics khi điều kiện chín muồi.",
            "Thỏa thuận khung về hợp tác logistics",
        ),
        (
            "Hai bên sẵn sàng ký kết Bản ghi nhớ về hợp tác du lịch khi có đủ điều kiện.",
            "Bản ghi nhớ về hợp tác du lịch",
        ),
    ],
)
def test_a_document_a_side_is_willing_to_sign_on_a_condition_is_not_signed(
    sentence: str, name: str
) -> None:
    assert [(a.name, a.signed) for a in find_agreements([sentence], DAY)] == [(name, False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tại các kỳ hội chợ trước, các doanh nghiệp đã ký kết các hợp đồng, thỏa thuận với tổng "
        "trị giá khoảng 2 tỷ USD.",
        "Hai bên đã ký những thỏa thuận hợp tác về thương mại và du lịch.",
    ],
)
def test_documents_spoken_of_in_the_plural_are_not_named(sentence: str) -> None:
    assert find_agreements([sentence], DAY) == []


@pytest.mark.parametrize(
    "again",
    [
        "ký thỏa thuận có Chủ tịch UBND tỉnh Hà Giang và Phó Chủ tịch châu Văn Sơn",
        "thỏa thuận này có hiệu lực trong 5 năm",
    ],
)
def test_a_document_told_of_again_is_not_a_second_document(again: str) -> None:
    sentence = "Hai bên đã ký Thỏa thuận hợp tác giữa tỉnh Hà Giang và châu Văn Sơn; " + again + "."
    assert [a.name for a in find_agreements([sentence], DAY)] == [
        "Thỏa thuận hợp tác giữa tỉnh Hà Giang và châu Văn Sơn"
    ]


@pytest.mark.parametrize("joint", [", và", ", cùng"])
def test_a_document_after_a_comma_and_va_is_signed_with_the_one_before(joint: str) -> None:
    sentence = (
        "Hai bên đã trao Bản ghi nhớ về hợp tác xây dựng cửa khẩu thông minh giữa Sở Công "
        f"Thương tỉnh Lạng Sơn và Cục Thương mại Quảng Tây{joint} Thỏa thuận hợp tác về vận tải "
        "hàng hóa giữa Công ty Vận tải Lạng Sơn và Công ty Logistics Bằng Tường."
    )
    assert [(a.name, a.signed) for a in find_agreements([sentence], DAY)] == [
        (
            "Bản ghi nhớ về hợp tác xây dựng cửa khẩu thông minh giữa Sở Công Thương tỉnh Lạng "
            "Sơn và Cục Thương mại Quảng Tây",
            True,
        ),
        (
            "Thỏa thuận hợp tác về vận tải hàng hóa giữa Công ty Vận tải Lạng Sơn và Công ty "
            "Logistics Bằng Tường",
            True,
        ),
    ]


@pytest.mark.parametrize("opening", ["Trước đó, sáng cùng ngày,", "Trước đó, cùng ngày,"])
def test_a_signing_earlier_the_same_day_is_on_the_day_last_given(opening: str) -> None:
    sentences = [
        "Chiều 15/5, Chủ tịch tỉnh hội đàm với Phó Tỉnh trưởng Vân Nam.",
        f"{opening} hai Giám đốc Sở đã ký Bản ghi nhớ về hợp tác thương mại biên giới.",
    ]
    assert [a.date for a in find_agreements(sentences, DAY)] == [date(2024, 5, 15)]


@pytest.mark.parametrize(
    ("sentences", "event_day"),
    [
        # a sentence opening with its own past year, or month and year
        (["Năm 2018, tại Bách Sắc, hai bên ký Biên bản ghi nhớ về xây dựng cặp đồn."], DAY),
        (["Tháng 12/2022, hai thành phố ký Biên bản ghi nhớ về nâng cấp cặp cửa khẩu."], DAY),
        # a timeline's entry, its label alone or opening the entry
        (["Tháng 10/2009:", "Hai tỉnh ký Biên bản thành lập Nhóm công tác liên hợp."], DAY),
        (["Tháng 2/2024: Hai tỉnh hội đàm tại Hà Khẩu; hai bên ký Biên bản hội đàm."], DAY),
        # a month before the event's, or the year before's
        (["Tháng 3, trong chuyến thăm, hai bên ký Bản ghi nhớ về cửa khẩu thông minh."], DAY),
        (["Hai tỉnh tổ chức hội nghị vào tháng 9 tại Côn Minh, ký Biên bản hội nghị."], DAY),
        # a time long past, whatever the event's day
        (["Tỉnh đã ký với thành phố Đông Hưng bản ghi nhớ về du lịch hồi tháng 6."], None),
        (["Trước đó, hồi tháng 9, hai bên đã ký Biên bản hội nghị lần thứ 14."], None),
        # a day months from the event's (the year before, told in a look back)
        (["Ngày 24/8, tại Nam Ninh, hai bên ký Biên bản hội đàm năm 2023."], DAY),
        # an interview's answer: the speaker tells their own signing
        (["Ngày 17/5 vừa qua, chúng tôi đã hội đàm với đoàn Văn Sơn và ký Biên bản hội đàm."], DAY),
    ],
)
def test_a_signing_recalled_from_months_or_years_before_is_left_out(
    sentences: list[str], event_day: date | None
) -> None:
    assert find_agreements(sentences, event_day) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tháng 5, hai bên ký Bản ghi nhớ về hợp tác du lịch.",
        "Năm 2024, hai bên ký Bản ghi nhớ về hợp tác du lịch.",
        "Ngày 2/6, hai bên ký Bản ghi nhớ về hợp tác du lịch.",
    ],
)
def test_a_signing_in_the_event_s_month_or_year_is_the_article_s(sentence: str) -> None:
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed) == ("Bản ghi nhớ về hợp tác du lịch", True)


@pytest.mark.parametrize(
    "provides",
    [
        ", trong đó có việc tổ chức Tuần lễ ẩm thực tại Côn Minh vào tháng 9-2024",
        ", trong đó có việc tổ chức Tuần lễ ẩm thực tại Côn Minh vào tháng 9",
        ", theo đó hai bên sẽ mở tuyến xe buýt du lịch vào tháng 8",
    ],
)
def test_a_time_in_what_a_signed_document_provides_for_is_not_the_signing_s(
    provides: str,
) -> None:
    sentence = (
        f"Tại buổi tiếp, hai bên đã ký Biên bản hợp tác du lịch giai đoạn 2024 - 2026{provides}."
    )
    (found,) = find_agreements([sentence], DAY)
    assert (found.name, found.signed, found.date) == (
        "Biên bản hợp tác du lịch giai đoạn 2024 - 2026",
        True,
        DAY,
    )


def test_documents_spoken_of_in_general_are_none_signed() -> None:
    sentence = "Việc triển khai văn kiện đã ký còn hạn chế; không ít bản ghi nhớ chỉ dừng ở giấy."
    assert find_agreements([sentence], DAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bên đang thảo luận Thỏa thuận khung về logistics, có thể được ký trong năm nay.",
        "Hai bên đang hoàn tất Hiệp định về vận tải đường sắt để có thể ký kết trong năm nay.",
        "Hai bên có thể ký Bản ghi nhớ về hợp tác du lịch vào cuối năm.",
    ],
)
def test_a_document_under_discussion_whose_signing_is_only_possible_is_not_signed(
    sentence: str,
) -> None:
    (found,) = find_agreements([sentence], DAY)
    assert (found.signed, found.date) == (False, None)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a comma inside quotes is the quoted title's
        (
            'Hai nước ký Bản ghi nhớ về hợp tác trong khuôn khổ "Hai hành lang, một vành đai".',
            'Bản ghi nhớ về hợp tác trong khuôn khổ "Hai hành lang, một vành đai"',
        ),
        (
            "Hai bên ký Bản ghi nhớ về kết nối “Hai hành lang, một vành đai” và “Vành đai và "
            "Con đường”.",
            "Bản ghi nhớ về kết nối “Hai hành lang, một vành đai” và “Vành đai và Con đường”",
        ),
        # what the document holds, counted, is not its name
        ("Hai bên ký Biên bản hội nghị với 12 nội dung hợp tác cụ thể.", "Biên bản hội nghị"),
        ("Hai bên ký Biên bản hội đàm gồm nhiều nội dung hợp tác.", "Biên bản hội đàm"),
        # a time long past after the name is not its ('… hồi tháng 6')
        (
            "Hai bên đã thống nhất sẽ ký Bản ghi nhớ về du lịch hồi tháng 3.",
            "Bản ghi nhớ về du lịch",
        ),
    ],
)
def test_a_name_ends_before_what_follows_it(sentence: str, name: str) -> None:
    assert [a.name for a in find_agreements([sentence], DAY)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Hai bên thống nhất nghiên cứu ký kết Thỏa thuận hợp tác về phát triển du lịch biển "
            "giữa Quảng Đông và các tỉnh ven biển Việt Nam như Quảng Ninh, Thanh Hóa, Nghệ An.",
            "Thỏa thuận hợp tác về phát triển du lịch biển giữa Quảng Đông và các tỉnh ven biển "
            "Việt Nam",
        ),
        (
            "Hai bên đã ký Bản ghi nhớ hợp tác đào tạo nguồn nhân lực cho các ngành mũi nhọn "
            "như logistics, thương mại điện tử.",
            "Bản ghi nhớ hợp tác đào tạo nguồn nhân lực cho các ngành mũi nhọn",
        ),
        (
            "Hai bên đã ký Biên bản hợp tác phát triển các sản phẩm nông nghiệp chủ lực "
            "chẳng hạn như chè, hồi, quế.",
            "Biên bản hợp tác phát triển các sản phẩm nông nghiệp chủ lực",
        ),
    ],
)
def test_a_name_ends_before_the_examples_it_is_illustrated_with(sentence: str, name: str) -> None:
    """'… như Quảng Ninh, Hải Phòng': examples of what the name says, not words of it."""
    assert [a.name for a in find_agreements([sentence], DAY)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # 'cũng như' joins a second subject, as 'và' does
        (
            "Hai bên đã ký Bản ghi nhớ về hợp tác thương mại cũng như đầu tư biên giới.",
            "Bản ghi nhớ về hợp tác thương mại cũng như đầu tư biên giới",
        ),
        # a place's name with a capital is no 'như'
        (
            "Hai bên đã ký Bản ghi nhớ hợp tác giữa huyện Như Xuân và thành phố Bằng Tường.",
            "Bản ghi nhớ hợp tác giữa huyện Như Xuân và thành phố Bằng Tường",
        ),
    ],
)
def test_nhu_inside_a_name_does_not_end_it(sentence: str, name: str) -> None:
    assert [a.name for a in find_agreements([sentence], DAY)] == [name]


@pytest.mark.parametrize(
    ("parties", "name"),
    [
        # the body a party belongs to, after a comma, then the other party
        (
            "giữa Cục Xúc tiến thương mại, Bộ Công Thương Việt Nam và Sở Thương mại tỉnh Vân Nam.",
            "giữa Cục Xúc tiến thương mại, Bộ Công Thương Việt Nam và Sở Thương mại tỉnh Vân Nam",
        ),
        # or ending the name
        (
            "giữa Sở Công Thương tỉnh Lạng Sơn và Cục Hải quan Nam Ninh, Tổng cục Hải quan.",
            "giữa Sở Công Thương tỉnh Lạng Sơn và Cục Hải quan Nam Ninh, Tổng cục Hải quan",
        ),
        # a clause whose subject is a body ends it
        (
            "giữa Sở Du lịch tỉnh Lào Cai và Sở Văn hóa tỉnh Vân Nam, Bộ Công Thương cam kết hỗ "
            "trợ.",
            "giữa Sở Du lịch tỉnh Lào Cai và Sở Văn hóa tỉnh Vân Nam",
        ),
    ],
)
def test_a_party_s_parent_body_after_a_comma_is_in_the_name(parties: str, name: str) -> None:
    sentence = "Hai bên đã ký Bản ghi nhớ về hợp tác thương mại " + parties
    assert [a.name for a in find_agreements([sentence], DAY)] == [
        "Bản ghi nhớ về hợp tác thương mại " + name
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the party it is signed with, after its subject, is not its name
        (
            "Cục Xúc tiến thương mại đã ký Biên bản ghi nhớ về hỗ trợ doanh nghiệp phát triển "
            "kênh bán hàng xuyên biên giới với Tập đoàn JD.com.",
            "Biên bản ghi nhớ về hỗ trợ doanh nghiệp phát triển kênh bán hàng xuyên biên giới",
        ),
        (
            "Sở Du lịch đã ký Bản ghi nhớ về hợp tác quảng bá du lịch với tỉnh Quảng Tây.",
            "Bản ghi nhớ về hợp tác quảng bá du lịch",
        ),
        # a subject told without 'về' ends before the party too
        (
            "Sở Công Thương đề xuất sớm ký Bản ghi nhớ hợp tác phát triển vùng trồng chè với Sở "
            "Thương mại tỉnh Vân Nam trong năm 2025.",
            "Bản ghi nhớ hợp tác phát triển vùng trồng chè",
        ),
        (
            "Hai bên đã ký Thỏa thuận hợp tác đào tạo nhân lực du lịch với Học viện Du lịch Quế "
            "Lâm.",
            "Thỏa thuận hợp tác đào tạo nhân lực du lịch",
        ),
        # a name going on after the party, naming its partner or its parties, keeps it
        (
            "Hai bên ký Biên bản ghi nhớ hợp tác với Tập đoàn Hóa dầu Vinh Thịnh.",
            "Biên bản ghi nhớ hợp tác với Tập đoàn Hóa dầu Vinh Thịnh",
        ),
        (
            "Hai bên ký Biên bản ghi nhớ hợp tác với Tập đoàn Hóa dầu Vinh Thịnh về nghiên cứu dự "
            "án sợi polyester.",
            "Biên bản ghi nhớ hợp tác với Tập đoàn Hóa dầu Vinh Thịnh về nghiên cứu dự án sợi "
            "polyester",
        ),
        (
            "Hai bên ký Bản ghi nhớ về tư pháp giữa Sở Tư pháp tỉnh Lạng Sơn với Sảnh Tư pháp "
            "Quảng Tây.",
            "Bản ghi nhớ về tư pháp giữa Sở Tư pháp tỉnh Lạng Sơn với Sảnh Tư pháp Quảng Tây",
        ),
    ],
)
def test_a_name_ends_before_the_party_it_is_signed_with(sentence: str, name: str) -> None:
    assert [a.name for a in find_agreements([sentence], DAY)] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngay trong ngày đầu, các doanh nghiệp đã ký hợp đồng và thỏa thuận mua bán với tổng giá "
        "trị khoảng 1,6 tỷ USD.",
        "Doanh nghiệp hai bên đã ký hợp đồng, thỏa thuận hợp tác với tổng giá trị 20 triệu USD.",
    ],
)
def test_deals_joined_to_companies_contracts_are_not_named(sentence: str) -> None:
    assert find_agreements([sentence], DAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # signed by businesses left unnamed
        "Các doanh nghiệp ký được biên bản ghi nhớ mua bán trị giá khoảng 35 triệu USD.",
        "Tại hội chợ, doanh nghiệp hai nước đã ký kết bản ghi nhớ về hợp tác logistics.",
        # for a buying or selling
        "Hai công ty đã ký biên bản ghi nhớ cung ứng 5.000 tấn sầu riêng mỗi năm.",
        "Nhân dịp này, hai tập đoàn ký thỏa thuận thu mua 10.000 tấn vải thiều.",
        # given with what it is worth
        "Trong hai ngày, các nhà nhập khẩu đã ký thỏa thuận hợp tác trị giá 12 triệu USD.",
    ],
)
def test_a_companies_deal_in_lower_case_is_no_agreement(sentence: str) -> None:
    assert find_agreements([sentence], DAY) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Sở Công Thương và Sở Thương mại tỉnh Quảng Đông đã ký biên bản ghi nhớ về xúc tiến "
            "thương mại giai đoạn 2026-2028.",
            "biên bản ghi nhớ về xúc tiến thương mại giai đoạn 2026-2028",
        ),
        (
            "Hai trung tâm đã ký biên bản ghi nhớ về hợp tác xúc tiến thương mại, bên cạnh 11 "
            "thỏa thuận giữa các doanh nghiệp.",
            "biên bản ghi nhớ về hợp tác xúc tiến thương mại",
        ),
    ],
)
def test_a_document_in_lower_case_a_named_body_signs_is_one(sentence: str, name: str) -> None:
    assert [a.name for a in find_agreements([sentence], DAY)] == [name]


def test_what_a_document_is_worth_is_not_its_name() -> None:
    sentence = "Hai tập đoàn đã ký Thỏa thuận hợp tác về logistics với tổng giá trị 30 triệu USD."
    assert [a.name for a in find_agreements([sentence], DAY)] == ["Thỏa thuận hợp tác về logistics"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Hai bên nhất trí đề xuất với chính phủ hai nước sớm đàm phán Hiệp định về xây dựng "
            "cầu đường bộ qua biên giới, đồng thời tăng số chuyến tàu.",
            "Hiệp định về xây dựng cầu đường bộ qua biên giới",
        ),
        (
            "Bộ đang mở thêm mã số vùng trồng, đồng thời đàm phán nghị định thư cho chanh leo và "
            "bơ tươi.",
            "nghị định thư cho chanh leo và bơ tươi",
        ),
        (
            "Hai bên giao các cơ quan chuyên môn đàm phán Thỏa thuận về thí điểm cửa khẩu thông "
            "minh, phấn đấu ký trong năm tới.",
            "Thỏa thuận về thí điểm cửa khẩu thông minh",
        ),
    ],
)
def test_a_document_under_negotiation_is_not_signed(sentence: str, name: str) -> None:
    assert [(a.name, a.signed) for a in find_agreements([sentence], DAY)] == [(name, False)]


@pytest.mark.parametrize(
    ("retold", "kept"),
    [
        # a caption naming the signing by its parties alone: the same document
        ("Lễ ký Biên bản ghi nhớ giữa Sở Công Thương Hà Tĩnh và Sở Thương mại Hồ Nam.", 1),
        # parties and a subject of its own: another document
        (
            "Hai bên còn ký Biên bản ghi nhớ giữa Sở Du lịch Hà Tĩnh và Sảnh Văn hóa và Du lịch "
            "Hồ Nam về quảng bá du lịch.",
            2,
        ),
    ],
)
def test_a_document_named_again_by_its_parties_is_one(retold: str, kept: int) -> None:
    found = _named(
        [
            "Dịp này, Sở Công Thương tỉnh Hà Tĩnh và Sở Thương mại tỉnh Hồ Nam đã ký Biên bản "
            "ghi nhớ về xúc tiến thương mại và đầu tư giai đoạn 2026 - 2028.",
            retold,
        ]
    )
    assert len(found) == kept
    assert found[0][1] == (
        "Biên bản ghi nhớ về xúc tiến thương mại và đầu tư giai đoạn 2026 - 2028"
    )


@pytest.mark.parametrize(
    "told_of",
    [
        "mà hai bên đã ký kết",
        "mà hai sở đã ký năm 2024",
        "vừa ký tại Nam Ninh",
        "vừa được hai bên ký kết",
        "do hai sở ký năm 2024",
        "do Sở Công Thương tỉnh Lạng Sơn và Cục Thương mại Quảng Tây ký kết",
    ],
)
def test_a_name_ends_before_the_clause_telling_of_its_signing(told_of: str) -> None:
    sentence = (
        "Tỉnh tiếp tục triển khai Bản ghi nhớ về hợp tác xây dựng kho lạnh tại cửa khẩu "
        f"{told_of}, đồng thời hỗ trợ doanh nghiệp chuyển sang xuất khẩu chính ngạch."
    )
    assert [(a.name, a.signed) for a in find_agreements([sentence], DAY)] == [
        ("Bản ghi nhớ về hợp tác xây dựng kho lạnh tại cửa khẩu", False)
    ]


def test_a_name_ending_in_tu_do_goes_on_without_a_signing_after_it() -> None:
    sentence = "Hai bên thống nhất triển khai Hiệp định thương mại tự do ASEAN - Trung Quốc."
    assert [a.name for a in find_agreements([sentence], DAY)] == [
        "Hiệp định thương mại tự do ASEAN - Trung Quốc"
    ]


_AMENDING_PROTOCOL = (
    "Nghị định thư sửa đổi, bổ sung Hiệp định về vận tải đường bộ qua biên giới giữa hai nước"
)


@pytest.mark.parametrize(
    ("sentence", "signed"),
    [
        (f"Hai bộ trưởng đã ký {_AMENDING_PROTOCOL}.", True),
        (f"Hai bên nhất trí sớm đàm phán {_AMENDING_PROTOCOL}, tạo thuận lợi cho xe.", False),
    ],
)
def test_a_document_amending_another_is_named_with_it(sentence: str, signed: bool) -> None:
    found = find_agreements([sentence], DAY)
    assert [(a.kind, a.name, a.signed) for a in found] == [
        ("agreement", _AMENDING_PROTOCOL, signed)
    ]


_TOURISM_MOU = "Bản ghi nhớ hợp tác du lịch giữa tỉnh Hà Giang và tỉnh Vân Nam"


@pytest.mark.parametrize(
    "after",
    [
        "dự kiến được ký trong năm 2026",
        "dự kiến ký vào quý III",
        "sẽ được ký vào năm tới",
        "được ký vào năm tới",
        "chưa được ký",
    ],
)
def test_a_signing_told_after_the_name_as_still_ahead_is_not_done(after: str) -> None:
    sentence = f"Theo lãnh đạo Sở Ngoại vụ, {_TOURISM_MOU} {after}."
    assert [(a.name, a.signed) for a in find_agreements([sentence], DAY)] == [(_TOURISM_MOU, False)]


@pytest.mark.parametrize(
    "generic",
    ["văn kiện dự kiến được ký", "văn kiện sẽ được ký", "thỏa thuận này dự kiến ký"],
)
def test_a_generic_word_for_a_document_named_before_is_no_document_of_its_own(
    generic: str,
) -> None:
    sentence = (
        "Hai bên trao đổi về việc xây dựng Thỏa thuận hợp tác giữa thành phố Lào Cai và thành "
        f"phố Mông Tự; {generic} trong năm tới."
    )
    assert [(a.name, a.signed) for a in find_agreements([sentence], DAY)] == [
        ("Thỏa thuận hợp tác giữa thành phố Lào Cai và thành phố Mông Tự", False)
    ]
