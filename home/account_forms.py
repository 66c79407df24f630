"""The form on "Your account": the member's own name and department."""

from community.forms import PostwiseModelForm
from community.models import Member


class AccountDetailsForm(PostwiseModelForm):
    class Meta:
        model = Member
        fields = ["first_name", "last_name", "department"]
        labels = {"first_name": "First name", "last_name": "Last name", "department": "Department or team"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["first_name"].error_messages["required"] = "Enter your first name."
        self.fields["last_name"].required = True
        self.fields["last_name"].error_messages["required"] = "Enter your last name."
        for name in self.fields:
            self.fields[name].widget.attrs["autocomplete"] = {
                "first_name": "given-name",
                "last_name": "family-name",
                "department": "organization-title",
            }[name]
