from community.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from community.models import Member, OfficialAccount
from community.services import ensure_member, ensure_official_account


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
    managers = [Member.objects.get(email=account.email) for account in DEMO_ACCOUNTS if account.manages_account]
    account, created = ensure_official_account(
        platform=OfficialAccount.Platform.MASTODON,
        handle="@recycling@social.example.org",
        purpose="Collection changes, service alerts and recycling tips for residents.",
        managers=managers,
    )
    log(f"{account} {'created' if created else 'already there'}")
