"""Serving a Wagtail page with fewer queries: one lookup for the address, and view restrictions from the cache.

Wagtail's own `Page.route` walks the address one level at a time, two queries per level (the child by slug,
then its specific row), and `get_view_restrictions` reads every ancestor and then the restrictions: a lesson
four levels down cost ten queries before its own content. `FewQueriesPageMixin` finds the page by its whole
`url_path` (one query, then one for its specific row) and answers "no restrictions" from the cache while
the site has none at all (the usual case); as soon as one exists, Wagtail's own check runs unchanged.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction

ANY_RESTRICTION_KEY = "page-serving:any-view-restriction"
# A net for a change no receiver sees (a queryset .update() or .delete()).
ANY_RESTRICTION_SECONDS = 300


def any_view_restriction() -> bool:
    """Whether any page has a view restriction (private, password, groups): from the cache."""
    found = cache.get(ANY_RESTRICTION_KEY)
    if found is None:
        found = PageViewRestriction.objects.exists()
        cache.set(ANY_RESTRICTION_KEY, found, ANY_RESTRICTION_SECONDS)
    return found


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="page_serving.restriction_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="page_serving.restriction_deleted")
def _forget_restrictions(**kwargs) -> None:
    # Now, and again once the change commits: a request that ran before the commit could not see the new row
    # and may have cached "none" in between.
    cache.delete(ANY_RESTRICTION_KEY)
    transaction.on_commit(lambda: cache.delete(ANY_RESTRICTION_KEY))


class FewQueriesPageMixin:
    """For every page type of the site (listed before `Page` in the bases)."""

    def route(self, request, path_components):
        if path_components:
            # The page at the whole address, below this one. Wagtail keeps url_path right on moves and slug
            # changes; slug narrows the lookup to its index, path and depth keep it inside this subtree.
            found = (
                Page.objects.filter(
                    slug=path_components[-1],
                    depth=self.depth + len(path_components),
                    path__startswith=self.path,
                    url_path=self.url_path + "/".join(path_components) + "/",
                )
                .order_by()
                .first()
            )
            if found is not None:
                return found.specific.route(request, [])
        # Not found in one step (a 404, or an address a page type routes itself): Wagtail's own walk.
        return super().route(request, path_components)

    def get_view_restrictions(self):
        if not any_view_restriction():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
