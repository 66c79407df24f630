import pytest
from django.contrib.auth.models import AnonymousUser

from community.permissions import permissions
from courses.licences.factories import LicenceFactory
from tests.conftest import ROLE_NAMES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_certificates_are_their_holders_alone_and_verification_is_public(member_for_role, role):
    member = member_for_role(role)
    user = member or AnonymousUser()
    someone_elses = LicenceFactory()
    assert not permissions.can(user, "licences.view_certificate", someone_elses)
    assert permissions.can(user, "licences.verify", someone_elses)
    if member is not None:
        own = LicenceFactory(holder=member, licence_type__name="Another licence")
        assert permissions.can(user, "licences.view_certificate", own)
    assert permissions.can(user, "licences.manage") is (role == "champion")
