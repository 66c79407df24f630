"""`make profile`: one cProfile and the list of queries for every bench page, written to bench/profiles/.

Seeds the bench modules (tests/bench/bench_*.py) at PROFILE_SCALE members (500 by default) into a scratch
SQLite database (or DATABASE_URL), signs in as each page's member, fetches the page once to warm caches,
then profiles one more fetch. Each file lists the queries first, then the 30 costliest functions.
"""

import cProfile
import io
import os
import pstats
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRATCH = ROOT / "var" / "profile.sqlite3"
OUT = ROOT / "bench" / "profiles"


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "postwise.settings.test")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{SCRATCH}")
    scale = int(os.environ.get("PROFILE_SCALE", "500"))
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

    from community.mfa import has_totp
    from community.models import Member
    from tests.bench.run import bench_modules
    from tests.community.mfa_helpers import sign_in_with_totp

    call_command("migrate", verbosity=0)
    modules = bench_modules()
    for module in modules:
        module.seed(scale)
    OUT.mkdir(parents=True, exist_ok=True)
    clients: dict[str | None, Client] = {None: Client()}
    for number, (path, email) in enumerate(page for module in modules for page in module.pages()):
        if email not in clients:
            member = Member.objects.get(email=email)
            clients[email] = Client()
            if has_totp(member):
                sign_in_with_totp(clients[email], member)
            else:
                clients[email].force_login(member)
        client = clients[email]
        client.get(path)
        profiler = cProfile.Profile()
        with CaptureQueriesContext(connection) as queries:
            profiler.enable()
            response = client.get(path)
            profiler.disable()
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(30)
        slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")[:60] or "home"
        listing = "\n".join(f"{i + 1:>3}. {query['sql'][:400]}" for i, query in enumerate(queries.captured_queries))
        (OUT / f"{number:02d}-{slug}.txt").write_text(
            f"{path} as {email or 'anonymous'}: {response.status_code}, {len(queries)} queries\n\n{listing}\n\n"
            + text.getvalue()
        )
        print(f"{path:<50} {email or 'anonymous':<28} {len(queries):>3} queries  ({response.status_code})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
