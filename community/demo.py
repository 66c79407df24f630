from community.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from community.services import ensure_member


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
