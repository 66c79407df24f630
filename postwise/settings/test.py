"""The test suite: real database (SQLite or DATABASE_URL), immediate tasks, in-memory mail."""

import os

from .base import *  # noqa: F403
from .env import env_str

# Each pytest-xdist worker (gw0, gw1, …) gets its own files and, from pytest-django, its own test
# database (test_…_gw0 on PostgreSQL, a file with a _gw0 suffix on SQLite).
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")

SECRET_KEY = "test-only-insecure-key"  # noqa: S105 - test settings only
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
POSTWISE_EMAIL_DOMAINS = ["example.org", "example.gov.uk"]
MEDIA_ROOT = BASE_DIR / "var" / f"test-media-{XDIST_WORKER}"  # noqa: F405
# On SQLite the test database is a file (not memory), so `pytest --reuse-db` can keep it migrated.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / "test-postwise.sqlite3")}  # noqa: F405
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://testserver")
POSTWISE_ALLOW_DEMO_CONTENT = True
# One test process is one server: a memory cache keeps cache reads out of the query budgets.
# (Each pytest-xdist worker is its own process with its own cache.)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "postwise-test"}}

# django-zeal (issue 14): an N+1 query in any request a test makes fails the test (NPlusOneError, a 500).
# Only requests are watched, not a test's own body: there, calling a service twice or reading the facts of
# several members is not an N+1, and zeal cannot tell (the first try flagged 80 of tests/community/forum's
# 226 tests, every one of them so). Allowed, each with its reason; never silence a real N+1 here.
# On by default; POSTWISE_ZEAL=0 switches it off (to tell whether a failure is zeal's).
ZEAL_ON = env_str("POSTWISE_ZEAL", "1") == "1"
if ZEAL_ON:
    INSTALLED_APPS = [*INSTALLED_APPS, "zeal"]  # noqa: F405
    MIDDLEWARE = ["zeal.middleware.zeal_middleware", *MIDDLEWARE]  # noqa: F405
ZEAL_RAISE = True
ZEAL_ALLOWLIST = [
    # taggit's `topic.tags.set(names)` looks each new name up on its own; a topic has at most a few tags.
    {"model": "taggit.Tag", "field": "get()"},
    {"model": "taggit.TaggedItem", "field": "get()"},
    # Wagtail admin's own edit templates read `current_workflow_state` of the one object being edited
    # several times (each a query on an unsaved snippet): one object, not a loop over rows.
    {"model": "*", "field": "workflow_states"},
    # Django's database session store reads the session by its key each time allauth's SAML sign-in loads,
    # cycles or flushes it during the one sign-in request: the same session, not a loop.
    {"model": "sessions.Session", "field": "get()"},
    # Django's ContentType.objects.get_for_id fills its per-process cache with one get() per content type the
    # first time the process meets it (Wagtail's page previews meet several at once in a fresh test process).
    {"model": "contenttypes.ContentType", "field": "get()"},
    # Wagtail's RedirectMiddleware, on a 404, looks the path up with and without its query string.
    {"model": "wagtailredirects.Redirect", "field": "get()"},
    # Zeal counts calls by the first frame outside site-packages. In a request that Wagtail's admin views
    # handle, that frame is our middleware (community/middleware.py) for every query, so Wagtail's separate
    # lookups of the one object a view shows (the edit view's get_object_or_404 and its header's, the site
    # summary's Site, the revision a form field names, a snippet's get_object in dispatch and in get) add up
    # as if they were one line in a loop. Each is one object per request, not a loop over rows.
    {"model": "wagtailcore.Page", "field": "get()"},
    {"model": "wagtailcore.Site", "field": "get()"},
    {"model": "wagtailcore.Revision", "field": "get()"},
    {"model": "quizzes.QuestionPool", "field": "get()"},
    {"model": "licences.LicenceType", "field": "get()"},
    {"model": "community.OfficialAccount", "field": "get()"},
    # The site setting's edit view reads the setting of the site it edits, and the admin's branding reads the
    # current site's: the one row, twice, not a loop.
    {"model": "community.OrganisationSettings", "field": "get()"},
    {"model": "quizzes.Question", "field": "get()"},
    # Wagtail's workflow: the edit view asks for the current task's specific object more than once, and the
    # "submitted for review" email reads the page's specific object once per champion it tells (inside
    # Wagtail, attributed to the stdlib's contextlib frame of transaction.atomic, which zeal counts as ours).
    {"model": "courses.FourEyesApprovalTask", "field": "get()"},
    {"model": "courses.LessonPage", "field": "get()"},
    # Wagtail's page admin: publishing saves the page (reading it back in Page.save) and the preview reads the
    # parent's specific page, each time for the one page edited.
    {"model": "courses.CoursePage", "field": "get()"},
    # Wagtail's editing-session ping (every few seconds from an open page editor) reads the edited page's
    # revisions twice through the same relation: the one it was opened at, then any newer one. One page.
    {"model": "*Page", "field": "_revisions"},
    {"model": "courses.CourseIndexPage", "field": "get()"},
    {"model": "courses.GuidelinePage", "field": "get()"},
    {"model": "courses.GuidelineIndexPage", "field": "get()"},
    # allauth, confirming the one address a new member signs up with, looks up their primary address again.
    {"model": "account.EmailAddress", "field": "get()"},
    # courses.models.four_eyes: Wagtail asks the task's get_actions and then its on_action about the one object
    # under review in the same request; each reads that task state's revision again, on purpose (an edit saved
    # with the approval can make the approver an author). One object, not a loop over rows.
    {"model": "wagtailcore.TaskState", "field": "revision"},
    # Wagtail's reference index task (run at once in tests, by a worker in production) reads each saved
    # object back by its pk; a workshop's promotion saves one draft statement per agreed statement.
    {"model": "bestpractice.Statement", "field": "get()"},
    # A leaver closed and anonymised at once: privacy.services.leavers locks the one member's row in each of
    # its two steps (each also runs on its own). The same member twice, not a loop over members.
    {"model": "community.Member", "field": "get()"},
    # Django's inline formset checks each submitted option's hidden id with its own get() (ModelChoiceField.
    # to_python) when a champion saves a question in the admin: one per option of the one question edited.
    {"model": "quizzes.Option", "field": "get()"},
    # The quiz's services each lock the attempt row (select_for_update().get()); "save my answers and give me
    # 10 more minutes" calls two of them in one request: the same one attempt twice, not a loop.
    {"model": "quizzes.QuizAttempt", "field": "get()"},
]
