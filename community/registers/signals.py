"""Every change of an account's managers, whoever makes it (the register's services, the admin, a leaver's
anonymisation, the demo), is recorded as management periods by the register's services; a champion's change to
a licence looks for managers' lapses at once."""

from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.utils import timezone

from community.models import OfficialAccount
from community.registers import services
from courses.licences.news import licence_status_changed


@receiver(m2m_changed, sender=OfficialAccount.managers.through, dispatch_uid="registers.manager_periods")
def _managers_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    day = timezone.localdate()
    if action == "pre_clear":
        key = "member_ids" if reverse else "account_ids"
        services.record_managers_removed(**{key: [instance.pk]}, day=day)
        return
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    account_ids, member_ids = (list(pk_set), [instance.pk]) if reverse else ([instance.pk], list(pk_set))
    if action == "post_add":
        services.record_managers_added(account_ids=account_ids, member_ids=member_ids, day=day)
    else:
        services.record_managers_removed(account_ids=account_ids, member_ids=member_ids, day=day)


@receiver(licence_status_changed, dispatch_uid="registers.licence_lapses")
def _licence_changed(sender, *, licence, change, **kwargs) -> None:
    """A suspended or revoked licence lapses at once; a reinstated one may end a lapse."""
    services.find_lapses(today=timezone.localdate(), member_ids=[licence.holder_id])
