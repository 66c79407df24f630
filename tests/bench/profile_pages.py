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

from tests.bench.run import set_up_and_seed, signed_in_clients

ROOT = Path(__file__).resolve().parents[2]
SCRATCH = ROOT / "var" / "profile.sqlite3"
OUT = ROOT / "bench" / "profiles"


def main() -> int:
    scale = int(os.environ.get("PROFILE_SCALE", "500"))
    modules = set_up_and_seed(scratch=SCRATCH, scale=scale)
    # Only after django.setup() (set_up_and_seed): the test utilities read the settings.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client_for = signed_in_clients()
    OUT.mkdir(parents=True, exist_ok=True)
    for number, (path, email) in enumerate(page for module in modules for page in module.pages()):
        client = client_for(email)
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
