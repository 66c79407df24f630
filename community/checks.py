"""Deployment checks (`manage.py check --deploy`): the cache that rate limits count in."""

from django.conf import settings
from django.core import checks

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@checks.register(checks.Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs) -> list[checks.CheckMessage]:
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in PER_PROCESS_CACHES:
        return [
            checks.Warning(
                f"The default cache is {backend}, which each process keeps to itself: every gunicorn "
                "worker counts rate limits on its own.",
                hint="Set REDIS_URL, or leave it unset to use the database cache table.",
                id="postwise.W001",
            )
        ]
    if not settings.REDIS_URL:
        return [
            checks.Info(
                "REDIS_URL is not set: rate limits and caches use the database cache table "
                f"{settings.DATABASE_CACHE_TABLE!r}, shared by every process.",
                hint="Set REDIS_URL for a faster shared cache.",
                id="postwise.I001",
            )
        ]
    return []
