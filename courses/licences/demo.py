"""Demo licence types and their holders, from site/demo/licences/licence-types.yaml. Idempotent."""

from django.utils import timezone

from community.demo_accounts import demo_members
from community.demo_data import DemoModel, read
from courses.licences.models import LicenceType
from courses.licences.services import ensure_active_licence

LICENCE_TYPES_FILE = "licences/licence-types.yaml"


class DemoLicenceType(DemoModel):
    name: str
    validity_months: int
    renewal_window_days: int
    grants_corporate_level: bool = False
    holders: tuple[str, ...] = ()


def load_licences(*, log) -> None:
    """Corporate user licences."""
    for entry in read(LICENCE_TYPES_FILE, list[DemoLicenceType]):
        licence_type, created = LicenceType.objects.get_or_create(
            name=entry.name, defaults=entry.model_dump(exclude={"name", "holders"})
        )
        if created:
            licence_type.save_revision().publish()
        for holder in demo_members(entry.holders, source=LICENCE_TYPES_FILE):
            licence, created = ensure_active_licence(
                holder=holder, licence_type=licence_type, issued_on=timezone.localdate()
            )
            log(f"{licence} {'issued' if created else 'already held'}")
