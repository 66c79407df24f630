from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from community.forum.author_badges import attach_author_badges
from community.forum.forms import TopicForm
from community.forum.models import CategoryWatch
from community.forum.selectors import Cursor, category_abilities, pinned_topics, readable_categories, topic_page
from community.forum.views.lookups import category_for
from community.permissions import permissions


@login_required
def forum_index(request):
    permissions.check(request.user, "forum.use")
    categories = readable_categories(user=request.user)
    page = topic_page(
        user=request.user, category_ids=[c.pk for c in categories], cursor=Cursor.decode(request.GET.get("after"))
    )
    attach_author_badges(page.topics)
    return render(
        request,
        "forum/index.html",
        {"categories": categories, "page": page, "moderator": permissions.can(request.user, "forum.moderate")},
    )


@login_required
def category_detail(request, slug: str):
    category = category_for(request, slug)
    cursor = Cursor.decode(request.GET.get("after"))
    page = topic_page(user=request.user, category_ids=[category.pk], cursor=cursor)
    pinned = [] if cursor else pinned_topics(user=request.user, category_ids=[category.pk])
    attach_author_badges([*pinned, *page.topics])
    return render(
        request,
        "forum/category.html",
        {
            "category": category,
            "page": page,
            "pinned": pinned,
            "can": category_abilities(user=request.user, category=category),
            "watching": CategoryWatch.objects.filter(member=request.user, category=category).exists(),
            "form": TopicForm(),
        },
    )
