class ForumRefusal(Exception):
    """A write the forum refuses, with a message fit to show the member."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RateLimited(ForumRefusal):
    pass


class StaleEdit(ForumRefusal):
    pass


class DuplicateSubmission(ForumRefusal):
    """The same form arrived twice (a double click, a resubmitted page): `existing` is what the first made."""

    def __init__(self, message: str, existing) -> None:
        super().__init__(message)
        self.existing = existing
