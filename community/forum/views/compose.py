"""Starting a topic and editing a post, each with a Preview button that works without JavaScript."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from community.forum.forms import EditPostForm, TopicForm
from community.forum.services.posting import edit_post, held_message, start_topic
from community.forum.views.lookups import category_for, post_for, preview_of
from community.permissions import permissions
from community.refusals import Refused
from community.submit_once import AlreadySubmitted


@login_required
def new_topic(request, slug: str):
    category = category_for(request, slug)
    permissions.check(request.user, "forum.start_topic", category)
    form = TopicForm(request.POST if request.method == "POST" else None)
    preview = None
    if request.method == "POST":
        preview = preview_of(request, form)
        if preview is None and form.is_valid():
            try:
                topic = start_topic(
                    author=request.user,
                    category=category,
                    title=form.cleaned_data["title"],
                    body=form.cleaned_data["body"],
                    tags=form.tag_list(),
                    submission_key=form.cleaned_data["submission_key"],
                )
            except AlreadySubmitted as duplicate:
                messages.info(request, duplicate.message)
                return redirect(duplicate.existing.topic)
            except Refused as refusal:
                form.add_error(None, refusal.message)
            else:
                if topic.awaiting_approval:
                    messages.warning(request, held_message(opening=True, category=category))
                else:
                    messages.success(request, "Your topic has been posted.")
                return redirect(topic)
    return render(request, "forum/new_topic.html", {"category": category, "form": form, "preview": preview})


@login_required
def edit(request, pk: int):
    post = post_for(request, pk, "forum.edit_post")
    initial = {"body": post.body, "version": post.version, "title": post.topic.title}
    form = EditPostForm(request.POST if request.method == "POST" else None, initial=initial, opening=post.is_opening)
    preview = None
    if request.method == "POST":
        preview = preview_of(request, form)
        if preview is None and form.is_valid():
            try:
                edit_post(
                    editor=request.user,
                    post=post,
                    body=form.cleaned_data["body"],
                    version=form.cleaned_data["version"],
                    title=form.cleaned_data.get("title"),
                )
            except Refused as refusal:
                form.add_error(None, refusal.message)
                post.refresh_from_db()
            else:
                messages.success(request, "Your changes have been saved.")
                return redirect(post)
    return render(request, "forum/edit_post.html", {"post": post, "form": form, "preview": preview})


@login_required
def history(request, pk: int):
    post = post_for(request, pk, "forum.view_history")
    revisions = post.revisions.select_related("edited_by")[:50]
    return render(request, "forum/history.html", {"post": post, "revisions": revisions})
