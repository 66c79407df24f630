from django import forms

from community.forms import PostwiseForm
from community.postcheck.platforms import PLATFORMS

# Longer than any platform's limit (Facebook's 63,206), short enough to check in a moment.
LONGEST_DRAFT = 70_000


class CheckForm(PostwiseForm):
    text = forms.CharField(
        label="Your draft",
        help_text="Paste or type the post as you would publish it, with its links and hashtags.",
        max_length=LONGEST_DRAFT,
        strip=False,  # Positions in the report point into the text as typed.
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "true"}),
        error_messages={"required": "Enter the draft you want to check."},
    )
    platform = forms.ChoiceField(
        label="Where will you post it?",
        choices=[(key, platform.label) for key, platform in PLATFORMS.items()],
        error_messages={
            "required": "Choose where you will post it.",
            "invalid_choice": "Choose a platform from the list.",
        },
    )
    account = forms.TypedChoiceField(
        label="Official account (optional)",
        help_text="If you are posting for one of the accounts you manage, its platform is used.",
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": "Choose one of your accounts, or none."},
    )

    def __init__(self, *args, accounts=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.accounts = {account.pk: account for account in accounts}
        self.fields["account"].choices = [("", "None: my own or a general post")] + [
            (account.pk, f"{account.title} ({account.get_platform_display()})") for account in accounts
        ]
        if not self.accounts:  # Nothing to choose: hidden, but someone else's account is still refused.
            self.fields["account"].widget = forms.HiddenInput()

    def clean_text(self) -> str:
        return self.cleaned_data["text"].replace("\r\n", "\n").replace("\r", "\n")

    def clean(self):
        cleaned = super().clean()
        account = self.accounts.get(cleaned.get("account")) if cleaned.get("account") else None
        cleaned["official_account"] = account
        if account is not None and account.platform in PLATFORMS:
            cleaned["platform"] = account.platform
        return cleaned
