"""The sweep counts on this: with DEBUG off, an unhandled error is the project's own 500 page, and the
test client (raise_request_exception=False) shows it as a status code rather than raising."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_an_unhandled_error_is_the_plain_500_page(world, settings, monkeypatch):
    assert settings.DEBUG is False

    def broken(**kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("home.views.search.search_everything", broken)
    client = Client(raise_request_exception=False)
    client.force_login(world.champion)
    response = client.get("/search/", {"q": "anything"})
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, there is a problem with the service" in html
    assert "RuntimeError" not in html and "Traceback" not in html


def test_a_missing_page_is_the_404_page(world):
    response = Client(raise_request_exception=False).get("/forum/t/999999/")
    assert response.status_code in (302, 404)  # anonymous: asked to sign in first
    client = Client(raise_request_exception=False)
    client.force_login(world.champion)
    response = client.get("/forum/t/999999/")
    assert response.status_code == 404
    assert "<html" in response.content.decode().lower()
