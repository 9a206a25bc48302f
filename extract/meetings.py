"""The meeting an article reports (talks, audience, conference…) and the documents signed at it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from extract.lexicon import PhraseSet, load_data, word_set
from extract.officials import Mention
from extract.places import find_places
from extract.text import Token, split_sentences, squeeze, tokenize
from extract.types import Agreement, Meeting

_ADMIN_WORDS = re.compile(r"\s*(?:(?:thủ đô|thành phố|tp\.?|tỉnh|khu tự trị|thị xã)\s+)?", re.I)
_SIGNING_REACH = 12  # tokens between a signing verb and the document it signs


@dataclass(frozen=True, slots=True)
class _Kind:
    kind: str
    needs_name_after: bool


@dataclass(frozen=True, slots=True)
class _Words:
    meetings: PhraseSet
    guests: PhraseSet
    earlier: PhraseSet
    label_stops: frozenset[str]
    label_max: int
    documents: PhraseSet
    signed: PhraseSet
    agreed: PhraseSet
    proposed: PhraseSet
    name_stops: PhraseSet
    name_max: int
    venues: PhraseSet


@cache
def _words() -> _Words:
    data = load_data("meetings")
    kinds = [
        (w, _Kind(m["kind"], m.get("needs_name_after", False)))
        for m in data["meeting"]
        for w in m["words"]
    ]
    documents = [(w, d["kind"]) for d in data["document"] for w in d["words"]]
    venues = [(name, v["city"]) for v in load_data("places")["venue"] for name in v["names"]]
    signing = data["signing"]
    return _Words(
        meetings=PhraseSet([w for w, _ in kinds], [k for _, k in kinds]),
        guests=PhraseSet(data["guests"]),
        earlier=PhraseSet(data["earlier"]),
        label_stops=word_set(data["label_stops"]),
        label_max=int(data["label_max_words"]),
        documents=PhraseSet([w for w, _ in documents], [k for _, k in documents]),
        signed=PhraseSet(signing["signed"]),
        agreed=PhraseSet(signing["agreed"]),
        proposed=PhraseSet(signing["proposed"]),
        name_stops=PhraseSet(signing["name_stops"]),
        name_max=int(signing["name_max_words"]),
        venues=PhraseSet([n for n, _ in venues], [c for _, c in venues]),
    )


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str
    label: str
    sentence: int
    text: str


def find_meetings(
    title: str | None,
    paragraphs: Sequence[str],
    mentions: Sequence[Mention],
    event_day: date | None,
) -> list[Meeting]:
    """The meeting the article reports: the first one named in the headline or the lead, dated
    with the event's date, placed with 'tại …', with the officials named alongside it."""
    sentences = ([title] if title else []) + [s for p in paragraphs for s in split_sentences(p)]
    lead_end = (1 if title else 0) + len(split_sentences(paragraphs[0])) if paragraphs else 0
    found = next((f for i in range(lead_end) if (f := _meeting_in(sentences[i], i))), None)
    if found is None:
        return []
    place = _place(found.text) or next((p for s in sentences[:lead_end] if (p := _place(s))), None)
    participants = [m.name for m in mentions if m.sentence == found.sentence and m.title]
    if not participants and title and found.sentence == 0:
        # Named in the headline only ("… ký kết biên bản hội đàm"): the lead says who met.
        participants = [m.name for m in mentions if 0 < m.sentence < lead_end and m.title]
    return [
        Meeting(
            kind=found.kind,
            label=found.label,
            date=event_day,
            place=place,
            participants=tuple(dict.fromkeys(participants)),
        )
    ]


def _meeting_in(sentence: str, number: int) -> _Found | None:
    words = _words()
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    for i in range(len(tokens)):
        match = words.meetings.match(keys, i)
        if not match:
            continue
        length, kind = match
        nxt = tokens[i + length] if i + length < len(tokens) else None
        guest = nxt is not None and (nxt.is_capitalised or words.guests.match(keys, i + length))
        if kind.needs_name_after and not guest:
            continue
        if _after_phrase(words.earlier, keys, i):
            continue
        label = _label(sentence, tokens, i, length, kind.kind)
        return _Found(kind.kind, label, number, sentence)
    return None


