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

# django-zeal (issue 14): an N+1 query in a request or in a test's own body fails the test (NPlusOneError).
# The middleware covers every request a test makes; tests/conftest.py's pytest_runtest_call covers the body.
# Allowed, each with its reason (none yet: add entries here, never silence a real N+1).
INSTALLED_APPS = [*INSTALLED_APPS, "zeal"]  # noqa: F405
MIDDLEWARE = ["zeal.middleware.zeal_middleware", *MIDDLEWARE]  # noqa: F405
ZEAL_RAISE = True
ZEAL_ALLOWLIST: list[dict[str, str]] = []
