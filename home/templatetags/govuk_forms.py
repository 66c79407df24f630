"""Render Django form fields with GOV.UK Frontend classes and errors linked to their fields."""

from django import forms, template

register = template.Library()

WIDGET_CLASSES = {
    forms.Textarea: "govuk-textarea",
    forms.Select: "govuk-select",
    forms.SelectMultiple: "govuk-select",
    forms.ClearableFileInput: "govuk-file-upload",
    forms.FileInput: "govuk-file-upload",
    forms.CheckboxInput: "govuk-checkboxes__input",
}


def _describedby(field) -> str:
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}-hint")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    return " ".join(ids)


@register.simple_tag
def govuk_widget(field, extra_class: str = ""):
    widget = field.field.widget
    css = next((css for kind, css in WIDGET_CLASSES.items() if isinstance(widget, kind)), "govuk-input")
    if field.errors:
        css += {
            "govuk-textarea": " govuk-textarea--error",
            "govuk-select": " govuk-select--error",
            "govuk-input": " govuk-input--error",
            "govuk-file-upload": " govuk-file-upload--error",
        }.get(css, "")
    attrs = {"class": f"{css} {extra_class}".strip()}
    describedby = _describedby(field)
    if describedby:
        attrs["aria-describedby"] = describedby
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.simple_tag
def choice_describedby(field) -> str:
    return _describedby(field)


@register.filter
def field_kind(field) -> str:
    widget = field.field.widget
    # CheckboxSelectMultiple subclasses RadioSelect, so it is asked about first.
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if widget.is_hidden:
        return "hidden"
    return "input"
