"""Why a page or feed could not be fetched, or the feeds file used: one exception type per fault,
one sentence each."""

from __future__ import annotations


class FeedsFileError(ValueError):
    """The feeds file cannot be used; the message is one sentence for the operator."""


class FetchError(Exception):
    """A fetch failed; `str(error)` is one sentence naming the URL, `reason` the cause alone."""

    lead = "Cannot fetch"

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{self.lead} {url}: {reason}.")
        self.url = url
        self.reason = reason


class RefusedURL(FetchError):
    """The address itself is refused: not http(s), carries credentials, or is malformed."""


class BlockedAddress(RefusedURL):
    """The host resolves to an address the server must not reach (loopback, private, metadata…)."""


class ConnectionFailed(FetchError):
    """No connection could be made (name unknown, connection refused) or it broke mid-answer."""


class FetchTimeout(FetchError):
    """The server did not give a complete answer within the fetch timeout."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (after the retries, for the transient ones)."""

    def __init__(self, url: str, reason: str, *, status: int) -> None:
        super().__init__(url, reason)
        self.status = status


class RedirectError(FetchError):
    """The redirects loop, go on too long, or point nowhere."""


class TooLarge(FetchError):
    """The body is larger than the size cap; it was not read to the end."""


class UndecodableContent(FetchError):
    """The body cannot be turned into text: corrupt compression or no character set fits."""


class MalformedFeed(FetchError):
    """The body is not an RSS or Atom feed that any entry could be read from."""

    lead = "Cannot read the feed at"
