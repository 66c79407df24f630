from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse

from community.forum.author_badges import attach_author_badges
from community.forum.forms import ReplyForm
from community.forum.markdown import quoted
from community.forum.models import HelpfulReaction, TopicWatch
from community.forum.post_actions import post_actions_for
from community.forum.post_markup import TopicPage, post_article
from community.forum.selectors import POSTS_PER_PAGE, posts_for
from community.forum.services.posting import held_message, reply
from community.forum.services.read_marks import mark_read
from community.forum.views.lookups import preview_of, topic_for
from community.permissions import permissions
from community.refusals import Refused
from community.submit_once import AlreadySubmitted

# A post id no real post has, reversed once per page; each post's address replaces it with its own id.
_PLACEHOLDER_ID = 987654321987654321


def _address_maker(name: str, *rest):
    address = reverse(name, args=[_PLACEHOLDER_ID, *rest])
    return lambda pk: address.replace(str(_PLACEHOLDER_ID), str(pk))


def _addresses(*, page_url: str) -> dict[str, Callable[[int], str]]:
    """Each per-post address as a function of the post's id (the author's, for their profile and photo), reversed
    once per page rather than about six times per post (issue 14). `page_url` is this page of the topic, so that
    a permalink or a Quote link comes back to the page the post is on."""
    quote_base = page_url + ("&" if "?" in page_url else "?") + "quote="
    return {
        "helpful": _address_maker("forum:helpful"),
        "accept": _address_maker("forum:accept"),
        "flag": _address_maker("forum:flag"),
        "edit": _address_maker("forum:edit_post"),
        "history": _address_maker("forum:history"),
        "approve": _address_maker("forum:moderate_post", "approve"),
        "reject": _address_maker("forum:moderate_post", "reject"),
        "hide": _address_maker("forum:moderate_post", "hide"),
        "restore": _address_maker("forum:moderate_post", "restore"),
        "permalink": lambda pk: f"{page_url}#post-{pk}",
        "quote": lambda pk: f"{quote_base}{pk}#reply",
        "profile": _address_maker("members:profile"),
        "photo": _address_maker("members:photo"),
    }


def _render_topic(request, topic, *, form=None, preview=None):
    moderator = permissions.can(request.user, "forum.moderate")
    try:
        after = max(int(request.GET.get("after", 0)), 0)
    except ValueError:
        after = 0
    posts = posts_for(user=request.user, topic=topic, moderator=moderator, after_id=after)
    next_after = posts[POSTS_PER_PAGE - 1].pk if len(posts) > POSTS_PER_PAGE else None
    posts = posts[:POSTS_PER_PAGE]
    helpful_ids = set(
        HelpfulReaction.objects.filter(member=request.user, post_id__in=[p.pk for p in posts]).values_list(
            "post_id", flat=True
        )
    )
    # Reading a topic raises the reader's high-water mark: per-reader bookkeeping, not content.
    mark_read(member=request.user, topic=topic)
    page_url = topic.get_absolute_url() + (f"?after={after}" if after else "")
    attach_author_badges(posts)
    can_reply = permissions.can(request.user, "forum.reply", topic)
    can_accept = permissions.can(request.user, "forum.accept_answer", topic)
    page = TopicPage(
        viewer_id=request.user.pk,
        moderator=moderator,
        can_reply=can_reply,
        can_accept=can_accept,
        accepted_post_id=topic.accepted_post_id,
        topic_locked=topic.is_locked,
        helpful_ids=frozenset(helpful_ids),
        csrf_token=get_token(request),
        address=_addresses(page_url=page_url),
        actions=[(action.label, _address_maker(action.url_name)) for action in post_actions_for(request.user)],
    )
    if form is None:
        form = ReplyForm(initial={"body": _quote_from(request, posts)} if can_reply else None)
    context = {
        "topic": topic,
        "articles": [post_article(post, page=page) for post in posts],
        "next_after": next_after,
        "moderator": moderator,
        "can_reply": can_reply,
        "watching": TopicWatch.objects.filter(member=request.user, topic=topic).exists(),
        "tags": list(topic.tags.all()),
        "form": form,
        "preview": preview,
    }
    return render(request, "forum/topic.html", context)


def _quote_from(request, posts) -> str:
    """The reply box's starting text for "Quote" without JavaScript (`?quote=<post id>`): that post as a
    blockquote, when it is a visible post on this page (the Quote link carries the page); otherwise empty."""
    try:
        wanted = int(request.GET.get("quote", ""))
    except ValueError:
        return ""
    for post in posts:
        if post.pk == wanted and post.is_visible:
            return quoted(post.body, name=post.author.display_name)
    return ""


@login_required
def topic_detail(request, pk: int):
    topic = topic_for(request, pk)
    if topic.merged_into_id and not permissions.can(request.user, "forum.moderate"):
        return redirect("forum:topic", pk=topic.merged_into_id)
    return _render_topic(request, topic)


@login_required
def reply_to_topic(request, pk: int):
    topic = topic_for(request, pk)
    if request.method != "POST":
        return redirect(topic)
    form = ReplyForm(request.POST)
    preview = preview_of(request, form)
    if preview is None and form.is_valid():
        try:
            post = reply(
                author=request.user,
                topic=topic,
                body=form.cleaned_data["body"],
                submission_key=form.cleaned_data["submission_key"],
            )
        except AlreadySubmitted as duplicate:
            messages.info(request, duplicate.message)
            return redirect(duplicate.existing)
        except Refused as refusal:
            form.add_error(None, refusal.message)
        else:
            if post.status == post.Status.PENDING:
                messages.warning(request, held_message(opening=False, category=topic.category))
            else:
                messages.success(request, "Your reply has been posted.")
            # The topic, not `#post-…`: Chromium would move the focus from the banner (which GOV.UK Frontend
            # focuses so that screen readers announce it) to the fragment.
            return redirect(topic)
    return _render_topic(request, topic, form=form, preview=preview)
