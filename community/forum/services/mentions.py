"""@mentions: `@name` matches the part of a member's email address before the @."""

import re

from django.contrib.auth import get_user_model

from community.forum.markdown import MENTION, readable_text, render_markdown

MAX_MENTIONS = 10


def mentioned_members(body: str):
    handles = {handle.lower().rstrip("._-") for handle in MENTION.findall(body)}
    if not handles:
        return get_user_model().objects.none()
    handles = sorted(handles)[:MAX_MENTIONS]
    pattern = r"^(" + "|".join(re.escape(handle) for handle in handles) + r")@"
    return get_user_model().objects.filter(is_active=True, email__iregex=pattern)


def handle_of(member) -> str:
    return member.email.split("@")[0].lower()


def mention_links(body: str) -> dict[str, tuple[str, str]]:
    """handle -> (href, title) for each mentioned member: a mail link, as members have no profile page."""
    return {
        handle_of(member): (f"mailto:{member.email}", f"Email {member.display_name}")
        for member in mentioned_members(body).only("email", "first_name", "last_name")
    }


def render_post(body: str) -> str:
    """A post's HTML: its Markdown, sanitised, with each `@name` of a member linked."""
    return render_markdown(body, mentions=mention_links(body))


def readable_post(body: str) -> str:
    """A post's words as plain text, each `@name` of a member written as their name."""
    names = {
        handle_of(member): member.display_name
        for member in mentioned_members(body).only("email", "first_name", "last_name")
    }
    return readable_text(body, names=names)
