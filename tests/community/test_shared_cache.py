"""Rate limits count in a cache every process shares: Redis, or else the database cache table."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import checks
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from django.test import override_settings

from community.checks import shared_cache

ROOT = Path(__file__).resolve().parents[2]
LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
DATABASE_CACHE = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "postwise_cache"}}
REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379"}}


def production_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "DJANGO_SETTINGS_MODULE"}}
    return env | {
        "DJANGO_SETTINGS_MODULE": "postwise.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "postwise.example.org",
        **extra,
    }


def test_production_without_redis_uses_the_database_cache():
    script = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    shown = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.strip() == "django.core.cache.backends.db.DatabaseCache"


def test_check_deploy_says_the_database_cache_is_in_use_and_passes():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "postwise.I001" in result.stdout + result.stderr


@pytest.mark.django_db
def test_migrations_create_the_cache_table_and_two_processes_share_counts():
    assert "postwise_cache" in connection.introspection.table_names()
    # Two cache objects stand for two gunicorn workers: a count made by one is seen by the other.
    first, second = DatabaseCache("postwise_cache", {}), DatabaseCache("postwise_cache", {})
    first.set("login-failures", 1)
    second.incr("login-failures")
    assert first.get("login-failures") == 2


@pytest.mark.parametrize(
    ("caches", "redis_url", "ids"),
    [
        (LOCMEM, "", ["postwise.W001"]),
        (DATABASE_CACHE, "", ["postwise.I001"]),
        (REDIS, "redis://127.0.0.1:6379", []),
    ],
)
def test_deploy_check_warns_only_for_a_per_process_cache(caches, redis_url, ids):
    with override_settings(CACHES=caches, REDIS_URL=redis_url):
        messages = shared_cache(None)
    assert [message.id for message in messages] == ids
    assert all((message.level >= checks.WARNING) == (message.id == "postwise.W001") for message in messages)
