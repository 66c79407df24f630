import uuid
from functools import wraps

from django import forms

NUL_MESSAGE = (
    "Remove the hidden NUL character (\\0) from this answer. It is invisible, and usually comes from copying "
    "and pasting from another program."
)


def _contains_nul(value) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, (list, tuple)):
        return any(_contains_nul(item) for item in value)
    return False


def _refusing_nul(clean):
    @wraps(clean)
    def guarded(value, *args, **kwargs):
        if _contains_nul(value):
            raise forms.ValidationError(NUL_MESSAGE, code="null_characters_not_allowed")
        return clean(value, *args, **kwargs)

    guarded.refuses_nul = True
    return guarded


class PostwiseFormMixin:
    """Renders with GOV.UK components and links each error to its field.

    Every field of every Postwise form refuses a NUL character before it looks at the value: PostgreSQL
    cannot store one in text, and a choice or lookup field would otherwise pass it to a database query.
    Django's CharField refuses NUL too, but not ChoiceField, IntegerField, DateField or ModelChoiceField.
    """

    template_name = "components/forms/form.html"

    def full_clean(self):
        # Fields may be added in a subclass's __init__, so guard them here, just before cleaning.
        for field in self.fields.values():
            if not isinstance(field, forms.FileField) and not getattr(field.clean, "refuses_nul", False):
                field.clean = _refusing_nul(field.clean)
        super().full_clean()


class PostwiseForm(PostwiseFormMixin, forms.Form):
    pass


class PostwiseModelForm(PostwiseFormMixin, forms.ModelForm):
    pass


class SubmitOnceMixin(forms.Form):
    """A hidden key, new each time the empty form is shown, that the service stores with what it creates.

    A double click or a resubmitted page sends the same key again; a database constraint on (author, key)
    turns that into "you already did this" instead of a duplicate.
    """

    submission_key = forms.UUIDField(widget=forms.HiddenInput, required=False, initial=uuid.uuid4)
