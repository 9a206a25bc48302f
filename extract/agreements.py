"""The documents an article says were signed at its event, or agreed to be signed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from extract.lexicon import PhraseSet, load_data
from extract.text import Token, squeeze, tokenize
from extract.types import Agreement

_SIGNING_REACH = 12  # tokens between a signing verb and the document it signs


@dataclass(frozen=True, slots=True)
class _Words:
    documents: PhraseSet
    signed: PhraseSet
    agreed: PhraseSet
    proposed: PhraseSet
    name_stops: PhraseSet
    name_pairs: PhraseSet
    name_max: int
    signed_before: PhraseSet


@cache
def _words() -> _Words:
    data = load_data("meetings")
    documents = [(w, d["kind"]) for d in data["document"] for w in d["words"]]
    signing = data["signing"]
    return _Words(
        documents=PhraseSet([w for w, _ in documents], [k for _, k in documents]),
        signed=PhraseSet(signing["signed"]),
        agreed=PhraseSet(signing["agreed"]),
        proposed=PhraseSet(signing["proposed"]),
        name_stops=PhraseSet(signing["name_stops"]),
        name_pairs=PhraseSet(signing["name_pairs"]),
        name_max=int(signing["name_max_words"]),
        signed_before=PhraseSet(signing["signed_before"]),
    )


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
    # Signed at the event, on its day; or at a time the sentence puts before it, day unknown.
    signed_on = None if words.signed_before.occurs(keys) else event_day
    resume = 0  # a document's name is not searched for another one
    for i, length, kind in words.documents.found_in(keys):
        if i < resume or not tokens[i].is_word:
            continue
        end = _name_end(tokens, keys, i + length)
        status = _signing(keys, i, end)
        if status is not None:
            name = squeeze(sentence[tokens[i].start : tokens[end - 1].end])
            signed = status == "signed"
            result.append(
                Agreement(
                    name=name, kind=str(kind), signed=signed, date=signed_on if signed else None
                )
            )
        resume = end
    return result


def _signing(keys: list[str], i: int, end: int) -> str | None:
    """'signed', 'agreed' or None (not about signing, or only proposed) for the document at
    keys[i:end]: 'ký kết Bản ghi nhớ…', 'Kế hoạch hành động… và sẽ ký kết'."""
    words = _words()
    start = max(0, i - _SIGNING_REACH)
    before = keys[start:i]
    after = keys[end : end + 6]
    sign_at = [k for k, _length, _value in words.signed.found_in(before)]
    if sign_at:
        head = keys[: start + sign_at[-1]]
    elif _signed_after(after):
        head = keys[:i] + after
    else:
        return None
    if words.proposed.occurs(head):
        return None
    return "agreed" if words.agreed.occurs(head) else "signed"


def _signed_after(after: list[str]) -> bool:
    """'… và sẽ ký kết', '… được ký kết': signing told after the document's name ('các văn kiện
    đã ký' speaks of documents signed before, not at this event)."""
    words = _words()
    for k, _length, _value in words.signed.found_in(after):
        return any(w in ("sẽ", "được") for w in after[:k])
    return False


def _name_end(tokens: list[Token], keys: list[str], j: int) -> int:
    """Where a document's name ends: at punctuation (not the comma of 'phòng, chống'), a verb,
    or 'và' before another document."""
    words = _words()
    start = j
    while j < len(tokens) and j - start < words.name_max:
        pair = words.name_pairs.match(keys, j)
        if pair:
            j += pair[0]
            continue
        if words.name_stops.match(keys, j):
            break
        if keys[j] in ("và", "như") and words.documents.match(keys, j + 1):
            return j - 1 if keys[j] == "như" and keys[j - 1] == "cũng" else j
        j += 1
    return j
