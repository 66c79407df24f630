from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from community.notifications import selectors, services
from community.notifications.emails import member_from_token, target_of
from community.notifications.forms import PreferenceForm
from community.notifications.models import EmailPreference
from community.permissions import permissions


@login_required
def notification_list(request):
    permissions.check(request.user, "forum.use")
    try:
        before = int(request.GET.get("before", 0)) or None
    except ValueError:
        before = None
    rows, next_before = selectors.notifications_for(member=request.user, before_id=before)
    # Counted once here; the header shows the same (corrected) stored figure.
    unread = selectors.visible_unread_count(member=request.user)
    services.correct_unread_count(member=request.user, visible_unread=unread)
    return render(
        request, "notifications/list.html", {"notifications": rows, "next_before": next_before, "unread": unread}
    )


@require_POST
@login_required
def open_notification(request, pk: int):
    # Check before marking it read: a refused request changes nothing.
    notification = selectors.notification_of(member=request.user, notification_id=pk)
    if notification is None or (
        notification.topic is not None and not permissions.can(request.user, "forum.read_topic", notification.topic)
    ):
        raise Http404("Not found")
    services.mark_read(member=request.user, notification_id=notification.pk)
    return redirect(target_of(notification))


@require_POST
@login_required
def mark_all_read(request):
    services.mark_all_read(member=request.user)
    messages.success(request, "All notifications are marked as read.")
    return redirect("notifications:list")


@login_required
def preferences(request):
    permissions.check(request.user, "forum.use")
    form = PreferenceForm(
        request.POST if request.method == "POST" else None,
        initial={"frequency": selectors.frequency_for(member=request.user)},
    )
    if request.method == "POST" and form.is_valid():
        services.set_frequency(member=request.user, frequency=form.cleaned_data["frequency"])
        messages.success(request, "Your email preference is saved.")
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})


def unsubscribe(request, token: str):
    """Works without logging in: the signed token names the member. GET asks, POST acts."""
    member = member_from_token(token)
    if member is None:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        services.set_frequency(member=member, frequency=EmailPreference.Frequency.NEVER)
        return render(request, "notifications/unsubscribe.html", {"done": True})
    return render(request, "notifications/unsubscribe.html", {"token": token})
