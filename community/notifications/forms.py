from django import forms

from community.forms import PostwiseForm
from community.notifications.models import EmailPreference


class PreferenceForm(PostwiseForm):
    frequency = forms.ChoiceField(
        label="How should we email you about forum activity?",
        choices=EmailPreference.Frequency.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how often you want emails."},
    )
