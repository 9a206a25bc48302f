"""Sources in answers: an agency's copy carried by several sites is told apart, every link kept."""

from __future__ import annotations

from datetime import date

import factories as make
import pytest
from telegram_html import telegram_html_problems

from handlers.news import answer_latest
from handlers.officials import answer_official, answer_officials
from handlers.trade import answer_tradelatest

FIRST = "https://www.vietnamplus.vn/hoi-dam-quang-dong.html"
SECOND = "https://baotintuc.vn/hoi-dam-quang-dong.html"


@pytest.fixture
def agency_story(session):
    """One agency text on two sites, and once more from a file with no site."""
    lead = make.article(
        session, title="Hội đàm", source="TTXVN", url=FIRST, event_date=date(2025, 3, 4)
    )
    make.role(
        session,
        make.person(session, "Trương Quốc Trí", "CN"),
        lead,
        "Phó Tỉnh trưởng tỉnh Quảng Đông",
        province_key="guangdong",
    )
    make.figure(session, lead, year=2024, value_usd=56_200_000_000)
    make.article(session, title="Hội đàm", source="TTXVN", url=SECOND, copy_of=lead)
    make.article(session, title="Hội đàm", source="TTXVN", url=None, copy_of=lead)
    session.commit()


@pytest.mark.parametrize(
    ("answer", "sources"),
    [
        pytest.param(
            answer_latest, "(TTXVN (vietnamplus.vn); also: TTXVN (baotintuc.vn))", id="latest"
        ),
        pytest.param(
            answer_officials,
            "TTXVN (vietnamplus.vn); also: TTXVN (baotintuc.vn))",
            id="officials",
        ),
        pytest.param(
            answer_tradelatest,
            "Source: TTXVN (vietnamplus.vn), Mar 4, 2025\n  Also reported by: TTXVN (baotintuc.vn)",
            id="tradelatest",
        ),
    ],
)
def test_an_agency_copy_on_two_sites_names_each_site_with_its_link(
    session, agency_story, answer, sources
):
    reply = answer(session, "Quảng Đông", "en")
    text = reply.plain()
    assert sources in text
    assert "TTXVN; also: TTXVN" not in text
    assert f'href="{SECOND}"' in reply.html, "the second site's copy can be opened"
    assert telegram_html_problems(reply.html) == []


def test_one_outlet_on_one_site_is_named_once_without_its_site(session):
    lead = make.article(session, source="TTXVN", url=FIRST, event_date=date(2025, 3, 4))
    make.article(session, source="TTXVN", url=FIRST + "?amp", same_story_as=lead)
    make.article(session, source="nhandan.vn", url=None, same_story_as=lead)
    session.commit()
    text = answer_latest(session, "Quảng Đông", "en").plain()
    assert "(TTXVN; also: Báo Nhân Dân)" in text


def test_an_article_without_a_recorded_source_is_named_as_its_site_s_outlet(session):
    make.article(session, source=None, url=FIRST, event_date=date(2025, 3, 4))
    unknown = "https://tin.example/a.html"
    make.article(session, source=None, url=unknown, event_date=date(2025, 3, 3))
    session.commit()
    text = answer_latest(session, "Quảng Đông", "en").plain()
    assert "(Vietnam+)" in text
    assert "(tin.example)" in text, "a site no outlet is known by is named as it is"


@pytest.fixture
def fair_day(session):
    """One day at a fair: vietnamplus' report with a figure and an audience, and tuoitre's own
    report of that day (another text), whose figure and audience were other ones."""
    lead = make.article(
        session, title="Khai mạc hội chợ", source="vietnamplus.vn", event_date=date(2025, 9, 17)
    )
    chinese = make.person(session, "Lâm Văn Sơn", "CN")
    minister = make.person(session, "Đỗ Quang Huy", "VN")
    make.role(session, chinese, lead, "Bí thư Tỉnh ủy tỉnh Quảng Đông", province_key="guangdong")
    make.figure(session, lead, year=2025, value_usd=31_600_000_000)
    make.meeting(session, lead, [chinese, minister], kind="audience", label="hội kiến")
    make.article(session, title="Bộ trưởng dự hội chợ", source="tuoitre.vn", same_story_as=lead)
    session.commit()


@pytest.mark.parametrize(
    "ask",
    [
        pytest.param(lambda s: answer_tradelatest(s, "Quảng Đông", "en"), id="tradelatest"),
        pytest.param(lambda s: answer_officials(s, "Quảng Đông", "en"), id="officials"),
        pytest.param(lambda s: answer_official(s, "Lâm Văn Sơn", "en"), id="official"),
    ],
)
def test_a_fact_is_not_credited_to_an_outlet_whose_own_report_of_the_story_lacked_it(
    session, fair_day, ask
):
    text = ask(session).plain()
    assert "Vietnam+" in text
    assert "Tuổi Trẻ" not in text


def test_the_article_line_still_names_every_outlet_that_told_the_story(session, fair_day):
    text = answer_latest(session, "Quảng Đông", "en").plain()
    assert "(Vietnam+; also: Tuổi Trẻ)" in text
