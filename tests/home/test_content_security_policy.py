"""Every response carries a strict Content-Security-Policy; only the Wagtail admin's is looser."""

import pytest
from django.test import Client


def directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.django_db
def test_site_pages_allow_no_inline_script_no_eval_and_no_framing(client):
    response = client.get("/accounts/login/")
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert "'unsafe-inline'" not in policy["style-src"]
    nonce = next(source for source in policy["style-src"] if source.startswith("'nonce-"))
    assert f'<style nonce="{nonce[7:-1]}">' in response.content.decode()
    assert " style=" not in response.content.decode()


@pytest.mark.django_db
def test_the_admin_alone_allows_wagtails_inline_script_style_and_preview_frame_but_no_eval(admin_user):
    client = Client()
    client.force_login(admin_user)
    policy = directives(client.get("/admin/login/"))
    assert "'unsafe-inline'" in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # the live preview panel frames /admin/…/preview/
