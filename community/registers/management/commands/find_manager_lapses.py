import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from community.registers.services import find_lapses


class Command(BaseCommand):
    help = "Find official account managers whose licence lapsed, and tell the coordinators once. Run daily."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Check as on this day (YYYY-MM-DD) instead of today.")

    def handle(self, *args, **options):
        today = timezone.localdate()
        if options.get("date"):
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError:
                raise CommandError("Give --date as YYYY-MM-DD.") from None
        found = find_lapses(today=today)
        self.stdout.write(f"{found} new manager licence lapse(s) found on {today:%-d %B %Y}.")
