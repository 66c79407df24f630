from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from community.permissions import permissions
from community.sites.models import AccessList
from community.sites.selectors import my_access_for
from community.viewer import facts_for


@login_required
def my_access(request):
    permissions.check(request.user, "sites.my_access")
    access = my_access_for(level=facts_for(request.user).level)
    return render(request, "sites/my_access.html", {"access": access, "AccessList": AccessList})
