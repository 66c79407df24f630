from django import forms


class PostwiseFormMixin:
    """Renders with GOV.UK components and links each error to its field."""

    template_name = "components/forms/form.html"


class PostwiseForm(PostwiseFormMixin, forms.Form):
    pass


class PostwiseModelForm(PostwiseFormMixin, forms.ModelForm):
    pass
