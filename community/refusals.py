"""One error for "not allowed, and here is why".

A service raises `Refused("message")`; the view shows `refusal.message` beside the field or as a
message, and nothing is written. Subclass only where a caller must catch a case differently
(`AlreadySubmitted` carries the row the first send created, so the view can redirect to it).
"""


class Refused(Exception):
    """A write the rules do not allow; `message` says why, in words fit to show the person."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        # The form field the message belongs beside, when there is one.
        self.field = field
