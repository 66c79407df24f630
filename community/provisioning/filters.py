"""SCIM filters (`userName eq "…"`, `externalId eq "…"`) on our columns, for django-scim2."""

from django_scim.filters import GroupFilterQuery, UserFilterQuery


class MemberFilterQuery(UserFilterQuery):
    attr_map = {
        ("userName", None, None): "scim_username",
        ("externalId", None, None): "scim_external_id",
        ("emails", "value", None): "email",
        ("emails", None, None): "email",
        ("active", None, None): "is_active",
        ("name", "familyName", None): "last_name",
        ("name", "givenName", None): "first_name",
    }


class DirectoryGroupFilterQuery(GroupFilterQuery):
    attr_map = {
        ("displayName", None, None): "name",
        ("externalId", None, None): "scim_external_id",
    }
