"""A group in the organisation's directory (Entra ID or another), provisioned over SCIM, and the role it gives."""

from django.conf import settings
from django.db import models

from community.roles import Role


class DirectoryGroup(models.Model):
    """The directory's group. Its members hold `role` while they are in it; a group with no role gives none."""

    scim_id = models.CharField("SCIM ID", max_length=64, unique=True, editable=False)
    scim_external_id = models.CharField("directory ID", max_length=254, blank=True, default="", editable=False)
    name = models.CharField(max_length=254, help_text="The group's name in the directory.")
    role = models.CharField(
        max_length=60,
        choices=[(role.value, role.value) for role in Role],
        blank=True,
        help_text="The role its members hold. Set at once when the group's name is a role's name.",
    )
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="directory_groups")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
