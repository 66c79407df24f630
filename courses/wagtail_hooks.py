from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.sidebar import LinkMenuItem

from community import request_cache
from community.navigation import NavItem
from community.permissions import permissions
from courses import demo, my_path_steps, personal_data, selectors
from courses.models import CourseIndexPage, GuidelineIndexPage
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


class ReviewsWaitingMenuItem(MenuItem):
    """ "Reviews waiting (3)": what waits for this champion's approval, never their own submissions."""

    def is_shown(self, request):
        return permissions.can(request.user, "courses.author")

    def render_component(self, request):
        # A new component each time: the menu item itself is shared by every request.
        count = selectors.reviews_waiting_count(user=request.user)
        return LinkMenuItem(
            self.name,
            f"{self.label} ({count})" if count else self.label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


@hooks.register("register_admin_menu_item")
def register_reviews_waiting_menu_item():
    # The dashboard lists them in Wagtail's own "Awaiting your review" panel.
    return ReviewsWaitingMenuItem(
        "Reviews waiting", reverse("wagtailadmin_home"), icon_name="tasks", order=5, name="reviews-waiting"
    )


class CoursesNotReviewedPanel(Component):
    """Dashboard: live courses with no published change in 12 months, for a champion to check."""

    name = "courses_not_reviewed"
    order = 230
    template_name = "courses/admin/courses_not_reviewed_panel.html"

    def __init__(self, courses) -> None:
        self.courses = courses

    def get_context_data(self, parent_context=None):
        return {"courses": self.courses}


@hooks.register("construct_homepage_panels")
def add_courses_not_reviewed_panel(request, panels) -> None:
    if permissions.can(request.user, "courses.author"):
        panels.append(CoursesNotReviewedPanel(selectors.courses_not_reviewed(now=timezone.now())))


INDEX_URL_CACHE_SECONDS = 300


def _index_url(model) -> str:
    """The index page's URL, cached so the header costs no query on most requests."""

    def find() -> str:
        index = model.objects.live().first()
        return (index.get_url() if index else None) or "/"

    return request_cache.get_or_set(_index_url_key(model), find, INDEX_URL_CACHE_SECONDS)


def _index_url_key(model) -> str:
    return f"courses:nav:{model._meta.model_name}"


@hooks.register("postwise_request_cache_keys")
def courses_request_cache_keys(member_id: int) -> list[str]:
    """The header's Courses and Guidelines links, read with the member (community.request_cache)."""
    return [_index_url_key(CourseIndexPage), _index_url_key(GuidelineIndexPage)]


@hooks.register("postwise_nav_item", order=20)
def courses_nav_item() -> NavItem:
    return NavItem("Courses", lambda: _index_url(CourseIndexPage), "site.use")


@hooks.register("postwise_nav_item", order=30)
def guidelines_nav_item() -> NavItem:
    return NavItem("Guidelines", lambda: _index_url(GuidelineIndexPage), "site.use")


# My path: each function returns this app's steps for the member.
hooks.register("postwise_path_steps", my_path_steps.course_steps)
hooks.register("postwise_path_steps", my_path_steps.guideline_steps)

# The course and guideline pages' progress and status, for their templates (see MembersOnlyPageMixin).
hooks.register("postwise_page_context", selectors.page_context)


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_courses, order=20)

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=20)
