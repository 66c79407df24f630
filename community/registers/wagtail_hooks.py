"""The register in the Wagtail admin, for account coordinators: accounts (with filters, search and CSV/XLSX
export), their status history, managers' licence lapses, and applications (decided in the front end)."""

import django_filters
from django import forms
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet, SnippetViewSetGroup

from community.models import Member, OfficialAccount
from community.refusals import Refused
from community.registers import demo, home_panels, measures, my_path_steps, personal_data, selectors, services
from community.registers.models import Application, ManagerLapse, StatusChange
from community.registers.selectors import with_licence_facts


class OfficialAccountForm(WagtailAdminModelForm):
    status_reason = forms.CharField(
        label="Reason for a change of status",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Needed when you change the status: it is kept in the account's history.",
    )


class _SavedByService:
    """The account, its managers and any change of status are written by the register's service."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except Refused as refusal:
            field = refusal.field if refusal.field in form.fields else None
            if refusal.field == "reason":
                field = "status_reason"
            form.add_error(field, refusal.message)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)

    def save_instance(self):
        return services.save_account(
            account=self.form.save(commit=False),
            managers=list(self.form.cleaned_data.get("managers") or []),
            by=self.request.user,
            reason=self.form.cleaned_data.get("status_reason", ""),
        )


class AccountCreateView(_SavedByService, CreateView):
    pass


class AccountEditView(_SavedByService, EditView):
    pass


def _departments():
    return [
        (name, name)
        for name in OfficialAccount.objects.exclude(department="")
        .order_by("department")
        .values_list("department", flat=True)
        .distinct()
    ]


class OfficialAccountFilterSet(WagtailFilterSet):
    platform = django_filters.ChoiceFilter(choices=OfficialAccount.Platform.choices)
    department = django_filters.ChoiceFilter(choices=_departments, label="Department or service")
    status = django_filters.ChoiceFilter(choices=OfficialAccount.Status.choices)
    review_overdue = django_filters.BooleanFilter(label="Review overdue", method="filter_review_overdue")
    no_licensed_manager = django_filters.BooleanFilter(label="No licensed manager", method="filter_no_licensed_manager")

    class Meta:
        model = OfficialAccount
        fields = ["platform", "department", "status"]

    def filter_review_overdue(self, queryset, name, value):
        today = timezone.localdate()
        if value:
            return queryset.filter(review_date__lt=today)
        return queryset.exclude(review_date__lt=today)

    def filter_no_licensed_manager(self, queryset, name, value):
        return queryset.filter(has_licensed_manager=not value)


class ReviewColumn(Column):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        if instance.review_date and instance.review_date < timezone.localdate():
            context["value"] = format_html(
                '<span class="w-status w-status--label">Overdue</span> {}', instance.review_date
            )
        return context


class LicensedManagerColumn(Column):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = "Yes" if instance.has_licensed_manager else "No licensed manager"
        return context


class OfficialAccountViewSet(SnippetViewSet):
    model = OfficialAccount
    icon = "group"
    menu_label = "Register"
    add_view_class = AccountCreateView
    edit_view_class = AccountEditView
    filterset_class = OfficialAccountFilterSet
    list_display = [
        "name",
        "platform",
        "handle",
        "department",
        "status",
        ReviewColumn("review_date", label="Review date"),
        LicensedManagerColumn("has_licensed_manager", label="Licensed manager"),
    ]
    search_fields = ["name", "handle", "department", "purpose"]
    search_backend_name = None
    list_export = [
        "name",
        "platform",
        "handle",
        "public_url",
        "department",
        "status",
        "review_date",
        "sponsor",
        "manager_names",
        "has_licensed_manager",
        "mfa_enabled",
        "credentials_holder",
        "credentials_location",
        "feed_url",
        "purpose",
        "audience",
        "business_goals",
    ]
    export_headings = {"manager_names": "Managers", "has_licensed_manager": "Has a licensed manager"}
    export_filename = "official-accounts"
    panels = [
        MultiFieldPanel(
            [FieldPanel("platform"), FieldPanel("name"), FieldPanel("handle"), FieldPanel("public_url")],
            heading="The account",
        ),
        FieldPanel("department"),
        FieldPanel("purpose"),
        FieldPanel("audience"),
        FieldPanel("business_goals"),
        FieldPanel("sponsor"),
        FieldPanel("managers"),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_reason")], heading="Status"),
        FieldPanel("review_date"),
        FieldPanel("feed_url"),
        MultiFieldPanel(
            [FieldPanel("mfa_enabled"), FieldPanel("credentials_holder"), FieldPanel("credentials_location")],
            heading="Security",
        ),
    ]

    def get_queryset(self, request):
        managers = Prefetch("managers", queryset=Member.objects.only("pk", "first_name", "last_name", "email"))
        return with_licence_facts(OfficialAccount.objects.select_related("sponsor").prefetch_related(managers))


OfficialAccount.base_form_class = OfficialAccountForm


class StatusChangeViewSet(SnippetViewSet):
    model = StatusChange
    icon = "history"
    menu_label = "Status changes"
    list_display = ["account", "from_status", "to_status", "changed_by", "changed_at", "reason"]
    list_filter = ["to_status"]
    search_fields = ["account__name", "account__handle", "reason"]
    search_backend_name = None

    def get_queryset(self, request):
        return StatusChange.objects.select_related("account", "changed_by")


class ManagerLapseViewSet(SnippetViewSet):
    model = ManagerLapse
    icon = "warning"
    menu_label = "Licence lapses"
    list_display = ["account", "member", "detected_on", "resolved_on"]
    search_fields = ["account__name", "member__email"]
    search_backend_name = None

    def get_queryset(self, request):
        return ManagerLapse.objects.select_related("account", "member")


class DecisionPageColumn(Column):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = format_html(
            '<a href="{}">Read and decide<span class="visuallyhidden"> on {}</span></a>',
            reverse("registers:application", args=[instance.pk]),
            instance.name,
        )
        return context


class ApplicationViewSet(SnippetViewSet):
    model = Application
    icon = "form"
    menu_label = "Applications"
    list_display = ["name", "platform", "applicant", "status", "submitted_at", DecisionPageColumn("pk", label="Decide")]
    list_filter = ["status", "platform"]
    search_fields = ["name", "handle", "department"]
    search_backend_name = None
    list_export = ["name", "platform", "handle", "department", "applicant", "status", "submitted_at", "decided_at"]
    export_filename = "account-applications"

    def get_queryset(self, request):
        return Application.objects.exclude(status=Application.Status.DRAFT).select_related("applicant")


class RegisterGroup(SnippetViewSetGroup):
    items = (OfficialAccountViewSet, ApplicationViewSet, StatusChangeViewSet, ManagerLapseViewSet)
    menu_icon = "group"
    menu_label = "Official accounts"
    menu_order = 300


register_snippet(RegisterGroup)


hooks.register("postwise_path_steps", my_path_steps.official_account_steps)
hooks.register("postwise_home_panels", home_panels.applications_panel, order=22)
# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_official_accounts, order=40)
hooks.register("postwise_demo_step", demo.load_management_history, order=80)
hooks.register("postwise_demo_step", demo.load_manager_lapses, order=90)


@hooks.register("postwise_measures", order=45)
def registers_measures() -> list:
    return [measures.PendingApplications()]


# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=62)
hooks.register("postwise_account_managers", selectors.managing_periods)
