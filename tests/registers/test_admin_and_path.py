"""Coordinators find the register and applications in the admin; My path links to the directory and the
application; the directory shows only active accounts."""

import pytest
from django.urls import reverse

from community.factories import OfficialAccountFactory
from community.models import OfficialAccount
from community.registers.factories import ApplicationFactory
from community.viewer import facts_for, forget_facts
from home.selectors import my_path_for
from tests.community.mfa_helpers import sign_in_with_totp

pytestmark = pytest.mark.django_db


def test_the_coordinator_sees_the_register_and_applications_in_the_admin(client, coordinator):
    ApplicationFactory(name="Leisure centres")
    sign_in_with_totp(client, coordinator)

    page = client.get("/admin/").content.decode()
    assert "Official accounts" in page

    listing = client.get("/admin/snippets/registers/application/")
    assert listing.status_code == 200 and "Leisure centres" in listing.content.decode()
    assert client.get("/admin/snippets/registers/statuschange/").status_code == 200
    assert client.get("/admin/snippets/registers/managerlapse/").status_code == 200
    assert client.get("/admin/snippets/community/officialaccount/add/").status_code == 200


def test_other_roles_do_not_get_the_register(client, champion):
    sign_in_with_totp(client, champion)
    assert client.get("/admin/snippets/community/officialaccount/").status_code in (302, 403)


def test_the_directory_lists_active_accounts_with_their_managers(client, basic_member, account_manager, licensed):
    OfficialAccountFactory(status=OfficialAccount.Status.ACTIVE, name="Roads and travel", managers=[account_manager])
    OfficialAccountFactory(status=OfficialAccount.Status.SUSPENDED, name="Quiet account")
    client.force_login(basic_member)

    page = client.get(reverse("registers:directory")).content.decode()

    assert "Roads and travel" in page and account_manager.get_full_name() in page
    assert "Quiet account" not in page


def test_my_path_points_to_the_directory_and_to_applying(corporate_member, basic_member):
    steps = my_path_for(member=corporate_member, facts=facts_for(corporate_member))
    urls = [step.url for step in steps.steps_now + steps.steps_to_next_level]
    assert reverse("registers:directory") in urls and reverse("registers:apply") in urls

    application = ApplicationFactory(applicant=corporate_member)
    forget_facts(corporate_member)
    steps = my_path_for(member=corporate_member, facts=facts_for(corporate_member))
    assert application.get_absolute_url() in [step.url for step in steps.steps_to_next_level]

    basic_steps = my_path_for(member=basic_member, facts=facts_for(basic_member))
    assert reverse("registers:apply") not in [s.url for s in basic_steps.steps_now + basic_steps.steps_to_next_level]
