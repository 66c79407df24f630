"""The course completion report, in the Wagtail admin, for champions: filters and CSV/XLSX export."""

import django_filters
from django.utils.functional import cached_property
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from community.dates import CalendarDateColumn
from community.models import Member
from community.permissions import permissions
from courses.models import CoursePage, Enrolment


def department_choices():
    departments = Member.objects.exclude(department="").order_by("department").values_list("department", flat=True)
    return [(name, name) for name in departments.distinct()]


class CourseCompletionFilterSet(WagtailFilterSet):
    # By `id`, not `pk`: a page's pk is its page_ptr, a foreign key, and Django only guards plain integer
    # lookups against numbers too big for the database (?course=9223372036854775808 was a 500).
    course = django_filters.ModelChoiceFilter(
        label="Course", queryset=CoursePage.objects.order_by("title"), empty_label="All courses", to_field_name="id"
    )
    department = django_filters.ChoiceFilter(
        label="Department", field_name="member__department", choices=department_choices, empty_label="All departments"
    )
    completed_at = django_filters.DateFromToRangeFilter(label="Completed between", widget=DateRangePickerWidget)

    class Meta:
        model = Enrolment
        fields = ["course", "department", "completed_at"]


class CourseCompletionReportView(ReportView):
    page_title = "Course completions"
    header_icon = "tasks"
    index_url_name = "course_completion_report"
    index_results_url_name = "course_completion_report_results"
    filterset_class = CourseCompletionFilterSet
    export_filename = "course-completions"
    columns = [
        Column("member.display_name", label="Name"),
        Column("member.email", label="Email"),
        Column("member.department", label="Department"),
        Column("course.title", label="Course"),
        CalendarDateColumn("completed_at", label="Completed"),
    ]
    list_export = ["member.display_name", "member.email", "member.department", "course.title", "completed_at"]
    export_headings = {
        "member.display_name": "Name",
        "member.email": "Email",
        "member.department": "Department",
        "course.title": "Course",
        "completed_at": "Completed at",
    }

    def dispatch(self, request, *args, **kwargs):
        permissions.check(request.user, "courses.view_report")
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def permission_policy(self):
        return None  # The permission handler decides, in dispatch.

    def get_queryset(self):
        return (
            Enrolment.objects.filter(completed_at__isnull=False)
            .select_related("member", "course")
            .order_by("-completed_at", "-pk")
        )
