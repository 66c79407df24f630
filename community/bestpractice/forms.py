from django import forms

from community.bestpractice.models import MAX_TITLE
from community.bestpractice.services import MAX_EXPLANATION
from community.bestpractice.themes import Stance, Theme
from community.forms import PostwiseForm, SubmitOnceMixin


class StatementForm(SubmitOnceMixin, PostwiseForm):
    """A champion's draft statement, pre-filled from a forum post as plain text."""

    title = forms.CharField(
        label="Title",
        max_length=MAX_TITLE,
        help_text="One short instruction, such as “Add captions to short clips”.",
        error_messages={
            "required": "Enter a title for the statement.",
            "max_length": f"The title must be {MAX_TITLE} characters or fewer.",
        },
    )
    stance = forms.ChoiceField(
        label="Is this something to do, or not to do?",
        choices=Stance.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether this is something to do or not to do."},
    )
    theme = forms.ChoiceField(
        label="Theme",
        choices=Theme.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a theme."},
    )
    explanation = forms.CharField(
        label="Explanation",
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=MAX_EXPLANATION,
        help_text="Why. Plain text; a blank line starts a new paragraph.",
        error_messages={
            "required": "Enter the explanation.",
            "max_length": f"The explanation must be {MAX_EXPLANATION:,} characters or fewer.",
        },
    )
