from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.views.decorators.http import require_POST

from community.avatars import CONTENT_TYPE
from community.members import services
from community.members.forms import PhotoForm
from community.members.selectors import MAX_SEARCH_LENGTH, active_member, directory_page, profile_for
from community.permissions import permissions
from community.refusals import Refused


@login_required
def directory(request):
    permissions.check(request.user, "members.view")
    search = request.GET.get("q", "")[:MAX_SEARCH_LENGTH].strip()
    page = directory_page(search=search, cursor=request.GET.get("after"))
    next_url = "?" + urlencode({"q": search, "after": page.next_cursor}) if page.next_cursor else ""
    return render(request, "members/directory.html", {"page": page, "search": search, "next_url": next_url})


def _member_or_404(request, pk: int):
    member = active_member(pk=pk)
    permissions.check(request.user, "members.view", member, conceal=True)
    if member is None:
        raise Http404
    return member


@login_required
def profile(request, pk: int):
    member = _member_or_404(request, pk)
    return render(
        request,
        "members/profile.html",
        {
            "profile": profile_for(viewer=request.user, member=member),
            "is_me": permissions.can(request.user, "members.change_photo", member),
        },
    )


@login_required
def photo(request, pk: int):
    """The stored JPEG (always re-encoded by community.avatars), to signed-in members only."""
    member = _member_or_404(request, pk)
    if not member.avatar:
        raise Http404
    try:
        file = member.avatar.open("rb")
    except OSError:
        raise Http404 from None
    response = FileResponse(file, content_type=CONTENT_TYPE)
    response["Cache-Control"] = "private, max-age=86400"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Disposition"] = "inline"
    return response


@login_required
def edit_photo(request):
    permissions.check(request.user, "members.change_photo", request.user)
    form = PhotoForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.set_photo(member=request.user, upload=form.cleaned_data["photo"])
        except Refused as refusal:
            form.add_error(refusal.field or "photo", refusal.message)
        else:
            messages.success(request, "Your photo is saved.")
            return redirect("members:profile", pk=request.user.pk)
    return render(request, "members/photo.html", {"form": form})


@require_POST
@login_required
def remove_photo(request):
    services.remove_photo(member=request.user)
    messages.success(request, "Your photo is removed. Your initials show instead.")
    return redirect("members:profile", pk=request.user.pk)
