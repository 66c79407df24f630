"""The register of licence holders: a Wagtail report with filters and CSV/XLSX export."""

import django_filters
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from community.dates import CalendarDateColumn
from community.models import Member
from community.permissions import permissions
from courses.licences.models import Licence, LicenceType
from courses.licences.selectors import expiring_within, register_rows

STATUS_FILTER_CHOICES = [
    ("valid", "Valid today"),
    ("expired", "Expired"),
    ("pending", "Pending approval"),
    ("suspended", "Suspended"),
    ("revoked", "Revoked"),
]
EXPIRING_CHOICES = [("7", "7 days"), ("30", "30 days"), ("60", "60 days"), ("90", "90 days")]


def department_choices():
    departments = Member.objects.exclude(department="").order_by("department").values_list("department", flat=True)
    return [(name, name) for name in departments.distinct()]


class RegisterFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=STATUS_FILTER_CHOICES, method="filter_status", empty_label="Any")
    licence_type = django_filters.ModelChoiceFilter(queryset=LicenceType.objects.all(), empty_label="Any")
    department = django_filters.ChoiceFilter(
        field_name="holder__department", choices=department_choices, empty_label="Any"
    )
    expiring_within = django_filters.ChoiceFilter(
        choices=EXPIRING_CHOICES, method="filter_expiring", empty_label="Any time", label="Expiring within"
    )

    class Meta:
        model = Licence
        fields = ["status", "licence_type", "department", "expiring_within"]

    def filter_status(self, queryset, name, value):
        today = timezone.localdate()
        if value == "valid":
            return queryset.valid_on(today)
        if value == "expired":
            return queryset.filter(
                Q(status=Licence.Status.EXPIRED) | Q(status=Licence.Status.ACTIVE, expires_on__lte=today)
            )
        return queryset.filter(status=value)

    def filter_expiring(self, queryset, name, value):
        return expiring_within(queryset, days=int(value), today=timezone.localdate())


class LicenceRegisterView(ReportView):
    page_title = "Register of licence holders"
    header_icon = "form"
    index_url_name = "licences_admin:register"
    index_results_url_name = "licences_admin:register_results"
    filterset_class = RegisterFilterSet
    paginate_by = 50
    export_filename = "licence-register"
    list_export = [
        "holder.display_name",
        "holder.email",
        "holder.department",
        "licence_type.name",
        "status_today",
        "issued_on",
        "expires_on",
    ]
    export_headings = {
        "holder.display_name": "Name",
        "holder.email": "Email",
        "holder.department": "Department",
        "licence_type.name": "Licence type",
        "status_today": "Status",
        "issued_on": "Issued on",
        "expires_on": "Expires on",
    }
    columns = [
        TitleColumn("holder", label="Holder", accessor="holder.display_name", url_name="licences_admin:detail"),
        Column("department", label="Department", accessor="holder.department"),
        Column("licence_type", label="Licence type"),
        Column("status_today", label="Status"),
        CalendarDateColumn("issued_on", label="Issued"),
        CalendarDateColumn("expires_on", label="Expires", expiry=True),
    ]

    def dispatch(self, request, *args, **kwargs):
        permissions.check(request.user, "licences.manage")
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return register_rows()
