"""How the matrix's tables are written: one row per URL (and the object it points at), one column per role."""

from collections.abc import Callable
from dataclasses import dataclass, field

from tests.conftest import ROLE_NAMES

LOGIN = "login"
"""A 302 to allauth's login page."""

MOVED = "moved"
"""A 302 somewhere other than the login page (to the object, or to the next step)."""

# Short names so that each table row reads across as the seven roles.
OK, BAD, FORBIDDEN, GONE, GET_NOT_ALLOWED = 200, 400, 403, 404, 405


@dataclass(frozen=True)
class Row:
    """`url(world)` gives the address; `expect` has one outcome per role, in ROLE_NAMES order."""

    name: str
    target: str
    url: Callable
    expect: tuple
    # Text that must not appear in a 200 response for roles that cannot read it (e.g. a secret title).
    must_not_show: Callable | None = field(default=None)

    def __post_init__(self):
        assert len(self.expect) == len(ROLE_NAMES), f"{self.name}[{self.target}] needs one outcome per role"

    @property
    def id(self) -> str:
        return f"{self.name}[{self.target}]" if self.target else self.name

    def outcome_for(self, role: str):
        return self.expect[ROLE_NAMES.index(role)]


def cases(rows: list[Row]) -> list[tuple[Row, str]]:
    """Every (row, role) pair, so that each is its own test id."""
    return [(row, role) for row in rows for role in ROLE_NAMES]


def case_ids(rows: list[Row]) -> list[str]:
    return [f"{row.id}-{role}" for row in rows for role in ROLE_NAMES]


def assert_outcome(response, expected, *, context: str) -> None:
    status = response.status_code
    location = response.get("Location", "")
    if expected == LOGIN:
        assert status == 302 and location.startswith("/accounts/login/"), f"{context}: {status} {location}"
    elif expected == MOVED:
        assert status == 302 and not location.startswith("/accounts/login/"), f"{context}: {status} {location}"
    else:
        assert status == expected, f"{context}: expected {expected}, got {status} {location}"
