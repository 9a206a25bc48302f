"""One story from several outlets: every source kept, every fact stored once."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from rapidfuzz import fuzz
from samples import HANOI
from sqlalchemy import func, select
from stored import BODY, FIGURE_2024, NOW, TRI, VU, article, ingest

from db.ingest import ingest_document
from db.models import Agreement as AgreementRow
from db.models import Article, Meeting, Role, TradeFigure
from db.sample import sample_files
from db.stories import COPY_SIMILARITY, folded_body
from extract.types import Agreement, Official, ParsedArticle
from extract.types import Meeting as FoundMeeting

HOA = Official("Lê Thị Hoa", "Bộ trưởng Bộ Công Thương", "VN")

SYNDICATED_BODY = (
    "(Theo Báo Thế giới và Việt Nam)\n" + BODY + "\nTin và ảnh do phóng viên thường trú gửi về."
)
REWRITE_BODY = (
    "Chiều 28/10, trụ sở Bộ Ngoại giao là nơi diễn ra phiên họp điều phối giữa phía Việt Nam "
    "và chính quyền tỉnh Quảng Đông.\n"
    "Ông Nguyễn Minh Vũ cho rằng quan hệ giữa các bộ, ngành trong nước với tỉnh bạn đang "
    "phát triển tốt đẹp.\n"
    "Về phía bạn, ông Trương Quốc Trí mong hai bên mở rộng đầu tư vào hạ tầng và công nghệ."
)
FIGURE_2023 = dataclasses.replace(
    FIGURE_2024,
    year=2023,
    value_usd=48_240_000_000,
    growth_pct=None,
    quote="Năm 2023, trao đổi hàng hóa hai bên ghi nhận 48,24 tỷ USD.",
)


def story_counts(session) -> tuple[int, int, int, int]:
    """Articles, trade figures, roles and meetings stored."""
    return tuple(
        session.scalar(select(func.count()).select_from(model))
        for model in (Article, TradeFigure, Role, Meeting)
    )


def test_a_syndicated_copy_is_kept_as_a_source_and_its_facts_are_not_counted_twice(
    sessions, session
):
    first = ingest(sessions, article(url="https://baoquocte.vn/a.html"))

    copy = ingest(
        sessions,
        article(body=SYNDICATED_BODY, source="tinmoi-247.com", url="https://tinmoi-247.com/b"),
    )

    assert copy.status == "same_story"
    assert copy.reason == f"same story as article {first.article_id} (baoquocte.vn)"
    stored = session.get(Article, copy.article_id)
    assert stored.same_story_as_id == first.article_id
    assert (stored.source, stored.url) == ("tinmoi-247.com", "https://tinmoi-247.com/b")
    assert story_counts(session) == (2, 1, 2, 1)
    assert not stored.trade_figures and not stored.roles and not stored.meetings


def test_a_rewrite_of_the_same_meeting_is_the_same_story(sessions, session):
    assert fuzz.ratio(folded_body(BODY), folded_body(REWRITE_BODY)) < COPY_SIMILARITY
    first = ingest(sessions, article())

    rewrite = ingest(
        sessions,
        article(
            title="Quảng Đông và các bộ, ngành Việt Nam họp điều phối",
            body=REWRITE_BODY,
            source="dangcongsan.vn",
            trade_figures=(),
        ),
    )

    assert (rewrite.status, session.get(Article, rewrite.article_id).same_story_as_id) == (
        "same_story",
        first.article_id,
    )
    assert story_counts(session) == (2, 1, 2, 1)


def test_a_rewrite_that_adds_a_figure_keeps_only_the_new_fact_on_its_own_article(sessions, session):
    first = ingest(sessions, article())

    rewrite = ingest(
        sessions,
        article(
            body=REWRITE_BODY + "\n" + FIGURE_2023.quote,
            source="dangcongsan.vn",
            trade_figures=(FIGURE_2024, FIGURE_2023),
        ),
    )

    assert rewrite.status == "same_story"
    assert rewrite.reason.endswith("; 1 new fact added")
    figures = session.execute(
        select(TradeFigure.year, TradeFigure.article_id).order_by(TradeFigure.year)
    ).all()
    assert figures == [(2023, rewrite.article_id), (2024, first.article_id)]


def test_another_outlets_value_for_a_known_figure_is_stored_on_its_own_article(sessions, session):
    first = ingest(sessions, article())
    other_value = dataclasses.replace(
        FIGURE_2024,
        value_usd=58_100_000_000,
        growth_pct=17.9,
        quote="Kim ngạch hai chiều năm 2024 đạt 58,1 tỷ USD, tăng 17,9%.",
    )

    rewrite = ingest(
        sessions,
        _rewrite(trade_figures=(other_value,)),
    )

    assert rewrite.status == "same_story"
    figures = session.execute(
        select(TradeFigure.value_usd, TradeFigure.article_id).order_by(TradeFigure.value_usd)
    ).all()
    assert figures == [(56_200_000_000, first.article_id), (58_100_000_000, rewrite.article_id)]


@pytest.mark.parametrize("value_usd", [56_000_000_000, 56_230_000_000, 56_200_000_000])
def test_a_known_figure_rounded_otherwise_is_not_stored_again(sessions, session, value_usd):
    ingest(sessions, article())

    ingest(
        sessions,
        _rewrite(
            trade_figures=(dataclasses.replace(FIGURE_2024, value_usd=value_usd),),
        ),
    )

    assert session.scalar(select(func.count(TradeFigure.id))) == 1


def _rewrite(**facts: object) -> ParsedArticle:
    """Another outlet's own telling of the stored story, with the facts given."""
    return article(body=REWRITE_BODY, source="dangcongsan.vn", **facts)


