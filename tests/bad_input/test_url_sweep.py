"""Every front-end URL of the project's own apps, walked from the resolver, given bad arguments.

A champion (who may use every one of these views) asks for each address with ids that do not exist,
ids too big for the database, malformed slugs and codes, junk query strings and junk POST bodies.
Whatever they send, the answer is never a 500.
"""

import base64
import re
from urllib.parse import quote, urlencode

import pytest
from django.core import signing
from django.urls import URLPattern, URLResolver, get_resolver

from community.privacy import exports as privacy_exports
from community.privacy.models import DataExport
from tests.bad_input.conftest import HUGE, MISSING, NUL

pytestmark = pytest.mark.django_db

OWN_NAMESPACES = {
    "home",
    "forum",
    "notifications",
    "bestpractice",
    "workshops",
    "courses",
    "quizzes",
    "licences",
    "licences_admin",
    "quizzes_admin",
    "registers",
    "incidents",
    "account_metrics",
    "measures",
    "privacy",
    "postcheck",
    "members",
    "hub",
    "sites",
}
OWN_ADMIN_NAMES = {"course_completion_report", "course_completion_report_results"}


def _walk(patterns, prefix: str = "", namespace: str = ""):
    for entry in patterns:
        route = str(entry.pattern).lstrip("^").rstrip("$")
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else entry.namespace or namespace
            yield from _walk(entry.url_patterns, prefix + route, inner or "")
        elif isinstance(entry, URLPattern) and entry.name:
            yield (f"{namespace}:{entry.name}" if namespace else entry.name), prefix + route


def own_routes() -> dict[str, str]:
    """{"forum:topic": "forum/t/<int:pk>/", …} for the project's own front-end and admin views."""
    routes = {}
    for name, route in _walk(get_resolver().url_patterns):
        namespace, _, short = name.rpartition(":")
        innermost = namespace.rpartition(":")[2]
        if innermost in OWN_NAMESPACES:
            routes[f"{innermost}:{short}"] = route
        elif not namespace and short in OWN_ADMIN_NAMES:
            routes[short] = route
    return routes


ROUTES = own_routes()

