"""Creating a row at most once per form.

A form with `community.forms.SubmitOnceMixin` carries a hidden key, new each time the empty form is shown.
The service stores it on what it creates, under a unique constraint on (owner, key). A double click
or a resubmitted page sends the same key again and gets `AlreadySubmitted` with the first row.
"""

import uuid
from collections.abc import Callable

from django.db import IntegrityError, models, transaction

from community.refusals import Refused


class AlreadySubmitted(Refused):
    """This form was sent before: `existing` is what the first send created; `message` says so.

    Views catch it before `Refused`, to show the message and redirect to `existing`."""

    def __init__(self, message: str, existing: models.Model) -> None:
        super().__init__(message)
        self.existing = existing


def refuse_if_submitted(
    owned: models.QuerySet, *, submission_key: uuid.UUID | None, message: Callable[[models.Model], str]
) -> None:
    """`owned` is the owner's rows, e.g. `Post.objects.filter(author=member)`."""
    if submission_key is None:
        return
    existing = owned.filter(submission_key=submission_key).first()
    if existing is not None:
        raise AlreadySubmitted(message(existing), existing)


def create_once(
    owned: models.QuerySet,
    *,
    submission_key: uuid.UUID | None,
    message: Callable[[models.Model], str],
    **fields,
) -> models.Model:
    """Create the row; if the same form won a race a moment ago, the constraint turns it into AlreadySubmitted."""
    try:
        with transaction.atomic():
            return owned.create(submission_key=submission_key, **fields)
    except IntegrityError:
        refuse_if_submitted(owned, submission_key=submission_key, message=message)
        raise
