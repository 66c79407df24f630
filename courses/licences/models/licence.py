import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from community.viewer import forget_member

CURRENT_STATUSES = ["pending", "active", "suspended"]


# What new_verification_code makes (token_urlsafe gives 24 characters), with room for other lengths.
CODE_PATTERN = r"^[A-Za-z0-9_-]{8,40}$"


def new_verification_code() -> str:
    return secrets.token_urlsafe(18)


class LicenceQuerySet(models.QuerySet):
    def valid_on(self, day) -> "LicenceQuerySet":
        """Active, unrevoked and unexpired on `day`: expiry needs nobody to act."""
        return self.filter(status=Licence.Status.ACTIVE, issued_on__lte=day, expires_on__gt=day)

    def valid_today(self) -> "LicenceQuerySet":
        return self.valid_on(timezone.localdate())

    def current(self) -> "LicenceQuerySet":
        """The rows the one-per-holder-and-type constraint covers."""
        return self.filter(status__in=CURRENT_STATUSES)


class Licence(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending approval"
        ACTIVE = "active", "Active"
        SUSPENDED = "suspended", "Suspended"
        REVOKED = "revoked", "Revoked"
        # Stored only when a later licence replaces one that ran out; otherwise expiry is derived from the date.
        EXPIRED = "expired", "Expired"

    holder = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="licences")
    licence_type = models.ForeignKey("licences.LicenceType", on_delete=models.PROTECT, related_name="licences")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True)
    issued_on = models.DateField()
    expires_on = models.DateField(db_index=True)
    verification_code = models.CharField(max_length=40, unique=True, default=new_verification_code, editable=False)
    business_reason = models.TextField(blank=True, help_text="Why the holder needs the licence (approval types).")
    line_manager = models.CharField(max_length=200, blank=True, help_text="The holder's line manager (approval types).")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = LicenceQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["holder", "licence_type"],
                condition=Q(status__in=CURRENT_STATUSES),
                name="licence_one_current_per_holder_and_type",
            ),
            models.CheckConstraint(
                condition=Q(expires_on__gt=models.F("issued_on")), name="licence_expires_after_issue"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.licence_type} for {self.holder}"

    def is_valid_on(self, day: datetime.date) -> bool:
        return self.status == self.Status.ACTIVE and self.issued_on <= day < self.expires_on

    @property
    def is_valid_today(self) -> bool:
        return self.is_valid_on(timezone.localdate())

    def status_on(self, day: datetime.date) -> str:
        """The status a person sees: an active licence past its date reads as expired."""
        if self.status == self.Status.ACTIVE and self.expires_on <= day:
            return self.Status.EXPIRED.label
        return self.get_status_display()

    @property
    def status_today(self) -> str:
        return self.status_on(timezone.localdate())

    def renewal_opens_on(self) -> datetime.date:
        return self.expires_on - datetime.timedelta(days=self.licence_type.renewal_window_days)

    def in_renewal_window(self, day: datetime.date) -> bool:
        return self.status == self.Status.ACTIVE and self.renewal_opens_on() <= day < self.expires_on


@receiver(post_save, sender=Licence, dispatch_uid="licences.licence_saved")
@receiver(post_delete, sender=Licence, dispatch_uid="licences.licence_deleted")
def _holder_level_may_change(sender, instance, **kwargs) -> None:
    """The holder's level (community.viewer's cached facts) may change with any licence of theirs."""
    forget_member(instance.holder_id)
