from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from home.demo_registry import registered_steps


class Command(BaseCommand):
    help = "Loads Postwise's demo content and one demo account per role. Safe to run twice."

    def handle(self, *args, **options):
        if not settings.POSTWISE_ALLOW_DEMO_CONTENT:
            raise CommandError(
                f"Refusing to load demo content under {settings.SETTINGS_MODULE}: these settings do not allow "
                "it (POSTWISE_ALLOW_DEMO_CONTENT is off), and demo accounts share a published password, "
                "so they must never exist in production."
            )
        with transaction.atomic():
            for step in registered_steps():
                step.run(log=lambda message: self.stdout.write(f"  {message}"))
                self.stdout.write(f"Loaded: {step.name}")
        self.stdout.write(self.style.SUCCESS(f"\nDemo accounts (password for all: {DEMO_PASSWORD}):"))
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.email:<28} {account.description}")
