class ForumRefusal(Exception):
    """A write the forum refuses, with a message fit to show the member."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RateLimited(ForumRefusal):
    pass


class StaleEdit(ForumRefusal):
    pass
