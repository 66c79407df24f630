"""The page and its endpoint: the report, the live fragment, the rate limit, counts only, never the draft."""

import logging

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks

from community.factories import OfficialAccountFactory
from community.models import OfficialAccount
from community.postcheck.draft import RULE_HOOK, Finding, Severity
from community.postcheck.models import DRAFTS_CHECKED, WeeklyCheckCount, WordChoice
from community.postcheck.services import week_of
from community.postcheck.views import CHECKS_PER_MINUTE

pytestmark = pytest.mark.django_db

CHECK = reverse("postcheck:check")
SECRET = "Zebracorn-4471"  # a marker that must never reach the database or the logs
DRAFT = f"Call Sam on 07911 123456 about {SECRET}, or see https://tiktok.com/@council"
FRAGMENT = {"HTTP_X_POSTWISE_FRAGMENT": "1"}


def counts() -> dict[str, int]:
    return dict(WeeklyCheckCount.objects.values_list("kind", "count"))


def test_the_page_says_the_draft_is_never_stored_and_lists_the_five_risks(client_for_role):
    html = client_for_role("basic").get(CHECK).content.decode()
    assert "Check a post before you publish" in html
    assert "never stored or logged" in html and "a prompt to think, not a guarantee" in html
    for risk in ("Reputation", "Defamation", "Intellectual property", "Data protection", "Contract"):
        assert f"<strong>{risk}:</strong>" in html
    assert "front page of the local paper" in html
    assert 'aria-live="polite"' in html


