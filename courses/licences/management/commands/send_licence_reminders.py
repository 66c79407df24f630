from django.core.management.base import BaseCommand
from django.utils import timezone

from courses.licences.services import send_due_reminders


class Command(BaseCommand):
    help = "Email licence holders 30 and 7 days before their licence expires. Safe to run daily."

    def handle(self, *args, **options):
        sent = send_due_reminders(today=timezone.localdate())
        self.stdout.write(f"{sent} licence reminder(s) sent.")
