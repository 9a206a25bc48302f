"""The fields a body's or a document's name lists ('Cục Văn hóa, Du lịch thành phố …', '… về
văn hóa, thể thao'): one list of fields (titles.toml's body_name_phrases) and the reading of a
body's last field before its place, shared by titles and documents' names."""

from __future__ import annotations

from collections.abc import Callable

from extract.lexicon import PhraseSet
from extract.places import PlaceMention
from extract.text import Token
from extract.title_lexicon import title_lexicon

# The words of one field in a name ('thương mại điện tử', 'đầu tư nước ngoài'), at most.
FIELD_WORDS = 5


def last_field_before_place(
    tokens: list[Token],
    keys: list[str],
    comma: int,
    locators: PhraseSet,
    place_named_at: Callable[[int], PlaceMention | None],
) -> bool:
    """Whether the comma at `comma` goes on with a body's second and last field, named with a
    capital and without 'và' right before the place the body is in ('Cục Văn hóa, Du lịch
    thành phố Phòng Thành Cảng'): a field's phrase, then a place, perhaps after a word locating
    it (`locators`: 'tỉnh', 'thành phố'), as `place_named_at` reads places."""
    after = comma + 1
    phrase = title_lexicon().body_name_phrases.match(keys, after)
    if phrase is None or after >= len(tokens) or not tokens[after].is_capitalised:
        return False
    place = after + phrase[0]
    located = locators.match(keys, place)
    return place_named_at(place + (located[0] if located else 0)) is not None
