from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from community.permissions import permissions
from home.search.sources import KINDS, search_everything


@login_required
def search(request):
    permissions.check(request.user, "site.use")
    query = request.GET.get("q", "").strip()
    kind = request.GET.get("type", "")
    kind = kind if kind in KINDS else ""
    tag = request.GET.get("tag", "").strip()[:50]
    searched = bool(query or tag)
    hits = search_everything(user=request.user, query=query, kind=kind, tag=tag) if searched else []
    return render(
        request,
        "search/search.html",
        {"query": query, "kind": kind, "tag": tag, "kinds": KINDS.items(), "hits": hits, "searched": searched},
    )
