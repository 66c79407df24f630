"""The forms a member fills in: starting an attempt (with an application when needed) and answering."""

from django import forms

from community.forms import PostwiseForm
from courses.quizzes.selectors import ShownQuestion

FIELD_PREFIX = "question-"


class StartAttemptForm(PostwiseForm):
    """Empty unless the licence needs approval; then it asks for the business reason and line manager."""

    def __init__(self, *args, needs_application: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if needs_application:
            self.fields["business_reason"] = forms.CharField(
                label="Why do you need to post for the organisation?",
                help_text="A sentence or two for the champion who approves your licence.",
                widget=forms.Textarea(attrs={"rows": 4}),
                max_length=1000,
                error_messages={"required": "Enter why you need to post for the organisation"},
            )
            self.fields["line_manager"] = forms.CharField(
                label="Your line manager's name",
                max_length=200,
                error_messages={"required": "Enter your line manager's name"},
            )


class AnswersForm(PostwiseForm):
    """One field per question of the attempt, named by question id, with options in the frozen order.

    Only option ids and texts reach the page: never whether an option is correct.
    """

    def __init__(self, *args, questions: list[ShownQuestion], require_all: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for shown in questions:
            question = shown.question
            choices = [(str(option.pk), option.text) for option in shown.options]
            common = {
                "label": f"{shown.number}. {question.text}",
                "choices": choices,
                "required": require_all,
                "initial": [str(pk) for pk in shown.entry.selected_option_ids],
            }
            if question.allows_several:
                self.fields[self.field_name(shown)] = forms.MultipleChoiceField(
                    widget=forms.CheckboxSelectMultiple,
                    help_text="Select all that apply.",
                    error_messages={"required": f"Choose at least one answer to question {shown.number}"},
                    **common,
                )
            else:
                common["initial"] = common["initial"][0] if common["initial"] else None
                self.fields[self.field_name(shown)] = forms.ChoiceField(
                    widget=forms.RadioSelect,
                    error_messages={"required": f"Choose an answer to question {shown.number}"},
                    **common,
                )

    @staticmethod
    def field_name(shown: ShownQuestion) -> str:
        return f"{FIELD_PREFIX}{shown.entry.question_id}"

    def clean(self):
        cleaned = super().clean()
        unknown = [key for key in self.data if key.startswith(FIELD_PREFIX) and key not in self.fields]
        if unknown:
            raise forms.ValidationError(
                "Your answers included a question that is not part of this attempt. Nothing was saved."
            )
        return cleaned

    def answers(self) -> dict[int, list[int]]:
        result = {}
        for shown in self.questions:
            value = self.cleaned_data.get(self.field_name(shown))
            if value:
                values = value if isinstance(value, list) else [value]
                result[shown.entry.question_id] = [int(v) for v in values]
        return result


class TimeAdjustmentForm(PostwiseForm):
    """A champion's reasonable adjustment to one member's quiz time limits."""

    EXTRA, NO_LIMIT, END = "extra", "no_limit", "end"

    email = forms.EmailField(
        label="Member's email address",
        max_length=254,
        error_messages={"required": "Enter the member's email address", "invalid": "Enter a valid email address"},
    )
    kind = forms.ChoiceField(
        label="Adjustment",
        widget=forms.RadioSelect,
        choices=[
            (EXTRA, "Extra time on every timed quiz"),
            (NO_LIMIT, "No time limit"),
            (END, "End the member's adjustment"),
        ],
        error_messages={"required": "Choose an adjustment"},
    )
    extra_minutes = forms.IntegerField(
        label="Extra minutes",
        required=False,
        min_value=1,
        max_value=600,
        help_text="Added to each timed quiz's limit, for example 10 for 25% more time on a 40-minute quiz.",
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "govuk-input--width-3"}),
        error_messages={
            "invalid": "Enter extra minutes as a whole number, like 10",
            "min_value": "Extra minutes must be 1 or more",
            "max_value": "Extra minutes must be 600 or fewer",
        },
    )
    reason = forms.CharField(
        label="Why the member needs this adjustment",
        help_text="Recorded with your name and the time. Only champions and the member can see adjustments.",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": "Enter why the member needs this adjustment"},
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("kind") == self.EXTRA
            and not cleaned.get("extra_minutes")
            and "extra_minutes" not in self.errors
        ):
            self.add_error("extra_minutes", "Enter how many extra minutes the member has")
        return cleaned
