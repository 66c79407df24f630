from django.db import migrations


def create_home_page(apps, schema_editor):
    """Replace Wagtail's welcome page with the Postwise home page, and point the site at it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("home", "HomePage")
    Locale = apps.get_model("wagtailcore", "Locale")

    Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
    if HomePage.objects.exists():
        return
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale = Locale.objects.first()
    home = HomePage.objects.create(
        title="Social media at work",
        draft_title="Social media at work",
        slug="home",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        introduction="<p>Learn to use social media well at work, earn your licence to post for the "
        "organisation, and share what works with colleagues.</p>",
    )
    Page.objects.filter(depth=1).update(numchild=Page.objects.filter(depth=2).count())
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
