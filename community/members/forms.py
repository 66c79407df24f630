from django import forms

from community.avatars import MAX_BYTES
from community.forms import PostwiseForm


class PhotoForm(PostwiseForm):
    photo = forms.FileField(
        label="Upload a photo",
        help_text=f"A JPEG, PNG or WebP image, smaller than {MAX_BYTES // (1024 * 1024)} MB. "
        "It is cropped to a square and shown to signed-in colleagues.",
        error_messages={"required": "Choose a photo to upload.", "empty": "The file you chose is empty."},
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
