"""/subscribe, /unsubscribe, /subscriptions, /digest and /timezone, answered for one chat."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import factories as make
import pytest
from sqlalchemy import select

from db.chats import ChatIdentity
from db.digests import subscription_of, utc
from db.models import Chat, Delivery, Subscription
from handlers.subscriptions import (
    ChatContext,
    answer_digest,
    answer_subscribe,
    answer_subscriptions,
    answer_unsubscribe,
)
from handlers.timezone import answer_timezone

# Wednesday 19 November 2025, 17:00 in Hanoi.
NOW = datetime(2025, 11, 19, 10, 0, tzinfo=UTC)
PRIVATE = ChatIdentity(id=7001, type="private")
GROUP = ChatIdentity(id=-4001, type="group", title="Thương mại biên giới")


def in_chat(
    identity: ChatIdentity = PRIVATE,
    *,
    locale: str = "vi",
    may_manage: bool = True,
    now: datetime = NOW,
) -> ChatContext:
    return ChatContext(
        identity=identity,
        locale=locale,
        may_manage=may_manage,
        now=now,
        default_timezone="Asia/Ho_Chi_Minh",
    )


def ask(sessions, answer, argument: str = "", chat: ChatContext | None = None) -> str:
    """The reply's text, the answer's transaction committed as the bot would."""
    with sessions.begin() as session:
        return answer(session, argument, chat or in_chat()).plain()


def stored(sessions, chat_id: int = PRIVATE.id) -> Subscription | None:
    with sessions() as session:
        subscription = subscription_of(session=session, chat_id=chat_id)
        if subscription is not None:
            session.expunge(subscription)
        return subscription


def province_keys(subscription: Subscription) -> list[str]:
    return sorted(p.key for p in subscription.provinces)


def test_subscribe_with_the_defaults(sessions):
    text = ask(sessions, answer_subscribe, "Quảng Đông")
    assert "Đã cài đặt bản tin cho cuộc trò chuyện này." in text
    assert "Các tỉnh: Quảng Đông" in text
    assert "Gửi lúc 08:00 Thứ Hai hằng tuần (Asia/Ho_Chi_Minh)." in text
    assert "Bản tin tiếp theo: Thứ Hai 24/11/2025 08:00." in text
    subscription = stored(sessions)
    assert subscription is not None
    assert (subscription.frequency, subscription.weekday, subscription.time_of_day) == (
        "weekly",
        0,
        "08:00",
    )
    assert utc(subscription.next_due_at) == datetime(2025, 11, 24, 1, 0, tzinfo=UTC)
    assert utc(subscription.covered_until) == NOW - timedelta(days=7), "the first covers a week"
    assert not subscription.skip_empty


def test_several_provinces_daily_at_a_time_and_quiet(sessions):
    text = ask(sessions, answer_subscribe, "Quảng Tây, Vân Nam hằng ngày 7h30 im lặng")
    assert "Gửi lúc 07:30 hằng ngày (Asia/Ho_Chi_Minh)." in text
    assert "Kỳ không có tin mới sẽ được bỏ qua." in text
    subscription = stored(sessions)
    assert province_keys(subscription) == ["guangxi", "yunnan"]
    assert (subscription.frequency, subscription.time_of_day, subscription.skip_empty) == (
        "daily",
        "07:30",
        True,
    )
    assert utc(subscription.next_due_at) == datetime(2025, 11, 20, 0, 30, tzinfo=UTC)


def test_provinces_one_after_the_other_without_commas(sessions):
    ask(sessions, answer_subscribe, "quang dong quang tay guangxi")
    assert province_keys(stored(sessions)) == ["guangdong", "guangxi"]


@pytest.mark.parametrize(
    ("words", "weekday"),
    [
        ("thứ hai", 0),
        ("T2", 0),
        ("monday", 0),
        ("Mon", 0),
        ("thứ 3", 1),
        ("Thứ Tư", 2),
        ("thu nam", 3),
        ("thứ 6", 4),
        ("friday", 4),
        ("thứ bảy", 5),
        ("chủ nhật", 6),
        ("CN", 6),
        ("sunday", 6),
    ],
)
def test_weekdays_in_vietnamese_and_english(sessions, words, weekday):
    ask(sessions, answer_subscribe, f"Quảng Đông {words} 09:15")
    subscription = stored(sessions)
    assert (subscription.frequency, subscription.weekday, subscription.time_of_day) == (
        "weekly",
        weekday,
        "09:15",
    )


def test_subscribing_again_adds_provinces_and_schedule_words_alone_change_the_schedule(sessions):
    ask(sessions, answer_subscribe, "Quảng Đông thứ 6 17:00")
    ask(sessions, answer_subscribe, "Vân Nam")
    subscription = stored(sessions)
    assert province_keys(subscription) == ["guangdong", "yunnan"]
    assert (subscription.weekday, subscription.time_of_day) == (4, "17:00")
    ask(sessions, answer_subscribe, "daily")
    subscription = stored(sessions)
    assert province_keys(subscription) == ["guangdong", "yunnan"]
    assert (subscription.frequency, subscription.time_of_day) == ("daily", "17:00")


def test_all_provinces(sessions):
    text = ask(sessions, answer_subscribe, "tất cả")
    assert "Các tỉnh: tất cả các tỉnh" in text
    assert stored(sessions).all_provinces


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Quảng Ninh", "Quảng Ninh là một tỉnh của Việt Nam"),
        ("quang", "“quang” có thể là nhiều tỉnh: "),
        ("Atlantis", "Không có tỉnh nào của Trung Quốc khớp với “Atlantis”."),
    ],
)
def test_a_name_that_is_not_one_chinese_province_changes_nothing(sessions, words, expected):
    text = ask(sessions, answer_subscribe, f"Quảng Đông, {words}")
    assert expected in text
    assert "Chưa có gì thay đổi." in text
    assert stored(sessions) is None


def test_a_name_both_countries_use_is_the_chinese_province_and_the_reply_says_so(sessions):
    text = ask(sessions, answer_subscribe, "Hà Nam")
    assert "Hà Nam is also" not in text
    assert "(Henan)" in text
    assert province_keys(stored(sessions)) == ["henan"]


def test_subscribe_without_provinces_explains_with_examples(sessions):
    text = ask(sessions, answer_subscribe, "")
    assert "Bản tin nên theo dõi những tỉnh nào?" in text
    assert "/subscribe Quảng Tây, Vân Nam daily 07:30" in text
    assert stored(sessions) is None


def test_in_a_group_only_administrators_change_the_digest_and_anyone_reads_it(sessions):
    member = in_chat(GROUP, may_manage=False)
    for answer, argument in [
        (answer_subscribe, "Quảng Đông"),
        (answer_unsubscribe, "all"),
        (answer_timezone, "Asia/Bangkok"),
    ]:
        text = ask(sessions, answer, argument, member)
        assert "chỉ quản trị viên của nhóm mới thay đổi được bản tin" in text
    assert stored(sessions, GROUP.id) is None
    ask(sessions, answer_subscribe, "Quảng Đông", in_chat(GROUP))
    text = ask(sessions, answer_subscriptions, "", member)
    assert "Các tỉnh: Quảng Đông" in text
    assert "Bản tin tiếp theo: Thứ Hai 24/11/2025 08:00." in text


def test_unsubscribe_one_province_then_all(sessions):
    ask(sessions, answer_subscribe, "Quảng Đông, Quảng Tây")
    text = ask(sessions, answer_unsubscribe, "Quảng Tây")
    assert "Các tỉnh: Quảng Đông" in text
    text = ask(sessions, answer_unsubscribe, "Vân Nam")
    assert "Bản tin không theo dõi Vân Nam; chưa có gì thay đổi." in text
    text = ask(sessions, answer_unsubscribe, "all")
    assert "sẽ không nhận bản tin nữa" in text
    assert not stored(sessions).active
    assert "chưa đăng ký bản tin" in ask(sessions, answer_subscriptions)


def test_removing_the_last_province_stops_the_digest(sessions):
    ask(sessions, answer_subscribe, "Quảng Đông")
    assert "sẽ không nhận bản tin nữa" in ask(sessions, answer_unsubscribe, "Quảng Đông")
    assert not stored(sessions).active


def test_a_digest_restarted_later_does_not_send_news_twice_nor_reach_back_months(sessions):
    ask(sessions, answer_subscribe, "Quảng Đông")
    with sessions.begin() as session:
        subscription = session.scalar(select(Subscription))
        subscription.covered_until = NOW + timedelta(days=3)
    ask(sessions, answer_unsubscribe, "")
    ask(sessions, answer_subscribe, "Quảng Đông", in_chat(now=NOW + timedelta(days=5)))
    assert utc(stored(sessions).covered_until) == NOW + timedelta(days=3)
    ask(sessions, answer_unsubscribe, "")
    ask(sessions, answer_subscribe, "Quảng Đông", in_chat(now=NOW + timedelta(days=90)))
    assert utc(stored(sessions).covered_until) == NOW + timedelta(days=83)


def test_a_new_weekday_in_a_week_whose_digest_went_out_starts_next_week(sessions):
    ask(sessions, answer_subscribe, "Quảng Đông")
    with sessions.begin() as session:
        subscription = session.scalar(select(Subscription))
        session.add(
            Delivery(
                subscription_id=subscription.id,
                period_key="2025-W47",
                due_at=datetime(2025, 11, 17, 1, 0, tzinfo=UTC),
                status="sent",
                attempts=1,
            )
        )
    text = ask(sessions, answer_subscribe, "thứ 6")
    assert "Bản tin tiếp theo: Thứ Sáu 28/11/2025 08:00." in text


def test_the_timezone_is_shown_changed_and_moves_the_next_digest(sessions):
    ask(sessions, answer_subscribe, "Quảng Đông")
    text = ask(sessions, answer_timezone)
    assert "Múi giờ của cuộc trò chuyện này là Asia/Ho_Chi_Minh" in text
    assert "Thứ Tư 19/11/2025 17:00" in text
    text = ask(sessions, answer_timezone, "Europe/Berlin")
    assert "nay là Europe/Berlin" in text
    assert "Bản tin tiếp theo: Thứ Hai 24/11/2025 08:00." in text
    assert utc(stored(sessions).next_due_at) == datetime(2025, 11, 24, 7, 0, tzinfo=UTC)
    with sessions() as session:
        assert session.get_one(Chat, PRIVATE.id).timezone == "Europe/Berlin"


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("bangkok", "Asia/Bangkok"),
        ("saigon", "Asia/Ho_Chi_Minh"),
        ("Hà Nội", "Asia/Ho_Chi_Minh"),
        ("america/new_york", "America/New_York"),
        ("UTC+7", "Etc/GMT-7"),
        ("bangkk", "Asia/Bangkok"),
    ],
)
def test_time_zones_by_iana_name_city_or_offset(sessions, typed, zone):
    ask(sessions, answer_timezone, typed)
    with sessions() as session:
        assert session.get_one(Chat, PRIVATE.id).timezone == zone


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("tokio", "Có phải bạn muốn: /timezone Asia/Tokyo?"),
        ("Mars/Olympus", "Tôi không biết múi giờ “Mars/Olympus”."),
    ],
)
def test_an_unknown_time_zone_gets_a_clear_error_with_examples(sessions, typed, expected):
    text = ask(sessions, answer_timezone, typed)
    assert expected in text
    assert "ví dụ: Asia/Ho_Chi_Minh, Asia/Bangkok" in text
    with sessions() as session:
        assert session.get_one(Chat, PRIVATE.id).timezone == "Asia/Ho_Chi_Minh"


def test_digest_previews_without_counting_it_as_sent(sessions):
    ask(sessions, answer_subscribe, "Quảng Đông")
    with sessions.begin() as session:
        make.article(session, title="Tin mới về cửa khẩu", ingested_at=NOW + timedelta(hours=1))
    later = in_chat(now=NOW + timedelta(days=1))
    before = stored(sessions)
    text = ask(sessions, answer_digest, "", later)
    assert text.startswith("Xem trước: bản tin gửi lúc Thứ Hai 24/11/2025 08:00")
    assert "Tin mới về cửa khẩu" in text
    after = stored(sessions)
    assert utc(after.covered_until) == utc(before.covered_until)
    assert utc(after.next_due_at) == utc(before.next_due_at)
    with sessions() as session:
        assert session.scalars(select(Delivery)).all() == []
    assert "Tin mới về cửa khẩu" in ask(sessions, answer_digest, "", later), "still there"


def test_answers_in_english(sessions):
    text = ask(sessions, answer_subscribe, "Guangxi friday 17:00", in_chat(locale="en"))
    assert "Provinces: Guangxi" in text
    assert "Sent every Friday at 17:00 (Asia/Ho_Chi_Minh)." in text
    assert "Next digest: Friday, Nov 21, 2025 17:00." in text


def test_a_private_digest_speaks_the_language_its_subscriber_was_answered_in(sessions):
    ask(sessions, answer_subscribe, "Guangxi", in_chat(locale="en"))
    ask(sessions, answer_subscribe, "Guangxi", in_chat(GROUP, locale="en"))
    with sessions() as session:
        assert session.get_one(Chat, PRIVATE.id).locale == "en"
        assert session.get_one(Chat, GROUP.id).locale is None, "a group keeps its /lang"