def _after_phrase(phrases: PhraseSet, keys: list[str], i: int) -> bool:
    """Whether a phrase of `phrases` ends right before keys[i]."""
    return any(
        (m := phrases.match(keys, k)) is not None and k + m[0] == i for k in range(max(0, i - 3), i)
    )


def _label(sentence: str, tokens: list[Token], i: int, length: int, kind: str) -> str:
    """The words used: 'hội đàm trực tuyến', or a conference's name ('Hội nghị định kỳ lần 6')."""
    end = i + length
    if kind == "conference":
        words = _words()
        while end < len(tokens) and end - i < words.label_max:
            token = tokens[end]
            if not (token.is_word or token.text.isdigit()) or token.key in words.label_stops:
                break
            end += 1
    text = squeeze(sentence[tokens[i].start : tokens[end - 1].end])
    return text if kind == "conference" else text[:1].lower() + text[1:]


def _place(sentence: str) -> str | None:
    """Where: 'tại Hà Nội', 'tại thành phố Nam Ninh', or the city of a venue ('tại trụ sở Bộ …')."""
    words = _words()
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    for i, key in enumerate(keys):
        if key != "tại":
            continue
        venue = words.venues.match(keys, i + 1)
        if venue:
            return str(venue[1])
        rest = sentence[tokens[i].end :]
        places = find_places(rest[:80])
        if places and _ADMIN_WORDS.fullmatch(rest[: places[0].start]):
            return squeeze(rest[places[0].start : places[0].end])
    return None


def find_agreements(sentences: Sequence[str], event_day: date | None) -> list[Agreement]:
    """Documents signed, or agreed to be signed, in the sentences (proposals left out)."""
    found: dict[str, Agreement] = {}
    for sentence in sentences:
        for agreement in _sentence_agreements(sentence, event_day):
            found.setdefault(agreement.name.casefold(), agreement)
    return list(found.values())


def _sentence_agreements(sentence: str, event_day: date | None) -> list[Agreement]:
    words = _words()
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    result: list[Agreement] = []
    i = 0
    while i < len(tokens):
        match = words.documents.match(keys, i)
        if not match or not tokens[i].is_word:
            i += 1
            continue
        end = _name_end(tokens, keys, i + match[0])
        status = _signing(keys, i, end)
        if status is not None:
            name = squeeze(sentence[tokens[i].start : tokens[end - 1].end])
            signed = status == "signed"
            result.append(
                Agreement(
                    name=name, kind=str(match[1]), signed=signed, date=event_day if signed else None
                )
            )
        i = end
    return result


def _signing(keys: list[str], i: int, end: int) -> str | None:
    """'signed', 'agreed' or None (not about signing, or only proposed) for the document at
    keys[i:end]: 'ký kết Bản ghi nhớ…', 'Kế hoạch hành động… và sẽ ký kết'."""
    words = _words()
    start = max(0, i - _SIGNING_REACH)
    before = keys[start:i]
    after = keys[end : end + 6]
    sign_at = [k for k in range(len(before)) if words.signed.match(before, k)]
    if sign_at:
        head = keys[: start + sign_at[-1]]
    elif _signed_after(after):
        head = keys[:i] + after
    else:
        return None
    if _any(words.proposed, head):
        return None
    return "agreed" if _any(words.agreed, head) else "signed"


def _signed_after(after: list[str]) -> bool:
    """'… và sẽ ký kết', '… được ký kết': signing told after the document's name ('các văn kiện
    đã ký' speaks of documents signed before, not at this event)."""
    words = _words()
    for k in range(len(after)):
        if words.signed.match(after, k):
            return any(w in ("sẽ", "được") for w in after[:k])
    return False


def _any(phrases: PhraseSet, keys: list[str]) -> bool:
    return any(phrases.match(keys, k) for k in range(len(keys)))


def _name_end(tokens: list[Token], keys: list[str], j: int) -> int:
    """Where a document's name ends: at punctuation, a verb, or 'và' before another document."""
    words = _words()
    start = j
    while j < len(tokens) and j - start < words.name_max:
        if words.name_stops.match(keys, j):
            break
        if keys[j] in ("và", "như") and words.documents.match(keys, j + 1):
            return j - 1 if keys[j] == "như" and keys[j - 1] == "cũng" else j
        j += 1
    return j
