"""The accessibility statement (issue 16): public, in every footer, and true about how the site is tested."""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.e2e import page_types, semantics
from tests.e2e.html_validity import VNU_JAR

pytestmark = pytest.mark.django_db
PACKAGE = json.loads((Path(settings.BASE_DIR) / "package.json").read_text())


@pytest.fixture
def statement(client) -> str:
    response = client.get("/accessibility/")
    assert response.status_code == 200
    return response.content.decode()


def test_anyone_can_read_it_and_every_page_links_to_it(client, statement, basic_member):
    assert "<title>Accessibility statement –" in statement
    for address in ("/accounts/login/", "/licences/verify/"):
        assert 'href="/accessibility/">Accessibility statement</a>' in client.get(address).content.decode()
    client.force_login(basic_member)
    assert 'href="/accessibility/">Accessibility statement</a>' in client.get("/my-path/").content.decode()


def test_it_names_the_checkers_the_tests_really_run_at_their_pinned_versions(statement):
    assert f"axe-core</a> {PACKAGE['devDependencies']['axe-core']}" in statement
    assert f"vnu-jar {PACKAGE['devDependencies']['vnu-jar']}" in statement
    assert "vnu-jar" in str(VNU_JAR)
    # The checks it lists are the tours' checks.
    assert re.search(r"390 and 320 pixels", statement)
    assert "landmark" in statement and "region" in page_types.__doc__ + semantics.__doc__
    assert "Error" in statement and "title_problems" in dir(semantics)


def test_it_says_how_to_report_a_problem_and_what_does_not_comply(statement):
    assert 'href="mailto:' in statement
    assert "Content that is not accessible" in statement
    assert "Equality Advisory and Support Service" in statement
