from django import forms

from community.forms import PostwiseForm

BASES = [
    ("Left the organisation", "They left the organisation"),
    ("The member asked for erasure", "They asked us to erase their data"),
    ("No longer needed", "We no longer need their data"),
]


class FindMemberForm(PostwiseForm):
    email = forms.EmailField(label="Their work email address", max_length=254)


class DeactivateForm(PostwiseForm):
    basis = forms.ChoiceField(label="Why is the account closing?", choices=BASES, widget=forms.RadioSelect)
    anonymise_now = forms.BooleanField(label="Anonymise at once, instead of after the retention period", required=False)
    remove_words = forms.BooleanField(
        label="Also remove the words of their forum posts (the posts stay, so that threads still read)",
        required=False,
    )


class AnonymiseForm(PostwiseForm):
    basis = forms.ChoiceField(label="Why anonymise now?", choices=BASES, widget=forms.RadioSelect)
    remove_words = forms.BooleanField(
        label="Also remove the words of their forum posts (the posts stay, so that threads still read)",
        required=False,
    )
