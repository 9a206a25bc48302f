"""Recognising the same story told again (a syndicated copy or another outlet's rewrite).

The rule, applied to the few stored articles SQL narrows it to (those sharing a province and
dated within `WINDOW` of the new one, on its event day when both have one, or undated and
sharing an official or a trade figure):

- event dates that are both known and differ mean different stories, whatever the text;
- otherwise the text decides when it is nearly the same (`COPY_SIMILARITY`, rapidfuzz over the
  folded bodies; unrelated articles on the same province score around 45–55);
- otherwise the facts decide: a rewrite keeps the event, so two articles dated within the window
  that name at least two of the same officials, or that share an official and a trade figure
  (dated or not), tell the same story.

A story is its first article (the root) and every article pointing to it; its facts are the
union of theirs, so that ingestion stores only what the story does not already know: a trade
figure for a known province, year, period and kind with the same value (as outlets round it), a
role for a known person, a meeting of a known kind and date with a Vietnamese participant in
common (when both name one), a document whose name mostly matches a known one of the same kind.
Outlets covering one day at a fair give different figures and different ministers' audiences
with the same leader: those are facts of their own, kept on the article that gives them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal, TypeVarTuple

from rapidfuzz import fuzz
from sqlalchemy import Row, Select, and_, bindparam, exists, func, or_, select, union
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import BindParameter, ColumnElement

from db.models import (
    Agreement,
    Article,
    ArticleProvince,
    Meeting,
    MeetingParticipant,
    Person,
    Province,
    Role,
    TradeFigure,
)
from extract.fold import fold
from extract.gazetteer import load_gazetteer
from extract.trade_repeats import same_amount
from extract.types import Meeting as FoundMeeting
from extract.types import Official, ParsedArticle

WINDOW = timedelta(days=3)
COPY_SIMILARITY = 85.0
SAME_DOCUMENT = 85.0
MAX_CANDIDATES = 50
# Bodies are compared on their opening only: a copy differs from the first article from its
# first lines on, and this bounds the cost of one comparison.
_COMPARED_CHARS = 12_000

FigureKey = tuple[str, int, str, str]  # province key, year, period, kind
FigureValue = tuple[str, int, str, str, int | None]  # the key and the value in USD
PersonKey = tuple[str, str]  # folded name, side
MeetingKey = tuple[str, date | None, frozenset[str]]  # kind, date, Vietnamese participants
AgreementKey = tuple[str, str]  # kind, folded name


@dataclass(frozen=True)
class StoryFacts:
    """What a story already knows, as keys: a fact with a known key is not stored again."""

    figure_values: frozenset[FigureValue] = frozenset()
    people: frozenset[PersonKey] = frozenset()
    meetings: frozenset[MeetingKey] = frozenset()
    agreements: frozenset[AgreementKey] = frozenset()

    def knows_agreement(self, kind: str, name: str) -> bool:
        """Outlets name one document differently ('… giữa hai bên giai đoạn 2021 – 2023'):
        a document of the same kind whose words mostly match is the same document."""
        folded = fold(name)
        return any(
            kind == known_kind and fuzz.token_set_ratio(folded, known) >= SAME_DOCUMENT
            for known_kind, known in self.agreements
        )


@dataclass(frozen=True)
class StoryMatch:
    """The story a new article belongs to: its first article and what it already knows."""

    root_id: int
    root_source: str | None
    known: StoryFacts
    similarity: float


def knows_figure(known: Iterable[FigureValue], key: FigureKey, value_usd: int | None) -> bool:
    """Outlets give one figure at different precisions ('56 tỷ USD', '56,2 tỷ USD'); another
    value for the same trade and time is another source's figure, shown beside it."""
    return any(figure[:4] == key and same_amount(figure[4], value_usd) for figure in known)


