"""Personal data: what each app holds about a member, declared through the `postwise_personal_data` hook.

Every app whose models link to the member model registers one provider in its `wagtail_hooks.py`:

    @hooks.register("postwise_personal_data", order=40)
    def forum_personal_data() -> PersonalData:
        return PersonalData(key="forum", title="Forum", holds=..., why=..., kept=..., models=(...), rows=...)

`rows(member=…)` returns that member's rows as plain dicts (for the subject access export). A row names
another member only by display name, never their email. `anonymise(member=…, remove_words=…)`, when
given, removes what the app keeps about a leaver beyond the member row itself (the privacy app renames the
member row). `tests/privacy/test_coverage.py` fails when a model that links to the member is in no
provider's `models`.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from wagtail import hooks

HOOK = "postwise_personal_data"


@dataclass(frozen=True)
class PersonalData:
    key: str
    title: str
    holds: str
    """What is held, in words for the privacy notice."""
    why: str
    """Why it is held."""
    kept: str
    """How long it is kept, in words; a retention setting named by `retention` replaces it."""
    models: tuple[str, ...]
    """`app_label.ModelName` of every model with a link to the member that this provider covers."""
    rows: Callable[..., dict[str, list[dict]]]
    anonymise: Callable[..., None] | None = None
    """`anonymise(member=…, remove_words=…)`: what the app removes when a leaver is anonymised."""
    leaving: Callable[..., None] | None = None
    """`leaving(member=…)`: what the app does at once when a member is deactivated."""
    retention: str = ""
    """The name of the retention period (`privacy.RetentionSettings`: "quiz_attempts" for `quiz_attempts_days`)
    shown for this data on /privacy/, if any."""
    expiry: dict[str, Callable[..., int]] = field(default_factory=dict)
    """Retention name → `fn(*, before: datetime) -> int`, deleting this app's rows older than `before` (and
    returning how many); run by the daily retention job, so safe to run twice."""


def providers() -> list[PersonalData]:
    """Every registered provider, in hook order."""
    found: list[PersonalData] = []
    for provider in hooks.get_hooks(HOOK):
        result = provider()
        found.extend(result if isinstance(result, list | tuple) else [result])
    return found


def plain(value):
    """A value fit for JSON: dates as ISO 8601, decimals and other objects as text."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return str(value)


def rows_of(queryset, fields: Iterable[str]) -> list[dict]:
    """The queryset's rows as dicts of these fields (`a__b` lookups allowed), in primary key order."""
    fields = list(fields)
    return [{name: plain(value) for name, value in row.items()} for row in queryset.order_by("pk").values(*fields)]


def display_name(member) -> str:
    """How an export names another member: their display name, never their email."""
    if member is None:
        return ""
    return member.get_full_name() or "A member"
