"""`make bench`: a load test of the real server, at demo size and at large size, beside a static file.

For each size, in its own database (PostgreSQL when DATABASE_URL is set: databases <name>_bench_demo and
<name>_bench_large on that server; otherwise SQLite files in var/):
1. migrate and load the demo content; the large database starts as a copy of the demo one and adds, in
   bulk, BENCH_SCALE members' worth of data on top (tests/bench/large_data.py, derived fields put right);
2. count each page's queries in-process (after one warming request);
3. serve with gunicorn, the deployment's site/deploy/gunicorn.conf.py and production settings
   (postwise.settings.bench) on 127.0.0.1, with Redis as the cache when it answers at BENCH_REDIS_URL;
4. for each concurrency in BENCH_CONCURRENCY (8,16), run locust headless against each page for
   BENCH_SECONDS, every virtual member signed in through the login form; a static file served by the same
   gunicorn is the ceiling.
Then it prints a table and writes bench/results.json. Flags: a page whose query count grows from demo to
large size, a p95 at large size above 1.2x its p95 at demo size, a page under 25% of the static req/s.

BENCH_SCALE=2000 BENCH_SECONDS=5 make bench gives a quick run; the issue's large size is BENCH_SCALE=20000.
"""

import csv
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests  # locust's own dependency

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
RESULTS = ROOT / "bench" / "results.json"
WORK = ROOT / "var" / "bench"
STATIC_PATH = "/static/postwise/postwise.css"
CEILING_SHARE, P95_GROWTH = 0.25, 1.2
WARMING_REQUESTS = 12


# --- In the seeded database (a subprocess with Django set up) -----------------------------------------


def _analyze(connection) -> None:
    """What autovacuum does to a live database, done before measuring: after a bulk seed the planner has no
    statistics (it took 20,000 members and 5,000 topics for a row or two, and chose plans that scan thousands
    of rows), and on a machine where autovacuum is off it never would. VACUUM also sets the visibility map,
    which index-only scans need."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def prepare(size: str, scale: int, out: Path, *, recount: bool = False) -> None:
    """Migrate, load the demo, seed (large size), then write the pages and their query counts to `out`.
    With `recount`, the database is the one a previous run prepared: only the query counts are taken again
    (the code may have changed since)."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    extra: dict[str, str] = {}
    if recount:
        extra = json.loads(out.read_text()).get("extra", {})
    else:
        call_command("migrate", verbosity=0)
        if size == "demo":
            call_command("load_demo_content", verbosity=0)
        if size == "large":
            # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
            from tests.bench import large_data

            started = time.perf_counter()
            extra = large_data.seed(scale)
            print(f"seeded scale {scale} in {time.perf_counter() - started:.0f}s", flush=True)
    _analyze(connection)
    _quiz_takers()
    pages = _pages(extra)
    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.models import Member

    counts = {}
    for page in pages:
        if page["kind"] != "get":
            continue
        client = Client()
        if page["email"]:
            client.force_login(Member.objects.get(email=page["email"]))
        client.get(page["path"])
        with CaptureQueriesContext(connection) as captured:
            status = client.get(page["path"]).status_code
        counts[page["name"]] = {"queries": len(captured), "status": status}
    out.write_text(json.dumps({"pages": pages, "counts": counts, "login": reverse("account_login"), "extra": extra}))


QUIZ_TAKERS = {"quiz start": "quizstart@example.org", "quiz submit": "quizsubmit@example.org"}


def _quiz_takers() -> None:
    """Two Basic members who sign in with the demo password, and a quiz they may retake at once, lessons
    done or not: each submitted attempt (first options chosen: a fail) leaves them free to start the next."""
    from allauth.account.models import EmailAddress

    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.models import Member
    from courses.quizzes.models import QuizPage

    QuizPage.objects.filter(pk=QuizPage.objects.live().order_by("path").first().pk).update(
        max_attempts=None, wait_hours_between_attempts=0, requires_lessons_complete=False, stop_after_pass=False
    )
    for email in QUIZ_TAKERS.values():
        member, _ = Member.objects.get_or_create(email=email, defaults={"first_name": "Quiz", "last_name": "Bench"})
        member.set_password("postwise-demo")
        member.save()
        EmailAddress.objects.get_or_create(user=member, email=email, defaults={"verified": True, "primary": True})