# Real arguments for each route, from the `world` fixture: the good address the junk is added to.
GOOD_ARGUMENTS = {
    "home:my_path": {},
    "home:account": {},
    "home:search": {},
    "forum:index": {},
    "forum:category": {"slug": lambda w: w.category.slug},
    "forum:new_topic": {"slug": lambda w: w.category.slug},
    "forum:watch_category": {"slug": lambda w: w.category.slug},
    "forum:topic": {"pk": lambda w: w.topic.pk},
    "forum:reply": {"pk": lambda w: w.topic.pk},
    "forum:watch_topic": {"pk": lambda w: w.topic.pk},
    "forum:edit_post": {"pk": lambda w: w.own_reply.pk},
    "forum:history": {"pk": lambda w: w.own_reply.pk},
    "forum:helpful": {"pk": lambda w: w.others_reply.pk},
    "forum:accept": {"pk": lambda w: w.others_reply.pk},
    "forum:flag": {"pk": lambda w: w.others_reply.pk},
    "forum:moderation": {},
    "forum:moderate_post": {"pk": lambda w: w.others_reply.pk, "verb": lambda w: "dismiss"},
    "forum:move": {"pk": lambda w: w.topic.pk},
    "forum:merge": {"pk": lambda w: w.topic.pk},
    "forum:moderate_topic": {"pk": lambda w: w.topic.pk, "verb": lambda w: "pin"},
    "notifications:list": {},
    "notifications:open": {"pk": lambda w: w.notification.pk},
    "notifications:mark_all_read": {},
    "notifications:preferences": {},
    "forum:mention_suggestions": {},
    "notifications:unsubscribe": {"token": lambda w: "not-a-signed-token"},
    "bestpractice:library": {},
    "bestpractice:detail": {"pk": lambda w: w.statement.pk},
    "bestpractice:publish": {"pk": lambda w: w.statement.pk},
    "bestpractice:promote": {"pk": lambda w: w.others_reply.pk},
    "workshops:list": {},
    "workshops:new": {},
    "workshops:detail": {"pk": lambda w: w.workshop.pk},
    "workshops:add_statement": {"pk": lambda w: w.workshop.pk},
    "workshops:place": {"pk": lambda w: w.workshop.pk},
    "workshops:close": {"pk": lambda w: w.workshop.pk},
    "workshops:results": {"pk": lambda w: w.workshop.pk},
    "workshops:export": {"pk": lambda w: w.workshop.pk},
    "workshops:live": {"pk": lambda w: w.workshop.pk},
    "workshops:live_results": {"pk": lambda w: w.workshop.pk},
    "workshops:reveal": {"pk": lambda w: w.workshop.pk},
    "workshops:promote": {"pk": lambda w: w.workshop.pk},
    "workshops:join": {"code": lambda w: "ABCDEF"},
    "members:directory": {},
    "members:profile": {"pk": lambda w: w.champion.pk},
    "members:photo": {"pk": lambda w: w.champion.pk},
    "members:edit_photo": {},
    "members:remove_photo": {},
    "courses:enrol": {"course_id": lambda w: w.course.pk},
    "courses:finish": {"course_id": lambda w: w.course.pk},
    "courses:complete_lesson": {"lesson_id": lambda w: w.lesson.pk},
    "courses:acknowledge_guideline": {"guideline_id": lambda w: w.guideline.pk},
    "quizzes:start": {"quiz_id": lambda w: w.quiz.pk},
    "quizzes:attempt": {"pk": lambda w: w.attempt.pk},
    "quizzes:review": {"pk": lambda w: w.attempt.pk},
    "quizzes:time_adjustments": {},
    "home:accessibility": {},
    "licences:verify_start": {},
    "licences:verify": {"code": lambda w: w.licence.verification_code},
    "licences:certificate": {"pk": lambda w: w.champion_licence.pk},
    "licences:certificate_pdf": {"pk": lambda w: w.champion_licence.pk},
    "licences_admin:register": {},
    "licences_admin:register_results": {},
    "licences_admin:detail": {"pk": lambda w: w.licence.pk},
    "licences_admin:change_status": {"pk": lambda w: w.licence.pk, "change": lambda w: "suspend"},
    "quizzes_admin:import": {},
    "quizzes_admin:export": {"pk": lambda w: w.quiz.draws.get().pool_id},
    "registers:directory": {},
    "registers:account": {"pk": lambda w: w.official_account.pk},
    "registers:apply": {},
    "registers:applications": {},
    "registers:application": {"pk": lambda w: w.application.pk},
    "registers:edit_application": {"pk": lambda w: w.application.pk},
    "registers:decide": {"pk": lambda w: w.application.pk},
    "course_completion_report": {},
    "course_completion_report_results": {},
    "incidents:all": {},
    "incidents:list": {"account_pk": lambda w: w.official_account.pk},
    "incidents:report": {"account_pk": lambda w: w.official_account.pk},
    "incidents:detail": {"account_pk": lambda w: w.official_account.pk, "pk": lambda w: w.incident.pk},
    "incidents:record_step": {
        "account_pk": lambda w: w.official_account.pk,
        "pk": lambda w: w.incident.pk,
        "step_pk": lambda w: w.incident.steps.get().pk,
    },
    "incidents:close": {"account_pk": lambda w: w.official_account.pk, "pk": lambda w: w.incident.pk},
    "incidents:send_lesson": {"account_pk": lambda w: w.official_account.pk, "pk": lambda w: w.incident.pk},
    "account_metrics:measures": {"account_pk": lambda w: w.official_account.pk},
    "measures:dashboard": {},
    "measures:report_pdf": {},
    "measures:measure_csv": {"slug": lambda w: "levels"},
    "account_metrics:record": {"account_pk": lambda w: w.official_account.pk},
    "account_metrics:import": {"account_pk": lambda w: w.official_account.pk},
    "account_metrics:report": {"account_pk": lambda w: w.official_account.pk},
    "account_metrics:report_pdf": {"account_pk": lambda w: w.official_account.pk},
    "privacy:notice": {},
    "privacy:request_export": {},
    "privacy:download": {"token": lambda w: _export_token(w.champion)},
    "privacy:members": {},
    "privacy:member": {"pk": lambda w: w.other.pk},
    "privacy:export_for": {"pk": lambda w: w.other.pk},
    "privacy:deactivate": {"pk": lambda w: w.other.pk},
    "privacy:anonymise": {"pk": lambda w: w.other.pk},
    "postcheck:check": {},
    "hub:index": {},
    "sites:my_access": {},
}


