"""django-scim2's adapters for our member and directory group, writing through `services` (a deactivation is a
leaver's closure). Attributes Postwise does not keep (title, phone numbers, the enterprise extension) are
ignored rather than refused, so that the directory's routine updates do not fail."""

from django_scim import exceptions
from django_scim.adapters import SCIMGroup, SCIMUser

from community.privacy.services.leavers import deactivate
from community.provisioning import services
from community.provisioning.filters import DirectoryGroupFilterQuery, MemberFilterQuery
from community.refusals import Refused

DELETED_IN_DIRECTORY = "Deleted in the directory (SCIM)"


def _bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return bool(value)


def _refused_as_scim(refusal: Refused) -> exceptions.SCIMException:
    if "already has" in refusal.message:
        return exceptions.IntegrityError(refusal.message)
    return exceptions.BadRequestError(refusal.message)


def _primary_email(value) -> str:
    if isinstance(value, dict):
        return (value.get("value") or "").strip()
    if isinstance(value, list) and value:
        ordered = sorted(value, key=lambda item: (not item.get("primary"), item.get("type") != "work"))
        return (ordered[0].get("value") or "").strip()
    if isinstance(value, str):
        return value.strip()
    return ""


class MemberAdapter(SCIMUser):
    id_field = "scim_id"
    ATTR_MAP = MemberFilterQuery.attr_map

    def __init__(self, obj, request=None):
        super().__init__(obj, request)
        self.changes: dict = {}

    @property
    def display_name(self) -> str:
        return self.obj.get_full_name() or self.obj.email

    @property
    def emails(self):
        return [{"value": self.obj.email, "primary": True, "type": "work"}]

    @property
    def groups(self):
        return [{"value": group.scim_id, "display": group.name} for group in self.obj.directory_groups.all()]

    def to_dict(self):
        data = super().to_dict()
        data["userName"] = self.obj.scim_username or self.obj.email
        return data

    def from_dict(self, d):
        """A whole user (POST or PUT): remember the changes; `save` writes them."""
        name = d.get("name") or {}
        email = _primary_email(d.get("emails")) or (d.get("userName") if "@" in (d.get("userName") or "") else "")
        self.changes = {
            "scim_username": d.get("userName") or "",
            "scim_external_id": d.get("externalId") or "",
            "first_name": name.get("givenName") or "",
            "last_name": name.get("familyName") or "",
        }
        if email:
            self.changes["email"] = email
        if d.get("active") is not None:
            self.changes["active"] = _bool(d["active"])

    def save(self):
        try:
            if self.obj.pk is None:
                changes = dict(self.changes)
                self.obj = services.create_member(
                    email=changes.pop("email", ""), active=changes.pop("active", True), **changes
                )
            else:
                services.update_member(member=self.obj, changes=dict(self.changes))
                self.obj.refresh_from_db()
        except Refused as refusal:
            raise _refused_as_scim(refusal) from refusal
        self.changes = {}

    def delete(self):
        """The directory deleted them: a leaver, closed (and later anonymised), never a deleted row."""
        deactivate(member=self.obj, by=None, basis=DELETED_IN_DIRECTORY)

    def handle_operations(self, operations):
        self.changes = {}
        super().handle_operations(operations)
        self.save()

    def _note(self, path, value) -> None:
        attr, sub_attr, _ = path.first_path
        if attr == "active":
            self.changes["active"] = _bool(value)
        elif attr == "userName":
            self.changes["scim_username"] = value or ""
        elif attr == "externalId":
            self.changes["scim_external_id"] = value or ""
        elif attr == "emails":
            email = _primary_email(value)
            if email:
                self.changes["email"] = email
        elif (attr, sub_attr) in (("name", "givenName"), ("givenName", None)):
            self.changes["first_name"] = value or ""
        elif (attr, sub_attr) in (("name", "familyName"), ("familyName", None)):
            self.changes["last_name"] = value or ""
        elif attr == "name" and isinstance(value, dict):
            if "givenName" in value:
                self.changes["first_name"] = value["givenName"] or ""
            if "familyName" in value:
                self.changes["last_name"] = value["familyName"] or ""

    def handle_add(self, path, value, operation):
        self._note(path, value)

    def handle_replace(self, path, value, operation):
        self._note(path, value)

    def handle_remove(self, path, value, operation):
        """Removing an attribute Postwise keeps empties it (never the email or the account)."""
        attr, sub_attr, _ = path.first_path
        if attr == "name" or attr in ("givenName", "familyName") or attr == "externalId":
            self._note(path, "")


class DirectoryGroupAdapter(SCIMGroup):
    id_field = "scim_id"
    ATTR_MAP = DirectoryGroupFilterQuery.attr_map

    def __init__(self, obj, request=None):
        super().__init__(obj, request)
        self.pending: dict = {}

    @property
    def members(self):
        return [
            {"value": member.scim_id, "display": member.get_full_name() or member.email}
            for member in self.obj.members.exclude(scim_id=None)
        ]

    def from_dict(self, d):
        self.pending = {"name": d.get("displayName") or "", "external_id": d.get("externalId") or ""}
        if d.get("members") is not None:
            self.pending["replace"] = [member.get("value") for member in d["members"]]

    def save(self):
        try:
            if self.obj.pk is None:
                self.obj = services.create_group(name=self.pending["name"], external_id=self.pending["external_id"])
                if self.pending.get("replace"):
                    services.change_group(group=self.obj, replace=self.pending["replace"])
            else:
                services.change_group(
                    group=self.obj,
                    name=self.pending.get("name"),
                    add=self.pending.get("add", ()),
                    remove=self.pending.get("remove", ()),
                    replace=self.pending.get("replace"),
                )
                self.obj.refresh_from_db()
        except Refused as refusal:
            raise _refused_as_scim(refusal) from refusal
        self.pending = {}

    def delete(self):
        services.delete_group(group=self.obj)

    def handle_operations(self, operations):
        self.pending = {"add": [], "remove": []}
        super().handle_operations(operations)
        self.save()

    @staticmethod
    def _ids(value) -> list[str]:
        items = value if isinstance(value, list) else [value]
        return [str(item.get("value")) for item in items if isinstance(item, dict) and item.get("value")]

    def handle_add(self, path, value, operation):
        if path.first_path[0] == "members":
            self.pending["add"] += self._ids(value)
        elif path.first_path[0] == "displayName":
            self.pending["name"] = value

    def handle_remove(self, path, value, operation):
        if path.first_path[0] == "members":
            if value:
                self.pending["remove"] += self._ids(value)
            elif (operation.get("path") or "").strip() == "members":
                self.pending["replace"] = []
            else:
                raise exceptions.BadRequestError("Name the members to remove in the operation's value.")

    def handle_replace(self, path, value, operation):
        if path.first_path[0] == "displayName":
            self.pending["name"] = value
        elif path.first_path[0] == "members":
            self.pending["replace"] = self._ids(value)
