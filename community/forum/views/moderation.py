"""The moderation queue and the moderation verbs, for moderators only (403 for others)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from community.forum.forms import MergeForm, MoveForm
from community.forum.models import ModerationAction, Post, Topic
from community.forum.selectors import Cursor, approval_queue, flagged_posts
from community.forum.services.moderation import posts, topics
from community.permissions import permissions
from community.refusals import Refused

# What a moderator may do to a post or a topic from its page: the URL's verb, the service verb it
# runs (with the moderator, the object and these options) and what the moderator is told when done.
POST_VERBS = {
    "hide": (posts.hide_post, {}, "The post is hidden."),
    "restore": (posts.restore_post, {}, "The post is restored."),
    "approve": (posts.approve_post, {}, "The post is approved."),
    "reject": (posts.reject_post, {}, "The post is rejected and its author has been told why."),
    "dismiss": (posts.dismiss_flags, {}, "The flags are dismissed."),
}
TOPIC_VERBS = {
    "pin": (topics.set_pinned, {"pinned": True}, "The topic is pinned."),
    "unpin": (topics.set_pinned, {"pinned": False}, "The topic is unpinned."),
    "lock": (topics.set_locked, {"locked": True}, "The topic is locked."),
    "unlock": (topics.set_locked, {"locked": False}, "The topic is unlocked."),
    "hide": (topics.hide_topic, {}, "The topic is hidden."),
    "restore": (topics.restore_topic, {}, "The topic is restored."),
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


def _run(request, verbs: dict, verb: str, **target) -> None:
    """Run a service verb as this moderator; a refusal becomes an error message, success its message."""
    action, options, done = verbs[verb]
    try:
        action(moderator=request.user, **target, **options)
    except Refused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, done)


def _check_verb(request, verbs: dict, verb: str) -> None:
    permissions.check(request.user, "forum.moderate")
    if verb not in verbs:
        raise Http404("Not found")


@require_POST
@login_required
def post_verb(request, pk: int, verb: str):
    _check_verb(request, POST_VERBS, verb)
    post = get_object_or_404(Post.objects.select_related("topic"), pk=pk)
    extra = {"reason": request.POST.get("reason", "")} if verb == "reject" else {}
    _run(request, POST_VERBS, verb, post=post, **extra)
    return redirect("forum:moderation" if request.POST.get("next") == "queue" else post.topic)


@require_POST
@login_required
def topic_verb(request, pk: int, verb: str):
    _check_verb(request, TOPIC_VERBS, verb)
    topic = get_object_or_404(Topic, pk=pk)
    _run(request, TOPIC_VERBS, verb, topic=topic)
    return redirect(topic)


@login_required
def move_topic(request, pk: int):
    permissions.check(request.user, "forum.moderate")
    topic = get_object_or_404(Topic.objects.select_related("category"), pk=pk)
    form = MoveForm(request.POST if request.method == "POST" else None, initial={"category": topic.category_id})
    if request.method == "POST" and form.is_valid():
        topics.move_topic(moderator=request.user, topic=topic, to=form.cleaned_data["category"])
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
                merged = topics.merge_topics(moderator=request.user, source=topic, into=into)
            except Refused as refusal:
                form.add_error("into", refusal.message)
            else:
                messages.success(request, "The topics are merged.")
                return redirect(merged)
    return render(request, "forum/moderate_form.html", {"topic": topic, "form": form, "title": "Merge topic"})
