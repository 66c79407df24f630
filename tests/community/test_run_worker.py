"""`manage.py run_worker` outlives a database restart: it retries with backoff instead of exiting."""

import io
import threading
import time

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.test import override_settings
from django_tasks.base import TaskResultStatus

from tests.community.worker_tasks import echo
from tests.ports import free_port

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
WAIT_SECONDS = 60


def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"Gave up waiting for {what}")
        time.sleep(0.05)


def finished(result) -> bool:
    result.refresh()
    return result.status == TaskResultStatus.SUCCESSFUL


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_survives_its_connection_being_cut_while_the_database_is_down():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL's pg_terminate_backend (runs in CI's PostgreSQL pass)")
    log = io.StringIO()

    def run_worker():
        try:
            call_command(
                "run_worker", interval=0.05, startup_delay=False, max_tasks=2, max_backoff=0.5, stdout=log, stderr=log
            )
        finally:
            connections.close_all()

    with override_settings(TASKS=DATABASE_TASKS):
        worker = threading.Thread(target=run_worker, daemon=True)
        worker.start()
        first = echo.enqueue("before the restart")
        wait_for(lambda: finished(first), "the first task")

        # The "restart": the worker's connection is cut and, for a while, no new one can be made.
        settings_dict = connection.settings_dict
        real_port = settings_dict["PORT"]
        settings_dict["PORT"] = free_port()
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            wait_for(lambda: "Database unavailable" in log.getvalue(), "the worker to notice the outage")
        finally:
            settings_dict["PORT"] = real_port

        second = echo.enqueue("after the restart")
        wait_for(lambda: finished(second), "the second task, run by the same worker")
        worker.join(WAIT_SECONDS)
    assert not worker.is_alive()