def _export_token(member) -> str:
    export = DataExport.objects.create(member=member, requested_by=member, status=DataExport.Status.READY)
    return signing.dumps(export.pk, salt=privacy_exports.SALT)


# Bad values for each kind of path argument. `%00` reaches the view as a NUL character.
BAD_BY_CONVERTER = {
    "int": [str(MISSING), str(HUGE), str(10**30), "0"],
    "id": [str(MISSING), str(HUGE), str(10**30), "0"],
    "slug": ["no-such-thing", "a" * 500, "--", "_"],
    "str": ["!!!", "%00", "abc%00def", "x" * 2000, "%E2%80%AE", "not-a-code"],
}

_b64 = lambda raw: base64.urlsafe_b64encode(raw).decode().rstrip("=")  # noqa: E731

JUNK_QUERIES = [
    {"after": "!!!"},
    {"after": _b64(b"\xff\xfe junk")},
    {"after": _b64(b"not|a|cursor")},
    {"after": _b64(b"2024-01-01T00:00:00|abc")},
    {"after": _b64(b"2024-01-01T00:00:00+00:00|" + str(HUGE).encode())},
    {"after": _b64(b"0001-01-01T00:00:00+14:00|1")},
    {"after": _b64(b"9999-12-31T23:59:59-14:00|1")},
    {"after": _b64(NUL.encode() + b"|1")},
    {"after": str(HUGE)},
    {"after": "-5"},
    {"before": "abc"},
    {"before": str(HUGE)},
    {"before": "-1"},
    {"page": "abc"},
    {"page": "-1"},
    {"page": "0"},
    {"page": str(10**30)},
    {"page": "1e9"},
    {"p": "abc"},
    {"status": "bogus"},
    {"status": NUL},
    {"theme": "bogus"},
    {"theme": NUL},
    {"stance": "bogus"},
    {"expiring_within": "-5"},
    {"expiring_within": "abc"},
    {"licence_type": "abc"},
    {"licence_type": str(HUGE)},
    {"department": NUL},
    {"platform": NUL},
    {"platform": "bogus"},
    {"account": "abc"},
    {"account": str(HUGE)},
    {"account": NUL},
    {"account": "-1", "platform": "x", "department": "x" * 10_000},
    {"course": "abc"},
    {"course": str(HUGE)},
    {"completed_at_after": "not-a-date", "completed_at_before": "99999-99-99"},
    {"ordering": "bogus"},
    {"export": "bogus"},
    {"from": NUL, "to": "9999-99"},
    {"from": "0001-01", "to": "9999-12"},
    {"month": NUL},
    {"month": "99999-01"},
    {"q": NUL},
    {"q": "x" * 10_000},
    {"q": "\"'%_\\ AND OR NOT ( ) *"},
    {"tag": NUL},
    {"type": "bogus"},
    {"group": "bogus"},
    {"code": NUL},
    {"code": "x" * 5000},
    {"next": "https://evil.example.com/"},
    {"x" * 300: "y" * 8000},
]

