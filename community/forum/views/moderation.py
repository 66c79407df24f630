"""The moderation queue and the moderation verbs, for moderators only (403 for others)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from community.forum.forms import MergeForm, MoveForm
from community.forum.models import ModerationAction, Post, Topic
from community.forum.moderation import approve, dismiss, hide, lock, merge, move, pin, restore
from community.forum.selectors import Cursor, approval_queue, flagged_posts
from community.permissions import permissions
from community.refusals import Refused

POST_VERBS = {
    "hide": (lambda user, post: hide.hide_post(moderator=user, post=post), "The post is hidden."),
    "restore": (lambda user, post: restore.restore_post(moderator=user, post=post), "The post is restored."),
    "approve": (lambda user, post: approve.approve_post(moderator=user, post=post), "The post is approved."),
    "reject": (
        lambda user, post, reason="": approve.reject_post(moderator=user, post=post, reason=reason),
        "The post is rejected and its author has been told why.",
    ),
    "dismiss": (lambda user, post: dismiss.dismiss_flags(moderator=user, post=post), "The flags are dismissed."),
}
TOPIC_VERBS = {
    "pin": (lambda user, topic: pin.set_pinned(moderator=user, topic=topic, pinned=True), "The topic is pinned."),
    "unpin": (lambda user, topic: pin.set_pinned(moderator=user, topic=topic, pinned=False), "The topic is unpinned."),
    "lock": (lambda user, topic: lock.set_locked(moderator=user, topic=topic, locked=True), "The topic is locked."),
    "unlock": (
        lambda user, topic: lock.set_locked(moderator=user, topic=topic, locked=False),
        "The topic is unlocked.",
    ),
    "hide": (lambda user, topic: hide.hide_topic(moderator=user, topic=topic), "The topic is hidden."),
    "restore": (lambda user, topic: restore.restore_topic(moderator=user, topic=topic), "The topic is restored."),
}


@login_required
def queue(request):
    permissions.check(request.user, "forum.moderate")
    log = ModerationAction.objects.select_related("moderator", "topic", "post")[:50]
    return render(
        request,
        "forum/moderation.html",
        {
            "flagged": flagged_posts(cursor=Cursor.decode(request.GET.get("after"))),
            "pending": approval_queue(),
            "log": log,
        },
    )


def _run_verb(request, verbs: dict, verb: str, fetch, **extra):
    permissions.check(request.user, "forum.moderate")
    if verb not in verbs:
        raise Http404("Not found")
    target = fetch()
    action, message = verbs[verb]
    try:
        action(request.user, target, **extra)
    except Refused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, message)
    return target


@require_POST
@login_required
def post_verb(request, pk: int, verb: str):
    extra = {"reason": request.POST.get("reason", "")} if verb == "reject" else {}
    post = _run_verb(
        request, POST_VERBS, verb, lambda: get_object_or_404(Post.objects.select_related("topic"), pk=pk), **extra
    )
    return redirect("forum:moderation" if request.POST.get("next") == "queue" else post.topic)


@require_POST
@login_required
def topic_verb(request, pk: int, verb: str):
    return redirect(_run_verb(request, TOPIC_VERBS, verb, lambda: get_object_or_404(Topic, pk=pk)))


@login_required
def move_topic(request, pk: int):
    permissions.check(request.user, "forum.moderate")
    topic = get_object_or_404(Topic.objects.select_related("category"), pk=pk)
    form = MoveForm(request.POST if request.method == "POST" else None, initial={"category": topic.category_id})
    if request.method == "POST" and form.is_valid():
        move.move_topic(moderator=request.user, topic=topic, to=form.cleaned_data["category"])
        messages.success(request, f"The topic is now in {form.cleaned_data['category']}.")
        return redirect(topic)
    return render(request, "forum/moderate_form.html", {"topic": topic, "form": form, "title": "Move topic"})


@login_required
def merge_topic(request, pk: int):
    permissions.check(request.user, "forum.moderate")
    topic = get_object_or_404(Topic, pk=pk)
    form = MergeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        into = Topic.objects.filter(pk=form.cleaned_data["into"]).first()
        if into is None:
            form.add_error("into", "There is no topic with that number.")
        else:
            try:
                merged = merge.merge_topics(moderator=request.user, source=topic, into=into)
            except Refused as refusal:
                form.add_error("into", refusal.message)
            else:
                messages.success(request, "The topics are merged.")
                return redirect(merged)
    return render(request, "forum/moderate_form.html", {"topic": topic, "form": form, "title": "Merge topic"})
