"""A statement saved or deleted anywhere (publishing, the admin) keeps its contributors' stored counts right."""

from django.db.models.signals import post_delete, post_save, pre_delete

from community.bestpractice import services
from community.bestpractice.models import Statement


def _saved(*, instance: Statement, created: bool = False, **kwargs) -> None:
    # A statement just created has no posts yet (they are linked after the save): its writer is its only
    # contributor, with no query (a workshop's promotion creates several in one request).
    contributors = {instance.created_by_id} if created else services.contributors_of(statement=instance)
    services.contributors_changed(member_ids=contributors)


def _deleting(*, instance: Statement, **kwargs) -> None:
    # The links to posts go with the statement: note its contributors while they can still be read.
    instance._contributors = services.contributors_of(statement=instance)


def _deleted(*, instance: Statement, **kwargs) -> None:
    services.contributors_changed(member_ids=getattr(instance, "_contributors", set()))


post_save.connect(_saved, sender=Statement, dispatch_uid="bestpractice-contributors-saved")
pre_delete.connect(_deleting, sender=Statement, dispatch_uid="bestpractice-contributors-deleting")
post_delete.connect(_deleted, sender=Statement, dispatch_uid="bestpractice-contributors-deleted")
