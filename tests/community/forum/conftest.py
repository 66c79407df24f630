import pytest

from community.forum import factories


@pytest.fixture
def categories(db):
    """The five demo categories, by slug."""
    return {
        category.slug: category
        for category in [
            factories.enthusiasts(),
            factories.corporate_users(),
            factories.account_managers(),
            factories.champions_only(),
            factories.announcements(),
        ]
    }
