"""A topic page's posts as HTML, built in Python instead of a template per post: a template (with its included
avatar, badges, time and button templates) cost about ten times as much per post, and made a page of 50 posts
cost 1.7 times one of 20 (issue 14). What every post shares (the viewer's rights, the CSRF token, the addresses'
patterns) is worked out once per page in `TopicPage`; `post_article` then only fills in the post's own values.

Every value goes through `esc` (Django's escaping) except the stored body, which nh3 cleaned when it was saved
(community.forum.markdown), as the template's `|safe` did. Nothing here is cached: the markup is built afresh on
every request, so it always shows the post's current state, the viewer's rights and the relative time.

The pieces are the `components` template tags' own functions (`button_html`, `avatar_html`, …), so they stay the
same as everywhere else. Without JavaScript every action still works: each POST button is a form of its own, and
Quote is a link that fills the reply box (`?quote=<post id>#reply`).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.safestring import SafeString, mark_safe

from community.templatetags.components import avatar_html, badges_html, button_html, csrf_input, esc, time_ago_html


@dataclass(frozen=True)
class TopicPage:
    """What each post's markup depends on besides the post itself, the same for every post on the page."""

    viewer_id: int
    moderator: bool
    can_reply: bool
    can_accept: bool
    accepted_post_id: int | None
    topic_locked: bool
    helpful_ids: frozenset[int]
    csrf_token: str
    # Each per-post address from the post's id (or, for "profile" and "photo", its author's): "helpful",
    # "accept", "flag", "edit", "history", "approve", "reject", "hide", "restore", "permalink", "quote".
    address: dict[str, Callable[[int], str]]
    actions: list[tuple[str, Callable[[int], str]]]  # the other apps' buttons: label, address from the post's id


def reject_form_html(*, post_pk: int, action: str, csrf_token, next: str = "") -> SafeString:
    """Rejecting a held post: the reason is required, and the author is told it."""
    pk = int(post_pk)
    after = f'<input type="hidden" name="next" value="{esc(next)}">\n' if next else ""
    return mark_safe(
        f'<form method="post" action="{esc(action)}" class="postwise-reject-form">\n{csrf_input(csrf_token)}\n{after}'
        f'<div class="govuk-form-group">\n<label class="govuk-label" for="reject-reason-{pk}">Reason for rejecting'
        f'<span class="govuk-visually-hidden"> post {pk}</span> (the author is told)</label>\n'
        f'<input class="govuk-input" id="reject-reason-{pk}" name="reason" type="text" maxlength="300" required>\n'
        f"</div>\n{button_html('Reject', variant='warning', visually_hidden=f' post {pk}')}\n</form>"
    )


def _markers(post, *, page: TopicPage, accepted: bool, pending: bool) -> str:
    """Accepted, helpful, waiting or hidden, under the post's head; nothing when none applies."""
    helpful = post.helpful_count
    if not (accepted or helpful or pending or post.is_hidden):
        return ""
    parts = []
    if accepted:
        parts.append('<strong class="govuk-tag govuk-tag--green">Accepted answer</strong>')
    if helpful:
        plural = "" if helpful == 1 else "s"
        parts.append(f'<span class="pw-post__helpful">{int(helpful)} member{plural} found this helpful.</span>')
    if pending:
        parts.append('<strong class="govuk-tag govuk-tag--yellow">Waiting for approval</strong>')
        if post.author_id == page.viewer_id and not page.moderator:
            parts.append(
                '<span class="govuk-body-s">Only you and the moderators can see this until a moderator approves it. '
                "We will tell you when they do.</span>"
            )
    if post.is_hidden:
        parts.append('<strong class="govuk-tag govuk-tag--red">Hidden</strong>')
    return '<p class="govuk-body-s pw-post__markers">\n' + "\n".join(parts) + "\n</p>\n"


