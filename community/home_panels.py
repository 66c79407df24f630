"""The panels of the signed-in home page: each feature adds its own with the `postwise_home_panels` Wagtail hook.

A hook is `fn(*, member, facts: ViewerFacts) -> HomePanel | None`, registered in the app's `wagtail_hooks.py`
with `hooks.register("postwise_home_panels", fn, order=…)`; the order is the panel's place on the page. It
returns None when the panel is not for this member (checked with `permissions.can`), and must cost a fixed
number of queries whatever the data.

A panel that is the same for everyone who may see it (at a level, or with a role) renders through
`shared_fragment`: the HTML is kept in the configured cache under a generation number, and the feature's
services or signal receivers call `forget_shared(name)` when what it shows changes. Each entry also expires
after a few minutes, as a net for a queryset `.update()` no receiver sees.

A panel that is one member's own (their next step) passes `member_id` too: `forget_shared(name)` still forgets
everyone's copy, and `forget_shared(member_fragment_name(name, member_id=…))` only that member's.
"""

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks

from community.viewer import ViewerFacts

HOME_PANELS_HOOK = "postwise_home_panels"
SHARED_SECONDS = 300
_GENERATION_KEY = "home-panel-generation:{name}"
_FRAGMENT_KEY = "home-panel:{name}:{generation}:{audience}"


@dataclass(frozen=True)
class HomePanel:
    # A slug, unique on the page: the section's heading id is `home-<key>`.
    key: str
    title: str
    # The panel's body, already rendered (the home page puts it under the heading).
    html: SafeString
    # A role holder's queue: the home page shows queues first, as "Waiting for you".
    queue: bool = False


def panels_for(*, member, facts: ViewerFacts) -> list[HomePanel]:
    """Every panel for this member, in hook order."""
    panels = []
    for provider in hooks.get_hooks(HOME_PANELS_HOOK):
        panel = provider(member=member, facts=facts)
        if panel is not None:
            panels.append(panel)
    return panels


def _generation(*names: str) -> str:
    """The current generation of each name, as one string (one cache read when every counter is there)."""
    keys = [_GENERATION_KEY.format(name=name) for name in names]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            # A fresh number, not 1: if the counter was evicted, no fragment left from before can match it.
            cache.add(key, time.time_ns(), None)
            found[key] = cache.get(key)
    return ".".join(str(found[key]) for key in keys)


def member_fragment_name(name: str, *, member_id: int) -> str:
    """The name to forget one member's copy of a panel kept with `shared_fragment(name, member_id=…)`."""
    return f"{name}:member-{member_id}"


def shared_fragment(name: str, *, audience: str, render: Callable[[], str], member_id: int | None = None) -> SafeString:
    """The HTML `render()` makes for everyone in `audience` (e.g. "members", or a level), from the cache.

    With `member_id`, the HTML is that member's own, made again when either name's generation moves on."""
    names = [name] if member_id is None else [name, member_fragment_name(name, member_id=member_id)]
    key = _FRAGMENT_KEY.format(name=names[-1], generation=_generation(*names), audience=audience)
    html = cache.get(key)
    if html is None:
        html = str(render())
        cache.set(key, html, SHARED_SECONDS)
    return mark_safe(html)  # noqa: S308 - rendered by our own templates, which escape


def forget_shared(name: str, **kwargs) -> None:
    """What a shared panel shows has changed: every audience's copy is made again on its next view.

    Takes (and ignores) a signal's keyword arguments, so it can be a receiver."""
    _next_generation(name)
    # Again once the change commits: a view that ran before the commit could not see it, and may have cached
    # the old markup under the new generation in between.
    transaction.on_commit(lambda: _next_generation(name))


def _next_generation(name: str) -> None:
    key = _GENERATION_KEY.format(name=name)
    # Not in the cache (ValueError): the next read starts a generation no old entry has.
    with contextlib.suppress(ValueError):
        cache.incr(key)
