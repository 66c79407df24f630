"""Running the same work in two threads at the same moment, each with its own database connection."""

import threading
from collections.abc import Callable

from django.db import connections


def run_at_once(work: Callable[[], object], *, times: int = 2) -> tuple[list, list[Exception]]:
    """Starts `times` threads together (a barrier) and returns their results and errors."""
    start = threading.Barrier(times)
    results, errors = [], []

    def run():
        try:
            start.wait()
            results.append(work())
        except Exception as error:  # noqa: BLE001 - returned to the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results, errors
