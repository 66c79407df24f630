"""allauth's pages in the site's style (issue 16): sentence case, and "Error: " first when a form has errors."""

import pytest

from community.templatetags.postwise_text import sentence_case

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("title_case", "sentence"),
    [
        ("Sign In", "Sign in"),
        ("Two-Factor Authentication", "Two-factor authentication"),
        ("  Email Addresses\n", "Email addresses"),
        ("Activate TOTP", "Activate TOTP"),
        ("Don't Have An Account?", "Don't have an account?"),
        ("", ""),
    ],
)
def test_sentence_case(title_case, sentence):
    assert sentence_case(title_case) == sentence


def test_the_sign_in_page_is_in_sentence_case_and_says_error_first(client):
    page = client.get("/accounts/login/").content.decode()
    assert "<title>Sign in –" in page
    assert 'class="govuk-heading-l">Sign in</h1>' in page
    assert "Sign In" not in page
    page = client.post("/accounts/login/", {"login": "", "password": ""}).content.decode()
    assert "<title>Error: Sign in –" in page


def test_the_password_reset_page_says_error_first(client):
    page = client.post("/accounts/password/reset/", {"email": "not an address"}).content.decode()
    assert "<title>Error: Password reset –" in page
