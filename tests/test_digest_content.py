"""A digest tells what is new since the chat's last one, about its provinces, in one message."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import factories as make
import pytest
from telegram_html import TELEGRAM_LIMIT, telegram_html_problems

from db.digests import Plan, save_subscription
from db.models import Agreement, Chat, Subscription
from handlers.digest import PER_SECTION, compose_digest
from handlers.reply import Reply

HANOI_TZ = "Asia/Ho_Chi_Minh"
LAST_DIGEST = datetime(2025, 11, 17, 1, 0, tzinfo=UTC)  # Monday 08:00 in Hanoi
BEFORE = LAST_DIGEST - timedelta(days=3)
DURING = LAST_DIGEST + timedelta(days=2)
NOW = LAST_DIGEST + timedelta(days=7)
WEEKLY = Plan(frequency="weekly", weekday=0, time_of_day="08:00", skip_empty=False)


def subscribe(session, *keys: str, chat_id: int = 501, locale: str | None = None) -> Subscription:
    """A chat whose last digest covered news up to LAST_DIGEST, following `keys` (all if none)."""
    session.add(
        Chat(id=chat_id, type="private", locale=locale, timezone=HANOI_TZ, created_at=BEFORE)
    )
    session.flush()
    return save_subscription(
        session=session,
        chat_id=chat_id,
        plan=WEEKLY,
        all_provinces=not keys,
        provinces=[make.province(session, key) for key in keys],
        next_due_at=NOW,
        covered_until=LAST_DIGEST,
        now=BEFORE,
    )


def digest(session, subscription: Subscription, locale: str = "vi"):
    session.commit()
    return compose_digest(
        session=session, subscription=subscription, timezone=HANOI_TZ, until=NOW, locale=locale
    )


def text_of(composed) -> str:
    return Reply(html=composed.html).plain()


def test_new_articles_about_the_chats_provinces_with_date_outlet_and_link(session):
    subscription = subscribe(session, "guangdong")
    make.article(session, title="Tin cũ đã gửi", ingested_at=BEFORE)
    lead = make.article(
        session,
        title="Hội nghị <thương mại> & đầu tư",
        source="baoquocte.vn",
        url="https://baoquocte.example/a?x=1&y=2",
        published=datetime(2025, 11, 18, 2, 0, tzinfo=UTC),
        ingested_at=DURING,
    )
    make.article(
        session, title="Bản sao", source="vnexpress.net", same_story_as=lead, ingested_at=DURING
    )
    make.article(session, title="Tin Quảng Tây", provinces=["guangxi"], ingested_at=DURING)
    composed = digest(session, subscription)
    text = text_of(composed)
    assert text.startswith("Bản tin tuần — Quảng Đông\nTin mới kể từ 17/11/2025 08:00")
    assert "18/11/2025 — Hội nghị <thương mại> & đầu tư (Báo Thế giới và Việt Nam)" in text
    assert 'href="https://baoquocte.example/a?x=1&amp;y=2"' in composed.html
    assert "Tin cũ đã gửi" not in text, "sent in the last digest already"
    assert "Bản sao" not in text, "another outlet's copy is not another story"
    assert "Tin Quảng Tây" not in text
    assert not composed.empty
    assert composed.covered_until == NOW
    assert telegram_html_problems(composed.html) == []


def test_a_subscription_to_all_provinces_sees_every_province(session):
    subscription = subscribe(session)
    make.article(session, title="Tin Vân Nam", provinces=["yunnan"], ingested_at=DURING)
    make.article(session, title="Tin Quảng Tây", provinces=["guangxi"], ingested_at=DURING)
    text = text_of(digest(session, subscription))
    assert "tất cả các tỉnh" in text
    assert "Tin Vân Nam" in text and "Tin Quảng Tây" in text


def test_a_figure_shows_the_change_the_article_reported(session):
    subscription = subscribe(session, "guangdong")
    article = make.article(session, source="TTXVN", ingested_at=DURING)
    make.figure(session, article, year=2024, value_usd=56_200_000_000, growth_pct=16.6)
    text = text_of(digest(session, subscription))
    assert (
        "Quảng Đông, 2024 · kim ngạch thương mại hai chiều: 56,2 tỷ USD (+16,6% so với 2023)"
        in text
    )


def test_a_figure_without_a_reported_change_is_compared_with_the_year_before(session):
    subscription = subscribe(session, "guangxi")
    older = make.article(session, provinces=["guangxi"], ingested_at=BEFORE)
    make.figure(session, older, year=2023, value_usd=40_000_000_000, province_key="guangxi")
    article = make.article(session, provinces=["guangxi"], ingested_at=DURING)
    make.figure(session, article, year=2024, value_usd=42_000_000_000, province_key="guangxi")
    text = text_of(digest(session, subscription, "en"))
    assert "42 billion USD (+5% vs 2023, computed from the stored figures)" in text


def test_a_figure_already_known_with_that_value_is_no_news_but_a_revision_is(session):
    subscription = subscribe(session, "guangdong")
    first = make.article(session, ingested_at=BEFORE)
    make.figure(session, first, year=2023, value_usd=48_000_000_000)
    make.figure(session, first, year=2024, value_usd=55_000_000_000)
    again = make.article(session, ingested_at=DURING)
    make.figure(session, again, year=2023, value_usd=48_000_000_000)
    make.figure(session, again, year=2024, value_usd=56_200_000_000)
    text = text_of(digest(session, subscription))
    assert "2023 ·" not in text
    assert "2024 · kim ngạch thương mại hai chiều: 56,2 tỷ USD" in text
    assert "trước đây được đưa tin là 55 tỷ USD" in text


def test_officials_seen_for_the_first_time_or_with_a_new_title(session):
    subscription = subscribe(session, "guangdong")
    earlier = make.article(session, ingested_at=BEFORE, event_date=date(2025, 3, 1))
    promoted = make.person(session, "Trương Quốc Trí", "CN")
    same = make.person(session, "Hoàng Văn Bình", "CN")
    make.role(session, promoted, earlier, "Phó Tỉnh trưởng", province_key="guangdong")
    make.role(session, same, earlier, "Thị trưởng", province_key="guangdong")
    new = make.article(session, ingested_at=DURING, event_date=date(2025, 11, 18))
    make.role(session, promoted, new, "Tỉnh trưởng tỉnh Quảng Đông", province_key="guangdong")
    make.role(session, same, new, "Thị trưởng", province_key="guangdong")
    minister = make.person(session, "Lê Văn Hải", "VN")
    make.role(session, minister, new, "Bộ trưởng")
    text = text_of(digest(session, subscription))
    assert (
        "Trương Quốc Trí — Tỉnh trưởng tỉnh Quảng Đông (chức danh mới; trước đó: Phó Tỉnh trưởng)"
        in text
    )
    assert "Lê Văn Hải — Bộ trưởng (lần đầu xuất hiện)" in text
    assert "Hoàng Văn Bình" not in text, "the same title again is no news"


def test_meetings_and_documents(session):
    subscription = subscribe(session, "guangxi")
    article = make.article(
        session, provinces=["guangxi"], source="baochinhphu.vn", ingested_at=DURING
    )
    governor = make.person(session, "Lam Vũ", "CN")
    minister = make.person(session, "Lê Văn Hải", "VN")
    make.meeting(session, article, [governor, minister], kind="talks", on=date(2025, 11, 18))
    session.add(
        Agreement(
            article=article,
            name="Biên bản ghi nhớ về cửa khẩu",
            kind="mou",
            signed=True,
            date=date(2025, 11, 18),
        )
    )
    text = text_of(digest(session, subscription))
    assert "18/11/2025 — hội đàm: Lam Vũ, Lê Văn Hải — Báo Chính phủ" in text
    assert "Biên bản ghi nhớ về cửa khẩu (đã ký ngày 18/11/2025)" in text


def test_a_period_with_nothing_new_is_one_short_line(session):
    subscription = subscribe(session, "yunnan", "guangxi")
    make.article(session, title="Tin Quảng Đông", ingested_at=DURING)
    composed = digest(session, subscription)
    assert composed.empty
    assert text_of(composed) == "Không có tin mới về Vân Nam, Quảng Tây kể từ 17/11/2025 08:00."
    assert text_of(digest(session, subscription, "en")) == (
        "Nothing new about Yunnan, Guangxi since Nov 17, 2025 08:00."
    )


def test_nothing_new_anywhere_is_one_short_line_too(session):
    subscription = subscribe(session)
    assert text_of(digest(session, subscription)) == "Không có tin mới kể từ 17/11/2025 08:00."


def test_a_busy_week_stays_one_message_and_says_how_much_more_there_is(session):
    subscription = subscribe(session, "guangdong")
    long_title = "Tin rất dài về hợp tác thương mại, đầu tư và giao thông biên giới " * 3
    for n in range(PER_SECTION + 12):
        article = make.article(session, title=f"{long_title} số {n}", ingested_at=DURING)
        make.figure(session, article, year=2000 + n, value_usd=1_000_000_000 + n)
        make.role(session, make.person(session, f"Quan chức số {n}"), article, "Phó Tỉnh trưởng")
    composed = digest(session, subscription)
    assert len(Reply(html=composed.html).plain()) < TELEGRAM_LIMIT
    assert telegram_html_problems(composed.html) == []
    assert "… và 12 mục khác" in text_of(composed)


@pytest.mark.parametrize("locale", ["vi", "en"])
def test_the_digest_speaks_the_chats_language(session, locale):
    subscription = subscribe(session, "guangdong")
    make.article(session, ingested_at=DURING)
    heading = {"vi": "Bản tin tuần — Quảng Đông", "en": "Weekly digest — Guangdong"}[locale]
    assert text_of(digest(session, subscription, locale)).startswith(heading)
