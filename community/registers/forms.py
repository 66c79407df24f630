from django import forms

from community.account_addresses import address_errors, normalise_handle
from community.forms import PostwiseForm, PostwiseModelForm, SubmitOnceMixin
from community.models import Member, OfficialAccount
from community.registers.models import Application

# The business case: all needed to submit, none needed to save a draft.
BUSINESS_CASE = ("why_needed", "why_not_existing", "audience", "goals", "time_and_resources", "success_measures")


class ApplicationForm(SubmitOnceMixin, PostwiseModelForm):
    public_url = forms.URLField(
        label="Public address",
        required=False,
        assume_scheme="https",
        help_text="If the account exists already: its page, like https://www.instagram.com/exampleleisure/.",
    )
    backup_email = forms.EmailField(
        label="Backup manager's work email",
        required=False,
        help_text="A colleague who will manage the account with you. They need a corporate user licence.",
    )
    sponsor_email = forms.EmailField(
        label="Sponsor's work email",
        required=False,
        help_text="The senior manager who supports the account and will receive its reports.",
    )

    class Meta:
        model = Application
        fields = [
            "platform",
            "name",
            "handle",
            "public_url",
            "department",
            "why_needed",
            "why_not_existing",
            "audience",
            "goals",
            "time_and_resources",
            "success_measures",
        ]
        widgets = {field: forms.Textarea(attrs={"rows": 4}) for field in BUSINESS_CASE}

    def __init__(self, *args, submitting: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.submitting = submitting
        order = ["platform", "name", "handle", "public_url", "department", *BUSINESS_CASE[:5]]
        order += ["backup_email", "sponsor_email", "success_measures"]
        self.order_fields(order)
        if submitting:
            for name in (*BUSINESS_CASE, "backup_email", "sponsor_email"):
                self.fields[name].required = True
        if self.instance.pk and not self.is_bound:
            self.initial["backup_email"] = getattr(self.instance.backup_manager, "email", "")
            self.initial["sponsor_email"] = getattr(self.instance.sponsor, "email", "")

    def _member(self, field: str, who: str) -> Member | None:
        email = self.cleaned_data.get(field, "")
        if not email:
            return None
        member = Member.objects.filter(email__iexact=email, is_active=True).first()
        if member is None:
            raise forms.ValidationError(f"Nobody on Postwise has the email address {email}. Check the {who}'s address.")
        return member

    def clean_backup_email(self):
        return self._member("backup_email", "backup manager")

    def clean_sponsor_email(self):
        return self._member("sponsor_email", "sponsor")

    def clean(self):
        cleaned = super().clean()
        platform = cleaned.get("platform", "")
        if "handle" in cleaned:
            cleaned["handle"] = normalise_handle(platform=platform, handle=cleaned["handle"])
        errors = address_errors(
            platform=platform, handle=cleaned.get("handle", ""), public_url=cleaned.get("public_url", ""), feed_url=""
        )
        for field, message in errors.items():
            if field not in self.errors:
                self.add_error(field, message)
        if (
            "handle" not in self.errors
            and platform
            and OfficialAccount.objects.filter(platform=platform, handle=cleaned.get("handle")).exists()
        ):
            self.add_error("handle", "The register already has an account with this handle on this platform.")
        return cleaned

    def save(self, commit=False):
        application = super().save(commit=False)
        application.backup_manager = self.cleaned_data.get("backup_email")
        application.sponsor = self.cleaned_data.get("sponsor_email")
        return application


class DecisionForm(PostwiseForm):
    decision = forms.ChoiceField(
        label="Your decision",
        choices=[("approve", "Approve: open the account"), ("changes", "Ask for changes"), ("reject", "Reject")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose approve, ask for changes or reject."},
    )
    reason = forms.CharField(
        label="Your reasons",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="The applicant sees these.",
        max_length=4000,
        error_messages={"required": "Give your reasons: the applicant will see them."},
    )


class DirectoryFilterForm(PostwiseForm):
    platform = forms.ChoiceField(choices=[("", "All platforms"), *OfficialAccount.Platform.choices], required=False)
    department = forms.ChoiceField(required=False)

    def __init__(self, *args, departments: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].choices = [("", "All departments")] + [(d, d) for d in departments]
