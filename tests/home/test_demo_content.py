import logging
import re
from io import StringIO
from pathlib import Path

import pytest
import yaml
from django.apps import apps
from django.conf import settings
from django.contrib.auth.hashers import check_password
from django.core.management import CommandError, call_command
from django.test import override_settings

from community.levels import Level, level_of
from community.models import Member
from community.roles import Role
from home.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@pytest.mark.django_db
def test_loading_demo_content_twice_changes_nothing():
    call_command("load_demo_content", stdout=StringIO())
    counts = row_counts()
    passwords = dict(Member.objects.values_list("email", "password"))
    call_command("load_demo_content", stdout=StringIO())
    assert row_counts() == counts
    assert dict(Member.objects.values_list("email", "password")) == passwords


@pytest.mark.django_db
def test_demo_accounts_have_their_levels_and_roles():
    call_command("load_demo_content", stdout=StringIO())
    members = {member.email.split("@")[0]: member for member in Member.objects.all()}
    assert level_of(members["newstarter"]) == Level.BASIC
    assert level_of(members["corporate"]) == Level.CORPORATE_USER
    assert level_of(members["manager"]) == Level.ACCOUNT_MANAGER
    assert members["champion"].groups.filter(name=Role.CHAMPION).exists()
    assert members["coordinator"].groups.filter(name=Role.COORDINATOR).exists()
    assert members["techsupport"].groups.filter(name=Role.TECH_SUPPORT).exists()
    assert members["admin"].is_superuser
    for account in DEMO_ACCOUNTS:
        assert check_password(DEMO_PASSWORD, members[account.username].password)


@pytest.mark.django_db
def test_the_command_prints_the_demo_accounts(capsys):
    call_command("load_demo_content")
    printed = capsys.readouterr().out
    for account in DEMO_ACCOUNTS:
        assert account.email in printed
    assert DEMO_PASSWORD in printed


@pytest.mark.django_db
@override_settings(POSTWISE_ALLOW_DEMO_CONTENT=False)
def test_the_command_refuses_where_settings_do_not_allow_demo_content():
    with pytest.raises(CommandError, match="must never exist in production"):
        call_command("load_demo_content")
    assert not Member.objects.exists()


@pytest.mark.django_db
def test_the_command_prints_a_short_summary_not_the_task_log(caplog):
    out = StringIO()
    with caplog.at_level(logging.INFO):
        call_command("load_demo_content", "--url", "http://127.0.0.1:8001/", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) <= 25, lines
    assert lines[0].startswith("Demo content loaded. Created: ")
    # The seven demo accounts, and the register's sponsors and managers (site/demo/registers/people.yaml).
    register_people = yaml.safe_load((Path(settings.BASE_DIR) / "site/demo/registers/people.yaml").read_text())
    assert re.search(rf"\b{len(DEMO_ACCOUNTS) + len(register_people)} members\b", out.getvalue())
    table = lines[lines.index(f"Demo accounts (password for all: {DEMO_PASSWORD}):") + 1 :]
    for account, line in zip(DEMO_ACCOUNTS, table, strict=False):
        assert line.split() == [account.email, *account.description.split()]
    assert lines[-1] == "Open http://127.0.0.1:8001/ and sign in as one of them."
    # Background tasks and page publishing log at INFO; none of it reaches the console.
    assert [record for record in caplog.records if record.levelno <= logging.INFO] == []


@pytest.mark.django_db
def test_a_second_run_says_nothing_new_was_created():
    call_command("load_demo_content", stdout=StringIO())
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert out.getvalue().startswith("Demo content is already loaded: nothing new was created.")
