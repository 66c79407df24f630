"""The demo accounts: one per role and level. Also listed in README.md."""

from dataclasses import dataclass

from community.roles import Role

DEMO_PASSWORD = "postwise-demo"  # noqa: S105 - published on purpose; refused under production settings.


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    department: str
    description: str
    roles: tuple[Role, ...] = ()
    licensed: bool = False
    manages_account: bool = False
    superuser: bool = False

    @property
    def email(self) -> str:
        return f"{self.username}@example.org"


DEMO_ACCOUNTS = [
    DemoAccount("newstarter", "Nia", "Newton", "Libraries", "Basic level: a new member of staff"),
    DemoAccount("corporate", "Cai", "Roberts", "Leisure", "Corporate user: holds the licence", licensed=True),
    DemoAccount(
        "manager",
        "Mona",
        "Patel",
        "Waste and recycling",
        "Account manager: licence and an official account",
        licensed=True,
        manages_account=True,
    ),
    DemoAccount("champion", "Chris", "Evans", "Customer services", "Customer service champion", roles=(Role.CHAMPION,)),
    DemoAccount("coordinator", "Ceri", "Jones", "Communications", "Account coordinator", roles=(Role.COORDINATOR,)),
    DemoAccount(
        "techsupport", "Tom", "Hughes", "IT services", "Technical support specialist", roles=(Role.TECH_SUPPORT,)
    ),
    DemoAccount("admin", "Ada", "Admin", "IT services", "Site administrator (Wagtail superuser)", superuser=True),
]
