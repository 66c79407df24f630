from community.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD, demo_members
from community.demo_data import DemoModel, read
from community.models import OfficialAccount
from community.services import ensure_member, ensure_official_account

OFFICIAL_ACCOUNTS_FILE = "accounts/official-accounts.yaml"


class DemoOfficialAccount(DemoModel):
    platform: OfficialAccount.Platform
    handle: str
    purpose: str
    managers: tuple[str, ...] = ()


def load_accounts(*, log) -> None:
    """Demo accounts and roles."""
    for account in DEMO_ACCOUNTS:
        _, created = ensure_member(
            email=account.email,
            password=DEMO_PASSWORD,
            first_name=account.first_name,
            last_name=account.last_name,
            department=account.department,
            roles=account.roles,
            superuser=account.superuser,
        )
        log(f"{account.email} {'created' if created else 'already there'}")


def load_official_accounts(*, log) -> None:
    """Official accounts."""
    for entry in read(OFFICIAL_ACCOUNTS_FILE, list[DemoOfficialAccount]):
        account, created = ensure_official_account(
            platform=entry.platform,
            handle=entry.handle,
            purpose=entry.purpose,
            managers=demo_members(entry.managers, source=OFFICIAL_ACCOUNTS_FILE),
        )
        log(f"{account} {'created' if created else 'already there'}")
