from django import forms

from community.forms import PostwiseForm, SubmitOnceMixin
from community.forum.models import Category, Flag
from community.forum.services.posting import MAX_BODY, MAX_TITLE

BODY_HELP = (
    "You can use Markdown: **bold**, *italic*, [a link](https://example.org), lists and > quotes. "
    "To mention someone, type @ and the part of their email address before the @, such as @alex.smith."
)


def body_field(label: str) -> forms.CharField:
    return forms.CharField(
        label=label,
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_BODY,
        help_text=BODY_HELP,
        strip=False,
        error_messages={
            "required": "Enter the text of your post.",
            "max_length": f"A post must be {MAX_BODY:,} characters or fewer.",
        },
    )


class TopicForm(SubmitOnceMixin, PostwiseForm):
    title = forms.CharField(
        label="Title",
        max_length=MAX_TITLE,
        error_messages={
            "required": "Enter a title for the topic.",
            "max_length": f"The title must be {MAX_TITLE} characters or fewer.",
        },
    )
    body = body_field("Your post")
    tags = forms.CharField(
        label="Tags (optional)",
        required=False,
        max_length=300,
        help_text="Up to 5, separated by commas, for example: service alerts, events",
    )

    def tag_list(self) -> list[str]:
        return [tag for tag in (part.strip() for part in self.cleaned_data.get("tags", "").split(",")) if tag]


class ReplyForm(SubmitOnceMixin, PostwiseForm):
    body = body_field("Your reply")


class EditPostForm(PostwiseForm):
    title = forms.CharField(label="Title", max_length=MAX_TITLE, required=False)
    body = body_field("Post")
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, opening: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if opening:
            self.fields["title"].required = True
            self.fields["title"].error_messages["required"] = "Enter a title for the topic."
        else:
            del self.fields["title"]


class FlagForm(PostwiseForm):
    reason = forms.ChoiceField(
        label="Why should a moderator look at this post?",
        choices=Flag.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose why you are flagging this post."},
    )
    note = forms.CharField(
        label="Anything else the moderator should know (optional)",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MoveForm(PostwiseForm):
    category = forms.ModelChoiceField(
        label="Move to category",
        queryset=Category.objects.all(),
        empty_label=None,
        error_messages={"invalid_choice": "Choose a category from the list."},
    )


class MergeForm(PostwiseForm):
    into = forms.IntegerField(
        label="Merge into topic number",
        min_value=1,
        help_text="The number at the end of the other topic's address, for example 42 in /forum/t/42/.",
        error_messages={"required": "Enter the number of the topic to merge into."},
    )
