"""Production settings refuse to start without what they need, with a clear message."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "Zq8#pL2@xW9!rT5$vB3%nM7^" + "a1b2c3d4e5f6g7"


def import_production(**env) -> subprocess.CompletedProcess:
    clean = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    clean.update(env, DJANGO_SETTINGS_MODULE="postwise.settings.production")
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = import_production(ALLOWED_HOSTS="postwise.example.org")
    assert result.returncode != 0
    assert "The environment variable SECRET_KEY is not set" in result.stderr


def test_production_refuses_a_weak_secret_key():
    result = import_production(SECRET_KEY="short", ALLOWED_HOSTS="postwise.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY is too weak" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = import_production(SECRET_KEY=GOOD_KEY)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_production_starts_with_both():
    result = import_production(SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="postwise.example.org")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "setting", ["SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_SSL_REDIRECT", "SECURE_HSTS_PRELOAD"]
)
def test_production_is_secure_by_default(setting):
    code = f"from django.conf import settings; import django; django.setup(); print(settings.{setting})"
    clean = {key: value for key, value in os.environ.items() if not key.startswith("SECURE_")}
    clean.update(
        SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="postwise.example.org", DJANGO_SETTINGS_MODULE="postwise.settings.production"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "True", result.stderr
