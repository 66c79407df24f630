from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from community.permissions import permissions
from courses.views.completion_report import CourseCompletionReportView


@hooks.register("register_admin_urls")
def register_course_report_urls():
    return [
        path("reports/course-completions/", CourseCompletionReportView.as_view(), name="course_completion_report"),
        path(
            "reports/course-completions/results/",
            CourseCompletionReportView.as_view(results_only=True),
            name="course_completion_report_results",
        ),
    ]


class CourseReportMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can(request.user, "courses.view_report")


@hooks.register("register_reports_menu_item")
def register_course_report_menu_item():
    return CourseReportMenuItem(
        "Course completions",
        reverse("course_completion_report"),
        name="course-completions",
        icon_name="tasks",
        order=50,
    )
