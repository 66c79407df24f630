import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from community.factories import MemberFactory
from community.permissions import PermissionHandler, permissions
from tests.conftest import ROLE_NAMES

# Who may do each foundation action (DESIGN.md: levels and roles).
EXPECTED = {
    "site.use": {"basic", "corporate", "manager", "champion", "coordinator", "techsupport"},
    "licences.manage": {"champion"},
    "forum.moderate": {"champion"},
    "courses.author": {"champion"},
    "admin.enter": {"champion", "coordinator", "techsupport"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("role_name", ROLE_NAMES)
@pytest.mark.parametrize("action", sorted(EXPECTED))
def test_foundation_permission_matrix(member_for_role, role_name, action):
    from django.contrib.auth.models import AnonymousUser

    user = member_for_role(role_name) or AnonymousUser()
    assert permissions.can(user, action) is (role_name in EXPECTED[action])


@pytest.mark.django_db
def test_a_superuser_holds_every_role(db):
    admin = MemberFactory(is_superuser=True)
    for action in ["licences.manage", "forum.moderate", "courses.author", "admin.enter"]:
        assert permissions.can(admin, action)


@pytest.mark.django_db
def test_check_raises_denied_or_conceals_as_asked(basic_member):
    with pytest.raises(PermissionDenied):
        permissions.check(basic_member, "licences.manage")
    with pytest.raises(Http404):
        permissions.check(basic_member, "licences.manage", conceal=True)
    permissions.check(basic_member, "site.use")


def test_an_unknown_action_is_an_error_not_a_silent_no():
    with pytest.raises(LookupError):
        permissions.can(None, "no.such.action")


def test_a_rule_cannot_be_registered_twice():
    handler = PermissionHandler()
    handler.rule("x.y")(lambda viewer, obj: True)
    with pytest.raises(ValueError):
        handler.rule("x.y")(lambda viewer, obj: False)


@pytest.mark.django_db
def test_inactive_members_may_do_nothing(basic_member):
    basic_member.is_active = False
    assert not permissions.can(basic_member, "site.use")