def _pages(extra: dict[str, str]) -> list[dict]:
    from django.urls import reverse

    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.forum.models import Post, Topic
    from courses.models import CoursePage, LessonPage
    from courses.quizzes.models import QuizPage

    basic, champion = "newstarter@example.org", "champion@example.org"
    course = CoursePage.objects.live().order_by("path").first()
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    quiz = QuizPage.objects.live().order_by("path").first()
    topic = Topic.objects.listed().filter(category__slug="enthusiasts").order_by("created_at").first()
    pages = [
        ("home", "/", basic),
        ("my path", reverse("home:my_path"), basic),
        ("course", course.url, basic),
        ("lesson", lesson.url, basic),
        ("quiz page", quiz.url, basic),
        ("forum index", reverse("forum:index"), basic),
        ("category", reverse("forum:category", args=["enthusiasts"]), basic),
        ("topic", topic.get_absolute_url(), basic),
        ("best practice", reverse("bestpractice:library"), basic),
        ("search", reverse("home:search") + "?q=alerts", basic),
        ("notifications", reverse("notifications:list"), basic),
        ("official accounts", reverse("registers:directory"), basic),
        ("hub", reverse("hub:index"), basic),
        ("measures", reverse("measures:dashboard"), champion),
    ]
    if extra.get("big_topic"):
        big = Topic.objects.get(pk=extra["big_topic"])
        post_ids = list(Post.objects.filter(topic=big).order_by("id").values_list("pk", flat=True))
        pages.append(("topic, deep page", f"{big.get_absolute_url()}?after={post_ids[len(post_ids) * 4 // 5]}", basic))
    rows = [{"name": name, "path": path, "email": email, "kind": "get"} for name, path, email in pages]
    start = reverse("quizzes:start", args=[quiz.pk])
    for name, email in QUIZ_TAKERS.items():
        rows.append({"name": name, "path": start, "email": email, "kind": name.replace(" ", "_")})
    rows.append({"name": "static file", "path": STATIC_PATH, "email": "", "kind": "get"})
    return rows


# --- The orchestrator ------------------------------------------------------------------------------------


