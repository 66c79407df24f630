import datetime

from django import forms
from django.utils import timezone

from community.bestpractice.themes import Theme
from community.forms import PostwiseForm, SubmitOnceMixin
from community.workshops.models import Position
from community.workshops.services import MAX_STATEMENT

POSITION_FIELD_ERRORS = {"required": "Choose a place on the line, from Should to Shouldn’t."}


class WorkshopForm(SubmitOnceMixin, PostwiseForm):
    question = forms.CharField(
        label="Question",
        max_length=200,
        help_text="For example: what should our services do, and not do, with social media?",
        error_messages={"required": "Enter the workshop’s question."},
    )
    introduction = forms.CharField(
        label="Introduction (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    themes = forms.MultipleChoiceField(
        label="Themes",
        choices=Theme.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one theme."},
    )
    closes_on = forms.DateField(
        label="Closing date",
        help_text="For example, 27 3 2027. It closes at the end of that day.",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": "Enter a closing date.", "invalid": "Enter a real date, for example 2027-03-27."},
    )

    def clean_closes_on(self) -> datetime.date:
        day = self.cleaned_data["closes_on"]
        if day < timezone.localdate():
            raise forms.ValidationError("The closing date must be today or in the future.")
        return day


class StatementForm(PostwiseForm):
    text = forms.CharField(
        label="Your statement",
        max_length=MAX_STATEMENT,
        help_text="One short sentence, for example: Reply to complaints in public, then take details private.",
        error_messages={
            "required": "Enter a statement.",
            "max_length": f"A statement must be {MAX_STATEMENT} characters or fewer.",
        },
    )
    theme = forms.ChoiceField(label="Theme", required=False)
    position = forms.TypedChoiceField(
        label="Where do you place it?",
        choices=Position.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages=POSITION_FIELD_ERRORS,
    )

    def __init__(self, *args, themes: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", "No theme")] + [
            (value, Theme(value).label) for value in themes if value in Theme.values
        ]


class PlacingForm(PostwiseForm):
    """One radio group per statement, named s<id>, so a member places them all in one submit."""

    def __init__(self, *args, statements, current: dict[int, int], **kwargs):
        super().__init__(*args, **kwargs)
        for statement in statements:
            self.fields[f"s{statement.pk}"] = forms.TypedChoiceField(
                label=statement.text,
                choices=Position.choices,
                coerce=int,
                widget=forms.RadioSelect,
                required=False,
                initial=current.get(statement.pk),
            )

    def placings(self) -> dict[int, int]:
        return {int(name[1:]): value for name, value in self.cleaned_data.items() if value}
