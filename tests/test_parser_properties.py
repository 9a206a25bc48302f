"""Random, truncated and mutated articles: only RejectedArticle may escape, and every reported
amount comes from a number written in the input."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

import pytest
from conftest import CORPUS_DIR
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract import RejectedArticle, parse_article
from extract.types import ParsedArticle

OWN_ARTICLES = [
    "Việt Nam và Vân Nam thúc đẩy thương mại\n\n14/03/2024 15:20\n\nMinh Châu\n\n"
    "Chiều 14/3, tại Hà Nội, Phó Thủ tướng Trần Văn Hòa tiếp Bí thư Tỉnh ủy Vân Nam Vương Ninh. "
    "Năm 2023, kim ngạch thương mại giữa Việt Nam và Vân Nam đạt 4,5 tỷ USD, tăng 6%. "
    "Trong đó, Việt Nam xuất khẩu sang Vân Nam 1,8 tỷ USD.\n"
    "Hai bên hội đàm. (Ảnh: Thu Trang)\n"
    "Quý I/2024, kim ngạch thương mại Việt Nam - Trung Quốc đạt hơn 40 tỷ USD.\n"
    "Năm 2023, kim ngạch giữa Việt Nam và Quảng Tây đạt 300 tỷ NDT (khoảng 42 tỷ USD).\n"
    "Cùng chuyên mục\nQuảng Ninh đón khách\nTỉnh Quảng Ninh đón 1 triệu lượt khách...\n",
    "<html><head><title>Quảng Tây và Việt Nam</title><script>var x = '5 tỷ USD';</script>"
    "</head><body><nav>Trang chủ</nav><article><h1>Quảng Tây và Việt Nam</h1>"
    "<p>Ngày 2/8, Bộ trưởng Bộ Công Thương Nguyễn Văn Phúc hội đàm trực tuyến với Bí thư Khu ủy "
    "Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc Trần Cương.</p>"
    "<p>6 tháng đầu năm 2021, kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt 11,2 tỷ USD, "
    "giảm 3,5%. GDP của Quảng Tây đạt 2.000 tỷ nhân dân tệ.</p></article>"
    "<footer>© 2021</footer></body></html>",
]


def _seeds() -> list[str]:
    corpus = sorted(CORPUS_DIR.glob("*.txt")) if CORPUS_DIR.is_dir() else []
    return [p.read_text("utf-8") for p in corpus] + OWN_ARTICLES


SEEDS = _seeds()
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SCALES = [Decimal(10) ** k for k in (0, 3, 6, 8, 9, 12)]
EXAMPLES = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _readings(literal: str) -> set[Decimal]:
    """Every value a written number can have: Vietnamese or English separators, or parts of it."""
    candidates = {
        literal.replace(".", "").replace(",", "."),
        literal.replace(",", ""),
        literal.replace(",", "."),
        *re.split(r"[.,]", literal),
    }
    values = set()
    for candidate in candidates:
        try:
            values.add(Decimal(candidate))
        except InvalidOperation:
            continue
    return values


def _numbers_in(text: str) -> set[Decimal]:
    return {value for m in _NUMBER.finditer(text) for value in _readings(m.group())}


def _letters(text: str) -> str:
    """Letters and digits only: a quote must be the input's words, whatever spacing or markup."""
    return re.sub(r"\W+", "", text)


def _parse(data: bytes | str) -> ParsedArticle | None:
    try:
        return parse_article(data)
    except RejectedArticle as rejected:
        assert rejected.reason and "\n" not in rejected.reason
        return None


def _assert_amounts_come_from_the_text(article: ParsedArticle, text: str) -> None:
    numbers = _numbers_in(unicodedata.normalize("NFC", text))
    for figure in article.trade_figures:
        amount = figure.value_usd if figure.value_usd is not None else figure.value
        assert amount is not None
        assert any(Decimal(str(amount)) == n * s for n in numbers for s in _SCALES), figure
        if figure.growth_pct is not None:
            assert Decimal(str(abs(figure.growth_pct))) in numbers, figure
        assert _made_of_the_input(
            _letters(figure.quote), _letters(unicodedata.normalize("NFC", text))
        ), figure


# A quote may join runs of the input where broken markup drops an element between two
# paragraphs ('… 11,2 tỷ USD><nav>…</nav><p>Ngày 2/8 …'); each run is the input's own words.
_RUN_LETTERS = 20


def _made_of_the_input(quote: str, text: str) -> bool:
    """Whether `quote` is runs of `text`, each at least _RUN_LETTERS long (or the rest)."""
    while quote:
        longest = 0
        while longest < len(quote) and quote[: longest + 1] in text:
            longest += 1
        if longest < min(_RUN_LETTERS, len(quote)):
            return False
        quote = quote[longest:]
    return True


def _through_word(text: str, at: int) -> str:
    """`text` up to the end of the word at or after `at`, then its next paragraph on."""
    end = re.compile(r"\w*").match(text, at)
    cut = end.end() if end else at
    rest = text.find("\n", cut)
    return text[:cut] + (text[rest:] if rest >= 0 else "")