def _conference_with(*names: str) -> FoundMeeting:
    return dataclasses.replace(article().meetings[0], participants=names)


def test_another_ministers_meeting_of_a_known_kind_and_day_is_stored(sessions, session):
    ingest(sessions, article())

    rewrite = ingest(
        sessions,
        _rewrite(
            officials=(VU, TRI, HOA),
            meetings=(_conference_with("Lê Thị Hoa", "Trương Quốc Trí"),),
        ),
    )

    assert rewrite.status == "same_story"
    [meeting] = session.scalars(select(Meeting).where(Meeting.article_id == rewrite.article_id))
    assert {p.name for p in meeting.participants} == {"Lê Thị Hoa", "Trương Quốc Trí"}


@pytest.mark.parametrize(
    "participants",
    [("Nguyễn Minh Vũ", "Lê Thị Hoa"), ("Trương Quốc Trí",), ()],
    ids=["a-vietnamese-participant-in-common", "no-vietnamese-participant", "no-participant"],
)
def test_a_known_meeting_retold_is_not_stored_again(sessions, session, participants):
    ingest(sessions, article())

    ingest(
        sessions,
        _rewrite(
            officials=(VU, TRI, HOA),
            meetings=(_conference_with(*participants),),
        ),
    )

    assert session.scalar(select(func.count(Meeting.id))) == 1


def test_a_rewrite_naming_the_same_document_differently_does_not_store_it_again(sessions, session):
    plan = Agreement("Kế hoạch hành động giữa hai bên giai đoạn 2021 – 2023", "action plan", False)
    ingest(sessions, article(agreements=(plan,)))

    rewrite = ingest(
        sessions,
        article(
            body=REWRITE_BODY,
            agreements=(
                dataclasses.replace(plan, name="Kế hoạch hành động giai đoạn 2021 - 2023"),
            ),
        ),
    )

    assert rewrite.status == "same_story"
    assert session.scalar(select(func.count(AgreementRow.id))) == 1


def test_a_third_outlet_points_to_the_first_article_of_the_story(sessions, session):
    first = ingest(sessions, article())
    ingest(sessions, article(body=SYNDICATED_BODY, source="tinmoi-247.com"))

    third = ingest(sessions, _rewrite())

    assert session.get(Article, third.article_id).same_story_as_id == first.article_id
    assert third.reason.startswith(f"same story as article {first.article_id} ")


def test_an_undated_rewrite_sharing_an_official_and_a_figure_is_the_same_story(sessions, session):
    first = ingest(sessions, article(event_date=None, meetings=()))

    rewrite = ingest(
        sessions,
        article(body=REWRITE_BODY, event_date=None, officials=(TRI,), meetings=()),
    )

    assert (rewrite.status, session.get(Article, rewrite.article_id).same_story_as_id) == (
        "same_story",
        first.article_id,
    )


def test_the_same_officials_at_a_later_event_are_a_new_story_even_in_the_same_words(
    sessions, session
):
    ingest(sessions, article())

    next_year = ingest(
        sessions,
        article(
            body=BODY.replace("tăng 16,6%", "tăng mạnh so với năm trước"),
            event_date=date(2026, 10, 28),
        ),
    )

    assert next_year.status == "new"
    assert story_counts(session) == (2, 2, 4, 2)


def test_another_meeting_on_the_same_day_about_the_same_province_is_a_new_story(sessions, session):
    ingest(sessions, article())

    other = ingest(
        sessions,
        article(
            body=(
                "Cùng ngày, tại Quảng Châu, một đoàn doanh nghiệp Việt Nam đã làm việc với "
                "Sở Thương mại tỉnh Quảng Đông về logistics và kho lạnh."
            ),
            published=datetime(2025, 10, 28, 20, 0, tzinfo=HANOI),
            officials=(Official("Trần Văn Thử", "Giám đốc Sở Thương mại", "CN", "Quảng Đông"),),
            trade_figures=(),
            meetings=(),
            agreements=(),
        ),
    )

    assert other.status == "new"
    assert session.get(Article, other.article_id).same_story_as_id is None


def test_an_article_about_another_province_is_never_compared(sessions, session):
    ingest(sessions, article())

    guangxi = ingest(
        sessions,
        article(
            body=SYNDICATED_BODY.replace("Quảng Đông", "Quảng Tây"),
            provinces=("Quảng Tây",),
            officials=(VU,),
            trade_figures=(dataclasses.replace(FIGURE_2024, province="Quảng Tây"),),
        ),
    )

    assert guangxi.status == "new"


def test_each_sample_is_recognised_as_a_rewrite_of_its_real_article(
    corpus_dir, gold, sessions, session
):
    """The samples retell the real articles in other words: real outlets' rewrites look so."""
    real = {}
    for entry in gold:
        with sessions.begin() as s:
            data = (corpus_dir / entry["file"]).read_bytes()
            real[entry["file"][:3]] = ingest_document(data, session=s, now=NOW).article_id

    retold = []
    for sample in sample_files():
        with sessions.begin() as s:
            outcome = ingest_document(sample.read_bytes(), session=s, now=NOW)
        assert outcome.status == "same_story", (sample.name, outcome)
        assert session.get(Article, outcome.article_id).same_story_as_id == real[sample.name[:3]]
        retold.append(outcome.article_id)

    # Each sample names the same officials and figures as its real article: nothing is new.
    assert not session.scalars(select(Role).where(Role.article_id.in_(retold))).all()
    assert not session.scalars(select(TradeFigure).where(TradeFigure.article_id.in_(retold))).all()
