"""Bad input is rejected whole with one sentence; odd but readable encodings are read."""

from __future__ import annotations

import time
import unicodedata

import pytest

from extract import MAX_ARTICLE_BYTES, RejectedArticle, parse_article
from extract.decode import decode_article

ARTICLE = (
    "Việt Nam và Vân Nam tăng cường hợp tác\n\n"
    "Ngày 12/4, tại Côn Minh, Thứ trưởng Bộ Công Thương Nguyễn Văn Phúc hội kiến Tỉnh trưởng "
    "tỉnh Vân Nam Vương Dư Ba. Năm 2023, kim ngạch thương mại giữa Việt Nam và Vân Nam đạt "
    "4,5 tỷ USD, tăng 6% so với năm 2022.\n"
)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _windows_1258(text: str) -> bytes:
    """Windows-1258 keeps â, ê, ô, ơ, ư, ă, đ whole and writes tone marks as combining marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(
            unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones
        )
    return "".join(out).encode("cp1258")


def _reason(data: bytes | str) -> str:
    with pytest.raises(RejectedArticle) as caught:
        parse_article(data)
    reason = caught.value.reason
    assert "\n" not in reason and reason.endswith(".")
    return reason


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", "", "\ufeff  \n"])
def test_empty_input_is_rejected(data: bytes | str) -> None:
    assert "empty" in _reason(data)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x06\x00",
        bytes(range(256)) * 20,
        b"Kim ng\x00ach \x00\x01\x02\x03 th\x00uong m\x00ai",
    ],
)
def test_binary_input_is_rejected(data: bytes) -> None:
    reason = _reason(data)
    assert "binary" in reason or "not article text" in reason


def test_text_with_nul_characters_is_rejected_as_binary() -> None:
    assert "binary" in _reason("Kim ngạch\x00\x00 thương mại")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_utf8_with_bom_are_read(encoding: str) -> None:
    article = parse_article(ARTICLE.encode(encoding))
    assert article.provinces == ("Vân Nam",)
    assert [f.value_usd for f in article.trade_figures] == [4_500_000_000]


def test_windows_1258_is_read_when_confident() -> None:
    article = parse_article(_windows_1258(ARTICLE))
    assert article.title == "Việt Nam và Vân Nam tăng cường hợp tác"
    assert [o.name for o in article.officials] == ["Nguyễn Văn Phúc", "Vương Dư Ba"]


@pytest.mark.parametrize(
    "data",
    [
        # TCVN3 (ABC): "Kim ng¹ch th­¬ng m¹i ViÖt Nam"
        b"Kim ng\xb9ch th\xad\xacng m\xb9i gi\xf7a Vi\xd6t Nam v\xb5 V\xe2n Nam "
        b"\xae\xb9t 4,5 t\xfb USD. " * 5,
        # VISCII: letters in the C0 and high ranges
        b"Kim ng\xd5ch th\xdf\xbdng m\xd5i gi\xdaa Vi\xaet Nam v\xe0 V\xe2n Nam "
        b"\xf0\xd5t 4,5 t\xfe USD. " * 5,
    ],
)
def test_legacy_code_pages_read_wrong_are_rejected_asking_for_utf8(data: bytes) -> None:
    assert "UTF-8" in _reason(data)


def test_input_over_the_limit_is_rejected_at_once() -> None:
    data = b"a" * (MAX_ARTICLE_BYTES + 1)
    started = time.perf_counter()
    reason = _reason(data)
    assert time.perf_counter() - started < 0.5
    assert "10 MB" in reason


def test_text_over_the_limit_is_rejected_too() -> None:
    assert "limit" in _reason("ạ" * (MAX_ARTICLE_BYTES // 2 + 1))


def test_decoded_text_is_nfc() -> None:
    nfd = unicodedata.normalize("NFD", ARTICLE)
    assert decode_article(nfd.encode()) == unicodedata.normalize("NFC", ARTICLE)


@pytest.mark.parametrize(
    "data",
    [
        "<html><head><script>var a = 1;</script></head><body><nav>Trang chủ</nav></body></html>",
        "Tin tức\nTrang chủ\n",
        "Cùng chuyên mục\nMột tin khác\nMột tin khác nữa\n",
    ],
)
def test_nothing_left_after_cleaning_is_rejected(data: str) -> None:
    assert "No article text" in _reason(data)
