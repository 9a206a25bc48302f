"""Answers in English give officials' titles in English when every word of the title is known,
and as written otherwise; answers in Vietnamese keep them as written."""

from __future__ import annotations

import tomllib
import unicodedata
from datetime import date
from importlib import resources

import factories as make
import pytest
from botrun import LAN, ask, briefbot

from extract.gazetteer import load_gazetteer
from handlers.officials import answer_official, answer_officials
from handlers.title_english import english_title, shown_title, title_with_original


@pytest.mark.parametrize(
    ("title", "english"),
    [
        ("Bộ trưởng Bộ Ngoại giao", "Minister of Foreign Affairs"),
        ("Bộ trưởng Ngoại giao", "Minister of Foreign Affairs"),
        ("Thứ trưởng Bộ Công Thương", "Deputy Minister of Industry and Trade"),
        ("Thứ trưởng Thường trực Bộ Ngoại giao", "Permanent Deputy Minister of Foreign Affairs"),
        ("Bộ trưởng Bộ Thương mại Trung Quốc", "Minister of Commerce of China"),
        ("Bí thư Tỉnh ủy Lạng Sơn", "Secretary of the Lạng Sơn Provincial Party Committee"),
        (
            "Phó Chủ tịch UBND tỉnh Lào Cai",
            "Vice Chairman of the Lào Cai Provincial People's Committee",
        ),
        ("Phó Chủ tịch UBND tỉnh", "Vice Chairman of the Provincial People's Committee"),
        ("Phó Tỉnh trưởng tỉnh Quảng Đông", "Vice Governor of Guangdong Province"),
        ("Tỉnh trưởng Vân Nam", "Governor of Yunnan Province"),
        ("Bí thư Tỉnh ủy Vân Nam", "Secretary of the Yunnan Provincial Party Committee"),
        ("Chủ tịch Khu tự trị Quảng Tây", "Chairman of the Guangxi Zhuang Autonomous Region"),
        (
            "Phó Chủ tịch Chính phủ nhân dân Khu tự trị dân tộc Choang Quảng Tây",
            "Vice Chairman of the Guangxi Zhuang Autonomous Region People's Government",
        ),
        ("Phó Thị trưởng thành phố Phổ Nhĩ", "Vice Mayor of Pu'er"),
        ("Tổng Lãnh sự Việt Nam tại Quảng Châu", "Consul General of Vietnam in Guangzhou"),
        ("Đại sứ Trung Quốc tại Việt Nam", "Ambassador of China to Vietnam"),
        ("Tổng Bí thư, Chủ tịch nước", "General Secretary, President"),
        (
            "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng",
            "Deputy Secretary of the Provincial Party Committee, "
            "Chairman of the Cao Bằng Provincial People's Committee",
        ),
        (
            "Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao",
            "Deputy Prime Minister, Minister of Foreign Affairs",
        ),
        ("Phó Tỉnh trưởng Thường trực tỉnh Vân Nam", "Executive Vice Governor of Yunnan Province"),
        (
            "Phó Bí thư Tỉnh ủy, quyền Tỉnh trưởng tỉnh Quảng Đông",
            "Deputy Secretary of the Provincial Party Committee, "
            "Acting Governor of Guangdong Province",
        ),
        ("nguyên Bộ trưởng Bộ Công Thương", "Former Minister of Industry and Trade"),
        (
            "Phó Chủ nhiệm Văn phòng Ngoại vụ tỉnh Hải Nam",
            "Deputy Director of the Hainan Provincial Foreign Affairs Office",
        ),
        # a name both countries give a province: the office says which
        ("Phó Tỉnh trưởng tỉnh Hà Nam", "Vice Governor of Henan Province"),
        (
            "Phó Chủ tịch UBND tỉnh Hà Nam",
            "Vice Chairman of the Hà Nam Provincial People's Committee",
        ),
        # folded: case, tone-mark placement ('uỷ' for 'ủy'), decomposed text, no diacritics
        (
            unicodedata.normalize("NFD", "phó bí thư tỉnh uỷ, chủ tịch ubnd tỉnh lào cai"),
            "Deputy Secretary of the Provincial Party Committee, "
            "Chairman of the Lào Cai Provincial People's Committee",
        ),
        ("Bi thu Tinh uy Van Nam", "Secretary of the Yunnan Provincial Party Committee"),
    ],
)
def test_a_title_every_word_of_which_is_known_is_rendered_in_english(title, english):
    assert english_title(title) == english


