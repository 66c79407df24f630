from django import forms

from community.forms import PostwiseForm
from courses.licences.models.licence import CODE_PATTERN
from courses.licences.services import CHANGES


class StatusChangeForm(PostwiseForm):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
        help_text="Recorded in the licence's audit trail.",
    )

    def __init__(self, *args, change: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.change = CHANGES[change]
        self.fields["reason"].required = self.change.reason_required
        self.fields["reason"].label = f"Why {self.change.verb} this licence?"


class VerifyCodeForm(PostwiseForm):
    code = forms.RegexField(
        label="Verification code",
        regex=CODE_PATTERN,
        max_length=40,
        help_text="The code printed under the QR code on the certificate.",
        error_messages={
            "required": "Enter the verification code",
            "invalid": "Enter the code exactly as it is printed, using letters, numbers, - and _ only",
        },
        strip=True,
    )
