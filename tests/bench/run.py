"""In-process figures for the bench pages: `make bench`'s second table, and `make profile`.

Each `tests/bench/bench_*.py` module defines `seed(scale: int) -> None` and
`pages() -> list[tuple[str, str | None]]` (path, email of the member to log in as, or None). One piece of
code seeds a scratch database with them (then puts the derived fields right, as the load test's seeder
does), signs in as each page's member and fetches each page once to warm the caches; then, per page:

- `python -m tests.bench.run` (`make bench`, BENCH_SCALE members, 10,000 by default): median and p95 time
  over BENCH_REPEATS fetches, peak memory and queries, printed as a table. Nothing is asserted here: query
  budgets are asserted by the test suite.
- `python -m tests.bench.run profile` (`make profile`, PROFILE_SCALE members, 500 by default): one cProfile
  and the list of queries per page, written to bench/profiles/ (the queries first, then the 30 costliest
  functions). PROFILE_FETCHES (1 by default) fetches each page that many times under one profile;
  PROFILE_SORT (cumulative by default; tottime shows where the time itself goes) orders it. With
  POSTWISE_ZEAL=0 the test settings' N+1 detector is left out of the figures.
- `python -m tests.bench.run topic` (TOPIC_ROUNDS rounds, 200 by default): the CPU time (time.process_time)
  of a topic page with 50 posts against the same page with 20, fetched in turns in one process, as a Basic
  member and as a champion (a moderator: every per-post button). The posts are by 20 different members, half
  with role badges, some with photos, some edited. It prints the ratio of the medians per viewer; issue 14's
  target is at most 1.3. Ratios only: the absolute times say little on a shared machine. With
  TOPIC_PROFILE=tottime (or cumtime), it prints a cProfile of 20 fetches of the 50-post page instead.
"""

import cProfile
import importlib
import io
import os
import pkgutil
import pstats
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRATCH = ROOT / "var" / "bench.sqlite3"
PROFILES = ROOT / "bench" / "profiles"


def bench_modules() -> list:
    """Every tests/bench/bench_*.py module, in name order."""
    return [
        importlib.import_module(f"tests.bench.{info.name}")
        for info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda info: info.name)
        if info.name.startswith("bench_")
    ]


