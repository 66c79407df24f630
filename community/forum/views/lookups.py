"""Fetching forum objects for a view: a member who may not read them gets a 404."""

from django.shortcuts import get_object_or_404

from community.forum.models import Category, Post, Topic
from community.forum.services.mentions import render_post
from community.permissions import permissions


def category_for(request, slug: str) -> Category:
    category = get_object_or_404(Category, slug=slug)
    permissions.check(request.user, "forum.read_category", category, conceal=True)
    return category


def topic_for(request, pk: int) -> Topic:
    topic = get_object_or_404(Topic.objects.select_related("category", "author"), pk=pk)
    permissions.check(request.user, "forum.read_topic", topic, conceal=True)
    return topic


def post_for(request, pk: int, action: str = "forum.read_post") -> Post:
    post = get_object_or_404(Post.objects.select_related("topic__category", "author"), pk=pk)
    permissions.check(request.user, "forum.read_post", post, conceal=True)
    if action != "forum.read_post":
        # Accepting an answer is a decision about the topic; the other actions are about the post.
        target = post.topic if action == "forum.accept_answer" else post
        permissions.check(request.user, action, target, conceal=True)
    return post


def preview_of(request, form) -> str | None:
    """The sanitised preview when the member pressed Preview and the text is valid."""
    if "preview" in request.POST and form.is_valid():
        return render_post(form.cleaned_data["body"])
    return None
