"""Queue the daily or weekly digest for each member who asked for one.

Run daily with --frequency daily and weekly with --frequency weekly (cron or a systemd timer).
Sending twice is harmless: each notification is claimed once, when it is emailed.
"""

from django.core.management.base import BaseCommand

from community.notifications.models import DEFAULT_FREQUENCY, Notification
from community.notifications.selectors import frequencies
from community.notifications.tasks import send_digest


class Command(BaseCommand):
    help = "Queue notification digests (daily or weekly)."

    def add_arguments(self, parser):
        parser.add_argument("--frequency", choices=["daily", "weekly"], required=True)

    def handle(self, *args, frequency: str, **options):
        waiting = Notification.objects.filter(emailed_at__isnull=True, read_at__isnull=True)
        member_ids = set(waiting.values_list("recipient_id", flat=True).distinct())
        chosen = frequencies(member_ids=member_ids)
        queued = 0
        for member_id in sorted(member_ids):
            if chosen.get(member_id, DEFAULT_FREQUENCY) == frequency:
                send_digest.enqueue(member_id=member_id, frequency=frequency)
                queued += 1
        self.stdout.write(f"Queued {queued} {frequency} digest(s).")
