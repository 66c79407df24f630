from django.core.management.base import BaseCommand
from django.utils import timezone

from community.privacy.services.retention import apply_retention


class Command(BaseCommand):
    help = "Delete personal data past its retention period and anonymise leavers whose period ran out. Run daily."

    def handle(self, *args, **options):
        deleted = apply_retention(now=timezone.now())
        summary = ", ".join(f"{name.replace('_', ' ')}: {count}" for name, count in deleted.items())
        self.stdout.write(f"Retention applied. {summary}.")
