"""`make bench`: seed large data into a scratch database, then measure pages' time, memory and queries.

Each `tests/bench/bench_*.py` module defines `seed(scale: int) -> None` and
`pages() -> list[tuple[str, str | None]]` (path, email of the member to log in as, or None).
Run with BENCH_SCALE=10000 (members) by default. Results are printed; nothing is asserted here:
query budgets are asserted by the test suite.
"""

import importlib
import os
import pkgutil
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRATCH = ROOT / "var" / "bench.sqlite3"


def bench_modules() -> list:
    """Every tests/bench/bench_*.py module, in name order."""
    return [
        importlib.import_module(f"tests.bench.{info.name}")
        for info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda info: info.name)
        if info.name.startswith("bench_")
    ]


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "postwise.settings.test")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{SCRATCH}")
    scale = int(os.environ.get("BENCH_SCALE", "10000"))
    repeats = int(os.environ.get("BENCH_REPEATS", "20"))
    if SCRATCH.exists() and os.environ["DATABASE_URL"].startswith("sqlite"):
        SCRATCH.unlink()
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    # Only after django.setup(): this script sets Django up itself, and models cannot load before.
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from community.models import Member

    call_command("migrate", verbosity=0)
    modules = bench_modules()
    for module in modules:
        started = time.perf_counter()
        module.seed(scale)
        print(f"seeded {module.__name__} at scale {scale} in {time.perf_counter() - started:.1f}s")

    from community.mfa import has_totp  # after django.setup(), as above
    from tests.community.mfa_helpers import sign_in_with_totp  # after django.setup(), as above

    clients: dict[str | None, Client] = {None: Client()}

    def client_for(email: str | None) -> Client:
        """One signed-in client per member; role holders confirm with TOTP, as the admin requires."""
        if email not in clients:
            member = Member.objects.get(email=email)
            clients[email] = Client()
            if has_totp(member):
                sign_in_with_totp(clients[email], member)
            else:
                clients[email].force_login(member)
        return clients[email]

    print(f"\n{'page':<40} {'member':<28} {'median ms':>9} {'p95 ms':>8} {'peak KiB':>9} {'queries':>7}")
    for module in modules:
        for path, email in module.pages():
            client = client_for(email)
            client.get(path)  # warm caches
            timings = []
            for _ in range(repeats):
                started = time.perf_counter()
                response = client.get(path)
                timings.append((time.perf_counter() - started) * 1000)
            tracemalloc.start()
            with CaptureQueriesContext(connection) as queries:
                client.get(path)
            peak = tracemalloc.get_traced_memory()[1] / 1024
            tracemalloc.stop()
            p95 = sorted(timings)[int(0.95 * (len(timings) - 1))]
            print(
                f"{path:<40} {email or 'anonymous':<28} {statistics.median(timings):>9.1f} {p95:>8.1f} "
                f"{peak:>9.0f} {len(queries):>7}  ({response.status_code})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
