class Refused(Exception):
    """A register change that is not allowed, with a message that says why, fit to show the person."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        # The form field the message belongs beside, when there is one.
        self.field = field
