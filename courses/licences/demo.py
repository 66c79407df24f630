from django.utils import timezone

from community.demo_accounts import DEMO_ACCOUNTS
from community.models import Member
from courses.licences.models import LicenceType
from courses.licences.services import ensure_active_licence

CORPORATE_USER_LICENCE = "Corporate user licence"


def load_licences(*, log) -> None:
    """Corporate user licences."""
    licence_type, _ = LicenceType.objects.get_or_create(
        name=CORPORATE_USER_LICENCE,
        defaults={"validity_months": 12, "renewal_window_days": 30, "grants_corporate_level": True},
    )
    for account in DEMO_ACCOUNTS:
        if account.licensed:
            holder = Member.objects.get(email=account.email)
            licence, created = ensure_active_licence(
                holder=holder, licence_type=licence_type, issued_on=timezone.localdate()
            )
            log(f"{licence} {'issued' if created else 'already held'}")
