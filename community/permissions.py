"""The one permission handler. Every view asks it; none re-implements a rule.

Rules are registered by name with `@permissions.rule("action")` and receive the viewer's
facts and the object (or None). Apps register their rules in a `rules.py` loaded at start-up.
"""

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from community.viewer import ViewerFacts, facts_for

Rule = Callable[[ViewerFacts, Any], bool]


class PermissionHandler:
    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}

    def rule(self, action: str) -> Callable[[Rule], Rule]:
        def register(function: Rule) -> Rule:
            if action in self._rules:
                raise ValueError(f"A rule for {action!r} is already registered.")
            self._rules[action] = function
            return function

        return register

    def can(self, user, action: str, obj: Any = None) -> bool:
        try:
            rule = self._rules[action]
        except KeyError as error:
            raise LookupError(f"No permission rule is registered for {action!r}.") from error
        return bool(rule(facts_for(user), obj))

    def check(self, user, action: str, obj: Any = None, *, conceal: bool = False) -> None:
        """Raise PermissionDenied, or Http404 when the object's existence must not leak."""
        if not self.can(user, action, obj):
            if conceal:
                raise Http404("Not found")
            raise PermissionDenied


permissions = PermissionHandler()