def knows_meeting(
    known: Iterable[MeetingKey], kind: str, on: date | None, vietnamese: frozenset[str]
) -> bool:
    """The same kind of meeting on the same day is the same meeting unless both name their
    Vietnamese participants and none is in common: two ministers' own audiences with one
    Chinese leader that day are two meetings."""
    return any(
        (known_kind, known_on) == (kind, on)
        and (not vietnamese or not known_people or bool(vietnamese & known_people))
        for known_kind, known_on, known_people in known
    )


def province_key(name: str | None) -> str | None:
    """The gazetteer key of a Chinese division named in Vietnamese ('Trung Quốc' -> 'china')."""
    if not name:
        return None
    division = load_gazetteer().by_name(name)
    return division.key if division else None


# Articles stored one after the other are compared with mostly the same recent articles: each
# body is folded once while it stays among them.
@lru_cache(maxsize=256)
def folded_body(body: str) -> str:
    """The part of a body that similarity is computed on."""
    return fold(body)[:_COMPARED_CHARS]


def story_day(event_date: date | None, published: datetime | None) -> date | None:
    """The day a story happened: the event date, else the publication date."""
    if event_date is not None:
        return event_date
    return published.date() if published is not None else None


def parsed_facts(parsed: ParsedArticle) -> StoryFacts:
    """The keys of the facts a parsed article carries."""
    values = set()
    for figure in parsed.trade_figures:
        key = province_key(figure.province)
        if key is not None:
            values.add((key, figure.year, figure.period, figure.kind, figure.value_usd))
    return StoryFacts(
        figure_values=frozenset(values),
        people=frozenset((fold(o.name), o.side) for o in parsed.officials),
        meetings=frozenset(
            (m.kind, m.date, vietnamese_participants(m, parsed.officials)) for m in parsed.meetings
        ),
        agreements=frozenset((a.kind, fold(a.name)) for a in parsed.agreements),
    )


def vietnamese_participants(meeting: FoundMeeting, officials: Sequence[Official]) -> frozenset[str]:
    """The folded names of a meeting's participants the article gives as Vietnamese officials."""
    vietnamese = {fold(o.name) for o in officials if o.side == "VN"}
    return frozenset(name for name in map(fold, meeting.participants) if name in vietnamese)


def find_same_story(
    parsed: ParsedArticle, *, session: Session, province_ids: Sequence[int]
) -> StoryMatch | None:
    """The stored story `parsed` tells again, or None; `province_ids` are the new article's."""
    facts = parsed_facts(parsed)
    candidates = _candidates(parsed, facts, session=session, province_ids=province_ids)
    if not candidates:
        return None
    roots = {c.same_story_as_id or c.id for c in candidates}
    # Telling stories apart needs only the people and figures they share with the article;
    # the story the article joins is read whole below.
    known = _shared_facts(roots, facts, session=session)
    body = folded_body(parsed.body)
    day = story_day(parsed.event_date, parsed.published)
    best: tuple[float, int] | None = None
    for candidate in candidates:
        if _dates_contradict(parsed.event_date, candidate.event_date):
            continue
        root_id = candidate.same_story_as_id or candidate.id
        dated_alike = _within_window(day, story_day(candidate.event_date, candidate.published))
        told_by_facts = _facts_tell_same(dated_alike, facts, known[root_id])
        # Unless the facts already decide, only a near copy matters, and rapidfuzz gives up on
        # a pair as soon as it cannot reach COPY_SIMILARITY (returning 0).
        similarity = fuzz.ratio(
            body,
            folded_body(candidate.body),
            score_cutoff=None if told_by_facts else COPY_SIMILARITY,
        )
        if (told_by_facts or similarity >= COPY_SIMILARITY) and (
            best is None or similarity > best[0]
        ):
            best = (similarity, root_id)
    if best is None:
        return None
    similarity, root_id = best
    return _match(root_id, similarity, session=session)


def story_of(root_id: int, *, session: Session) -> StoryMatch:
    """The story whose first article is `root_id`: what an identical copy of it tells again."""
    return _match(root_id, 100.0, session=session)


