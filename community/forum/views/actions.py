"""Small POST actions on posts and topics: helpful, accepted answer, flag, watch."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from community.forum.forms import FlagForm
from community.forum.services import answers, flags, reactions, watching
from community.forum.views.lookups import category_for, post_for, topic_for
from community.refusals import Refused


@require_POST
@login_required
def helpful(request, pk: int):
    post = post_for(request, pk, "forum.react")
    if request.POST.get("undo"):
        reactions.unmark_helpful(member=request.user, post=post)
        messages.success(request, "You no longer mark this post as helpful.")
    else:
        reactions.mark_helpful(member=request.user, post=post)
        messages.success(request, "You marked this post as helpful.")
    return redirect(post)


@require_POST
@login_required
def accept(request, pk: int):
    post = post_for(request, pk, "forum.accept_answer")
    try:
        answers.accept_answer(member=request.user, post=post)
    except Refused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, "This reply is now the accepted answer.")
    return redirect(post)


@login_required
def flag(request, pk: int):
    post = post_for(request, pk, "forum.flag")
    form = FlagForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        flags.flag_post(
            member=request.user, post=post, reason=form.cleaned_data["reason"], note=form.cleaned_data["note"]
        )
        messages.success(request, "Thank you. A moderator will look at this post.")
        return redirect(post)
    return render(request, "forum/flag.html", {"post": post, "form": form})


def _watch(request, target, noun: str):
    watch = request.POST.get("watch") == "1"
    watching.set_watch(member=request.user, target=target, watch=watch)
    messages.success(request, f"You are watching this {noun}." if watch else f"You stopped watching this {noun}.")
    return redirect(target)


@require_POST
@login_required
def watch_topic(request, pk: int):
    return _watch(request, topic_for(request, pk), "topic")


@require_POST
@login_required
def watch_category(request, slug: str):
    return _watch(request, category_for(request, slug), "category")
