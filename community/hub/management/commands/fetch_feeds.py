from django.core.management.base import BaseCommand

from community.hub.services import fetch_all_feeds
from community.hub.tasks import fetch_feeds


class Command(BaseCommand):
    help = (
        "Reads the RSS/Atom feed of every active official account into the social hub. Safe to run at the "
        "same time as another run: no item is stored twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue", action="store_true", help="Queue the work for the task worker instead of doing it now."
        )

    def handle(self, *args, enqueue: bool = False, **options):
        if enqueue:
            result = fetch_feeds.enqueue()
            self.stdout.write(f"Queued feed fetching as task {result.id}.")
            return
        report = fetch_all_feeds()
        self.stdout.write(
            f"Read {report.feeds} feed(s): {report.new_items} new item(s), {report.failed} feed(s) failed."
        )