def _buttons(post, *, page: TopicPage, name: str, accepted: bool, pending: bool) -> list[str]:
    """The post's buttons: helpful, accept, the other apps' actions, and the moderator's. `name` is the author's
    name, not yet escaped (button_html escapes it)."""
    visible, pk = post.is_visible, post.pk

    def posting(text: str, link: str, hidden: str = "", variant: str = "secondary", **extra) -> str:
        """A button in a form of its own that POSTs to the post's `link` address."""
        action = page.address[link](pk)
        return button_html(
            text, csrf_token=page.csrf_token, action=action, variant=variant, visually_hidden=hidden, **extra
        )

    buttons = []
    if post.author_id != page.viewer_id and visible:
        if post.pk in page.helpful_ids:
            buttons.append(posting("Remove helpful", "helpful", f" from {name}’s post", name="undo", value="1"))
        else:
            buttons.append(posting("Helpful", "helpful", f": {name}’s post"))
    if page.can_accept and not post.is_opening and visible and not accepted:
        buttons.append(posting("Accept as answer", "accept", f": {name}’s reply"))
    if visible:
        buttons += [
            button_html(label, href=make(pk), variant="secondary", visually_hidden=f": {name}’s post")
            for label, make in page.actions
        ]
    if page.moderator:
        if pending:
            buttons.append(posting("Approve", "approve"))
            buttons.append(reject_form_html(post_pk=pk, action=page.address["reject"](pk), csrf_token=page.csrf_token))
        if post.is_hidden:
            buttons.append(posting("Restore", "restore", f" {name}’s post", variant="warning"))
        else:
            buttons.append(posting("Hide", "hide", f" {name}’s post", variant="warning"))
    return buttons


def _links(post, *, page: TopicPage, name: str) -> list[str]:
    """Quote, Flag, Edit and Edit history, as plain links. `name` is the author's name, escaped."""
    own, pk = post.author_id == page.viewer_id, int(post.pk)
    address = page.address
    found = []
    if page.can_reply and post.is_visible:
        found.append(
            f'<a class="govuk-link" href="{esc(address["quote"](pk))}" data-quote="{pk}" data-quote-author="{name}">'
            f'Quote<span class="govuk-visually-hidden"> {name}’s post in your reply</span></a>'
        )
    if not own:
        found.append(
            f'<a class="govuk-link" href="{esc(address["flag"](pk))}">Flag for a moderator'
            f'<span class="govuk-visually-hidden">: {name}’s post</span></a>'
        )
    if own or page.moderator:
        if not page.topic_locked or page.moderator:
            found.append(
                f'<a class="govuk-link" href="{esc(address["edit"](pk))}">Edit'
                f'<span class="govuk-visually-hidden"> {name}’s post</span></a>'
            )
        if post.edited_at:
            found.append(
                f'<a class="govuk-link" href="{esc(address["history"](pk))}">Edit history'
                f'<span class="govuk-visually-hidden"> of {name}’s post</span></a>'
            )
    return found


def post_article(post, *, page: TopicPage) -> SafeString:
    """One post as an <article>: its author (avatar, name, badges), when (a permalink), markers, body, buttons
    and links. Needs `post.author_badges` (community.forum.author_badges.attach_author_badges, once per page)."""
    author = post.author
    raw_name = author.display_name
    name = esc(raw_name)
    pk = int(post.pk)
    accepted = pk == page.accepted_post_id
    pending = post.status == post.Status.PENDING
    address = page.address
    who = (
        f'<a class="govuk-link govuk-link--no-visited-state" href="{esc(address["profile"](author.pk))}">{name}</a>'
        if author.is_active
        else name
    )
    badges = f'<span class="pw-post__badges">{badges_html(post.author_badges)}</span>\n' if post.author_badges else ""
    buttons = "\n".join(_buttons(post, page=page, name=raw_name, accepted=accepted, pending=pending))
    plain_links = "\n".join(_links(post, page=page, name=name))
    return mark_safe(
        f'<article class="postwise-post{" postwise-post--accepted" if accepted else ""}" id="post-{pk}" '
        f'aria-labelledby="post-{pk}-by" data-post="{pk}">\n'
        f'<div class="pw-post__head">\n{avatar_html(author, photo_address=address["photo"])}\n'
        f'<h2 class="govuk-heading-s pw-post__who" id="post-{pk}-by">{who}</h2>\n{badges}'
        f'<span class="pw-post__when"><a class="govuk-link govuk-link--no-visited-state" '
        f'href="{esc(address["permalink"](pk))}">'
        f'{time_ago_html(post.created_at)}<span class="govuk-visually-hidden">: link to this post</span></a>'
        f"{' · edited' if post.edited_at else ''}</span>\n</div>\n"
        f"{_markers(post, page=page, accepted=accepted, pending=pending)}"
        # The body was cleaned by nh3 when it was stored (community.forum.markdown).
        f'<div class="postwise-post-body govuk-body">{post.body_html}</div>\n'
        f'<div class="govuk-button-group postwise-post-actions">\n{buttons}\n</div>\n'
        f'<p class="govuk-body-s pw-post__links">\n{plain_links}\n</p>\n'
        '<hr class="govuk-section-break govuk-section-break--m govuk-section-break--visible">\n'
        "</article>\n"
    )
