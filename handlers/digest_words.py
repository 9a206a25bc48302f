"""Reading what follows /subscribe and /unsubscribe: provinces, and when the digest goes out.

The words besides province names come from data/digest_words.toml. Several provinces may be
given at once, separated by commas or "và"/"and", or simply one after the other
("quảng đông quảng tây"): a run of words is split where every part names exactly one province,
and a part that names none, or could name several, is reported rather than guessed.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from extract.fold import fold
from extract.gazetteer import ChineseDivision
from handlers.resolve import ProvinceFound, ProvinceResolution, resolve_province
from handlers.schedule import Frequency, parse_time_of_day

MAX_NAME_WORDS = 5
MAX_PHRASE_WORDS = 3
MAX_WORDS = 40

_CHUNK_SEPARATORS = re.compile(r"[,;+&\n]+")


@dataclass(frozen=True)
class Lexicon:
    """Folded phrases and what they mean."""

    phrases: dict[tuple[str, ...], tuple[str, str]]  # words -> (kind, value)
    timezones: dict[str, str]


@cache
def lexicon() -> Lexicon:
    """The words of data/digest_words.toml, read once."""
    source = resources.files("handlers").joinpath("data/digest_words.toml")
    data = tomllib.loads(source.read_text("utf-8"))
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}
    sections = {
        "frequency": data["frequency"],
        "weekday": data["weekdays"],
        "empty": data["empty_periods"],
        "all": data["all_provinces"],
        "separator": data["separators"],
    }
    for kind, meanings in sections.items():
        for value, words in meanings.items():
            for phrase in words:
                phrases[tuple(phrase.split())] = (kind, value)
    return Lexicon(phrases=phrases, timezones=dict(data["timezones"]))


# --- /subscribe and /unsubscribe ----------------------------------------------------------


@dataclass(frozen=True)
class Unresolved:
    """Words that name no Chinese province, or several: the resolution says which."""

    text: str
    resolution: ProvinceResolution


@dataclass
class DigestRequest:
    """What a /subscribe or /unsubscribe line asked for; None: not said."""

    provinces: list[ProvinceFound] = field(default_factory=list)
    all_provinces: bool = False
    frequency: Frequency | None = None
    weekday: int | None = None
    time_of_day: str | None = None
    skip_empty: bool | None = None
    unresolved: list[Unresolved] = field(default_factory=list)

    @property
    def divisions(self) -> list[ChineseDivision]:
        """The provinces named, each once, in the order given."""
        unique = {found.division.key: found.division for found in self.provinces}
        return list(unique.values())


def read_request(argument: str) -> DigestRequest:
    """The provinces and schedule words of a line, e.g.
    'Quảng Đông, Quảng Tây hằng ngày 7h30' or 'guangxi weekly friday 17:00 quiet'."""
    request = DigestRequest()
    words = 0
    for chunk in _CHUNK_SEPARATORS.split(argument):
        raw = chunk.split()[: max(MAX_WORDS - words, 0)]
        words += len(raw)
        _read_chunk(raw, request)
    return request


def _read_chunk(raw: list[str], request: DigestRequest) -> None:
    """Schedule words anywhere in the chunk; the runs of other words between them are names."""
    folded = [fold(word) for word in raw]
    name: list[str] = []
    index = 0
    while index < len(raw):
        time_of_day = parse_time_of_day(raw[index])
        meaning = None if time_of_day else _phrase_at(folded, index)
        if time_of_day is None and meaning is None:
            name.append(raw[index])
            index += 1
            continue
        _read_names(name, request)
        name = []
        if time_of_day is not None:
            request.time_of_day = time_of_day
            index += 1
            continue
        assert meaning is not None
        (kind, value), length = meaning
        _apply(kind, value, request)
        index += length
    _read_names(name, request)


def _phrase_at(folded: list[str], index: int) -> tuple[tuple[str, str], int] | None:
    """The longest known phrase starting at `index`, with its length in words."""
    phrases = lexicon().phrases
    for length in range(min(MAX_PHRASE_WORDS, len(folded) - index), 0, -1):
        meaning = phrases.get(tuple(folded[index : index + length]))
        if meaning is not None:
            return meaning, length
    return None


def _apply(kind: str, value: str, request: DigestRequest) -> None:
    if kind == "frequency":
        request.frequency = "daily" if value == "daily" else "weekly"
    elif kind == "weekday":
        request.weekday = int(value)
    elif kind == "empty":
        request.skip_empty = value == "quiet"
    elif kind == "all":
        request.all_provinces = True


def _read_names(words: list[str], request: DigestRequest) -> None:
    """Province names in a run of words, or the part that names none (or several)."""
    if not words:
        return
    parts = split_provinces(words)
    if parts is not None:
        request.provinces.extend(parts)
        return
    text = " ".join(words)
    request.unresolved.append(Unresolved(text, resolve_province(text)))


def split_provinces(words: list[str]) -> list[ProvinceFound] | None:
    """The fewest consecutive parts of `words` that each name exactly one province (by the
    same resolution as every other command), or None when no such split exists."""
    count = len(words)
    resolved: dict[tuple[int, int], ProvinceFound | None] = {}

    def part(start: int, end: int) -> ProvinceFound | None:
        if (start, end) not in resolved:
            found = resolve_province(" ".join(words[start:end]))
            resolved[(start, end)] = found if isinstance(found, ProvinceFound) else None
        return resolved[(start, end)]

    # best[i]: the fewest parts covering words[i:], as a list.
    best: list[list[ProvinceFound] | None] = [None] * count + [[]]
    for start in range(count - 1, -1, -1):
        for end in range(start + 1, min(count, start + MAX_NAME_WORDS) + 1):
            rest = best[end]
            found = part(start, end) if rest is not None else None
            if found is not None and rest is not None:
                candidate = [found, *rest]
                current = best[start]
                if current is None or len(candidate) < len(current):
                    best[start] = candidate
    return best[0]
