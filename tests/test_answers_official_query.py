"""/official finds a person however the user writes honorifics and titles before the name."""

from __future__ import annotations

import unicodedata
from datetime import date

import factories as make
import pytest
from botrun import ask, briefbot

from handlers.commands import dispatch
from handlers.officials import answer_official


@pytest.fixture
def cast(session):
    """A minister, a Chinese provincial party secretary, and three men named Văn Tùng or more:
    one of the family Ông (a family name that is also the word for 'Mr'), one named just that."""
    article = make.article(session, event_date=date(2025, 6, 12), provinces=["guangdong"])
    people = {
        "trung": make.person(session, "Lê Hoài Trung", "VN"),
        "minh": make.person(session, "Hoàng Khôn Minh", "CN"),
        "ong": make.person(session, "Ông Văn Tùng", "VN"),
        "le": make.person(session, "Lê Văn Tùng", "VN"),
        "van": make.person(session, "Văn Tùng", "CN"),
    }
    make.role(session, people["trung"], article, "Bộ trưởng Bộ Ngoại giao")
    make.role(
        session, people["minh"], article, "Bí thư Tỉnh ủy Quảng Đông", province_key="guangdong"
    )
    make.role(session, people["ong"], article, "Phó Giám đốc Sở Công Thương")
    make.role(session, people["le"], article, "Thứ trưởng Bộ Công Thương")
    session.commit()
    return people


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("ông Lê Hoài Trung", "Lê Hoài Trung"),
        ("Ông Lê Hoài Trung", "Lê Hoài Trung"),
        ("đồng chí Lê Hoài Trung", "Lê Hoài Trung"),
        ("ngài Lê Hoài Trung", "Lê Hoài Trung"),
        ("Mr Le Hoai Trung", "Lê Hoài Trung"),
        ("Mr. Lê Hoài Trung", "Lê Hoài Trung"),
        ("H.E. Lê Hoài Trung", "Lê Hoài Trung"),
        ("Bộ trưởng Lê Hoài Trung", "Lê Hoài Trung"),
        ("Bo truong Le Hoai Trung", "Lê Hoài Trung"),
        ("BỘ TRƯỞNG LÊ HOÀI TRUNG", "Lê Hoài Trung"),
        (unicodedata.normalize("NFD", "Bộ trưởng Lê Hoài Trung"), "Lê Hoài Trung"),
        ("Bộ trưởng Bộ Ngoại giao Lê Hoài Trung", "Lê Hoài Trung"),
        ("ông Bộ trưởng Lê Hoài Trung", "Lê Hoài Trung"),
        ("Minister Le Hoai Trung", "Lê Hoài Trung"),
        ("Foreign Minister Lê Hoài Trung", "Lê Hoài Trung"),
        ("H.E. Ambassador Le Hoai Trung", "Lê Hoài Trung"),
        # a title he never held is read off all the same: it filters nothing
        ("Dai su Le Hoai Trung", "Lê Hoài Trung"),
        ("Lê Hoài Trung 先生", "Lê Hoài Trung"),
        ("Bí thư Tỉnh ủy Hoàng Khôn Minh", "Hoàng Khôn Minh"),
        ("Bi thu Tinh uy Quang Dong Hoang Khon Minh", "Hoàng Khôn Minh"),
        ("Guangdong Party Secretary Hoang Khon Minh", "Hoàng Khôn Minh"),
        ("Mr Hoàng", "Hoàng Khôn Minh"),
        ("书记 Hoàng Khôn Minh", "Hoàng Khôn Minh"),
    ],
)
def test_honorifics_and_titles_before_a_name_are_read_off(session, cast, query, name):
    text = answer_official(session, query, "en").plain()
    assert text.startswith(f"{name} ("), text
    assert "Titles over time" in text


@pytest.mark.parametrize(
    "query", ["Chủ tịch", "Bộ trưởng", "bo truong", "Minister", "H.E.", "ông Phó Tỉnh trưởng"]
)
def test_a_title_alone_names_nobody(session, cast, query):
    text = answer_official(session, query, "en").plain()
    assert f"No official named “{query}” is known." in text
    assert "/officials" in text


@pytest.mark.parametrize("query", ["Ông Văn Tùng", "ong van tung", "Thứ trưởng Ông Văn Tùng"])
def test_a_name_beginning_with_a_title_word_is_found_as_typed(session, cast, query):
    text = answer_official(session, query, "en").plain()
    assert text.startswith("Ông Văn Tùng (Vietnam)"), "not Văn Tùng, named by the rest"


def test_a_partial_name_after_a_title_still_offers_the_choice(session, cast):
    reply = answer_official(session, "Thứ trưởng Tùng", "en")
    assert "Several people match “Thứ trưởng Tùng”" in reply.plain()
    assert {c.argument for c in reply.choices} == {
        f"#p{cast['ong'].id}",
        f"#p{cast['le'].id}",
        f"#p{cast['van'].id}",
    }


def test_the_command_answers_alike_with_or_without_a_title(session, cast):
    plain = dispatch(session, "/official Lê Hoài Trung", "vi").plain()
    assert dispatch(session, "/official ông Bộ trưởng Lê Hoài Trung", "vi").plain() == plain


@pytest.mark.e2e
async def test_on_telegram_a_title_before_the_name_finds_the_person(
    fake_telegram, database_url, session, cast
):
    async with briefbot(fake_telegram, database_url):
        call = await ask(fake_telegram, "/official Bí thư Tỉnh ủy Hoàng Khôn Minh")
    assert call.ok, call.description
    assert call.params["text"].startswith("<b>Hoàng Khôn Minh</b> (Trung Quốc)")