JUNK_BODIES = [
    {},
    {"title": NUL, "body": NUL, "tags": NUL, "reason": NUL, "note": NUL, "text": NUL, "question": NUL},
    {"body": "x" * 100_000, "title": "x" * 100_000, "text": "x" * 100_000, "reason": "x" * 100_000},
    {"version": "abc", "into": "abc", "category": "abc", "position": "abc", "closes_on": "abc"},
    {"version": str(HUGE), "into": str(HUGE), "category": str(HUGE), "position": str(HUGE)},
    {"frequency": "bogus", "reason": "bogus", "theme": "bogus", "themes": ["bogus", NUL], "watch": NUL},
    {"undo": NUL, "next": NUL, "submit": NUL, "preview": NUL, "question-1": NUL, "question-abc": "1"},
    {"code": NUL, "business_reason": NUL, "line_manager": NUL, "introduction": NUL, f"s{HUGE}": "1"},
    {
        "summary": NUL,
        "what_happened": NUL,
        "happened_at": "99999-01-01T00:00",
        "risk": NUL,
        "severity": "bogus",
        "post_url": "javascript:alert(1)",
        "lesson": NUL,
        "month": "2026-13",
        "followers": str(HUGE),
    },
]


def _fill(route: str, values: dict[str, str]) -> str:
    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: values[m.group(2)], route)


def _converters(route: str) -> dict[str, str]:
    return {name: converter or "str" for converter, name in re.findall(r"<(?:(\w+):)?(\w+)>", route)}


def test_the_walk_finds_every_own_view_and_each_has_good_arguments():
    """A new view without an entry here fails this test, so the sweep never silently skips it."""
    assert set(ROUTES) == set(GOOD_ARGUMENTS)
    assert len(ROUTES) >= 50


def _problems(client, method: str, url: str, **kwargs) -> list[str]:
    response = getattr(client, method)(url, **kwargs)
    if response.status_code >= 500:
        shown = url if len(url) < 200 else url[:200] + "…"
        data = kwargs.get("data") or kwargs.get("QUERY_STRING") or ""
        return [f"{method.upper()} {shown} {str(data)[:200]!r} -> {response.status_code}"]
    return []


@pytest.mark.parametrize("name", sorted(GOOD_ARGUMENTS))
def test_bad_path_arguments_never_give_a_500(name, world, champion_client):
    route = ROUTES[name]
    converters = _converters(route)
    good = {key: quote(str(value(world)), safe="") for key, value in GOOD_ARGUMENTS[name].items()}
    problems = []
    tried = 0
    for key, converter in converters.items():
        for bad in BAD_BY_CONVERTER[converter]:
            url = _fill(route, {**good, key: bad})
            problems += _problems(champion_client, "get", url)
            problems += _problems(champion_client, "post", url)
            problems += _problems(champion_client, "post", url, data=JUNK_BODIES[1])
            tried += 1
    assert tried == sum(len(BAD_BY_CONVERTER[c]) for c in converters.values())
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(GOOD_ARGUMENTS))
def test_junk_query_strings_never_give_a_500(name, world, champion_client):
    url = _fill(ROUTES[name], {key: quote(str(value(world)), safe="") for key, value in GOOD_ARGUMENTS[name].items()})
    problems = []
    for query in JUNK_QUERIES:
        problems += _problems(champion_client, "get", f"{url}?{urlencode(query, doseq=True)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(GOOD_ARGUMENTS))
def test_junk_post_bodies_never_give_a_500(name, world, champion_client):
    url = _fill(ROUTES[name], {key: quote(str(value(world)), safe="") for key, value in GOOD_ARGUMENTS[name].items()})
    problems = []
    for body in JUNK_BODIES:
        problems += _problems(champion_client, "post", url, data=body)
        problems += _problems(champion_client, "post", url, data=body)  # the same junk, submitted twice
    assert not problems, "\n".join(problems)
