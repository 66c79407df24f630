import logging
import re
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.hashers import check_password
from django.core.management import CommandError, call_command
from django.test import override_settings

from community import demo_data
from community.account_metrics.demo import load_measures
from community.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from community.demo_data import DEMO_DIR, DemoDataError
from community.hub.demo import load_hub_feeds
from community.incidents.demo import load_incidents
from community.levels import Level, level_of
from community.measures.demo import load_measures_demo
from community.models import Member
from community.registers.demo import DemoAccount, load_official_accounts
from community.roles import Role
from courses.demo import Course, Guideline
from courses.licences.demo import load_licences
from courses.licences.models import Licence


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
def test_the_home_page_looks_alive_for_every_demo_account(client):
    """Each demo account sees topics, statements and the hub's posts; each role holder has something waiting;
    some accounts have a photo, loaded once."""
    call_command("load_demo_content", stdout=StringIO())
    members = {member.email.split("@")[0]: member for member in Member.objects.all()}
    for account in DEMO_ACCOUNTS:
        client.force_login(members[account.username])
        html = client.get("/").content.decode()
        assert "Unread</strong>" in html or "New replies</strong>" in html, account.username
        assert "No statements published yet" not in html and "No posts yet" not in html, account.username
        assert "Nobody has started a topic" not in html, account.username
    client.force_login(members["champion"])
    assert re.search(r">[1-9]\d* flagged posts?</a>", client.get("/").content.decode())
    client.force_login(members["coordinator"])
    assert re.search(r">[1-9]\d* applications? waiting", client.get("/").content.decode())
    client.force_login(members["techsupport"])
    assert re.search(r">[1-9]\d* site reviews? overdue", client.get("/").content.decode())
    photos = {name: members[name].avatar.name for name in ("corporate", "manager", "coordinator", "techsupport")}
    assert all(photos.values()) and not members["newstarter"].avatar
    call_command("load_demo_content", stdout=StringIO())
    assert {name: Member.objects.get(pk=members[name].pk).avatar.name for name in photos} == photos


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
    # Every member the demo made (the seven accounts, the register's people, the measures' staff) is counted.
    assert re.search(rf"\b{Member.objects.count()} members\b", out.getvalue())
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


@pytest.fixture
def demo_dir(tmp_path, monkeypatch):
    """An empty demo folder in place of site/demo/."""
    monkeypatch.setattr(demo_data, "DEMO_DIR", tmp_path)
    return tmp_path


def write(folder, relative_path: str, text: str) -> None:
    path = folder / relative_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def course_mistakes(demo_dir, lessons: str) -> str:
    """What reading a course file with these lessons (YAML) says is wrong with it."""
    write(
        demo_dir,
        "courses/1-induction.yaml",
        "slug: induction\ntitle: Induction\naudience: Basic\nestimated_minutes: 5\nlessons:\n" + lessons,
    )
    with pytest.raises(DemoDataError) as error:
        demo_data.read("courses/1-induction.yaml", Course)
    return str(error.value)


def test_a_mistake_in_a_demo_file_names_the_file_the_entry_and_the_field(demo_dir):
    message = course_mistakes(
        demo_dir,
        "- slug: tone\n  title: Tone\n  body:\n  - heading: Listen\n  - list:\n      items: [one]\n"
        "- slug: risks\n  title: Risks\n  body:\n  - paragraf: [misspelt]\n",
    )
    assert message.startswith("Demo file site/demo/courses/1-induction.yaml has mistakes:")
    assert "lessons[1] (tone) > body[2] > list > intro: Field required" in message
    assert "lessons[2] (risks) > body[1]: " in message and "a block is one key of: heading, paragraphs" in message


def test_a_level_that_does_not_exist_is_refused(demo_dir):
    write(
        demo_dir,
        "guidelines/guidelines.yaml",
        "- slug: g\n  title: G\n  audience: Expert\n  version: '1'\n  body: []\n",
    )
    with pytest.raises(DemoDataError, match=r"entry\[1\] \(g\) > audience: .*Basic, Corporate user, Account manager"):
        demo_data.read("guidelines/guidelines.yaml", list[Guideline])


def test_a_file_that_is_not_yaml_is_named(demo_dir):
    write(demo_dir, "forum/threads.yaml", "- title: [unclosed\n")
    with pytest.raises(DemoDataError, match="Demo file forum/threads.yaml cannot be read"):
        demo_data.read("forum/threads.yaml", list[dict])


@pytest.mark.django_db
def test_an_unknown_username_is_named_with_its_file(demo_dir):
    write(
        demo_dir,
        "licences/licence-types.yaml",
        "- name: Test licence\n  validity_months: 12\n  renewal_window_days: 30\n  holders: [nobody]\n",
    )
    with pytest.raises(DemoDataError, match="licences/licence-types.yaml: demo account “nobody” does not exist"):
        load_licences(log=lambda message: None)
    assert not Licence.objects.exists()


