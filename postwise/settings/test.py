"""The test suite: real database (SQLite or DATABASE_URL), immediate tasks, in-memory mail."""

from .base import *  # noqa: F403
from .env import env_str

SECRET_KEY = "test-only-insecure-key"  # noqa: S105 - test settings only
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
POSTWISE_EMAIL_DOMAINS = ["example.org", "example.gov.uk"]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://testserver")
POSTWISE_ALLOW_DEMO_CONTENT = True
# One test process is one server: a memory cache keeps cache reads out of the query budgets.
# (Each pytest-xdist worker is its own process with its own cache.)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "postwise-test"}}
