"""A malformed URL, handle or feed address gets a clear message beside its field, and nothing is saved."""

import pytest
from django.urls import reverse

from community.account_addresses import address_errors
from community.models import OfficialAccount
from community.registers.models import Application, StatusChange
from tests.community.mfa_helpers import sign_in_with_totp

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("platform", "handle", "public_url", "feed_url", "field"),
    [
        ("x", "@Example Council", "", "", "handle"),
        ("x", "@ThisHandleIsFarTooLong", "", "", "handle"),
        ("mastodon", "@recycling", "", "", "handle"),
        ("bluesky", "@roads", "", "", "handle"),
        ("blog", "https://news.example.org", "", "", "handle"),
        ("x", "@ExampleCouncil", "https://www.facebook.com/ExampleCouncil", "", "public_url"),
        ("x", "@ExampleCouncil", "javascript:alert(1)", "", "public_url"),
        ("x", "@ExampleCouncil", "x.com/ExampleCouncil", "", "public_url"),
        ("mastodon", "@recycling@social.example.org", "https://mastodon.social/@recycling", "", "public_url"),
        ("x", "@ExampleCouncil", "", "ftp://example.org/feed.rss", "feed_url"),
        ("x", "@ExampleCouncil", "", "not a feed", "feed_url"),
    ],
)
def test_addresses_that_do_not_fit_the_platform(platform, handle, public_url, feed_url, field):
    errors = address_errors(platform=platform, handle=handle, public_url=public_url, feed_url=feed_url)
    assert list(errors) == [field]


@pytest.mark.parametrize(
    ("platform", "handle", "public_url", "feed_url"),
    [
        ("x", "@ExampleCouncil", "https://x.com/ExampleCouncil", "https://www.example.org/feeds/council-posts.rss"),
        ("mastodon", "@recycling@social.example.org", "https://social.example.org/@recycling", ""),
        ("bluesky", "@roads.example.org", "https://bsky.app/profile/roads.example.org", ""),
        ("blog", "news.example.org", "https://news.example.org/", "https://news.example.org/feed.atom"),
        ("linkedin", "example-council-careers", "https://www.linkedin.com/company/example-council-careers", ""),
    ],
)
def test_good_addresses_pass(platform, handle, public_url, feed_url):
    assert address_errors(platform=platform, handle=handle, public_url=public_url, feed_url=feed_url) == {}


def test_the_application_form_puts_each_message_beside_its_field(client, corporate_member):
    client.force_login(corporate_member)
    response = client.post(
        reverse("registers:apply"),
        {
            "platform": "x",
            "name": "Parks",
            "handle": "@not a handle",
            "public_url": "https://www.facebook.com/parks",
            "department": "Environment",
            "draft": "1",
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"handle", "public_url"}
    page = response.content.decode()
    assert "govuk-error-summary" in page and 'href="#id_handle"' in page
    assert Application.objects.count() == 0


ADMIN_ADD = "/admin/snippets/community/officialaccount/add/"


def admin_form(**changes):
    data = {
        "platform": "x",
        "name": "Example Council",
        "handle": "@ExampleCouncil",
        "public_url": "https://x.com/ExampleCouncil",
        "department": "Communications",
        "purpose": "News.",
        "audience": "",
        "business_goals": "",
        "status": "proposed",
        "status_reason": "",
        "feed_url": "",
        "credentials_holder": "Comms team",
        "credentials_location": "IT vault",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"handle": "Example Council!"}, "handle"),
        ({"public_url": "https://example.com/not-x"}, "public_url"),
        ({"feed_url": "feed://example.org/rss"}, "feed_url"),
    ],
)
def test_the_admin_form_refuses_a_malformed_address_beside_its_field(client, coordinator, changes, field):
    sign_in_with_totp(client, coordinator)
    response = client.post(ADMIN_ADD, admin_form(**changes))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert OfficialAccount.objects.count() == 0 and StatusChange.objects.count() == 0


def test_the_admin_form_says_never_to_store_a_password(client, coordinator):
    sign_in_with_totp(client, coordinator)
    page = client.get(ADMIN_ADD).content.decode()
    assert "Never type a password here" in page


def test_the_admin_refuses_an_unlicensed_manager_and_saves_nothing(client, coordinator, unlicensed_member):
    sign_in_with_totp(client, coordinator)
    response = client.post(ADMIN_ADD, admin_form(managers=[unlicensed_member.pk]))
    assert response.status_code == 200
    assert "valid corporate user licence" in str(response.context["form"].errors["managers"])
    assert OfficialAccount.objects.count() == 0


def test_the_coordinator_adds_an_account_in_the_admin(client, coordinator, licensed):
    manager = licensed()
    sign_in_with_totp(client, coordinator)
    response = client.post(ADMIN_ADD, admin_form(status="active", managers=[manager.pk]))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    account = OfficialAccount.objects.get()
    assert list(account.managers.all()) == [manager]
    assert StatusChange.objects.get().to_status == "active"


def test_an_admin_status_change_needs_a_reason_and_an_allowed_move(client, coordinator, account):
    sign_in_with_totp(client, coordinator)
    edit = f"/admin/snippets/community/officialaccount/edit/{account.pk}/"
    data = admin_form(handle=account.handle, name="Parks", managers=[m.pk for m in account.managers.all()])

    response = client.post(edit, {**data, "status": "retired"})
    assert "status_reason" in response.context["form"].errors

    response = client.post(edit, {**data, "status": "suspended", "status_reason": "Too soon."})
    assert "cannot become suspended" in str(response.context["form"].errors["status"])
    assert StatusChange.objects.count() == 0
    account.refresh_from_db()
    assert account.status == "approved"

    response = client.post(edit, {**data, "status": "active", "status_reason": "Launched."})
    assert response.status_code == 302
    assert StatusChange.objects.get().reason == "Launched."
