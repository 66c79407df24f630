import datetime

from django import forms
from django.utils import timezone

from community.forms import PostwiseForm, SubmitOnceMixin
from community.incidents.models import Risk, Severity


class ReportIncidentForm(SubmitOnceMixin, PostwiseForm):
    summary = forms.CharField(
        label="Summary",
        max_length=160,
        help_text="One line, for example: Resident’s address shown in a reply.",
        error_messages={"required": "Enter a one-line summary of the incident."},
    )
    what_happened = forms.CharField(
        label="What happened",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        error_messages={"required": "Describe what happened."},
    )
    happened_at = forms.DateTimeField(
        label="When it happened",
        help_text="Date and time, for example 2026-11-30 14:05.",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"],
        error_messages={
            "required": "Enter when it happened.",
            "invalid": "Enter a real date and time, for example 2026-11-30 14:05.",
        },
    )
    post_url = forms.URLField(
        label="Link to the post (optional)",
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text="The address of the post, if there is one, even if it is now deleted.",
        error_messages={"invalid": "Enter the post’s full address, starting https://"},
    )
    risk = forms.ChoiceField(
        label="The risk it touched",
        choices=Risk.choices,
        widget=forms.RadioSelect,
        help_text="The recovery checklist for this risk follows.",
        error_messages={"required": "Choose the risk the incident touched."},
    )
    severity = forms.ChoiceField(
        label="How serious it is",
        choices=Severity.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how serious the incident is."},
    )

    def clean_happened_at(self) -> datetime.datetime:
        happened_at = self.cleaned_data["happened_at"]
        if happened_at > timezone.now():
            raise forms.ValidationError("When it happened must be in the past.")
        return happened_at


class RecordStepForm(PostwiseForm):
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Who you told, or what you changed.",
    )


class CloseIncidentForm(PostwiseForm):
    lesson = forms.CharField(
        label="Lesson learned",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        help_text="What would stop this happening again? Champions may add it to the best practice library.",
        error_messages={"required": "Enter the lesson learned before closing the incident."},
    )
