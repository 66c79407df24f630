from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from community.forum.selectors import Cursor
from community.hub.forms import HubFilterForm
from community.hub.selectors import hub_accounts, hub_page
from community.permissions import permissions


@login_required
def hub(request):
    permissions.check(request.user, "hub.view")
    accounts = hub_accounts()
    filters = HubFilterForm(request.GET or None, accounts=accounts).filters()
    # Shown unbound, with what was applied: a value not offered is dropped quietly, never an error.
    form = HubFilterForm(
        initial={"platform": filters.platform, "account": filters.account_id, "department": filters.department},
        accounts=accounts,
    )
    page = hub_page(filters=filters, cursor=Cursor.decode(request.GET.get("after")))
    query = request.GET.copy()
    query.pop("after", None)
    return render(
        request,
        "hub/hub.html",
        {
            "form": form,
            "page": page,
            "filtered": filters.platform or filters.account_id or filters.department,
            "next_query": f"?{query.urlencode()}&after={page.next_cursor}" if query else f"?after={page.next_cursor}",
            "blocked_sites_note": permissions.can(request.user, "hub.see_blocked_sites_note"),
        },
    )
