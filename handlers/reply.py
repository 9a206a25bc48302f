"""What an answer function returns: HTML text, optional choices, optional picture."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class Choice:
    """One button of a "did you mean" list: tapping it asks `/command argument`."""

    label: str
    command: str
    argument: str


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer in Telegram HTML; `plain()` is what `briefbot ask` prints."""

    html: str
    choices: tuple[Choice, ...] = ()
    photo: bytes | None = None  # a PNG, sent with `html` as its caption

    def plain(self) -> str:
        """The text with tags removed and entities decoded."""
        return html.unescape(_TAG.sub("", self.html))
