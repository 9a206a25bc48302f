"""Words, sentences and spelling keys: the small text primitives every extractor shares."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

# In NFD: a glide vowel, then the main vowel carrying a tone mark ("uỷ" = u, y, hook above);
# "qu" is a consonant, so "quý" keeps its tone where it is.
_TONE_ON_SECOND = re.compile(
    "(?<!q)(o|u)(a|e|y)([\u0300\u0301\u0303\u0309\u0323])(?=$|[^\\w\u0300-\u036f])"
)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]")
_ABBREVIATIONS = frozenset(
    {"tp", "tx", "ts", "gs", "pgs", "ths", "bs", "ks", "st", "mr", "mrs", "ms", "dr", "ông", "bà"}
)
_LIST_NUMBER = re.compile(r"\s*\d{1,2}")
_SENTENCE_END = re.compile(r"(?:\.\s*/\s*\.|[.!?…]+)[\"”’)\]]*")
_OPENING = "\"“‘('"
_LOOK_BACK = 40  # characters around a full stop that decide whether it ends a sentence
# Only what differs from one plain space: a run of two or more, or any other kind of space
# (most lines have neither, and then nothing is replaced).
_SPACES = re.compile(
    r"[\t\u00a0\u2000-\u200a\u202f\u3000][ \t\u00a0\u2000-\u200a\u202f\u3000]*"
    r"| [ \t\u00a0\u2000-\u200a\u202f\u3000]+"
)
# Without two plain spaces in a row or another kind of space, `_SPACES` finds nothing; these
# two tests skip past the plain spaces that `_SPACES` stops at one by one.
_OTHER_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u3000]")


class Token(NamedTuple):
    """One word, number or punctuation mark, with its place in the text it came from, and what
    the readers ask of it over and over (word or not, capitalised, spelling key)."""

    text: str
    start: int
    end: int
    is_word: bool
    is_capitalised: bool
    key: str


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """Lower case, NFC, with the tone of a final 'oa', 'oe', 'uy' on the first vowel: 'Uỷ' and 'Ủy'
    give 'ủy', 'hoà' gives 'hòa'; other words are simply lower-cased."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", _TONE_ON_SECOND.sub(r"\1\3\2", decomposed))


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The spelling keys of a phrase's tokens, for matching lexicon entries."""
    return tuple(t.key for t in tokenize(phrase))


def tokenize(text: str) -> list[Token]:
    """Words (letters), numbers (with their separators) and single punctuation marks."""
    return list(_tokens(text))


# Every reader of an article (places, titles, names, trade, meetings) tokenizes the same
# sentences again: each text is tokenized once (see `_places_in` for the cache's size).
@lru_cache(maxsize=512)
def _tokens(text: str) -> tuple[Token, ...]:
    # The hottest loop of the parser: tuple.__new__ skips NamedTuple's keyword-checking __new__,
    # and start() and end() build no span tuple to unpack.
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        first = word[0]
        key = spelling_key(word)
        fields = (word, match.start(), match.end(), first.isalpha(), first.isupper(), key)
        tokens.append(tuple.__new__(Token, fields))
    return tuple(tokens)


def squeeze(text: str) -> str:
    """Runs of spaces (including no-break and other wide spaces) collapsed, ends stripped."""
    if "  " in text or _OTHER_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    return text.strip()


def sentences_in(paragraphs: Iterable[str]) -> list[str]:
    """The sentences of the paragraphs, in order."""
    return [sentence for paragraph in paragraphs for sentence in split_sentences(paragraph)]


# Several readers (facts, dates, meetings, provinces) split the same paragraphs in turn.
@lru_cache(maxsize=512)
def split_sentences(paragraph: str) -> tuple[str, ...]:
    """The sentences of one paragraph; abbreviations such as 'TP.' do not end a sentence."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if not _ends_sentence(paragraph, match.start(), match.end()):
            continue
        sentence = paragraph[start : match.end()].strip()
        if sentence:
            sentences.append(sentence)
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return tuple(sentences)


def _ends_sentence(text: str, mark: int, after: int) -> bool:
    """Whether the punctuation at text[mark:after] closes a sentence.

    News text sometimes glues the next sentence on without a space ("...Trung Quốc.Tại"), so a
    capital right after a full stop counts, unless the stop closes an abbreviation or initial.
    """
    rest = text[after : after + _LOOK_BACK]
    stripped = rest.lstrip()
    if not stripped:
        return False
    gap = len(rest) - len(stripped)
    nxt = stripped[0]
    before = text[max(0, mark - _LOOK_BACK) : mark]
    if gap == 0 and not _glued_sentence_start(before, stripped[:_LOOK_BACK]):
        return False
    if gap and not (nxt.isupper() or nxt.isdigit() or nxt in _OPENING):
        return False
    if text[mark] == ".":
        if _LIST_NUMBER.fullmatch(text[:mark]):
            return False  # '1. Biên bản …': an item's number, at the start of its paragraph
        words = before.split()
        last = words[-1].lower().strip(_OPENING) if words else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            return False
    return True


def _glued_sentence_start(before: str, after: str) -> bool:
    """'…Trung Quốc.Tại' starts a sentence; 'TP.HCM' and 'U.S.' do not."""
    words_before, words_after = before.split(), after.split()
    last = words_before[-1] if words_before else ""
    first = re.match(r"\w+", after)
    if not first or not after[0].isupper() or first.group().isupper():
        return False
    return bool(words_after) and (last[-1:].islower() or last[-1:].isdigit() or len(last) >= 3)
