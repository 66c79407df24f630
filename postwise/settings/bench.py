"""`make bench` (tests/bench/load.py): the production settings, served over plain HTTP on 127.0.0.1.

The only differences from production: cookies may travel without TLS (the load generator talks HTTP,
with no nginx in front); the cache keys carry the run's prefix, so a shared Redis never hands one run's
cached facts to the next run's freshly seeded database; and the test settings' fast password hash (the
bench database is seeded with them) is still accepted, and upgraded at the first sign-in.
"""

from django.conf import global_settings

from .env import env_str
from .production import *  # noqa: F403

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
CACHES["default"]["KEY_PREFIX"] = env_str("BENCH_CACHE_PREFIX", "bench")  # noqa: F405
PASSWORD_HASHERS = [*global_settings.PASSWORD_HASHERS, "django.contrib.auth.hashers.MD5PasswordHasher"]
