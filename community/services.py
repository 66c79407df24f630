"""Writes for members and the official account register."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from community.models import Member
from community.roles import Role


@transaction.atomic
def ensure_member(
    *,
    email: str,
    password: str,
    first_name: str = "",
    last_name: str = "",
    department: str = "",
    roles: tuple[Role, ...] = (),
    superuser: bool = False,
) -> tuple[Member, bool]:
    """Create a verified member with these roles, or leave an existing one as it is."""
    email = email.lower()
    member = Member.objects.filter(email=email).first()
    created = member is None
    if created:
        create = Member.objects.create_superuser if superuser else Member.objects.create_user
        member = create(
            email=email, password=password, first_name=first_name, last_name=last_name, department=department
        )
    EmailAddress.objects.get_or_create(user=member, email=email, defaults={"verified": True, "primary": True})
    for role in roles:
        member.groups.add(Group.objects.get(name=role.value))
    return member, created


def update_member_details(*, member: Member, first_name: str, last_name: str, department: str) -> Member:
    """The member's own name and department, from "Your account"."""
    member.first_name, member.last_name, member.department = first_name.strip(), last_name.strip(), department.strip()
    member.save(update_fields=["first_name", "last_name", "department"])
    return member
