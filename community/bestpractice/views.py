from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from community.bestpractice.models import Statement
from community.bestpractice.selectors import linked_topics, statements
from community.bestpractice.services import promote_post
from community.bestpractice.themes import Stance, Theme
from community.forum.selectors import readable_category_ids
from community.forum.views.lookups import post_for
from community.permissions import permissions


def _page_number(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 1


@login_required
def library(request):
    permissions.check(request.user, "bestpractice.view")
    theme, stance = request.GET.get("theme") or None, request.GET.get("stance") or None
    page = _page_number(request.GET.get("page"))
    rows, has_next = statements(theme=theme, stance=stance, page=page)
    query = f"?theme={theme or ''}&stance={stance or ''}&page="
    return render(
        request,
        "bestpractice/library.html",
        {
            "statements": rows,
            "previous_url": f"{query}{page - 1}" if page > 1 else "",
            "next_url": f"{query}{page + 1}" if has_next else "",
            "themes": Theme.choices,
            "stances": Stance.choices,
            "theme": theme,
            "stance": stance,
        },
    )


@login_required
def detail(request, pk: int):
    permissions.check(request.user, "bestpractice.view")
    statement = get_object_or_404(Statement, pk=pk)
    topics = linked_topics(statement=statement, readable_category_ids=readable_category_ids(user=request.user))
    return render(request, "bestpractice/detail.html", {"statement": statement, "topics": topics})


@require_POST
@login_required
def promote(request, pk: int):
    post = post_for(request, pk)
    permissions.check(request.user, "bestpractice.promote")
    statement, created = promote_post(champion=request.user, post=post)
    if created:
        messages.success(request, "The post is now a best practice statement. Check its theme, stance and wording.")
    else:
        messages.success(request, "This post is already in the best practice library.")
    return redirect(statement)
