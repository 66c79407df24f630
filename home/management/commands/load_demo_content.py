import logging
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from community.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from home.demo_registry import registered_steps

# The apps whose rows the summary counts: Postwise's own, not Wagtail's revisions or task results.
PROJECT_PACKAGES = ("home", "community", "courses")
SUMMARY_WIDTH = 100


def project_row_counts() -> dict[type, int]:
    return {
        model: model._default_manager.count()
        for config in apps.get_app_configs()
        if config.name.split(".")[0] in PROJECT_PACKAGES
        for model in config.get_models()
    }


def counted(model: type, count: int) -> str:
    """ "1 quiz", "12 topic watches": Django's default plural only adds an s."""
    singular, plural = str(model._meta.verbose_name), str(model._meta.verbose_name_plural)
    if count == 1:
        return f"1 {singular}"
    if plural == f"{singular}s" and singular.endswith(("s", "x", "z", "ch", "sh")):
        plural = singular + ("zes" if singular.endswith("z") else "es")
    return f"{count} {plural}"


@contextmanager
def quiet_logging(*, quiet: bool) -> Iterator[None]:
    """Holds back INFO messages (every background task and page publish logs some); warnings still show."""
    if not quiet:
        yield
        return
    previous = logging.root.manager.disable
    logging.disable(logging.INFO)
    try:
        yield
    finally:
        logging.disable(previous)


class Command(BaseCommand):
    help = (
        "Loads Postwise's demo content and one demo account per role, then prints a short summary. "
        "Safe to run twice. -v 2 also prints each step's details and the log."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", help="the address the site is served at, printed at the end")

    def handle(self, *args, **options):
        if not settings.POSTWISE_ALLOW_DEMO_CONTENT:
            raise CommandError(
                f"Refusing to load demo content under {settings.SETTINGS_MODULE}: these settings do not allow "
                "it (POSTWISE_ALLOW_DEMO_CONTENT is off), and demo accounts share a published password, "
                "so they must never exist in production."
            )
        detailed = options["verbosity"] >= 2
        before = project_row_counts()
        with quiet_logging(quiet=not detailed), transaction.atomic():
            for step in registered_steps():
                step.run(log=lambda message: detailed and self.stdout.write(f"  {message}"))
                if detailed:
                    self.stdout.write(f"Loaded: {step.name}")
        created = {model: count - before.get(model, 0) for model, count in project_row_counts().items()}
        self.stdout.write(self._summary(created))
        self.stdout.write(self.style.SUCCESS(f"\nDemo accounts (password for all: {DEMO_PASSWORD}):"))
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.email:<28} {account.description}")
        url = options["url"] or settings.WAGTAILADMIN_BASE_URL
        self.stdout.write(f"\nOpen {url.rstrip('/')}/ and sign in as one of them.")

    @staticmethod
    def _summary(created: dict[type, int]) -> str:
        rows = sorted(
            ((model, count) for model, count in created.items() if count > 0),
            key=lambda row: str(row[0]._meta.verbose_name),
        )
        parts = [counted(model, count) for model, count in rows]
        if not parts:
            return "Demo content is already loaded: nothing new was created."
        return textwrap.fill("Demo content loaded. Created: " + ", ".join(parts) + ".", width=SUMMARY_WIDTH)
