"""Role and level badges beside authors' names in the forum, from the `postwise_author_badges` Wagtail hook.

The badges belong to the members app, a feature above the forum, so the forum asks through a hook: the members app
registers `fn(*, member_ids: list[int]) -> dict[int, list[Badge]]` (a fixed number of queries for any number of
members), and the forum shows whatever comes back with `{% member_badges %}` (community.templatetags.components).
"""

from wagtail import hooks

AUTHOR_BADGES_HOOK = "postwise_author_badges"


def author_badges(*, member_ids) -> dict[int, list]:
    """Each member's badges, by id; none at all when no app registers the hook or no member is given."""
    member_ids = sorted(set(member_ids))
    found: dict[int, list] = {}
    if not member_ids:
        return found
    for hook in hooks.get_hooks(AUTHOR_BADGES_HOOK):
        for member_id, shown in hook(member_ids=member_ids).items():
            found.setdefault(member_id, []).extend(shown)
    return found


def attach_author_badges(items) -> None:
    """Sets `item.author_badges` on each topic or post, for all their authors in one hook call."""
    items = list(items)
    found = author_badges(member_ids=[item.author_id for item in items])
    for item in items:
        item.author_badges = found.get(item.author_id, [])