def test_the_check_button_posts_the_form_and_gets_the_report(client_for_role, site_lists):
    response = client_for_role("basic").post(CHECK, {"text": DRAFT, "platform": "x"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 things to look at: Phone number; Blocked site." in html
    # Each finding links to its place in the draft (positions as the browser counts them).
    assert 'href="#id_text" data-start="12" data-end="24">Phone number' in html
    assert "Problem</strong>" in html and "Check</strong>" in html  # words, not only colours
    assert counts() == {DRAFTS_CHECKED: 1, "phone": 1, "blocked-site": 1}


def test_the_script_gets_only_the_report_and_typing_is_not_counted(client_for_role, site_lists):
    response = client_for_role("basic").post(CHECK, {"text": DRAFT, "platform": "x", "live": "1"}, **FRAGMENT)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "data-postcheck-summary" in html
    assert "Phone number" in html and "Blocked site" in html
    assert counts() == {}


def test_a_clean_draft_has_a_clean_report(client_for_role, site_lists):
    html = client_for_role("basic").post(CHECK, {"text": "Bins go out on Tuesday.", "platform": "x"}).content.decode()
    assert "Nothing found to flag" in html and "23 of 280" in html
    assert counts() == {DRAFTS_CHECKED: 1}


def test_positions_in_the_links_count_as_the_browser_does(client_for_role):
    # The emoji is one code point but two UTF-16 units: the phone number starts at 15 in the text box.
    html = client_for_role("basic").post(CHECK, {"text": "🎉 Call Sam on 07911 123456", "platform": "x"}).content
    assert b'data-start="15" data-end="27"' in html


def test_windows_line_endings_keep_positions_right(client_for_role):
    html = client_for_role("basic").post(CHECK, {"text": "Hi\r\n\r\nCall 07911 123456", "platform": "x"}).content
    assert b'data-start="9" data-end="21"' in html


def test_an_empty_draft_gets_a_message_beside_the_field(client_for_role):
    response = client_for_role("basic").post(CHECK, {"text": "", "platform": "x"})
    assert response.status_code == 200
    assert b"Enter the draft you want to check." in response.content
    fragment = client_for_role("basic").post(CHECK, {"text": "", "platform": "x", "live": "1"}, **FRAGMENT)
    assert b"Enter the draft you want to check." in fragment.content
    assert counts() == {}


def test_an_account_the_member_manages_sets_the_platform(client_for_role, account_manager):
    account = OfficialAccountFactory(managers=[account_manager], platform=OfficialAccount.Platform.BLUESKY)
    page = client_for_role("manager").get(f"{CHECK}?account={account.pk}").content.decode()
    assert f'<option value="{account.pk}" selected>' in page
    html = client_for_role("manager").post(CHECK, {"text": "a" * 290, "platform": "x", "account": account.pk})
    assert b"290 of 300 on Bluesky" in html.content


def test_someone_elses_account_cannot_be_chosen(client_for_role, account_manager):
    others = OfficialAccountFactory(platform=OfficialAccount.Platform.BLUESKY)
    page = client_for_role("manager").get(f"{CHECK}?account={others.pk}").content.decode()
    assert f'value="{others.pk}"' not in page
    response = client_for_role("manager").post(CHECK, {"text": "Hello", "platform": "x", "account": others.pk})
    assert b"Choose one of your accounts, or none." in response.content


def test_the_endpoint_is_rate_limited_per_member(client_for_role, still_clock):
    client = client_for_role("basic")
    for _ in range(CHECKS_PER_MINUTE):
        assert client.post(CHECK, {"text": "Hello", "platform": "x", "live": "1"}, **FRAGMENT).status_code == 200
    response = client.post(CHECK, {"text": "Hello", "platform": "x", "live": "1"}, **FRAGMENT)
    assert response.status_code == 429
    assert b"Wait a minute" in response.content
    # Another member is not held up.
    assert client_for_role("corporate").post(CHECK, {"text": "Hello", "platform": "x"}).status_code == 200


def all_stored_text() -> str:
    """Every row of every table in the test database, as text."""
    with connection.cursor() as cursor:
        dumped = []
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 (table names from the DB)
            dumped.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(dumped)


def test_the_draft_is_never_written_to_the_database_or_the_logs(client_for_role, site_lists, caplog):
    caplog.set_level(logging.DEBUG)
    client = client_for_role("basic")
    client.post(CHECK, {"text": DRAFT, "platform": "x"})
    client.post(CHECK, {"text": DRAFT, "platform": "x", "live": "1"}, **FRAGMENT)
    client.post(CHECK, {"text": DRAFT + "\x00", "platform": "nowhere"})  # an invalid form too
    assert counts()[DRAFTS_CHECKED] == 1  # the check did run and write its counts
    assert SECRET not in all_stored_text()
    assert "07911" not in all_stored_text()
    assert SECRET not in caplog.text and "07911" not in caplog.text


def test_counts_add_up_in_one_row_per_week_and_kind(client_for_role):
    client = client_for_role("basic")
    for _ in range(3):
        client.post(CHECK, {"text": "Call 07911 123456 or 0113 496 0000", "platform": "x"})
    assert counts() == {DRAFTS_CHECKED: 3, "phone": 6}
    assert set(WeeklyCheckCount.objects.values_list("week", flat=True)) == {week_of(timezone.localdate())}


def test_a_rule_from_another_app_joins_through_the_hook(client_for_role):
    def no_jargon(draft):
        start = draft.text.find("synergy")
        return (
            [] if start < 0 else [Finding("jargon", "Jargon", "Say what you mean.", Severity.ADVICE, start, start + 7)]
        )

    with hooks.register_temporarily(RULE_HOOK, no_jargon):
        html = client_for_role("basic").post(CHECK, {"text": "More synergy", "platform": "x"}).content.decode()
    assert "Jargon" in html and "Say what you mean." in html


def test_the_report_takes_a_fixed_number_of_queries(client_for_role, site_lists, django_assert_max_num_queries):
    client = client_for_role("basic")
    client.get(CHECK)
    WordChoice.objects.bulk_create(WordChoice(avoid=f"word{number}", prefer="x") for number in range(30))
    text = " ".join(f"https://site{number}.example.net/ word{number}" for number in range(30))
    with django_assert_max_num_queries(22):
        response = client.post(CHECK, {"text": text, "platform": "facebook"})
    assert response.content.decode().count("Word to avoid") >= 30


def test_a_member_with_no_accounts_cannot_name_someone_elses_either(client_for_role):
    others = OfficialAccountFactory(platform=OfficialAccount.Platform.BLUESKY)
    response = client_for_role("basic").post(CHECK, {"text": "Hello", "platform": "x", "account": others.pk})
    assert b"Choose one of your accounts, or none." in response.content
    assert counts() == {}


@pytest.mark.parametrize(
    "data",
    [
        {"text": "Hello", "platform": "nowhere"},
        {"text": "Hello", "platform": "x", "account": "abc"},
        {"text": "Hello", "platform": "x", "account": str(2**70)},
        {"text": "Hello\x00", "platform": "x"},
        {"text": "x" * 70_001, "platform": "x"},
        {"platform": "x"},
    ],
)
def test_bad_input_gets_a_message_never_a_500(client_for_role, data):
    for headers in ({}, FRAGMENT):
        response = client_for_role("basic").post(CHECK, data, **headers)
        assert response.status_code == 200
        assert b"govuk-error-message" in response.content or b"govuk-error-summary" in response.content
    assert counts() == {}
