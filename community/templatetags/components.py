"""Shared GOV.UK components as template tags. ``{% load components %}``, then:

- ``{% button "Save" %}``: a submit button; ``variant="secondary"``, ``"warning"`` or ``"start"``;
- ``{% button "Open" href=url %}``: a link that looks like a button (``role="link"`` keeps it a plain link
  for assistive technology);
- ``{% button "Hide" action=url variant="warning" %}``: a form of its own that POSTs (with the CSRF token)
  to ``action``;
- ``name=``/``value=`` submit with the button, ``visually_hidden=`` adds words for screen readers only
  (such as whose post), ``prevent_double_click=True``, ``classes=`` for spacing overrides;
- ``{% avatar member %}`` (``size="large"`` on a profile): a member's photo (served by members:photo, always a
  re-encoded JPEG) or their initials on a colour fixed for them (.pw-avatar--N in postwise.scss; no inline
  style under the strict CSP). Decorative beside a visible name (empty alt, aria-hidden), so screen readers
  hear the name once; only the member's own fields are read (no query);
- ``{% member_badges badges %}``: role and level badges beside a member's name (a list of
  community.members.badges.Badge; members.selectors.badges_for gives them for a page of members at once);
- ``{% time_ago moment %}``: a past moment as "3 hours ago", with the exact time on hover (title) and in the
  text for screen readers, and the machine-readable moment in ``datetime``.

Each is also a Python function (``button_html``, ``avatar_html``, ``badges_html``, ``time_ago_html``) built
with ``format_html`` (every value escaped), so that a page that repeats them per item, such as the topic
page's posts, renders them without a template per item (issue 14). The tags call the same functions.
"""

import html
from collections.abc import Callable, Iterable
from urllib.parse import quote

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from community import dates

register = template.Library()

VARIANTS = frozenset({"", "secondary", "warning", "start"})
LINK_ROLES = frozenset({"button", "link"})
_START_ICON = mark_safe(
    '<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" '
    'viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 '
    '20H0l20-20z"/></svg>'
)


def esc(value) -> str:
    """A value for HTML text or a quoted attribute: as Django's ``conditional_escape`` (markup marked safe
    stays as it is; anything else has & < > " ' escaped), without its lazy-string wrapper, which cost more than
    the escaping where a page builds hundreds of values."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


def _attribute(name: str, value) -> str:
    """` name="value"`, or nothing when the value is empty."""
    return f' {name}="{esc(value)}"' if value else ""


def csrf_input(csrf_token) -> SafeString:
    """The hidden CSRF field, as Django's ``{% csrf_token %}`` writes it (nothing without a token)."""
    if not csrf_token or csrf_token == "NOTPROVIDED":  # noqa: S105 (Django's marker for "no token", not a secret)
        return mark_safe("")
    return mark_safe(f'<input type="hidden" name="csrfmiddlewaretoken" value="{esc(csrf_token)}">')


def button_html(
    text,
    *,
    csrf_token="",
    variant: str = "",
    href: str = "",
    action: str = "",
    name: str = "",
    value="",
    type: str = "submit",  # the HTML attribute's name
    visually_hidden: str = "",
    classes: str = "",
    prevent_double_click: bool = False,
    download: bool = False,
    role: str = "button",
    form: str = "",
    id: str = "",  # the HTML attribute's name
    formaction: str = "",
) -> SafeString:
    """A GOV.UK button; with ``action``, inside a form of its own that POSTs there with ``csrf_token``."""
    if variant not in VARIANTS:
        raise template.TemplateSyntaxError(f"button variant must be one of {sorted(VARIANTS)}, not {variant!r}")
    if role not in LINK_ROLES:
        raise template.TemplateSyntaxError(f"button role must be one of {sorted(LINK_ROLES)}, not {role!r}")
    css = esc(" ".join(filter(None, ["govuk-button", f"govuk-button--{variant}" if variant else "", classes])))
    if href:
        link_role = ' role="button" draggable="false"' if role == "button" else ""
        downloads = " download" if download else ""
        opening = f'<a href="{esc(href)}"{link_role} class="{css}" data-module="govuk-button"{downloads}>'
    else:
        once = ' data-prevent-double-click="true"' if prevent_double_click else ""
        opening = (
            f'<button type="{esc(type)}" class="{css}" data-module="govuk-button"{once}'
            f"{_attribute('name', name)}{_attribute('value', value)}{_attribute('form', form)}"
            f"{_attribute('id', id)}{_attribute('formaction', formaction)}>"
        )
    hidden = f'<span class="govuk-visually-hidden">{esc(visually_hidden)}</span>' if visually_hidden else ""
    markup = f"{opening}{esc(text)}{hidden}{_START_ICON if variant == 'start' else ''}{'</a>' if href else '</button>'}"
    if action:
        markup = f'<form method="post" action="{esc(action)}">{csrf_input(csrf_token)}{markup}</form>'
    return mark_safe(markup)


@register.simple_tag(takes_context=True)
def button(context, text, **options) -> SafeString:
    return button_html(text, csrf_token=context.get("csrf_token"), **options)


def avatar_html(member, *, size: str = "small", photo_address: Callable[[int], str] | None = None) -> SafeString:
    """A member's avatar (see the module's docstring). ``photo_address(member_pk)`` may give the photo's
    address where a page has reversed it once for all its members."""
    size = size or "small"
    if member.avatar:
        side = 96 if size == "large" else 32
        address = photo_address(member.pk) if photo_address else reverse("members:photo", args=[member.pk])
        version = esc(quote(member.avatar.name[8:16], safe="/"))
        inner = (
            f'<img class="pw-avatar__photo" src="{esc(address)}?v={version}" alt="" loading="lazy" '
            f'width="{side}" height="{side}">'
        )
    else:
        inner = esc(member.initials)
    return mark_safe(
        f'<span class="pw-avatar pw-avatar--{esc(size)} pw-avatar--c{member.avatar_colour:d}" aria-hidden="true">'
        f"{inner}</span>"
    )


@register.simple_tag
def avatar(member, size: str = "small") -> SafeString:
    return avatar_html(member, size=size)


def badges_html(badges: Iterable) -> SafeString:
    """Each badge as a GOV.UK tag, each after a space."""
    return mark_safe(
        "".join(
            f' <strong class="govuk-tag govuk-tag--{esc(badge.colour)} pw-badge">{esc(badge.label)}</strong>'
            for badge in badges
        )
    )


@register.simple_tag
def member_badges(badges) -> SafeString:
    return badges_html(badges or ())


def time_ago_html(moment) -> SafeString:
    """A past moment (an aware datetime) as a <time>: relative in the text, exact in the title and for screen
    readers."""
    exact = esc(dates.exact_datetime(moment))
    return mark_safe(
        f'<time datetime="{esc(dates.machine_datetime(moment))}" title="{exact}">{esc(dates.time_ago(moment))}'
        f'<span class="govuk-visually-hidden"> ({exact})</span></time>'
    )


@register.simple_tag
def time_ago(moment) -> SafeString:
    return time_ago_html(moment)
