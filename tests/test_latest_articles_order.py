"""The newest articles of a province: dated ones newest first, undated ones after them, under
both plans (a province with few articles, and a busy one)."""

from __future__ import annotations

from datetime import UTC, datetime

import factories as make
import pytest

from db.queries.articles import latest_articles


@pytest.mark.parametrize("busy", [False, True], ids=["sparse", "busy"])
@pytest.mark.parametrize(
    ("dated", "undated", "limit", "expected"),
    [
        (3, 2, 4, ["d1", "d2", "d3", "u2"]),
        (3, 2, 8, ["d1", "d2", "d3", "u2", "u1"]),
        (0, 3, 2, ["u3", "u2"]),
        (4, 0, 3, ["d1", "d2", "d3"]),
    ],
)
def test_undated_articles_follow_every_dated_one(
    session, monkeypatch, busy, dated, undated, limit, expected
):
    if busy:
        monkeypatch.setattr("db.queries.articles.SPARSE_ARTICLES", 0)
    # d1 is the newest (published on the 9th, d2 on the 8th …), yet stored first; the undated
    # ones are stored in between, and the last stored of them comes first.
    for n in range(1, max(dated, undated) + 1):
        if n <= undated:
            make.article(session, title=f"u{n}")
        if n <= dated:
            make.article(session, title=f"d{n}", published=datetime(2025, 1, 10 - n, tzinfo=UTC))
    make.article(session, title="elsewhere", provinces=["yunnan"])
    session.commit()
    province = make.province(session, "guangdong")
    found = latest_articles(
        session=session, province_id=province.id, limit=limit, article_count=dated + undated
    )
    assert [a.title for a in found] == expected
