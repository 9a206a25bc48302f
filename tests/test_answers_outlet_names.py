"""One outlet, one name in answers: however its articles' sources were stored ('VOV', 'vov.vn',
'Báo Lạng Sơn', 'baolangson.vn'), an outlet is named alike and never listed as another."""

from __future__ import annotations

from datetime import date

import factories as make
import pytest
from telegram_html import telegram_html_problems

from db.models import Article
from handlers.formatting import outlet_labels
from handlers.news import answer_latest
from handlers.officials import answer_officials
from handlers.outlets import outlet_name
from handlers.trade import answer_tradelatest

VOV_PAGE = "https://vov.vn/kinh-te/quang-tay.html"


@pytest.mark.parametrize(
    ("source", "url", "label"),
    [
        ("VOV", VOV_PAGE, "VOV"),
        ("vov.vn", None, "VOV"),
        ("VOV.VN", None, "VOV"),
        ("Đài Tiếng nói Việt Nam", None, "VOV"),
        (None, "https://english.vov.vn/a.html", "VOV"),
        ("Báo Lạng Sơn", None, "Báo Lạng Sơn"),
        ("baolangson.vn", "https://baolangson.vn/a.html", "Báo Lạng Sơn"),
        ("BÁO LẠNG SƠN", None, "Báo Lạng Sơn"),
        (None, "https://www.baolangson.vn/a.html", "Báo Lạng Sơn"),
        ("Thông tấn xã Việt Nam", None, "TTXVN"),
        ("tuoitre.vn", None, "Tuổi Trẻ"),
        ("Tuổi Trẻ Online", None, "Tuổi Trẻ"),
        ("vtv.vn", None, "VTV"),
        ("mofa.gov.vn", None, "Bộ Ngoại giao"),
        # Outlets the data does not know: named as stored, or by their site.
        ("Báo Gió Mới", None, "Báo Gió Mới"),
        ("tinmoi-247.com", "https://tinmoi-247.com/a.html", "tinmoi-247.com"),
        ("baomoi.com (aggregated)", None, "baomoi.com (aggregated)"),
        (None, "https://tin.example/a.html", "tin.example"),
        (None, None, ""),
    ],
)
def test_an_outlet_is_named_alike_however_its_source_was_stored(source, url, label):
    assert outlet_name(source, url) == label


@pytest.mark.parametrize(
    ("articles", "labels"),
    [
        pytest.param(
            [("TTXVN", "https://www.vietnamplus.vn/a.html"), ("TTXVN", "https://baotintuc.vn/a")],
            ["TTXVN (vietnamplus.vn)", "TTXVN (baotintuc.vn)"],
            id="an agency on two sites",
        ),
        pytest.param(
            [("VOV", VOV_PAGE), ("vov.vn", None)],
            ["VOV", "VOV"],
            id="an agency on its own site and without one",
        ),
        pytest.param(
            [("VOV", "https://baolangson.vn/a.html"), ("vov.vn", VOV_PAGE)],
            ["VOV (baolangson.vn)", "VOV"],
            id="an agency carried by another site and on its own",
        ),
        pytest.param(
            [("vietnamplus.vn", "https://www.vietnamplus.vn/a.html"), ("Vietnam+", None)],
            ["Vietnam+", "Vietnam+"],
            id="an outlet by its site and by its name",
        ),
    ],
)
def test_one_outlet_from_several_sites_is_told_apart_by_the_site_that_carried_it(articles, labels):
    assert outlet_labels([Article(source=s, url=u) for s, u in articles]) == labels


@pytest.fixture
def two_spellings(session):
    """One VOV story stored as 'vov.vn' (read from a file), its copy on VOV's site stored as
    'VOV', and the same text on baolangson.vn under the paper's masthead name; an older VOV
    article stored as 'VOV.VN'."""
    lead = make.article(session, source="vov.vn", url=None, event_date=date(2025, 3, 4))
    make.role(
        session,
        make.person(session, "Trương Quốc Trí", "CN"),
        lead,
        "Phó Tỉnh trưởng tỉnh Quảng Đông",
        province_key="guangdong",
    )
    make.figure(session, lead, year=2024, value_usd=56_200_000_000)
    make.article(session, source="VOV", url=VOV_PAGE, copy_of=lead)
    make.article(session, source="Báo Lạng Sơn", url="https://baolangson.vn/a.html", copy_of=lead)
    make.article(session, source="VOV.VN", url=None, event_date=date(2025, 3, 1))
    session.commit()


@pytest.mark.parametrize(
    ("answer", "sources"),
    [
        pytest.param(answer_latest, "(VOV; also: Báo Lạng Sơn)", id="latest"),
        pytest.param(answer_officials, "VOV; also: Báo Lạng Sơn)", id="officials"),
        pytest.param(
            answer_tradelatest,
            "Source: VOV, Mar 4, 2025\n  Also reported by: Báo Lạng Sơn",
            id="tradelatest",
        ),
    ],
)
def test_an_outlet_under_two_spellings_is_one_outlet_in_answers(
    session, two_spellings, answer, sources
):
    reply = answer(session, "Quảng Đông", "en")
    text = reply.plain()
    assert sources in text
    assert "also: VOV" not in text and "reported by: VOV" not in text
    assert "vov.vn" not in text.casefold()
    assert telegram_html_problems(reply.html) == []


def test_articles_of_one_outlet_under_two_spellings_are_named_alike_in_latest(
    session, two_spellings
):
    lines = answer_latest(session, "Quảng Đông", "en").plain().splitlines()[1:]
    outlets = sorted(line.split(" (", 1)[1] for line in lines)
    assert outlets == ["VOV)", "VOV; also: Báo Lạng Sơn)"]