@pytest.mark.parametrize(
    "title",
    [
        "Phó Châu trưởng Châu Hồng Hà",  # a prefecture's office: not listed
        "Chủ tịch UBND huyện Trùng Khánh",  # a Vietnamese district named like a Chinese city
        "Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Lào Cai",  # one office of two unknown
        "Cục trưởng Cục Hải quan",  # a body whose English name is not listed
        "Chủ tịch",  # a president or a chairman: the title does not say
        "Phó Đại sứ",  # no deputy ambassador in English usage listed
        "Tổng Lãnh sự Việt Nam tại Hồng Kông và Ma Cao",
        "Phó Tỉnh trưởng tỉnh Lạng Sơn",  # a Chinese office, a Vietnamese province
        "Deputy Minister of Industry and Trade",  # English already
        "",
    ],
)
def test_a_title_with_a_word_not_known_is_not_rendered(title):
    assert english_title(title) is None
    assert shown_title(title, "en") == title


def test_vietnamese_answers_keep_the_title_as_written():
    title = "Phó Tỉnh trưởng tỉnh Quảng Đông"
    assert shown_title(title, "vi") == title
    assert title_with_original(title, "vi") == title
    assert shown_title(title, "en") == "Vice Governor of Guangdong Province"
    assert title_with_original(title, "en") == (
        "Vice Governor of Guangdong Province (Phó Tỉnh trưởng tỉnh Quảng Đông)"
    )


def test_the_chinese_cities_named_are_the_gazetteers_with_its_english_names():
    """The cities' English names are the gazetteer's (the gazetteer does not pair them with
    the Vietnamese ones)."""
    english_of = {
        city: {n for n in d.city_names if n.isascii()}
        for d in load_gazetteer().china
        for city in (*d.cities, *d.cities_named_as_cities)
    }
    data = tomllib.loads(
        resources.files("handlers").joinpath("data/title_english.toml").read_text("utf-8")
    )
    wrong = {vi: en for vi, en in data["cities"].items() if en not in english_of.get(vi, set())}
    assert wrong == {}


@pytest.fixture
def guangdong(session):
    """A Quảng Đông vice governor, a Vietnamese deputy minister who met him, and an official
    whose title is not known in English."""
    article = make.article(session, source="baoquocte.vn", event_date=date(2025, 10, 28))
    tri = make.person(session, "Trương Quốc Trí", "CN")
    vu = make.person(session, "Nguyễn Minh Vũ", "VN")
    hong = make.person(session, "Trần Hồng", "CN")
    make.role(session, tri, article, "Phó Tỉnh trưởng tỉnh Quảng Đông", province_key="guangdong")
    make.role(session, hong, article, "Phó Trưởng Ban Thống kê hải quan", province_key="guangdong")
    make.role(session, vu, article, "Thứ trưởng Thường trực Bộ Ngoại giao")
    make.meeting(session, article, [tri, vu, hong], kind="talks", label="hội đàm")
    session.commit()


@pytest.mark.usefixtures("guangdong")
def test_officials_in_english_give_the_titles_in_english(session):
    text = answer_officials(session, "Guangdong", "en").plain()
    assert "Trương Quốc Trí — Vice Governor of Guangdong Province (" in text
    assert "Nguyễn Minh Vũ — Permanent Deputy Minister of Foreign Affairs (" in text
    assert "Trần Hồng — Phó Trưởng Ban Thống kê hải quan (" in text, "unknown: as written"
    assert "Phó Tỉnh trưởng" not in text


@pytest.mark.usefixtures("guangdong")
def test_officials_in_vietnamese_keep_the_titles_as_written(session):
    text = answer_officials(session, "Quảng Đông", "vi").plain()
    assert "Trương Quốc Trí — Phó Tỉnh trưởng tỉnh Quảng Đông (" in text
    assert "Vice Governor" not in text


@pytest.mark.usefixtures("guangdong")
def test_one_official_in_english_shows_the_english_and_the_title_as_written(session):
    text = answer_official(session, "Trương Quốc Trí", "en").plain()
    assert "Vice Governor of Guangdong Province (Phó Tỉnh trưởng tỉnh Quảng Đông)" in text
    vietnamese = answer_official(session, "Trương Quốc Trí", "vi").plain()
    assert "Phó Tỉnh trưởng tỉnh Quảng Đông" in vietnamese and "Governor" not in vietnamese


@pytest.mark.e2e
@pytest.mark.usefixtures("guangdong")
async def test_a_chat_in_english_gets_the_titles_in_english_on_telegram(
    fake_telegram, database_url
):
    async with briefbot(fake_telegram, database_url):
        await ask(fake_telegram, "/lang en", person=LAN)
        answer = await ask(fake_telegram, "/officials Quảng Đông", person=LAN)
    assert answer.ok, answer.description
    assert "<b>Trương Quốc Trí</b> — Vice Governor of Guangdong Province (" in answer.params["text"]
