"""The community roles. Each is a Django group; a member may hold several."""

from enum import StrEnum


class Role(StrEnum):
    CHAMPION = "Customer service champion"
    COORDINATOR = "Account coordinator"
    TECH_SUPPORT = "Technical support specialist"
    # Subject access exports and erasure for any member (community/privacy/); usually held by a champion.
    DATA_PROTECTION = "Data protection officer"


ROLE_GROUP_NAMES = frozenset(role.value for role in Role)


def grant_role_permissions(
    apps, grants: dict[Role, list[str]], collection_grants: dict[Role, list[str]] | None = None
) -> None:
    """For data migrations: create role groups and give them `app_label.codename` permissions.

    `collection_grants` are Wagtail image and document permissions on the root collection.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, perms in grants.items():
        group, _ = Group.objects.get_or_create(name=role.value)
        for dotted in perms:
            app_label, codename = dotted.split(".", 1)
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            group.permissions.add(permission)

    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    root_collection = Collection.objects.filter(depth=1).first()
    for role, perms in (collection_grants or {}).items():
        group, _ = Group.objects.get_or_create(name=role.value)
        for dotted in perms:
            app_label, codename = dotted.split(".", 1)
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
