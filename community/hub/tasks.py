"""Background fetching of the official accounts' feeds (django-tasks)."""

from dataclasses import asdict

from django_tasks import task

from community.hub.services import fetch_all_feeds


@task()
def fetch_feeds() -> dict[str, int]:
    """Reads every active account's feed; a failing feed is recorded on its state and the rest go on."""
    return asdict(fetch_all_feeds())
