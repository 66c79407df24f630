"""@mentions: `@name` matches the part of a member's email address before the @."""

import re

from django.contrib.auth import get_user_model

MENTION = re.compile(r"(?<![\w@])@([a-z0-9][a-z0-9._-]{1,60})", re.IGNORECASE)
MAX_MENTIONS = 10


def mentioned_members(body: str):
    handles = {handle.lower().rstrip("._-") for handle in MENTION.findall(body)}
    if not handles:
        return get_user_model().objects.none()
    handles = sorted(handles)[:MAX_MENTIONS]
    pattern = r"^(" + "|".join(re.escape(handle) for handle in handles) + r")@"
    return get_user_model().objects.filter(is_active=True, email__iregex=pattern)
