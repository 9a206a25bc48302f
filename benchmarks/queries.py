"""A realistic mix of what users type: provinces and people written with diacritics, without,
in NFD, with typos, in English or Chinese, by a city, or a Vietnamese province by mistake."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from extract.fold import strip_diacritics
from extract.gazetteer import ChineseDivision, load_gazetteer
from handlers.commands import COMMANDS

# How often each way of writing a province comes up.
PROVINCE_FORMS = {
    "diacritics": 30,
    "plain": 25,
    "typo": 10,
    "english": 12,
    "chinese": 5,
    "city": 6,
    "nfd": 5,
    "vietnamese province": 4,
    "unknown": 3,
}
PERSON_FORMS = {"diacritics": 35, "plain": 30, "part": 15, "typo": 15, "nfd": 5}
VIETNAMESE_LOOKALIKES = ("Quảng Ninh", "Quảng Nam", "Quảng Ngãi", "Quảng Bình", "Quảng Trị")
UNKNOWN = ("Atlantis", "Quảng Bắc", "xyz", "Thành phố mới")
LOCALES = ("vi", "vi", "vi", "en")


@dataclass(frozen=True)
class Question:
    """One line a user sends, in the language the chat uses; `form` says how it is written."""

    command: str
    text: str
    locale: str
    form: str


def typo(text: str, rng: random.Random) -> str:
    """One slip of the keyboard: a letter doubled, dropped or swapped with the next."""
    letters = [i for i, ch in enumerate(text) if ch.isalpha()]
    if len(letters) < 4:
        return text + text[-1]
    i = rng.choice(letters[1:-1])
    slip = rng.choice(("double", "drop", "swap"))
    if slip == "double":
        return text[: i + 1] + text[i] + text[i + 1 :]
    if slip == "drop":
        return text[:i] + text[i + 1 :]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def province_text(division: ChineseDivision, form: str, rng: random.Random) -> str:
    if form == "diacritics":
        return division.vi
    if form == "plain":
        return strip_diacritics(division.vi).lower()
    if form == "typo":
        return typo(division.vi if rng.random() < 0.5 else strip_diacritics(division.vi), rng)
    if form == "english":
        return division.en
    if form == "chinese":
        return division.zh[0]
    if form == "city":
        return rng.choice(division.cities) if division.cities else division.vi
    if form == "nfd":
        return unicodedata.normalize("NFD", division.vi)
    if form == "vietnamese province":
        return rng.choice(VIETNAMESE_LOOKALIKES)
    return rng.choice(UNKNOWN)


def person_text(name: str, form: str, rng: random.Random) -> str:
    if form == "diacritics":
        return name
    if form == "plain":
        return strip_diacritics(name).lower()
    if form == "part":
        return " ".join(name.split()[-2:])
    if form == "typo":
        return typo(strip_diacritics(name) if rng.random() < 0.5 else name, rng)
    return unicodedata.normalize("NFD", name)


def _draw(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def questions(
    *,
    per_command: int,
    divisions: list[ChineseDivision],
    division_weights: list[float],
    people: list[str],
    seed: int,
) -> list[Question]:
    """`per_command` questions for every command the bot answers, in a shuffled order.

    Provinces are asked about as often as the news covers them; people are drawn from
    `people` (names stored in the database)."""
    rng = random.Random(f"{seed}/questions")
    asked: list[Question] = []
    for command in COMMANDS:
        for _ in range(per_command):
            locale = rng.choice(LOCALES)
            if "<province>" in command.usage:
                form = _draw(rng, PROVINCE_FORMS)
                division = rng.choices(divisions, weights=division_weights)[0]
                argument = province_text(division, form, rng)
            elif "<name>" in command.usage:
                form = _draw(rng, PERSON_FORMS)
                argument = person_text(rng.choice(people), form, rng)
            elif command.takes_argument:
                form, argument = "argument", command.example.partition(" ")[2]
            else:
                form, argument = "none", ""
            text = f"/{command.name} {argument}".strip()
            asked.append(Question(command.name, text, locale, form))
    rng.shuffle(asked)
    return asked


def all_divisions() -> list[ChineseDivision]:
    return list(load_gazetteer().provinces)
