"""The demo accounts, one per role and level, from site/demo/accounts/accounts.yaml (also listed in README.md)."""

from community.demo_data import DemoModel, not_found, read
from community.models import Member, OfficialAccount
from community.roles import Role

DEMO_PASSWORD = "postwise-demo"  # noqa: S105 - published on purpose; refused under production settings.
ACCOUNTS_FILE = "accounts/accounts.yaml"


class DemoAccount(DemoModel):
    username: str
    first_name: str
    last_name: str
    department: str
    description: str
    roles: tuple[Role, ...] = ()
    completed_courses: tuple[str, ...] = ()
    superuser: bool = False

    @property
    def email(self) -> str:
        return f"{self.username}@example.org"


DEMO_ACCOUNTS: list[DemoAccount] = read(ACCOUNTS_FILE, list[DemoAccount])


def demo_members(usernames, *, source: str) -> list[Member]:
    """The demo accounts with these usernames, in order; a clear error names the file that asked for a missing one."""
    members = {member.email: member for member in Member.objects.filter(email__endswith="@example.org")}
    found = []
    for username in usernames:
        member = members.get(f"{username}@example.org")
        if member is None:
            raise not_found(source, "demo account", username)
        found.append(member)
    return found


def demo_official_account(*, platform: str, handle: str, source: str) -> OfficialAccount:
    """One of the register's demo official accounts (made by its demo step, order 40), looked up by a later step.

    Only the register's step makes them; a step that names one it did not make stops with its file named.
    """
    account = OfficialAccount.objects.filter(platform=platform, handle=handle).first()
    if account is None:
        raise not_found(source, "official account", f"{platform} {handle}")
    return account
