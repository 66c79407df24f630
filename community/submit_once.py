"""Creating a row at most once per form.

A form with `community.forms.SubmitOnceMixin` carries a hidden key, new each time the empty form is shown.
The service stores it on what it creates, under a unique constraint on (owner, key). A double click
or a resubmitted page sends the same key again and gets `AlreadySubmitted` with the first row.
"""

import uuid
from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.db import IntegrityError, models, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

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


def save_form_once(
    request: HttpRequest,
    form: forms.Form,
    write: Callable[[], models.Model],
    *,
    saved: str | Callable[[models.Model], str],
    fields: dict[str, str] | None = None,
) -> HttpResponse | None:
    """A view's one way to run a submit-once form's write.

    `write()` calls the service. What it made: the `saved` message (a text, or a function of the row) and a
    redirect to it. A second send (AlreadySubmitted): its message and a redirect to what the first made. A
    refusal: its message beside its field (`fields` maps a service's field name to the form's), or above the
    form; then None, and the view shows the form again.
    """
    try:
        row = write()
    except AlreadySubmitted as duplicate:
        messages.info(request, duplicate.message)
        return redirect(duplicate.existing)
    except Refused as refusal:
        field = (fields or {}).get(refusal.field, refusal.field)
        form.add_error(field if field in form.fields else None, refusal.message)
        return None
    messages.success(request, saved(row) if callable(saved) else saved)
    return redirect(row)
