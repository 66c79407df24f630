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
# NOT YET ON BY DEFAULT: with it on, tests/community/forum passes, but tests elsewhere (tests/courses/quizzes
# and the access matrix) still fail on detections nobody has triaged yet (notes/perf2.md says which were
# seen). Run with POSTWISE_ZEAL=1 to see them; turn it on here once they are fixed
# or allow-listed.
ZEAL_ON = env_str("POSTWISE_ZEAL", "0") == "1"
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
    # Wagtail's RedirectMiddleware, on a 404, looks the path up with and without its query string.
    {"model": "wagtailredirects.Redirect", "field": "get()"},
]
