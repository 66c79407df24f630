"""Buttons that apps above the forum add beneath each visible post, with the `postwise_post_action` Wagtail hook.

In the app's `wagtail_hooks.py`:

    @hooks.register("postwise_post_action")
    def promote_post_action() -> PostAction:
        return PostAction("Promote to best practice", "bestpractice:promote", "bestpractice.promote")

The topic page shows the button, a link to `reverse(url_name, args=[post.pk])` (a page with its own form), beneath
each visible post to viewers for whom `permissions.can(user, action)`. The view at `url_name` checks again.
"""

from dataclasses import dataclass

from wagtail import hooks

from community.permissions import permissions

POST_ACTION_HOOK = "postwise_post_action"


@dataclass(frozen=True)
class PostAction:
    label: str
    url_name: str
    action: str


def post_actions_for(user) -> list[PostAction]:
    actions = [hook() for hook in hooks.get_hooks(POST_ACTION_HOOK)]
    return [item for item in actions if permissions.can(user, item.action)]
