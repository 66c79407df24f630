"""`make bench` (tests/bench/load.py): the production settings, served over plain HTTP on 127.0.0.1.

The only differences from production: cookies may travel without TLS (the load generator talks HTTP,
with no nginx in front), and the cache keys carry the run's prefix, so a shared Redis never hands one
run's cached facts to the next run's freshly seeded database.
"""

from .env import env_str
from .production import *  # noqa: F403

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
CACHES["default"]["KEY_PREFIX"] = env_str("BENCH_CACHE_PREFIX", "bench")  # noqa: F405
