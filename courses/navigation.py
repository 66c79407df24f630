from django.core.cache import cache

from courses.models import CourseIndexPage, GuidelineIndexPage
from home.navigation import NavItem, add_nav_item

INDEX_URL_CACHE_SECONDS = 300


def _index_url(model) -> str:
    """The index page's URL, cached so the header costs no query on most requests."""

    def find() -> str:
        index = model.objects.live().first()
        return (index.get_url() if index else None) or "/"

    return cache.get_or_set(f"courses:nav:{model._meta.model_name}", find, INDEX_URL_CACHE_SECONDS)


add_nav_item(NavItem("Courses", lambda: _index_url(CourseIndexPage), "site.use", order=20))
add_nav_item(NavItem("Guidelines", lambda: _index_url(GuidelineIndexPage), "site.use", order=30))