REAL_DEMO_DIR = demo_data.DEMO_DIR


def real_file_with(relative_path: str, old: str, new: str) -> str:
    text = (REAL_DEMO_DIR / relative_path).read_text(encoding="utf-8")
    assert old in text, f"{relative_path} no longer has {old!r}"
    return text.replace(old, new, 1)


# Each loader of the official-account apps, the file it reads first with one mistake, and what it must say.
NEW_APPS_MISTAKES = [
    (
        load_official_accounts,
        {"registers/people.yaml": "- {username: ann, first_name: A, last_name: B, department: D, licence: expired}\n"},
        "Demo file site/demo/registers/people.yaml has mistakes:\n  entry[1] (ann) > licence: Input should be",
    ),
    (
        load_official_accounts,
        {
            "registers/people.yaml": "[]\n",
            "registers/accounts.yaml": real_file_with(
                "registers/accounts.yaml", "  review_in_days: 200\n", "  review_in_days: soon\n"
            ),
        },
        "site/demo/registers/accounts.yaml has mistakes:\n  entry[4] (Parks and open spaces) > review_in_days: ",
    ),
    (
        load_measures,
        {
            "account_metrics/measures.yaml": real_file_with(
                "account_metrics/measures.yaml", "posts: 90,", "posts: lots,"
            )
        },
        "site/demo/account_metrics/measures.yaml has mistakes:\n  accounts[2] > posts: Input should be a valid integer",
    ),
    (
        load_incidents,
        {
            "incidents/checklists.yaml": real_file_with(
                "incidents/checklists.yaml", "- risk: contract", "- risk: rumour"
            )
        },
        "site/demo/incidents/checklists.yaml has mistakes:\n  entry[5] > risk: Input should be",
    ),
    (
        load_incidents,
        {
            "incidents/checklists.yaml": "[]\n",
            "incidents/incidents.yaml": real_file_with(
                "incidents/incidents.yaml", "severity: medium", "severity: dire"
            ),
        },
        "site/demo/incidents/incidents.yaml has mistakes:\n  entry[2] > severity: Input should be",
    ),
    (
        load_hub_feeds,
        {"hub/manifest.yaml": real_file_with("hub/manifest.yaml", "platform: youtube", "platform: myspace")},
        "site/demo/hub/manifest.yaml has mistakes:\n  accounts[4] > platform: Input should be",
    ),
    (
        load_measures_demo,
        {"measures/measures.yaml": real_file_with("measures/measures.yaml", "tries: 0.75", "tries: often")},
        "site/demo/measures/measures.yaml has mistakes:\n  quiz > tries: Input should be a valid number",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("load", "files", "says"),
    NEW_APPS_MISTAKES,
    ids=["people", "accounts", "account-measures", "checklists", "incidents", "hub", "measures"],
)
def test_the_official_account_apps_name_the_file_entry_and_field_of_a_mistake(demo_dir, load, files, says):
    for relative_path, text in files.items():
        write(demo_dir, relative_path, text)
    with pytest.raises(DemoDataError) as error:
        load(log=lambda message: None)
    assert says in str(error.value)


@pytest.mark.django_db
def test_a_later_step_naming_an_official_account_the_register_did_not_make_says_so(demo_dir):
    write(demo_dir, "account_metrics/measures.yaml", real_file_with("account_metrics/measures.yaml", "", ""))
    with pytest.raises(DemoDataError, match="account_metrics/measures.yaml: official account “mastodon @recycling"):
        load_measures(log=lambda message: None)


def test_the_demo_words_come_from_the_files_not_from_python(demo_dir):
    """A scenario's question, a card's image credit and the reason an account joined the register are written in
    the demo files: leaving one out is a mistake the file is told of, not a default filled in by the code."""
    message = course_mistakes(
        demo_dir,
        "- slug: tone\n  title: Tone\n  body:\n  - scenario:\n      situation: A resident asks.\n      answer: Reply.\n"
        "  - card:\n      title: T\n      description: D\n      file: t.png\n      lines: [One]\n      alt_text: A\n",
    )
    assert "lessons[1] (tone) > body[1] > scenario > question: Field required" in message
    assert "lessons[1] (tone) > body[2] > card > credit: Field required" in message
    write(
        demo_dir,
        "registers/accounts.yaml",
        (DEMO_DIR / "registers/accounts.yaml").read_text().replace("  reason: Added to the register.\n", "", 1),
    )
    with pytest.raises(DemoDataError, match=r"entry\[1\] \(Recycling and waste\) > reason: Field required"):
        demo_data.read("registers/accounts.yaml", list[DemoAccount])
