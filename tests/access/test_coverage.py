"""Guards: a new front-end URL or page type cannot skip the access matrix.

Add a row for it in tests/access/test_views.py (or test_pages.py for a page type), with the
outcome for each of the seven roles, and an entry in test_actions.py if it writes on POST.
"""

from django.apps import apps
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.models import Page

from tests.access.test_actions import ACTIONS
from tests.access.test_pages import PAGE_ROWS
from tests.access.test_views import ROWS

# Served by other people's code, behind their own checks; tested in tests/community/test_admin_mfa.py.
OUTSIDE_THE_MATRIX = ("admin/", "django-admin/", "accounts/")
# The catch-all that serves Wagtail pages: its matrix is by page type (PAGE_ROWS).
PAGE_SERVING = "wagtail_serve"


def front_end_patterns(resolver=None, prefix: str = "", namespace: str = ""):
    """(route, qualified name) for every URL pattern outside the admin and allauth."""
    for pattern in (resolver or get_resolver()).url_patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith(OUTSIDE_THE_MATRIX):
            continue
        if isinstance(pattern, URLResolver):
            inner = ":".join(part for part in (namespace, pattern.namespace) if part)
            yield from front_end_patterns(pattern, route, inner)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield route, name


def test_every_front_end_url_has_a_name():
    unnamed = [route for route, name in front_end_patterns() if not name]
    assert unnamed == [], "Name these URL patterns so the access matrix can list them"


def test_every_front_end_url_is_in_the_matrix():
    in_table = {row.name for row in ROWS} | {PAGE_SERVING}
    missing = sorted({name for _, name in front_end_patterns() if name} - in_table)
    assert missing == [], f"Add these URL names to tests/access/test_views.py ROWS: {missing}"


def test_the_matrix_lists_no_url_that_is_gone():
    served = {name for _, name in front_end_patterns()}
    stale = sorted({row.name for row in ROWS} - served)
    assert stale == []


def test_the_matrix_reaches_the_project_apps_it_is_meant_to():
    """A sanity check on the walk itself: each of the project's URL namespaces is found."""
    names = {name for _, name in front_end_patterns()}
    for namespace in ("home", "forum", "notifications", "bestpractice", "workshops", "courses", "licences", "quizzes"):
        assert any(name.startswith(f"{namespace}:") for name in names), namespace
    assert PAGE_SERVING in names


def project_page_types() -> set[str]:
    base = str(settings.BASE_DIR)
    return {
        model.__name__
        for model in apps.get_models()
        if issubclass(model, Page)
        and model is not Page
        and not model._meta.abstract
        and str(apps.get_app_config(model._meta.app_label).path).startswith(base)
        and ".venv" not in str(apps.get_app_config(model._meta.app_label).path)
    }


def test_every_page_type_is_in_the_matrix():
    missing = sorted(project_page_types() - {row.name for row in PAGE_ROWS})
    assert missing == [], f"Add these page types to tests/access/test_pages.py PAGE_ROWS: {missing}"
    assert {"HomePage", "CoursePage", "LessonPage", "GuidelinePage", "QuizPage"} <= project_page_types()


def test_every_post_only_url_has_its_writes_checked():
    """A URL that answers GET with 405 takes POST only: test_actions.py must POST to it as every role."""
    post_only = {row.name for row in ROWS if set(row.expect) - {"login"} == {405}}
    checked = {action.name for action in ACTIONS}
    missing = sorted(post_only - checked)
    assert missing == [], f"Add these POST-only URLs to tests/access/test_actions.py ACTIONS: {missing}"