def _scratch_django() -> None:
    """Django set up on a fresh, migrated scratch database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "postwise.settings.test")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{SCRATCH}")
    if SCRATCH.exists() and os.environ["DATABASE_URL"].startswith("sqlite"):
        SCRATCH.unlink()
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def seeded_pages(scale: int) -> Iterator[tuple[str, str | None, Callable]]:
    """Seed a scratch database at `scale`; then yield (path, email, fetch) per bench page, its caches warm."""
    _scratch_django()
    from django.test import Client

    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.mfa import has_totp
    from community.models import Member
    from tests.bench.large_data import fix_derived_fields
    from tests.community.mfa_helpers import sign_in_with_totp

    modules = bench_modules()
    for module in modules:
        started = time.perf_counter()
        module.seed(scale)
        print(f"seeded {module.__name__} at scale {scale} in {time.perf_counter() - started:.1f}s")
    fix_derived_fields()
    clients: dict[str | None, Client] = {None: Client()}
    for module in modules:
        for path, email in module.pages():
            if email not in clients:  # one signed-in client per member; role holders confirm with TOTP
                member = Member.objects.get(email=email)
                clients[email] = Client()
                if has_totp(member):
                    sign_in_with_totp(clients[email], member)
                else:
                    clients[email].force_login(member)
            fetch = lambda client=clients[email], path=path: client.get(path)  # noqa: E731
            fetch()  # warm the caches
            yield path, email, fetch


def timings(scale: int, repeats: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    print(f"\n{'page':<40} {'member':<28} {'median ms':>9} {'p95 ms':>8} {'peak KiB':>9} {'queries':>7}")
    for path, email, fetch in seeded_pages(scale):
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            response = fetch()
            times.append((time.perf_counter() - started) * 1000)
        tracemalloc.start()
        with CaptureQueriesContext(connection) as queries:
            fetch()
        peak = tracemalloc.get_traced_memory()[1] / 1024
        tracemalloc.stop()
        p95 = sorted(times)[int(0.95 * (len(times) - 1))]
        print(
            f"{path:<40} {email or 'anonymous':<28} {statistics.median(times):>9.1f} {p95:>8.1f} "
            f"{peak:>9.0f} {len(queries):>7}  ({response.status_code})"
        )


def profiles(scale: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    PROFILES.mkdir(parents=True, exist_ok=True)
    sort = os.environ.get("PROFILE_SORT", "cumulative")
    fetches = int(os.environ.get("PROFILE_FETCHES", "1"))
    for number, (path, email, fetch) in enumerate(seeded_pages(scale)):
        profiler = cProfile.Profile()
        with CaptureQueriesContext(connection) as captured:
            response = fetch()
        queries = list(captured.captured_queries)  # the next request empties Django's query log
        profiler.enable()
        for _ in range(fetches):
            fetch()
        profiler.disable()
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats(sort).print_stats(30)
        slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")[:60] or "home"
        listing = "\n".join(f"{i + 1:>3}. {query['sql'][:400]}" for i, query in enumerate(queries))
        (PROFILES / f"{number:02d}-{slug}.txt").write_text(
            f"{path} as {email or 'anonymous'}: {response.status_code}, {len(queries)} queries\n\n{listing}\n\n"
            + text.getvalue()
        )
        print(f"{path:<50} {email or 'anonymous':<28} {len(queries):>3} queries  ({response.status_code})")


def topic_scaling(rounds: int) -> None:
    _scratch_django()
    import datetime

    from django.test import Client
    from django.utils import timezone

    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.factories import MemberFactory
    from community.forum.factories import TopicFactory, enthusiasts
    from community.forum.models import Post
    from community.mfa import has_totp
    from community.roles import Role
    from tests.community.mfa_helpers import sign_in_with_totp

    category = enthusiasts()
    authors = [
        MemberFactory(roles=(Role.CHAMPION,) if n % 4 == 1 else (Role.TECH_SUPPORT,) if n % 4 == 3 else ())
        for n in range(20)
    ]
    for author in authors[::3]:  # a photo's name is all the avatar reads
        type(author).objects.filter(pk=author.pk).update(avatar=f"avatars/{author.pk:08d}abcdefgh.jpg")
    now = timezone.now()
    urls = {}
    for count in (20, 50):
        topic = TopicFactory(category=category, author=authors[0], title=f"A topic of {count} posts")
        Post.objects.bulk_create(
            Post(
                topic=topic,
                author=authors[n % len(authors)],
                body=f"Reply {n} with **some** text and a [link](https://example.org/{n}).",
                body_html=f"<p>Reply {n} with <strong>some</strong> text and a "
                f'<a href="https://example.org/{n}">link</a>.</p>',
                created_at=now - datetime.timedelta(hours=count - n),
                edited_at=now if n % 5 == 0 else None,
            )
            for n in range(1, count)
        )
        urls[count] = topic.get_absolute_url()
    viewers = {"basic member": MemberFactory(), "champion": MemberFactory(roles=(Role.CHAMPION,))}
    print(f"\n{'viewer':<14} {'20 posts ms':>11} {'50 posts ms':>11} {'ratio':>6}   (CPU time, median of {rounds})")
    for label, viewer in viewers.items():
        client = Client()
        if has_totp(viewer):
            sign_in_with_totp(client, viewer)
        else:
            client.force_login(viewer)
        for count, url in urls.items():  # warm the caches; check the page
            page = client.get(url)
            assert page.status_code == 200 and page.content.count(b'<article class="postwise-post') == count, label
        if os.environ.get("TOPIC_PROFILE"):  # a cProfile of the 50-post page, then stop
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(20):
                client.get(urls[50])
            profiler.disable()
            pstats.Stats(profiler).sort_stats(os.environ["TOPIC_PROFILE"]).print_stats(45)
            continue
        times: dict[int, list[float]] = {20: [], 50: []}
        for _ in range(rounds):
            for count, url in urls.items():
                started = time.process_time()
                client.get(url)
                times[count].append(time.process_time() - started)
        twenty, fifty = (statistics.median(times[count]) * 1000 for count in (20, 50))
        print(f"{label:<14} {twenty:>11.1f} {fifty:>11.1f} {fifty / twenty:>6.2f}")


def main() -> int:
    if sys.argv[1:2] == ["topic"]:
        topic_scaling(int(os.environ.get("TOPIC_ROUNDS", "200")))
    elif sys.argv[1:2] == ["profile"]:
        profiles(int(os.environ.get("PROFILE_SCALE", "500")))
    else:
        timings(int(os.environ.get("BENCH_SCALE", "10000")), int(os.environ.get("BENCH_REPEATS", "20")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
