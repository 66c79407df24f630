from django import forms
from django.contrib import messages
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet, SnippetViewSetGroup

from community.refusals import Refused
from community.sites import demo, home_panels, personal_data, services
from community.sites.forms import SocialSiteForm
from community.sites.models import ApiToken, SiteListChange, SocialSite


class _SavedByService:
    """The site and its domains are written by the service, which records the list change.

    A refusal from it (a domain taken a moment ago by someone else's save) goes beside its field.
    """

    def save_instance(self):
        return services.save_site(
            site=self.form.save(commit=False), domains=self.form.cleaned_data["domains"], by=self.request.user
        )

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except Refused as refusal:
            form.add_error(refusal.field, refusal.message)
            # What Wagtail's own is_valid() sets when a form fails: the "could not be saved" banner.
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class SiteCreateView(_SavedByService, CreateView):
    pass


class SiteEditView(_SavedByService, EditView):
    pass


class ReviewColumn(Column):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        if instance.review_overdue:
            context["value"] = format_html(
                '<span class="w-status w-status--label">Overdue</span> {}', instance.review_on
            )
        return context


class SocialSiteViewSet(SnippetViewSet):
    model = SocialSite
    icon = "globe"
    menu_label = "Sites"
    add_view_class = SiteCreateView
    edit_view_class = SiteEditView
    list_display = ["name", "access_list", "category", ReviewColumn("review_on", label="Review date")]
    list_filter = ["access_list", "category"]
    search_fields = ["name", "rationale", "domains__domain"]
    search_backend_name = None
    panels = [
        FieldPanel("name"),
        FieldPanel("domains"),
        FieldPanel("category"),
        FieldPanel("access_list"),
        FieldPanel("rationale"),
        FieldPanel("review_on"),
    ]


SocialSite.base_form_class = SocialSiteForm


class SiteListChangeViewSet(SnippetViewSet):
    model = SiteListChange
    icon = "history"
    menu_label = "List changes"
    list_display = ["site_name", "old_list", "new_list", "changed_by", "changed_at"]
    list_filter = ["new_list"]
    search_fields = ["site_name"]
    search_backend_name = None

    def get_queryset(self, request):
        # Each row names who changed it: read with the rows, not one query per row.
        return SiteListChange.objects.select_related("changed_by")


class ApiTokenForm(WagtailAdminModelForm):
    revoke = forms.BooleanField(required=False, help_text="A revoked token stops working at once, for good.")


class TokenCreateView(CreateView):
    def save_instance(self):
        value = services.issue_token(token=self.form.save(commit=False), by=self.request.user)
        messages.warning(
            self.request,
            f"The token for “{self.form.instance.name}” is {value} — copy it now: it will not be shown again.",
        )
        return self.form.instance


class TokenEditView(EditView):
    def save_instance(self):
        token = self.form.save()
        if self.form.cleaned_data.get("revoke"):
            services.revoke_token(token=token)
        return token


class ApiTokenViewSet(SnippetViewSet):
    model = ApiToken
    icon = "key"
    menu_label = "API tokens"
    add_view_class = TokenCreateView
    edit_view_class = TokenEditView
    list_display = ["name", "purpose", "prefix", "created_by", "created_at", "last_used_at", "revoked_at"]
    search_fields = ["name"]
    search_backend_name = None
    panels = [FieldPanel("name"), FieldPanel("purpose"), FieldPanel("revoke")]

    def get_queryset(self, request):
        # Each row names who made the token: read with the rows, not one query per row.
        return ApiToken.objects.select_related("created_by")


ApiToken.base_form_class = ApiTokenForm


class SiteListsGroup(SnippetViewSetGroup):
    items = (SocialSiteViewSet, SiteListChangeViewSet, ApiTokenViewSet)
    menu_icon = "globe"
    menu_label = "Site lists"
    menu_order = 400


register_snippet(SiteListsGroup)


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_home_panels", home_panels.overdue_reviews_panel, order=24)
hooks.register("postwise_demo_step", demo.load_site_lists, order=60)
hooks.register("postwise_demo_step", demo.load_demo_token, order=61)

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=60)
