"""A champion's view of one licence: its details, its audit trail, and the changes they may make."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView
from django.views.generic.base import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from community.permissions import permissions
from community.refusals import Refused
from courses.licences.forms import StatusChangeForm
from courses.licences.models import Licence
from courses.licences.selectors import audit_trail
from courses.licences.services import CHANGES, change_status, changes_allowed


class ChampionOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        permissions.check(request.user, "licences.manage")
        return super().dispatch(request, *args, **kwargs)


class LicenceDetailView(ChampionOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "licences/admin/licence_detail.html"
    header_icon = "form"

    def get_page_title(self):
        return str(self.licence)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("licences_admin:register"), "label": "Register of licence holders"},
            {"url": "", "label": str(self.licence)},
        ]

    def get(self, request, *args, **kwargs):
        self.licence = get_object_or_404(Licence.objects.select_related("holder", "licence_type"), pk=kwargs["pk"])
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["licence"] = self.licence
        context["trail"] = audit_trail(licence=self.licence)
        context["change_forms"] = [
            (CHANGES[name], StatusChangeForm(change=name, auto_id=f"id_{name}_%s"))
            for name in changes_allowed(self.licence)
        ]
        return context


class LicenceStatusChangeView(ChampionOnlyMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk: int, change: str):
        if change not in CHANGES:
            return redirect("licences_admin:detail", pk)
        get_object_or_404(Licence, pk=pk)
        form = StatusChangeForm(request.POST, change=change)
        if not form.is_valid() and "reason" in form.errors and request.POST.get("reason", "").strip():
            # A reason was given but cannot be stored (too long, a NUL character): say so, change nothing.
            # An empty reason goes on to change_status, which explains when one is needed.
            messages.error(request, " ".join(form.errors["reason"]))
            return redirect("licences_admin:detail", pk)
        reason = form.cleaned_data.get("reason", "") if form.is_valid() else ""
        try:
            licence = change_status(
                licence_id=pk, change=change, by=request.user, reason=reason, today=timezone.localdate()
            )
        except Refused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, f"Licence {licence.get_status_display().lower()}: {licence}.")
        return redirect("licences_admin:detail", pk)