def _database_url(size: str, *, reuse: bool) -> str:
    """A fresh database for the size. The large one starts as a copy of the demo one (a PostgreSQL
    template, or a copy of the SQLite file), so the demo content is loaded once."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        path = WORK / f"{size}.sqlite3"
        if not reuse:
            path.unlink(missing_ok=True)
            if size == "large" and (WORK / "demo.sqlite3").exists():
                shutil.copyfile(WORK / "demo.sqlite3", path)
        return f"sqlite:///{path}"
    parts = urllib.parse.urlsplit(base)
    stem = parts.path.lstrip("/") or "postwise"
    name = f"{stem}_bench_{size}"
    if not reuse:
        import psycopg

        admin = parts._replace(path="/postgres").geturl()
        template = f' TEMPLATE "{stem}_bench_demo"' if size == "large" else ""
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"{template}')
    return parts._replace(path=f"/{name}").geturl()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _redis_url() -> str:
    url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
    parts = urllib.parse.urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 6379), timeout=1):
            return url
    except OSError:
        return ""


def _server_env(database_url: str, port: int) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "postwise.settings.bench",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "POSTWISE_TRUSTED_PROXY_COUNT": "1",
        "FORWARDED_ALLOW_IPS": "127.0.0.1",
        "BENCH_CACHE_PREFIX": f"bench-{secrets.token_hex(4)}",
    }
    redis = _redis_url()
    if redis:
        env["REDIS_URL"] = redis
    else:
        env.pop("REDIS_URL", None)
    return env


def _wait_for(url: str, seconds: int = 120) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - our own server on 127.0.0.1
                return
        except OSError:
            time.sleep(1)
    raise RuntimeError(f"gunicorn did not answer {url}")


def sign_in(host: str, email: str) -> dict[str, str]:
    """Sign in through the real login form; the session and CSRF cookies for the load test to use."""
    session = requests.Session()
    form = session.get(f"{host}/accounts/login/", timeout=120)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    answer = session.post(
        f"{host}/accounts/login/",
        data={"login": email, "password": "postwise-demo", "csrfmiddlewaretoken": token},
        headers={"Referer": f"{host}/accounts/login/"},
        timeout=120,
    )
    if "/accounts/login/" in answer.url or "sessionid" not in session.cookies:
        raise RuntimeError(f"could not sign in as {email}")
    return {"BENCH_SESSION": session.cookies["sessionid"], "BENCH_CSRF": session.cookies.get("csrftoken", "")}


def _warm(host: str, page: dict, cookies: dict[str, str], *, requests_each: int = WARMING_REQUESTS) -> None:
    """A few requests for each page before it is measured, with 4 at a time so that every gunicorn worker
    and thread sees it: a cold worker compiles templates and fills per-process caches on its first requests
    (on a busy machine those took longer than a short run, which then measured nothing)."""
    if page["kind"] != "get":
        return
    session = requests.Session()
    if cookies:
        session.cookies.set("sessionid", cookies["BENCH_SESSION"])
        session.cookies.set("csrftoken", cookies.get("BENCH_CSRF", ""))
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda _: session.get(host + page["path"], timeout=120), range(requests_each)))


def _locust(host: str, page: dict, users: int, seconds: int, prefix: Path, cookies: dict[str, str]) -> dict:
    env = {
        **os.environ,
        "BENCH_PATH": page["path"],
        "BENCH_EMAIL": page["email"],
        "BENCH_KIND": page["kind"],
        **cookies,
    }
    command = [
        str(Path(PYTHON).parent / "locust"),
        "-f",
        str(ROOT / "tests" / "bench" / "locustfile.py"),
        "--headless",
        "--only-summary",
        "--users",
        str(users),
        "--spawn-rate",
        str(users),
        "--run-time",
        f"{seconds}s",
        "--host",
        host,
        "--csv",
        str(prefix),
        "--loglevel",
        "ERROR",
    ]
    subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=False, timeout=seconds + 120)  # noqa: S603 - our own fixed commands
    stats = prefix.with_name(prefix.name + "_stats.csv")
    if not stats.exists():
        return {"error": "locust wrote no statistics"}
    for row in csv.DictReader(stats.open()):
        if row["Name"] == "page":
            requests = int(row["Request Count"])
            return {
                "rps": float(row["Requests/s"]),
                "p50": float(row["50%"] or 0),
                "p95": float(row["95%"] or 0),
                "p99": float(row["99%"] or 0),
                "requests": requests,
                "failures": int(row["Failure Count"]),
            }
    return {"error": "no measured requests (signing in failed?)"}


def _run_size(size: str, scale: int, seconds: int, concurrencies: list[int]) -> dict:
    prepared = WORK / f"{size}-pages.json"
    # BENCH_REUSE=1 serves the databases a previous run prepared (same scale), skipping the seeding; the
    # query counts are taken again, for the code as it is now.
    reuse = os.environ.get("BENCH_REUSE") == "1" and prepared.exists()
    database_url = _database_url(size, reuse=reuse)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "postwise.settings.test", "DATABASE_URL": database_url}
    started = time.perf_counter()
    subprocess.run(  # noqa: S603 - our own fixed commands
        [PYTHON, "-m", "tests.bench.load", "recount" if reuse else "prepare", size, str(scale), str(prepared)],
        env=env,
        cwd=ROOT,
        check=True,
    )
    print(f"{size}: database ready in {time.perf_counter() - started:.0f}s", flush=True)
    data = json.loads(prepared.read_text())
    port = _free_port()
    server_env = _server_env(database_url, port)
    subprocess.run(  # noqa: S603 - our own fixed commands
        [PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], env=server_env, cwd=ROOT, check=True
    )
    log = (WORK / f"{size}-gunicorn.log").open("w")
    server = subprocess.Popen(  # noqa: S603 - our own fixed commands
        [str(Path(PYTHON).parent / "gunicorn"), "postwise.wsgi", "--config", "site/deploy/gunicorn.conf.py"],
        env=server_env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    host = f"http://127.0.0.1:{port}"
    results: dict[str, dict] = {page["name"]: {"path": page["path"], "runs": {}} for page in data["pages"]}
    try:
        _wait_for(host + STATIC_PATH)
        sessions = {email: sign_in(host, email) for email in {page["email"] for page in data["pages"]} if email}
        for page in data["pages"]:
            _warm(host, page, sessions.get(page["email"], {}))
        for users in concurrencies:
            for page in data["pages"]:
                prefix = WORK / f"{size}-{users}-{page['name'].replace(' ', '_')}"
                run = _locust(host, page, users, seconds, prefix, sessions.get(page["email"], {}))
                results[page["name"]]["runs"][str(users)] = run
                print(f"{size:<6} c={users:<3} {page['name']:<20} {run}", flush=True)
    finally:
        os.killpg(server.pid, signal.SIGQUIT)  # gunicorn's quick shutdown
        server.wait(timeout=60)
        log.close()
    for name, count in data["counts"].items():
        results[name].update(count)
    return results


def _machine() -> dict:
    load = os.getloadavg()
    return {
        "cpus": os.cpu_count(),
        "cpu": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "load_average_1_5_15": [round(value, 2) for value in load],
        "database": "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite",
        "cache": "Redis" if _redis_url() else "database cache",
    }


def _table(report: dict) -> str:
    lines = []
    for users in report["concurrencies"]:
        ceiling = report["large"]["static file"]["runs"].get(str(users), {}).get("rps") or 0
        lines.append(f"\nConcurrency {users} (static file ceiling: {ceiling:.0f} req/s at large size)")
        lines.append(
            f"{'page':<20} {'req/s':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'ceil':>5} "
            f"{'p95 demo':>8} {'growth':>6} {'q demo':>6} {'q large':>7}  flags"
        )
        for name, large in report["large"].items():
            run = large["runs"].get(str(users), {})
            demo = report["demo"].get(name, {})
            demo_run = demo.get("runs", {}).get(str(users), {})
            if "rps" not in run:
                lines.append(f"{name:<20} {run.get('error', 'not run')}")
                continue
            share = run["rps"] / ceiling if ceiling else 0
            growth = run["p95"] / demo_run["p95"] if demo_run.get("p95") else None
            flags = []
            if name != "static file" and share < CEILING_SHARE:
                flags.append("under 25% of static")
            if growth and growth > P95_GROWTH:
                flags.append("p95 grows")
            if demo.get("queries") is not None and large.get("queries", 0) > demo["queries"]:
                flags.append("queries grow")
            if run.get("failures"):
                flags.append(f"{run['failures']} failures")
            lines.append(
                f"{name:<20} {run['rps']:>7.1f} {run['p50']:>6.0f} {run['p95']:>6.0f} {run['p99']:>6.0f} "
                f"{share:>5.0%} {demo_run.get('p95', 0):>8.0f} {f'{growth:.2f}x' if growth else '':>6} "
                f"{demo.get('queries', ''):>6} {large.get('queries', ''):>7}  {', '.join(flags)}"
            )
    return "\n".join(lines)


def main() -> int:
    if sys.argv[1:2] in (["prepare"], ["recount"]):
        sys.path.insert(0, str(ROOT))
        prepare(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]), recount=sys.argv[1] == "recount")
        return 0
    WORK.mkdir(parents=True, exist_ok=True)
    scale = int(os.environ.get("BENCH_SCALE", "20000"))
    seconds = int(os.environ.get("BENCH_SECONDS", "20"))
    concurrencies = [int(value) for value in os.environ.get("BENCH_CONCURRENCY", "8,16").split(",")]
    report = {"scale": scale, "seconds": seconds, "concurrencies": concurrencies, "machine_before": _machine()}
    for size in ("demo", "large"):
        report[size] = _run_size(size, scale, seconds, concurrencies)
    report["machine_after"] = _machine()
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2))
    print(_table(report))
    print(f"\nMachine: {report['machine_before']}\nWritten to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
