"""Ingesting parsed articles: facts tied to their article, copies refused, nothing half-stored."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stored import BODY, FACT_TABLES, FIGURE_2024, NOW, TRI, article, ingest, row_counts

import db.facts
from db.ingest import IRRELEVANT, IngestOutcome
from db.models import Article, Meeting, Person, Role, TradeFigure
from extract.types import Official

HANOI = timezone(timedelta(hours=7))


def facts(session: Session) -> dict[str, int]:
    """How many facts of each kind are stored (articles and their province links left out)."""
    counts = row_counts(session)
    return {name: counts[name] for name in FACT_TABLES}


def test_a_new_article_is_stored_with_every_fact_pointing_to_it(sessions, session):
    outcome = ingest(sessions, article())

    assert outcome.status == "new" and outcome.reason is None
    stored = session.get(Article, outcome.article_id)
    assert stored is not None
    assert (stored.title, stored.source, stored.event_date) == (
        "Việt Nam và Quảng Đông rà soát hợp tác",
        "baoquocte.vn",
        date(2025, 10, 28),
    )
    assert stored.ingested_at.replace(tzinfo=UTC) == NOW
    assert [p.key for p in stored.provinces] == ["guangdong"]
    [figure] = stored.trade_figures
    assert (figure.province.key, figure.year, figure.value_usd, figure.growth_pct) == (
        "guangdong",
        2024,
        56_200_000_000,
        16.6,
    )
    titles = {(r.person.name, r.person.side, r.title) for r in stored.roles}
    assert titles == {
        ("Nguyễn Minh Vũ", "VN", "Thứ trưởng Thường trực Bộ Ngoại giao"),
        ("Trương Quốc Trí", "CN", "Phó Tỉnh trưởng tỉnh Quảng Đông"),
    }
    tri = next(r for r in stored.roles if r.person.name == "Trương Quốc Trí")
    assert tri.province is not None and tri.province.key == "guangdong"
    [meeting] = stored.meetings
    assert {p.name for p in meeting.participants} == {"Nguyễn Minh Vũ", "Trương Quốc Trí"}
    assert [a.kind for a in stored.agreements] == ["framework agreement"]


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(BODY, id="identical"),
        pytest.param(BODY.replace("\n", "\r\n"), id="crlf"),
        pytest.param(unicodedata.normalize("NFD", BODY), id="nfd"),
        pytest.param("  " + BODY.replace(" ", "  ").replace("\n", "\n\n") + "\n", id="rewrapped"),
    ],
)
def test_the_same_text_again_is_a_duplicate_and_changes_nothing(sessions, session, variant):
    first = ingest(sessions, article())
    before = row_counts(session)

    again = ingest(sessions, article(body=variant))

    assert again == IngestOutcome(
        "duplicate", first.article_id, first.title, f"already stored as article {first.article_id}"
    )
    assert row_counts(session) == before


@pytest.mark.parametrize(
    ("first", "again"),
    [
        pytest.param({}, {"source": None}, id="second-names-no-outlet"),
        pytest.param({"source": None}, {"source": "another.vn"}, id="first-named-no-outlet"),
        pytest.param({"source": "TTXVN"}, {"source": "ttxvn"}, id="same-source-any-case"),
        pytest.param(
            {"url": "https://baoquocte.vn/a.html"},
            {"url": "https://www.baoquocte.vn/a-copy.html", "source": "TTXVN"},
            id="same-site-another-address",
        ),
        pytest.param(
            {"url": "https://baoquocte.vn/a.html"}, {"source": "baoquocte.vn"}, id="file-of-a-page"
        ),
    ],
)
def test_the_same_text_from_the_same_or_an_unnamed_outlet_is_a_duplicate(
    sessions, session, first, again
):
    stored = ingest(sessions, article(**first))
    before = row_counts(session)

    outcome = ingest(sessions, article(**again))

    assert (outcome.status, outcome.article_id) == ("duplicate", stored.article_id)
    assert row_counts(session) == before


@pytest.mark.parametrize(
    ("first", "again"),
    [
        pytest.param({"source": "baoquocte.vn"}, {"source": "nhandan.vn"}, id="named-sources"),
        pytest.param(
            {"url": "https://baoquocte.vn/a.html", "source": "TTXVN"},
            {"url": "https://nhandan.vn/b.html", "source": "TTXVN"},
            id="agency-copy-on-two-sites",
        ),
    ],
)
def test_the_same_text_from_another_outlet_is_a_further_source_without_new_facts(
    sessions, session, first, again
):
    stored = ingest(sessions, article(**first))
    facts_before = facts(session)

    outcome = ingest(sessions, article(**again))

    assert outcome.status == "same_story"
    assert outcome.reason == f"same story as article {stored.article_id} ({first['source']})"
    copy = session.get(Article, outcome.article_id)
    assert copy.same_story_as_id == stored.article_id
    assert (copy.url, copy.source) == (again.get("url"), again["source"])
    assert row_counts(session)["articles"] == 2
    assert facts(session) == facts_before


def test_every_outlet_of_a_syndicated_text_points_to_the_first_report(sessions, session):
    first = ingest(sessions, article(url="https://baoquocte.vn/a.html"))
    second = ingest(sessions, article(url="https://nhandan.vn/b.html"))

    third = ingest(sessions, article(url="https://vietnamplus.vn/c.html"))
    again = ingest(sessions, article(url="https://vietnamplus.vn/c-amp.html"))

    assert second.status == third.status == "same_story"
    assert session.get(Article, third.article_id).same_story_as_id == first.article_id
    assert (again.status, again.article_id) == ("duplicate", third.article_id)


def test_the_same_url_again_is_a_duplicate_even_when_the_page_changed(sessions, session):
    url = "https://baoquocte.vn/viet-nam-quang-dong.html"
    first = ingest(sessions, article(url=url))
    before = row_counts(session)

    again = ingest(sessions, article(url=url, body=BODY + "\nẢnh minh họa đã được thay."))

    assert (again.status, again.article_id) == ("duplicate", first.article_id)
    assert row_counts(session) == before


def test_an_article_without_chinese_province_or_trade_figure_is_rejected(sessions, session):
    before = row_counts(session)

    outcome = ingest(sessions, article(provinces=(), trade_figures=()))

    assert outcome == IngestOutcome("rejected", None, article().title, IRRELEVANT)
    assert row_counts(session) == before


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Quảng Đông", "guangdong"),
        ("Quảng Tây", "guangxi"),
        ("Vân Nam", "yunnan"),
        ("Trung Quốc", "china"),
    ],
)
def test_trade_figures_are_filed_under_the_gazetteer_province(sessions, session, written, key):
    figure = dataclasses.replace(FIGURE_2024, province=written)

    outcome = ingest(sessions, article(provinces=(), trade_figures=(figure,)))

    stored = session.scalars(select(TradeFigure)).one()
    assert stored.province.key == key
    assert stored.article_id == outcome.article_id
    assert key in {p.key for p in session.get(Article, outcome.article_id).provinces}


def test_a_national_total_alone_makes_the_article_relevant_and_is_filed_under_china(
    sessions, session
):
    national = dataclasses.replace(
        FIGURE_2024, province="Trung Quốc", value_usd=200_000_000_000, growth_pct=None
    )

    outcome = ingest(sessions, article(provinces=(), trade_figures=(national,), officials=()))

    assert outcome.status == "new"
    stored = session.scalars(select(TradeFigure)).one()
    assert (stored.province.key, stored.province.name_vi) == ("china", "Trung Quốc")


def test_titles_over_time_are_kept_as_roles_of_one_person(sessions, session):
    as_deputy = Official("Lê Hoài Trung", "Thứ trưởng Bộ Ngoại giao", "VN")
    as_minister = Official("Lê Hoài Trung", "Bộ trưởng Ngoại giao", "VN")
    ingest(
        sessions,
        article(
            body="Ngày 19/7, tại Hà Nội, hội nghị định kỳ về hợp tác với Quảng Đông đã diễn ra.",
            event_date=date(2017, 7, 19),
            officials=(as_deputy,),
            trade_figures=(),
            meetings=(),
            agreements=(),
        ),
    )
    ingest(
        sessions,
        article(
            body="Bộ trưởng Ngoại giao hội đàm với Chủ tịch Khu tự trị Quảng Tây.",
            event_date=None,
            published=datetime(2025, 10, 2, 9, 30, tzinfo=HANOI),
            provinces=("Quảng Tây",),
            officials=(as_minister,),
            trade_figures=(),
            meetings=(),
            agreements=(),
        ),
    )

    person = session.scalars(select(Person).where(Person.folded == "le hoai trung")).one()
    history = session.execute(
        select(Role.seen_on, Role.title).where(Role.person_id == person.id).order_by(Role.seen_on)
    ).all()
    assert history == [
        (date(2017, 7, 19), "Thứ trưởng Bộ Ngoại giao"),
        (date(2025, 10, 2), "Bộ trưởng Ngoại giao"),  # no event date: the publication date
    ]


def test_names_are_stored_in_nfc_with_a_folded_key_whatever_the_input_form(sessions, session):
    nfd_name = unicodedata.normalize("NFD", "Trương Quốc Trí")
    ingest(sessions, article(officials=(dataclasses.replace(TRI, name=nfd_name),)))
    ingest(
        sessions,
        article(
            body="Một cuộc gặp khác vào tháng sau, tại Quảng Châu.",
            event_date=date(2025, 11, 30),
            meetings=(),
        ),
    )

    people = session.scalars(select(Person).where(Person.side == "CN")).all()
    assert [(p.name, p.folded) for p in people] == [("Trương Quốc Trí", "truong quoc tri")]
    assert len(people[0].roles) == 2


def test_publication_time_is_stored_as_the_same_instant_in_utc(sessions, session):
    published = datetime(2021, 8, 3, 17, 1, tzinfo=HANOI)

    outcome = ingest(sessions, article(published=published))

    stored = session.get(Article, outcome.article_id).published
    assert stored.replace(tzinfo=stored.tzinfo or UTC) == published
    assert stored.replace(tzinfo=None) == datetime(2021, 8, 3, 10, 1)


def test_a_participant_the_article_does_not_name_as_official_is_not_invented(sessions, session):
    meeting = dataclasses.replace(
        article().meetings[0], participants=("Nguyễn Minh Vũ", "Người Chưa Biết")
    )

    ingest(sessions, article(meetings=(meeting,)))

    stored = session.scalars(select(Meeting)).one()
    assert [p.name for p in stored.participants] == ["Nguyễn Minh Vũ"]
    assert session.scalar(select(func.count(Person.id))) == 2


def test_a_participant_named_without_a_title_is_the_one_stored_person_of_that_name(
    sessions, session
):
    ingest(sessions, article())  # Nguyễn Minh Vũ (VN) and Trương Quốc Trí (CN) stored
    namesakes = (Official("Lý Minh", "Phó Chủ tịch", "VN"), Official("Lý Minh", "Phó Bí thư", "CN"))
    ingest(
        sessions,
        article(
            body="Hai quan chức cùng tên dự một hội thảo ở Nam Ninh.",
            event_date=date(2025, 3, 2),
            provinces=("Quảng Tây",),
            officials=namesakes,
            trade_figures=(),
            meetings=(),
        ),
    )
    later = dataclasses.replace(
        article().meetings[0],
        date=date(2025, 12, 1),
        participants=("Trương Quốc Trí", "Nguyen Minh Vu", "Lý Minh", "Người Chưa Biết"),
    )

    outcome = ingest(
        sessions,
        article(
            body="Tháng 12, hai bên lại gặp nhau tại Quảng Châu.",
            event_date=date(2025, 12, 1),
            officials=(),
            trade_figures=(),
            agreements=(),
            meetings=(later,),
        ),
    )

    stored = session.scalars(select(Meeting).where(Meeting.article_id == outcome.article_id)).one()
    # Lý Minh could be either namesake, and nobody of the last name is stored: both left out.
    assert sorted(p.name for p in stored.participants) == ["Nguyễn Minh Vũ", "Trương Quốc Trí"]


def test_an_article_that_fails_half_way_leaves_nothing_behind(sessions, session, monkeypatch):
    ingest(sessions, article())
    before = row_counts(session)

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr(db.facts, "_add_meetings", broken)  # after the other facts
    other = article(
        body="Một bài khác, về Vân Nam, với một quan chức mới.",
        event_date=date(2024, 1, 5),
        provinces=("Vân Nam",),
        officials=(Official("Lý Thử", "Bí thư Tỉnh ủy Vân Nam", "CN", "Vân Nam"),),
        trade_figures=(),
    )
    with pytest.raises(RuntimeError):
        ingest(sessions, other)

    assert row_counts(session) == before
    monkeypatch.undo()
    assert ingest(sessions, other).status == "new"
