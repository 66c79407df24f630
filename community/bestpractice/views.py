from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from community.bestpractice.forms import StatementForm
from community.bestpractice.models import Statement
from community.bestpractice.selectors import (
    drafts,
    from_restricted_category,
    linked_topics,
    promotion_initial,
    statements,
)
from community.bestpractice.services import create_draft_statement, publish_statement
from community.bestpractice.themes import Stance, Theme
from community.forum.access import readable_by_every_member
from community.forum.selectors import readable_category_ids
from community.forum.views.lookups import post_for
from community.permissions import permissions
from community.refusals import Refused
from community.submit_once import save_form_once


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
            "drafts": drafts() if permissions.can(request.user, "bestpractice.see_drafts") else [],
            "previous_url": f"{query}{page - 1}" if page > 1 else "",
            "next_url": f"{query}{page + 1}" if has_next else "",
            "themes": Theme.choices,
            "stances": Stance.choices,
            "theme": theme,
            "stance": stance,
        },
    )


def _statement_for(request, pk: int) -> Statement:
    """A draft is a 404 for anyone who may not see drafts: its existence does not leak."""
    statement = get_object_or_404(Statement, pk=pk)
    permissions.check(request.user, "bestpractice.read_statement", statement, conceal=True)
    return statement


@login_required
def detail(request, pk: int):
    statement = _statement_for(request, pk)
    topics = linked_topics(statement=statement, readable_category_ids=readable_category_ids(user=request.user))
    context = {"statement": statement, "topics": topics}
    if statement.is_draft:
        context["restricted"] = from_restricted_category(statement=statement)
        context["can_publish"] = permissions.can(request.user, "bestpractice.publish", statement)
    return render(request, "bestpractice/detail.html", context)


@login_required
def promote(request, pk: int):
    """GET: the form, pre-filled from the post as plain text. POST: save it as a draft statement."""
    post = post_for(request, pk)
    permissions.check(request.user, "bestpractice.promote")
    existing = post.statements.first()
    if existing is not None and request.method != "POST":
        messages.info(request, "This post is already in the best practice library.")
        return redirect(existing)
    form = StatementForm(request.POST if request.method == "POST" else None, initial=promotion_initial(post=post))
    if request.method == "POST" and form.is_valid():
        done = save_form_once(
            request,
            form,
            lambda: create_draft_statement(
                title=form.cleaned_data["title"],
                stance=form.cleaned_data["stance"],
                theme=form.cleaned_data["theme"],
                explanation=form.cleaned_data["explanation"],
                by=request.user,
                source_post=post,
                submission_key=form.cleaned_data["submission_key"],
            ),
            saved="Saved as a draft. Only champions can see it until you publish it.",
        )
        if done:
            return done
    return render(
        request,
        "bestpractice/promote.html",
        {"post": post, "form": form, "restricted": not readable_by_every_member(post.topic.category)},
    )


@require_POST
@login_required
def publish(request, pk: int):
    statement = _statement_for(request, pk)
    try:
        statement = publish_statement(statement=statement, by=request.user)
    except Refused as refusal:
        messages.info(request, refusal.message)
    else:
        messages.success(request, "Published. Every member can now read this statement.")
    return redirect(statement)
