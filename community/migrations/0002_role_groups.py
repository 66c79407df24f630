from django.db import migrations

from community.roles import Role, grant_role_permissions


def create_role_groups(apps, schema_editor):
    grant_role_permissions(
        apps,
        {
            Role.CHAMPION: [
                "wagtailadmin.access_admin",
                "licences.add_licence",
                "licences.change_licence",
                "licences.view_licence",
                "licences.add_licencetype",
                "licences.change_licencetype",
                "licences.view_licencetype",
            ],
            Role.COORDINATOR: [
                "wagtailadmin.access_admin",
                "community.add_officialaccount",
                "community.change_officialaccount",
                "community.view_officialaccount",
            ],
            Role.TECH_SUPPORT: ["wagtailadmin.access_admin"],
        },
        collection_grants={
            Role.CHAMPION: [
                "home.add_postwiseimage",
                "home.change_postwiseimage",
                "home.choose_image",
                "wagtaildocs.add_document",
                "wagtaildocs.change_document",
                "wagtaildocs.choose_document",
            ],
        },
    )


def remove_role_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[role.value for role in Role]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0001_initial"),
        ("licences", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("home", "0002_create_home_page"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
