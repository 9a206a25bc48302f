"""The one error the parser raises: an article rejected whole, with a reason a person can read."""


class RejectedArticle(ValueError):
    """The input cannot be read as an article; `reason` is one sentence for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
