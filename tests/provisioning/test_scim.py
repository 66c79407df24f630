"""SCIM 2.0 provisioning, replaying the requests Microsoft Entra ID sends, as Microsoft documents them
("Tutorial: Develop and plan provisioning for a SCIM endpoint in Microsoft Entra ID": the request examples
for users and groups). Only the user names and addresses are ours."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.sessions.backends.db import SessionStore

from community.factories import MemberFactory, OfficialAccountFactory
from community.models import Member
from community.privacy.models import Departure, ErasureLog
from community.privacy.services.leavers import anonymise
from community.provisioning.models import DirectoryGroup
from community.registers.models import ManagerLapse
from community.roles import Role
from community.sites import services as site_services
from community.sites.models import ApiToken
from courses.licences.factories import LicenceFactory

SCIM = "application/scim+json"
USER_NAME = "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1"

CREATE_USER = {
    "schemas": [
        "urn:ietf:params:scim:schemas:core:2.0:User",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
    ],
    "externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
    "userName": USER_NAME,
    "active": True,
    "emails": [{"primary": True, "type": "work", "value": "Test_User_fd0ea19b@example.org"}],
    "meta": {"resourceType": "User"},
    "name": {"formatted": "givenName familyName", "familyName": "familyName", "givenName": "givenName"},
    "roles": [],
}
UPDATE_USER = {
    "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
    "Operations": [
        {"op": "Replace", "path": 'emails[type eq "work"].value', "value": "updatedEmail@example.org"},
        {"op": "Replace", "path": "name.familyName", "value": "updatedFamilyName"},
    ],
}
DISABLE_USER = {
    "Operations": [{"op": "Replace", "path": "active", "value": False}],
    "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
}
CREATE_GROUP = {
    "schemas": [
        "urn:ietf:params:scim:schemas:core:2.0:Group",
        "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group",
    ],
    "externalId": "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159",
    "displayName": "Customer service champion",
    "meta": {"resourceType": "Group"},
}


def add_member(scim_id: str) -> dict:
    return {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [
            {"name": "addMember", "op": "add", "path": "members", "value": [{"$ref": None, "value": scim_id}]}
        ],
    }


def remove_member(scim_id: str) -> dict:
    return {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [
            {"name": "removeMember", "op": "remove", "path": "members", "value": [{"$ref": None, "value": scim_id}]}
        ],
    }


@pytest.fixture
def directory_token(db, tech_support):
    return site_services.issue_token(
        token=ApiToken(name="Entra ID", purpose=ApiToken.Purpose.DIRECTORY), by=tech_support
    )


@pytest.fixture
def scim(client, directory_token):
    """Calls as Entra ID does: a bearer token and SCIM JSON."""

    def call(method: str, path: str, body: dict | None = None, token: str | None = None):
        headers = {"Authorization": f"Bearer {token or directory_token}"}
        kwargs = {"data": json.dumps(body), "content_type": SCIM} if body is not None else {}
        return getattr(client, method)(f"/scim/v2/{path}", headers=headers, **kwargs)

    return call


def _created(scim) -> dict:
    response = scim("post", "Users", CREATE_USER)
    assert response.status_code == 201, response.content
    return json.loads(response.content)


def test_create_then_find_by_user_name(scim):
    """Entra ID looks for the user first, creates them, then reads them back by id and by filter."""
    empty = json.loads(scim("get", f'Users?filter=userName eq "{USER_NAME}"').content)
    assert empty["totalResults"] == 0
    created = _created(scim)
    member = Member.objects.get(scim_id=created["id"])
    assert (member.email, member.first_name, member.last_name) == (
        "test_user_fd0ea19b@example.org",
        "givenName",
        "familyName",
    )
    assert member.is_active and not member.has_usable_password()
    assert EmailAddress.objects.get(user=member).verified
    assert created["userName"] == USER_NAME and created["externalId"] == CREATE_USER["externalId"]
    assert json.loads(scim("get", f"Users/{created['id']}").content)["id"] == created["id"]
    found = json.loads(scim("get", f'Users?filter=userName eq "{USER_NAME}"').content)
    assert found["totalResults"] == 1 and found["Resources"][0]["id"] == created["id"]


def test_creating_the_same_user_twice_is_a_conflict(scim):
    _created(scim)
    assert scim("post", "Users", CREATE_USER).status_code == 409
    assert Member.objects.filter(scim_username=USER_NAME).count() == 1


def test_patch_updates_the_email_and_name(scim):
    created = _created(scim)
    response = scim("patch", f"Users/{created['id']}", UPDATE_USER)
    assert response.status_code == 200, response.content
    member = Member.objects.get(scim_id=created["id"])
    assert (member.email, member.last_name) == ("updatedemail@example.org", "updatedFamilyName")
    assert EmailAddress.objects.get(user=member).email == "updatedemail@example.org"


def test_disabling_a_user_is_a_leaver(scim):
    created = _created(scim)
    member = Member.objects.get(scim_id=created["id"])
    LicenceFactory(holder=member)
    account = OfficialAccountFactory(managers=[member])
    session = SessionStore()
    session["_auth_user_id"] = str(member.pk)
    session.create()

    response = scim("patch", f"Users/{created['id']}", DISABLE_USER)

    assert response.status_code == 200 and json.loads(response.content)["active"] is False
    member.refresh_from_db()
    assert not member.is_active
    assert not SessionStore().exists(session.session_key)
    assert Departure.objects.get(member=member).basis == "Closed by the directory (SCIM)"
    assert ErasureLog.objects.get(action=ErasureLog.Action.DEACTIVATED).by is None
    assert ManagerLapse.objects.filter(account=account, member=member).exists()
    # Entra ID sends it again on its next cycle: nothing more happens.
    assert scim("patch", f"Users/{created['id']}", DISABLE_USER).status_code == 200
    assert ErasureLog.objects.filter(action=ErasureLog.Action.DEACTIVATED).count() == 1


def test_delete_closes_the_account_and_keeps_the_row(scim):
    created = _created(scim)
    assert scim("delete", f"Users/{created['id']}").status_code == 204
    member = Member.objects.get(scim_id=created["id"])
    assert not member.is_active and Departure.objects.filter(member=member).exists()


def test_group_membership_gives_the_role(scim):
    created = _created(scim)
    group = json.loads(scim("post", "Groups", CREATE_GROUP).content)
    assert DirectoryGroup.objects.get(scim_id=group["id"]).role == Role.CHAMPION
    member = Member.objects.get(scim_id=created["id"])

    assert scim("patch", f"Groups/{group['id']}", add_member(created["id"])).status_code == 200
    assert member.groups.filter(name=Role.CHAMPION.value).exists()

    assert scim("patch", f"Groups/{group['id']}", remove_member(created["id"])).status_code == 200
    assert not member.groups.filter(name=Role.CHAMPION.value).exists()


def test_a_group_that_is_no_role_gives_none_until_the_administrator_maps_it(scim):
    created = _created(scim)
    group = json.loads(scim("post", "Groups", {**CREATE_GROUP, "displayName": "All staff"}).content)
    scim("patch", f"Groups/{group['id']}", add_member(created["id"]))
    member = Member.objects.get(scim_id=created["id"])
    assert not member.groups.exists()
    assert DirectoryGroup.objects.get(scim_id=group["id"]).members.get() == member


def test_adding_someone_the_directory_did_not_provision_is_refused(scim):
    group = json.loads(scim("post", "Groups", CREATE_GROUP).content)
    stranger = MemberFactory()
    response = scim("patch", f"Groups/{group['id']}", add_member(str(stranger.pk)))
    assert response.status_code == 400
    assert not stranger.groups.exists()


@pytest.mark.parametrize(
    "header",
    ["", "Bearer ", "Bearer not-a-token", "Basic dXNlcjpwYXNz"],
    ids=["none", "empty", "wrong", "basic"],
)
def test_a_bad_token_is_refused(client, db, header):
    headers = {"Authorization": header} if header else {}
    response = client.post("/scim/v2/Users", data=json.dumps(CREATE_USER), content_type=SCIM, headers=headers)
    assert response.status_code == 401
    assert not Member.objects.filter(scim_username=USER_NAME).exists()


def test_an_exports_token_or_a_revoked_one_is_refused(scim, tech_support, directory_token):
    exports = site_services.issue_token(token=ApiToken(name="Proxy"), by=tech_support)
    assert scim("post", "Users", CREATE_USER, token=exports).status_code == 401
    site_services.revoke_token(token=ApiToken.objects.get(name="Entra ID"))
    assert scim("post", "Users", CREATE_USER).status_code == 401
    assert not Member.objects.filter(scim_username=USER_NAME).exists()


def test_a_signed_in_superuser_without_a_token_is_refused(client, db):
    admin = MemberFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    assert client.get("/scim/v2/Users").status_code == 401


def test_a_directory_token_does_not_open_the_exports(client, directory_token):
    response = client.get("/exports/members.csv", headers={"Authorization": f"Bearer {directory_token}"})
    assert response.status_code in (401, 404)


def test_anonymising_a_provisioned_leaver_removes_their_directory_user_name(scim):
    created = _created(scim)
    scim("delete", f"Users/{created['id']}")
    member = Member.objects.get(scim_id=created["id"])
    anonymise(member=member, by=None, basis="Deleted in the directory (SCIM)")
    member.refresh_from_db()
    assert (member.scim_username, member.scim_external_id) == ("", "")
    assert not DirectoryGroup.objects.filter(members=member).exists()
