"""First run: `PORT=8001 make run` serves on that port, and the README says so."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize(("port", "expected"), [(None, "8000"), ("8001", "8001")])
def test_make_run_serves_on_the_port_given(port, expected):
    args = ["make", "--dry-run", "--always-make", "run"] + ([f"PORT={port}"] if port else [])
    env = {"PATH": "/usr/bin:/bin"}
    commands = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout  # noqa: S603 - fixed arguments
    assert f"runserver 127.0.0.1:{expected}" in commands
    assert f"load_demo_content --url http://127.0.0.1:{expected}/" in commands


def test_the_readme_explains_another_port():
    assert "PORT=8001 make run" in (ROOT / "README.md").read_text()


NEWCOMER_DOCS = ["README.md", "DEVELOPERS.md", "docs/product.md", "docs/development.md"]


@pytest.mark.parametrize("name", NEWCOMER_DOCS)
def test_the_newcomer_docs_live_in_the_repository(name):
    text = (ROOT / name).read_text()
    assert "../shared" not in text
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if not target.startswith("http"):
            assert ((ROOT / name).parent / target).exists(), f"{name} links to {target}, which is missing"


def test_the_readme_says_where_development_emails_go():
    # Imported here only: the development settings module reads the environment and is no test's settings.
    import postwise.settings.dev as dev

    readme = (ROOT / "README.md").read_text()
    assert dev.EMAIL_BACKEND == "django.core.mail.backends.filebased.EmailBackend"
    assert Path(dev.EMAIL_FILE_PATH) == ROOT / "var" / "sent-mail"
    assert "var/sent-mail/" in readme


def test_the_readme_says_role_holders_set_up_an_authenticator_app_on_their_first_admin_visit():
    readme = " ".join((ROOT / "README.md").read_text().split())
    assert "set up an authenticator app (TOTP) on their first visit to the Wagtail admin" in readme


def test_built_features_are_not_called_planned():
    product = (ROOT / "docs" / "product.md").read_text().lower()
    exists, planned = product.split("## planned (not built yet)")
    assert "site access lists" in exists[exists.index("## what exists now") :]
    assert "site access lists" not in planned
    for built in ("the register of official accounts", "applications for a new account"):
        assert built in exists[exists.index("## what exists now") :]
        assert built not in planned
    readme = " ".join((ROOT / "README.md").read_text().split()).lower()
    assert "register of official accounts" not in readme[readme.index("**planned, not built yet:**") :][:200]
    assert "the social hub" in exists[exists.index("## what exists now") :]
    assert "social hub" not in planned
    for built in ("check a post before you publish", "a directory of colleagues"):
        assert built in exists[exists.index("## what exists now") :]
        assert built not in planned
    assert "measures** at `/measures/`" in exists[exists.index("## what exists now") :]
    assert "the signed-in home page** (`/`)" in exists[exists.index("## what exists now") :]
    assert "home page" not in planned
    assert "topic lists" in exists[exists.index("## what exists now") :]
    assert "topic lists" not in planned
    assert "topic lists" not in readme[readme.index("**planned, not built yet:**") :][:200]
    assert "home page" not in readme[readme.index("**planned, not built yet:**") :][:200]
    assert "measures" not in planned
    assert "check a post before you publish" in exists[exists.index("## what exists now") :]
    assert (
        "pre-flight" not in planned and "pre-flight" not in readme[readme.index("**planned, not built yet:**") :][:200]
    )
