"""Whom a document's signatory signs for, when the title alone does not say."""

from __future__ import annotations

import re

from extract.places import Place, find_places

# '… giữa A và B, do Cục trưởng X và Chủ nhiệm Y ký': the parties, then who signed for them.
_SIGNED_BY = re.compile(
    r"\bgiữa\s+(?P<parties>[^;:]+?),?\s+do\s+(?P<signers>[^;:.]+?)\s+ký\b", re.I
)
_AND = " và "


def signing_party(sentence: str, position: int) -> Place | None:
    """The place of the party the signatory named at `position` signs for, in the order the
    parties are named: in '… giữa Cục Thương mại điện tử và Kinh tế số (Bộ Công Thương) và Ủy
    ban Thương vụ thành phố Thượng Hải, do Cục trưởng Lê Hoàng Oanh và Chủ nhiệm Chu Lam ký',
    Chu Lam signs for the party after the last 'và' (Thượng Hải); None when that party names no
    side, or places of both."""
    for match in _SIGNED_BY.finditer(sentence):
        if not match.start("signers") <= position < match.end("signers"):
            continue
        parties, signers = match["parties"], match["signers"]
        if _AND not in parties or _AND not in signers:
            return None
        second = position >= match.start("signers") + signers.rindex(_AND)
        split = parties.rindex(_AND)
        party = parties[split:] if second else parties[:split]
        places = [m.place for m in find_places(party) if m.place.side in ("VN", "CN")]
        sides = {p.side for p in places}
        return places[-1] if len(sides) == 1 else None
    return None
