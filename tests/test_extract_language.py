"""Facts are read from Vietnamese text only: an article in another language says so."""

from __future__ import annotations

from extract import parse_article
from extract.parser import NOT_VIETNAMESE

ENGLISH = (
    "Guangxi trade officials visit Hà Nội\n"
    "HÀ NỘI — Trade between Việt Nam and Guangxi rose sharply in the first half of the year, "
    "officials said on Tuesday at a meeting in the capital. Both sides agreed to open more "
    "border gates for farm produce, to extend customs hours at the busiest crossings and to "
    "share data on shipments so that trucks wait less at the border. The delegation will "
    "travel to Lạng Sơn later this week to see the smart border gate pilot in action.\n"
)
VIETNAMESE = (
    "Quảng Tây và Lạng Sơn bàn việc kéo dài giờ thông quan\n"
    "Chiều 4/6, tại thành phố Lạng Sơn, lãnh đạo tỉnh Lạng Sơn đã làm việc với đoàn công tác "
    "Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) về việc kéo dài giờ thông quan tại các "
    "cửa khẩu. Hai bên thống nhất giao các sở, ngành chuyên môn xây dựng kế hoạch cụ thể, "
    "chia sẻ thông tin về hàng hóa qua lại để xe chở hàng không phải chờ lâu ở biên giới và "
    "báo cáo kết quả tại cuộc gặp định kỳ cuối năm nay.\n"
)


def test_an_english_article_keeps_its_provinces_and_says_its_facts_were_not_read() -> None:
    article = parse_article(ENGLISH)
    assert NOT_VIETNAMESE in article.warnings
    assert "Quảng Tây" in article.provinces


def test_a_vietnamese_article_has_no_language_warning() -> None:
    assert NOT_VIETNAMESE not in parse_article(VIETNAMESE).warnings


def test_a_short_text_is_not_judged() -> None:
    assert parse_article("Ngày 3/4, Guangxi and Yunnan trade officials met.").warnings == ()
