"""The site an article's address belongs to, as its source is named when nothing else names it."""

from __future__ import annotations

from urllib.parse import urlsplit

# A host's first label that leaves the page on the site of the rest ('www.', 'm.', 'amp.').
_SAME_SITE_LABELS = frozenset({"www", "m", "amp", "mobile"})


def url_host(url: str | None) -> str | None:
    """'https://www.baothu.vn/x.html' -> 'baothu.vn', 'https://m.baothu.vn/…' too (a site's
    mobile or AMP pages are its own); 'baodienbienphu.info.vn' stays whole."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host:
        return None
    host = host.lower()
    label, _, rest = host.partition(".")
    return rest if label in _SAME_SITE_LABELS and rest.count(".") >= 1 else host
