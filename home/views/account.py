"""'Your account': the member's details, level, licences, preferences, security and acknowledgements."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from community.permissions import permissions
from community.services import update_member_details
from community.viewer import facts_for
from home.account_forms import AccountDetailsForm
from home.selectors import account_overview


@login_required
def account(request):
    permissions.check(request.user, "site.use")
    member = request.user
    form = AccountDetailsForm(request.POST if request.method == "POST" else None, instance=member)
    if request.method == "POST" and form.is_valid():
        update_member_details(member=member, **form.cleaned_data)
        messages.success(request, "Your details are saved.")
        return redirect("home:account")
    if request.method == "POST":
        member.refresh_from_db(fields=["first_name", "last_name", "department"])
    context = {"form": form, "can_use_forum": permissions.can(member, "forum.use")}
    context.update(account_overview(member=member, facts=facts_for(member)))
    return render(request, "home/account.html", context)
