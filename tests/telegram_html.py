"""A strict check of the HTML subset Telegram accepts, for tests of what the bot sends."""

from __future__ import annotations

import re

ALLOWED_TAGS = {"b", "i", "a", "code", "pre"}
TELEGRAM_LIMIT = 4096

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)([^<>]*)>")
_HREF = re.compile(r' href="(?P<url>[^"<>]+)"')
_TEXT = re.compile(r"(?:[^<>&]|&(?:amp|lt|gt|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)*")


def telegram_html_problems(html: str) -> list[str]:
    """Everything Telegram's HTML parser would refuse in `html` (empty when it is fine)."""
    problems: list[str] = []
    open_tags: list[str] = []
    position = 0
    for match in _TAG.finditer(html):
        if not _TEXT.fullmatch(html[position : match.start()]):
            problems.append(f"unescaped text before {match.group(0)!r}")
        closing, name, attributes = match.groups()
        if name not in ALLOWED_TAGS:
            problems.append(f"tag not allowed: {name}")
        elif closing:
            if attributes.strip() or not open_tags or open_tags.pop() != name:
                problems.append(f"unbalanced </{name}>")
        elif name == "a" and not _HREF.fullmatch(attributes):
            problems.append(f"link without a plain href: {match.group(0)!r}")
        elif name != "a" and attributes:
            problems.append(f"attributes on <{name}>")
        elif name in open_tags and name == "a":
            problems.append("link inside a link")
        else:
            open_tags.append(name)
        position = match.end()
    if not _TEXT.fullmatch(html[position:]):
        problems.append("unescaped text at the end")
    if open_tags:
        problems.append(f"tags left open: {open_tags}")
    return problems