def _match(root_id: int, similarity: float, *, session: Session) -> StoryMatch:
    # The root's outlet alone: loading the whole article, body and all, took as long as
    # reading every fact of the story.
    source = session.connection().scalar(_SOURCE_OF, {"id": root_id})
    whole = _story_facts([root_id], session=session)[root_id]
    return StoryMatch(root_id, source, whole, similarity)


_SOURCE_OF = select(Article.source).where(Article.id == bindparam("id"))


def _facts_tell_same(dated_alike: bool, new: StoryFacts, known: StoryFacts) -> bool:
    """A rewrite keeps the event: two of the same officials within the window, or an official
    and a trade figure whatever the dates."""
    shared_people = len(new.people & known.people)
    shared_figures = len(new.figure_values & known.figure_values)
    return (dated_alike and shared_people >= 2) or (shared_people >= 1 and shared_figures >= 1)


def _dates_contradict(new: date | None, stored: date | None) -> bool:
    return new is not None and stored is not None and new != stored


def _within_window(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= WINDOW


def _candidates(
    parsed: ParsedArticle, facts: StoryFacts, *, session: Session, province_ids: Sequence[int]
) -> list[_Candidate]:
    """Stored articles that share a province and are dated near the new one or share a fact,
    the newest MAX_CANDIDATES of them, in one statement.

    The two ways in are read apart, each through the index that narrows it (the dates; the
    undated articles), and only the ids of those sharing a province: a single condition joining
    them with OR, ordered by id, let SQLite walk every article of the province, newest first,
    testing each."""
    if not province_ids:
        return []
    day = story_day(parsed.event_date, parsed.published)
    names = sorted({name for name, _side in facts.people})
    values = sorted({v[4] for v in facts.figure_values if v[4] is not None})
    sharing = bool(names or values)
    if day is None and not sharing:
        return []
    parameters: dict[str, object] = {"province_ids": province_ids}
    dated: _Dated = None
    if parsed.event_date is not None:
        dated = "event"
        parameters |= _dated_near(parsed.event_date) | {"event_day": parsed.event_date}
    elif day is not None:
        dated = "published"
        parameters |= _dated_near(day)
    if sharing:
        # An undated article can only be matched by what it says, so it is narrowed by its facts.
        parameters |= {"names": names, "values": values}
    return list(session.connection().execute(_CANDIDATES[dated, sharing], parameters))


def _dated_near(day: date) -> dict[str, object]:
    """The bounds of `_DATED_NEAR` around `day`: publication instants are stored in UTC, and a
    day's margin absorbs the time zones."""
    return {
        "first_day": day - WINDOW,
        "last_day": day + WINDOW,
        "start": datetime.combine(day - WINDOW - timedelta(days=1), time.min, UTC),
        "end": datetime.combine(day + WINDOW + timedelta(days=1), time.max, UTC),
    }


_SHARES_A_PROVINCE = exists().where(
    ArticleProvince.article_id == Article.id,
    ArticleProvince.province_id.in_(bindparam("province_ids", expanding=True)),
)
# The article names one of these people or gives one of these amounts (looked up by the
# article, through the indexes on each fact's article).
_SHARES_A_FACT = or_(
    exists()
    .where(Role.article_id == Article.id, Role.person_id == Person.id)
    .where(Person.folded.in_(bindparam("names", expanding=True))),
    exists().where(
        TradeFigure.article_id == Article.id,
        TradeFigure.value_usd.in_(bindparam("values", expanding=True)),
    ),
)
# Built once: composing them cost more than SQLite takes to run them.
# `event_date + 0`: the undated ones are found through the publication dates; SQLite, which
# keeps no statistics, would otherwise read every article without an event date.
# An undated article published near the day (found through the publication dates).
_UNDATED_PUBLISHED_NEAR = and_(
    (Article.event_date + 0).is_(None),
    Article.published.between(bindparam("start"), bindparam("end")),
)


def _near(event_days: ColumnElement[bool]) -> Select[int]:
    """Articles sharing a province whose event day is one of `event_days`, or undated and
    published near the day."""
    return select(Article.id).where(or_(event_days, _UNDATED_PUBLISHED_NEAR), _SHARES_A_PROVINCE)


_DATED_NEAR = _near(Article.event_date.between(bindparam("first_day"), bindparam("last_day")))
# An article whose event date is known can only tell the story of that day: the articles of
# another event day are left out here rather than read and set aside (`_dates_contradict`).
_SAME_DAY = _near(Article.event_date == bindparam("event_day"))
_UNDATED_SHARING_A_FACT = select(Article.id).where(
    Article.event_date.is_(None), Article.published.is_(None), _SHARES_A_PROVINCE, _SHARES_A_FACT
)
_SHARING_A_FACT = select(Article.id).where(_SHARES_A_PROVINCE, _SHARES_A_FACT)


def _candidates_among(*ways: Select[int]) -> Select[*_CandidateColumns]:
    """What comparing needs of the newest articles found by `ways`: their columns, not whole
    tracked objects. The ids are gathered first, then looked up by primary key."""
    ids = ways[0] if len(ways) == 1 else union(*ways)
    return (
        select(
            Article.id,
            Article.same_story_as_id,
            Article.event_date,
            Article.published,
            Article.body,
        )
        .where(Article.id.in_(ids))
        .order_by(Article.id.desc())
        .limit(MAX_CANDIDATES)
    )


_CandidateColumns = tuple[int, int | None, date | None, datetime | None, str]
_Candidate = Row[*_CandidateColumns]
# How the new article is dated: by its event, only by its publication, or not at all.
_Dated = Literal["event", "published"] | None
# By (how the article is dated, it names people or amounts).
_CANDIDATES: dict[tuple[_Dated, bool], Select[*_CandidateColumns]] = {
    ("event", True): _candidates_among(_SAME_DAY, _UNDATED_SHARING_A_FACT),
    ("event", False): _candidates_among(_SAME_DAY),
    ("published", True): _candidates_among(_DATED_NEAR, _UNDATED_SHARING_A_FACT),
    ("published", False): _candidates_among(_DATED_NEAR),
    (None, True): _candidates_among(_SHARING_A_FACT),
}


def _story_facts(root_ids: Iterable[int], *, session: Session) -> dict[int, StoryFacts]:
    """root id -> the union of the facts stored on that story's articles."""
    roots = {"roots": sorted(set(root_ids))}
    by_story = {root: _Collected() for root in roots["roots"]}
    connection = session.connection()
    for root, key, year, period, kind, value_usd in connection.execute(_FIGURE_KEYS, roots):
        by_story[root].figure_values.add((key, year, period, kind, value_usd))
    for root, name, side in connection.execute(_PEOPLE_KEYS, roots):
        by_story[root].people.add((name, side))
    participants: dict[tuple[int, str, date | None, int], set[str]] = {}
    for root, kind, on, meeting_id, vietnamese in connection.execute(_MEETING_KEYS, roots):
        named = participants.setdefault((root, kind, on, meeting_id), set())
        if vietnamese is not None:
            named.add(vietnamese)
    for (root, kind, on, _id), named in participants.items():
        by_story[root].meetings.add((kind, on, frozenset(named)))
    for root, kind, name in connection.execute(_AGREEMENT_KEYS, roots):
        by_story[root].agreements.add((kind, fold(name)))
    return {root: collected.frozen() for root, collected in by_story.items()}


def _shared_facts(
    root_ids: Iterable[int], facts: StoryFacts, *, session: Session
) -> dict[int, StoryFacts]:
    """root id -> the people and figures (with their values) that story shares with `facts`:
    only those rows are read, not every fact of up to MAX_CANDIDATES stories."""
    roots = sorted(set(root_ids))
    by_story = {root: _Collected() for root in roots}
    names = sorted({name for name, _side in facts.people})
    values = [v for v in {v[4] for v in facts.figure_values} if v is not None]
    without_value = any(v[4] is None for v in facts.figure_values)
    connection = session.connection()
    if values or without_value:
        parameters = {"roots": roots, "values": values, "without_value": without_value}
        for root, key, year, period, kind, usd in connection.execute(
            _FIGURE_KEYS_VALUED, parameters
        ):
            value = (key, year, period, kind, usd)
            if value in facts.figure_values:
                by_story[root].figure_values.add(value)
    if names:
        for root, name, side in connection.execute(
            _PEOPLE_KEYS_NAMED, {"roots": roots, "names": names}
        ):
            if (name, side) in facts.people:
                by_story[root].people.add((name, side))
    return {root: collected.frozen() for root, collected in by_story.items()}


# Built once, like the candidates' statements above. Each reads the facts of the articles of
# the stories `roots` with the root of each article's story: the story's first article, or
# the one it points to.
_ROOT = func.coalesce(Article.same_story_as_id, Article.id)
_ROOTS: BindParameter[int] = bindparam("roots", expanding=True)
_Ts = TypeVarTuple("_Ts")
_OF_THE_STORIES = or_(Article.id.in_(_ROOTS), Article.same_story_as_id.in_(_ROOTS))


def _of_the_stories(
    statement: Select[*_Ts], article_id: InstrumentedAttribute[int]
) -> Select[*_Ts]:
    return statement.join(Article, article_id == Article.id).where(_OF_THE_STORIES)


_FIGURE_KEYS = _of_the_stories(
    select(
        _ROOT,
        Province.key,
        TradeFigure.year,
        TradeFigure.period,
        TradeFigure.kind,
        TradeFigure.value_usd,
    ).join(Province, TradeFigure.province_id == Province.id),
    TradeFigure.article_id,
)
_PEOPLE_KEYS = _of_the_stories(
    select(_ROOT, Person.folded, Person.side).select_from(Role).join(Person), Role.article_id
)
# Each meeting once per Vietnamese participant, or once with None when it names none.
_MEETING_KEYS = _of_the_stories(
    select(_ROOT, Meeting.kind, Meeting.date, Meeting.id, Person.folded)
    .select_from(Meeting)
    .outerjoin(MeetingParticipant, MeetingParticipant.meeting_id == Meeting.id)
    .outerjoin(Person, and_(Person.id == MeetingParticipant.person_id, Person.side == "VN")),
    Meeting.article_id,
)
_AGREEMENT_KEYS = _of_the_stories(
    select(_ROOT, Agreement.kind, Agreement.name), Agreement.article_id
)
# The same, narrowed to the values and names the new article gives.
_FIGURE_KEYS_VALUED = _FIGURE_KEYS.where(
    or_(
        TradeFigure.value_usd.in_(bindparam("values", expanding=True)),
        and_(bindparam("without_value"), TradeFigure.value_usd.is_(None)),
    )
)
# `folded || ''`: the people are found through the stories' articles; SQLite would otherwise
# start from the names and read every role of an official seen in thousands of articles.
_PEOPLE_KEYS_NAMED = _PEOPLE_KEYS.where(
    (Person.folded + "").in_(bindparam("names", expanding=True))
)


@dataclass
class _Collected:
    figure_values: set[FigureValue] = field(default_factory=set)
    people: set[PersonKey] = field(default_factory=set)
    meetings: set[MeetingKey] = field(default_factory=set)
    agreements: set[AgreementKey] = field(default_factory=set)

    def frozen(self) -> StoryFacts:
        return StoryFacts(
            figure_values=frozenset(self.figure_values),
            people=frozenset(self.people),
            meetings=frozenset(self.meetings),
            agreements=frozenset(self.agreements),
        )
