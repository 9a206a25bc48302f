"""A person named with a title in one sentence, and what the sentence says of where they
belong: the delegation they lead, the side they are listed under, the body their title names."""

from __future__ import annotations

from dataclasses import dataclass

from extract.places import Place
from extract.title_facts import title_text
from extract.title_lexicon import Segment


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a person is named with a title; `position` orders mentions in the text."""

    name: str
    segments: tuple[Segment, ...]
    sentence: int
    position: int
    # the Chinese province (or another country) of the delegation the person leads
    delegation: Place | None = None
    camp: Place | None = None  # the side the sentence lists the person under ('phía Trung Quốc có')
    body: Place | None = None  # where the body a bare title names is ('Giám đốc Sở' -> Vân Nam)
    # named about a month of a given year ('… của Tổng Bí thư, Chủ tịch nước A tháng 8/2024'):
    # the title may be the one held then
    dated: bool = False
    alias: str | None = None  # the name in another language in brackets after it: 'Wang Yubo'

    @property
    def title(self) -> str | None:
        return title_text(list(self.segments))