MUTATIONS = [
    "truncate",
    "truncate at a word",
    "delete",
    "repeat",
    "insert",
    "digits",
    "case",
    "nfd",
]


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    """A seed article truncated, cut, repeated, spliced with noise, re-cased or re-encoded."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(0, 4))):
        cut = draw(st.integers(0, len(text)))
        end = draw(st.integers(cut, min(len(text), cut + 400)))
        mutation = draw(st.sampled_from(MUTATIONS))
        if mutation == "truncate":
            text = text[:cut]
        elif mutation == "truncate at a word":
            # A line (a headline has no full stop) ending on a word that begins a phrase:
            # 'Đoàn … thăm cao nguyên', '… gặp phó'.
            text = _through_word(text, cut)
        elif mutation == "delete":
            text = text[:cut] + text[end:]
        elif mutation == "repeat":
            text = text[:end] + text[cut:end] + text[end:]
        elif mutation == "insert":
            noise = draw(st.text(max_size=40) | st.sampled_from(["\x00", "<p>", "...", "\r\n"]))
            text = text[:cut] + noise + text[cut:]
        elif mutation == "digits":
            text = (
                text[:cut]
                + re.sub(r"\d", draw(st.sampled_from("0179")), text[cut:end])
                + text[end:]
            )
        elif mutation == "case":
            text = text[:cut] + text[cut:end].upper() + text[end:]
        else:
            text = unicodedata.normalize("NFD", text)
    return text


@EXAMPLES
@given(st.text(max_size=3000))
def test_random_text_never_crashes(text: str) -> None:
    article = _parse(text)
    if article is not None:
        _assert_amounts_come_from_the_text(article, text)


@EXAMPLES
@given(st.binary(max_size=3000))
def test_random_bytes_never_crash(data: bytes) -> None:
    _parse(data)


# An unclosed paragraph after which the article is told again: its page text joins them.
BROKEN_MARKUP = (
    OWN_ARTICLES[1].split(", giảm")[0]
    + "><nav>Trang chủ</nav><article><h1>Quảng Tây và Việt Nam</h1>"
    + OWN_ARTICLES[1].split("<h1>Quảng Tây và Việt Nam</h1>")[1].split(", giảm")[0]
)


@EXAMPLES
@given(mutated_articles())
@example(BROKEN_MARKUP)
def test_mutated_articles_only_report_numbers_they_contain(text: str) -> None:
    article = _parse(text)
    if article is not None:
        _assert_amounts_come_from_the_text(article, text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_articles(), st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_encodings_and_normal_forms_do_not_change_the_facts(text: str, encoding: str) -> None:
    try:
        data = unicodedata.normalize("NFD", text).encode(encoding)
    except UnicodeEncodeError:
        return
    plain, encoded = _parse(text), _parse(data)
    assert (plain is None) == (encoded is None)
    if plain is not None and encoded is not None:
        assert plain.to_json() == encoded.to_json()


# Lines of an article ending on a word that begins a title ('nguyên Bộ trưởng', 'Phó Chủ tịch'):
# a headline has no full stop, and 'cao nguyên', 'chủ quyền' end sentences as plain words.
TITLE_PREFIX_ENDINGS = ["cao nguyên", "chủ quyền", "gặp phó", "gặp cựu", "Phó", "nguyên", "cố"]


@pytest.mark.parametrize("ending", TITLE_PREFIX_ENDINGS)
@pytest.mark.parametrize(
    "article",
    [
        "Đoàn Vân Nam thăm {ending}\nNgày 3/4, đoàn công tác tỉnh Vân Nam đã đến Lào Cai.",
        "Đoàn Vân Nam thăm Lào Cai\nNgày 3/4, đoàn công tác tỉnh Vân Nam đã đến thăm tỉnh Lào "
        "Cai. Hai bên trao đổi về hợp tác biên giới, {ending}\nNăm 2024, kim ngạch thương mại "
        "giữa Việt Nam và Vân Nam đạt 5 tỷ USD.",
    ],
    ids=["headline", "body"],
)
def test_a_line_ending_on_a_title_prefix_is_read(article: str, ending: str) -> None:
    parsed = parse_article(article.format(ending=ending).encode(), filename="a.txt")
    assert parsed.provinces == ("Vân Nam",)


def test_a_place_named_before_ending_the_text_in_lower_case_is_read() -> None:
    """The article's own place ('thành phố phổ nhĩ, tỉnh vân nam'), met again as the last
    words of the text: its length was read past the end of the sentence."""
    article = (
        "Tại hội nghị, ông Lò Văn Tâm đề nghị xây dựng Kế hoạch hợp tác năm 2026 giữa tỉnh Lai "
        "Châu và thành phố Phổ Nhĩ.\nNgày 20/3, đoàn công tác tỉnh Lai Châu đã hội đàm với chính "
        "quyền nhân dân thành phố phổ nhĩ, tỉnh vân nam. tại hội đàm, ông dương húc, phó thị "
        "trưởng thành phố phổ nhĩ"
    )
    assert parse_article(article.encode(), filename="a.txt").provinces == ("Vân Nam",)
