from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from community.forms import PostwiseForm
from community.permissions import permissions
from community.refusals import Refused
from courses.models import GuidelinePage
from courses.services import acknowledge_guideline

from .refusal import refuse


class AcknowledgementForm(PostwiseForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


@require_POST
@login_required
def acknowledge_guideline_view(request, guideline_id: int):
    guideline = get_object_or_404(GuidelinePage.objects.live(), pk=guideline_id)
    back_url = guideline.get_url(request)
    if not permissions.can(request.user, "guidelines.acknowledge", guideline):
        return refuse(
            request,
            title="These guidelines are not for your level",
            message=f"“{guideline.title}” is for {guideline.audience_people}. You do not need to acknowledge it.",
            back_url=back_url,
        )
    form = AcknowledgementForm(request.POST)
    if not form.is_valid():
        return refuse(
            request,
            title="We could not record your acknowledgement",
            message="The form was incomplete. Open the guidelines again and use the button at the end.",
            back_url=back_url,
            status=400,
        )
    try:
        acknowledge_guideline(member=request.user, guideline=guideline, version_id=form.cleaned_data["version"])
    except Refused as refusal:
        messages.warning(request, refusal.message)
        return redirect(back_url)
    messages.success(request, f"Thank you. You have acknowledged “{guideline.title}”.")
    return redirect(back_url)
