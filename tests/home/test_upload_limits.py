"""A request over the size limits gets the 413 page from a real gunicorn, not a broken connection."""

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024


@pytest.fixture
def gunicorn(tmp_path):
    """gunicorn with site/deploy/gunicorn.conf.py on a free loopback port; yields the port."""
    port = free_port()
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "postwise.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "postwise.wsgi",
            "--config",
            "site/deploy/gunicorn.conf.py",
            "--no-control-socket",
        ],
        cwd=ROOT,
        env=env,
        stdout=(tmp_path / "gunicorn.log").open("w"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail("gunicorn did not start")
            time.sleep(0.1)
    yield port
    server.terminate()
    server.wait(30)


def post(port: int, *, content_type: str, size: int) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.putrequest("POST", "/accounts/login/")
    connection.putheader("Content-Type", content_type)
    connection.putheader("Content-Length", str(size))
    connection.endheaders()
    chunk = b"x" * (256 * 1024)
    sent = 0
    while sent < size:
        part = chunk[: size - sent]
        connection.send(part)
        sent += len(part)
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    return response.status, body


def test_an_oversized_form_post_gets_the_413_page(gunicorn):
    status, body = post(gunicorn, content_type="application/x-www-form-urlencoded", size=8 * MB)
    assert status == 413
    assert "What you sent is too big" in body and "5 MB" in body


def test_an_oversized_upload_gets_the_413_page(gunicorn):
    size = settings.POSTWISE_MAX_UPLOAD_SIZE + MB
    status, body = post(gunicorn, content_type="multipart/form-data; boundary=postwise", size=size)
    assert status == 413
    assert "12 MB" in body


def test_nginx_and_wagtail_limits_agree_with_django():
    nginx = (ROOT / "site" / "deploy" / "nginx.conf").read_text()
    assert f"client_max_body_size {settings.POSTWISE_MAX_UPLOAD_SIZE // MB}m;" in nginx
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE < settings.POSTWISE_MAX_UPLOAD_SIZE
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= settings.POSTWISE_MAX_UPLOAD_SIZE
