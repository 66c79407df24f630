"""A topic page's posts, each rendered once and then read from the cache (issue 14).

Rendering `forum/post.html` (its buttons, forms and avatar) was most of a topic page's time, and grew with
every post: 50 posts cost about twice 20. Each post's markup is now kept in the cache under a key made of
everything the markup reads: the post's own fields, its author's name and photo, the topic's accepted
answer and lock, and what the viewer may do with it (author or not, found it helpful or not, may accept,
moderates, the post actions of their role). Nothing needs invalidating: a change to any of these is a new
key, and old keys expire. The templates' own source is in the key too, so a deploy never serves old markup.

The forms' CSRF token is per session, so the cached markup holds a placeholder that each response replaces
with its own token. The cache is read with one `get_many` per page.
"""

import functools
import hashlib

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

POST_TEMPLATE = "forum/post.html"
# Every template the post's markup is made of: their source is part of each key.
TEMPLATES = [POST_TEMPLATE, "forum/reject_form.html", "components/button.html", "components/avatar.html"]
CSRF_PLACEHOLDER = "postwise-post-fragment-csrf-token"
FRAGMENT_SECONDS = 3600


@functools.cache
def _templates_version() -> str:
    digest = hashlib.sha256()
    for name in TEMPLATES:
        digest.update(get_template(name).template.source.encode())
    return digest.hexdigest()[:16]


def _key(post, shared: tuple, *, viewer_id, helpful: bool) -> str:
    author = post.author
    parts = (
        *shared,
        post.pk,
        post.status,
        post.is_hidden,
        post.is_opening,
        post.created_at,
        post.edited_at,
        post.helpful_count,
        hashlib.sha256(post.body_html.encode()).hexdigest(),
        post.author_id,
        author.display_name,
        author.initials,
        author.avatar.name if author.avatar else "",
        post.author_id == viewer_id,
        helpful,
    )
    return "forum-post:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def rendered_posts(
    request, *, topic, posts, helpful_ids: set[int], moderator: bool, can_accept: bool, post_actions
) -> list[SafeString]:
    """Each post's markup, as `forum/post.html` renders it for this viewer (posts carry `links` and
    `action_links`: community/forum/views/topic.py)."""
    shared = (
        _templates_version(),
        timezone.get_current_timezone_name(),
        topic.pk,
        topic.accepted_post_id,
        topic.is_locked,
        moderator,
        can_accept,
        tuple((action.label, action.url_name) for action in post_actions),
    )
    viewer_id = request.user.pk
    keys = [_key(post, shared, viewer_id=viewer_id, helpful=post.pk in helpful_ids) for post in posts]
    found = cache.get_many(keys)
    template = get_template(POST_TEMPLATE)
    context = {
        "topic": topic,
        "user": request.user,
        "helpful_ids": helpful_ids,
        "moderator": moderator,
        "can_accept": can_accept,
        "csrf_token": CSRF_PLACEHOLDER,
    }
    rendered = {}
    token = get_token(request)
    markup = []
    for post, key in zip(posts, keys, strict=True):
        fragment = found.get(key)
        if fragment is None:
            fragment = rendered[key] = template.render({**context, "post": post})
        markup.append(mark_safe(fragment.replace(CSRF_PLACEHOLDER, token)))  # noqa: S308 - our own template's output
    if rendered:
        cache.set_many(rendered, FRAGMENT_SECONDS)
    return markup
