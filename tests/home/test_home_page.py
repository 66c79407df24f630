import pytest
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from community.factories import MemberFactory
from home.models import HomePage, StandardPage


@pytest.mark.django_db
def test_the_migration_makes_the_home_page_the_site_root():
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


@pytest.mark.django_db
def test_the_home_page_invites_anonymous_visitors_to_sign_in(client):
    html = client.get("/").content.decode()
    assert 'href="/accounts/login/"' in html
    assert 'class="govuk-skip-link"' in html
    assert 'id="main-content"' in html


@pytest.mark.django_db
def test_the_home_page_takes_members_to_my_path(client, basic_member):
    client.force_login(basic_member)
    assert 'href="/my-path/"' in client.get("/").content.decode()


@pytest.mark.django_db
def test_home_page_query_budget_does_not_grow_with_members(client, django_assert_max_num_queries):
    client.get("/")
    with django_assert_max_num_queries(6) as before:  # issue 14
        client.get("/")
    MemberFactory.create_batch(25)
    with django_assert_max_num_queries(len(before.captured_queries)):
        client.get("/")


class TestPageRules(WagtailPageTestCase):
    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_can_go_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, StandardPage)

    def test_standard_page_renders(self):
        home = HomePage.objects.get()
        page = home.add_child(instance=StandardPage(title="About Postwise", slug="about"))
        self.assertPageIsRenderable(page)
