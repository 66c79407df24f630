"""`manage.py run_worker`: django-tasks-db's `db_worker` that outlives a database restart.

`db_worker` exits for good on the first error from the database. This command takes the same options,
runs the same worker, and when the database is unreachable (OperationalError, InterfaceError) closes its
connections, waits (1 s, doubling up to --max-backoff) and starts the loop again. The worker keeps its
id and its count of tasks run. Ctrl-C and SIGTERM still stop it as they stop `db_worker`.
"""

import threading
import time

from django.db import InterfaceError, OperationalError, connections
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker

DATABASE_DOWN = (OperationalError, InterfaceError)
FIRST_BACKOFF_SECONDS = 1.0


class Command(DbWorkerCommand):
    help = "Run the database task worker, retrying with backoff while the database is unavailable"

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(reload=False)
        parser.add_argument(
            "--max-backoff",
            type=float,
            default=60.0,
            help="The longest wait, in seconds, between attempts to reach the database (default: %(default)r)",
        )

    def handle(self, *, verbosity: int, queue_name: str, exclude_queues: str, max_backoff: float, **options) -> None:
        self.configure_logging(verbosity)
        worker = Worker(
            queue_names=queue_name.split(","),
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
        )
        if threading.current_thread() is threading.main_thread():
            worker.configure_signals()
        self.run_with_retries(worker, max_backoff=max_backoff)

    def run_with_retries(self, worker: Worker, *, max_backoff: float) -> None:
        backoff = FIRST_BACKOFF_SECONDS
        while worker.running:
            started = time.monotonic()
            try:
                worker.run()
                return
            except DATABASE_DOWN as error:
                connections.close_all()
                if time.monotonic() - started > max_backoff:
                    backoff = FIRST_BACKOFF_SECONDS  # it had been working: start again from a short wait
                self.stderr.write(
                    f"Database unavailable ({error.__class__.__name__}: {error}); retrying in {backoff:g} s"
                )
                time.sleep(backoff)
                backoff = min(backoff * 2, max_backoff)
