from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse

from community.forum.forms import ReplyForm
from community.forum.models import HelpfulReaction, TopicWatch
from community.forum.post_actions import post_actions_for
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


def _attach_links(posts, post_actions) -> None:
    """Every per-post address, reversed once per page rather than about six times per post (issue 14):
    the template reads `post.links` and `post.action_links`."""
    makers = {
        "helpful": _address_maker("forum:helpful"),
        "accept": _address_maker("forum:accept"),
        "flag": _address_maker("forum:flag"),
        "edit": _address_maker("forum:edit_post"),
        "history": _address_maker("forum:history"),
        "approve": _address_maker("forum:moderate_post", "approve"),
        "reject": _address_maker("forum:moderate_post", "reject"),
        "hide": _address_maker("forum:moderate_post", "hide"),
        "restore": _address_maker("forum:moderate_post", "restore"),
    }
    action_makers = [(action.label, _address_maker(action.url_name)) for action in post_actions]
    for post in posts:
        post.links = {key: make(post.pk) for key, make in makers.items()}
        post.links["hide_or_restore"] = post.links["restore" if post.is_hidden else "hide"]
        post.action_links = [(label, make(post.pk)) for label, make in action_makers]


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
    post_actions = post_actions_for(request.user)
    _attach_links(posts, post_actions)
    context = {
        "topic": topic,
        "posts": posts,
        "next_after": next_after,
        "helpful_ids": helpful_ids,
        "moderator": moderator,
        "can_reply": permissions.can(request.user, "forum.reply", topic),
        "can_accept": permissions.can(request.user, "forum.accept_answer", topic),
        "post_actions": post_actions,
        "watching": TopicWatch.objects.filter(member=request.user, topic=topic).exists(),
        "tags": list(topic.tags.all()),
        "form": form or ReplyForm(),
        "preview": preview,
    }
    return render(request, "forum/topic.html", context)


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
