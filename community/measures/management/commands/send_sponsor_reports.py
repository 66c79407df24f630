from django.core.management.base import BaseCommand
from django.utils import timezone

from community.measures.services import send_monthly_reports


class Command(BaseCommand):
    help = (
        "Email each official account's sponsor the PDF of their accounts' measures for the month just ended. "
        "Run on the 1st of each month; safe to run again: a month's report goes to each sponsor once."
    )

    def handle(self, *args, **options):
        sent = send_monthly_reports(today=timezone.localdate())
        self.stdout.write(f"{sent} sponsor report(s) sent.")
