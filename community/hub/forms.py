from django import forms
from django.core.exceptions import ValidationError

from community.forms import PostwiseForm
from community.hub.selectors import HubFilters
from community.models import OfficialAccount


class HubFilterForm(PostwiseForm):
    """The hub's filters, kept in the URL (a GET form that works without JavaScript)."""

    platform = forms.ChoiceField(label="Platform", required=False)
    account = forms.TypedChoiceField(label="Account", required=False, coerce=int, empty_value=None)
    department = forms.ChoiceField(label="Department", required=False)

    def __init__(self, *args, accounts: list[OfficialAccount], **kwargs):
        super().__init__(*args, **kwargs)
        platforms = dict(OfficialAccount.Platform.choices)
        used = sorted({account.platform for account in accounts}, key=lambda value: platforms.get(value, value))
        self.fields["platform"].choices = [
            ("", "All platforms"),
            *((value, platforms.get(value, value)) for value in used),
        ]
        self.fields["account"].choices = [
            ("", "All accounts"),
            *((account.pk, account.name or account.handle) for account in accounts),
        ]
        departments = sorted({account.department for account in accounts if account.department})
        self.fields["department"].choices = [("", "All departments"), *((name, name) for name in departments)]

    def filters(self) -> HubFilters:
        """What was asked for; a value that is not offered (an old link, a typed URL) is simply not applied."""
        if not self.is_bound:
            return HubFilters()
        values = {}
        for name in ("platform", "account", "department"):
            field = self.fields[name]
            try:
                values[name] = field.clean(self.data.get(name, ""))
            except ValidationError:
                values[name] = None
        return HubFilters(
            platform=values["platform"] or "", account_id=values["account"], department=values["department"] or ""
        )
