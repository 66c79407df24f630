"""Shared GOV.UK components as template tags. ``{% load components %}``, then:

- ``{% button "Save" %}``: a submit button; ``variant="secondary"``, ``"warning"`` or ``"start"``;
- ``{% button "Open" href=url %}``: a link that looks like a button (``role="link"`` keeps it a plain link
  for assistive technology);
- ``{% button "Hide" action=url variant="warning" %}``: a form of its own that POSTs (with the CSRF token)
  to ``action``;
- ``name=``/``value=`` submit with the button, ``visually_hidden=`` adds words for screen readers only
  (such as whose post), ``prevent_double_click=True``, ``classes=`` for spacing overrides.
"""

from django import template

register = template.Library()

VARIANTS = frozenset({"", "secondary", "warning", "start"})
LINK_ROLES = frozenset({"button", "link"})


@register.inclusion_tag("components/button.html")
def button(
    text: str,
    *,
    variant: str = "",
    href: str = "",
    action: str = "",
    name: str = "",
    value: str = "",
    type: str = "submit",  # the HTML attribute's name
    visually_hidden: str = "",
    classes: str = "",
    prevent_double_click: bool = False,
    download: bool = False,
    role: str = "button",
    form: str = "",
    id: str = "",  # the HTML attribute's name
    formaction: str = "",
) -> dict:
    if variant not in VARIANTS:
        raise template.TemplateSyntaxError(f"button variant must be one of {sorted(VARIANTS)}, not {variant!r}")
    if role not in LINK_ROLES:
        raise template.TemplateSyntaxError(f"button role must be one of {sorted(LINK_ROLES)}, not {role!r}")
    css = " ".join(filter(None, ["govuk-button", f"govuk-button--{variant}" if variant else "", classes]))
    return {
        "text": text,
        "css": css,
        "start": variant == "start",
        "href": href,
        "action": action,
        "name": name,
        "value": value,
        "type": type,
        "visually_hidden": visually_hidden,
        "prevent_double_click": prevent_double_click,
        "download": download,
        "link_role": role == "button",
        "form": form,
        "id": id,
        "formaction": formaction,
    }
