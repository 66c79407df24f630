from courses.licences.models.licence import Licence, LicenceQuerySet, new_verification_code
from courses.licences.models.licence_type import LicenceType
from courses.licences.models.reminder import LicenceReminder
from courses.licences.models.status_change import LicenceStatusChange

__all__ = [
    "Licence",
    "LicenceQuerySet",
    "LicenceReminder",
    "LicenceStatusChange",
    "LicenceType",
    "new_verification_code",
]
