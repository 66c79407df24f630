"""The demo data makes every built-in measure meaningful (the demo step's idempotence is checked by
tests/home/test_demo_content.py, which loads everything twice)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from community.measures.dashboard import build_dashboard
from community.measures.filters import Filters
from community.measures.units import Scope
from community.models import Member
from courses.licences.models import Licence


@pytest.mark.django_db
def test_the_demo_gives_every_measure_figures_with_one_question_too_easy_and_one_too_hard():
    call_command("load_demo_content", stdout=StringIO())
    assert Member.objects.filter(last_login__isnull=True).count() >= 60
    today = timezone.localdate()
    board = build_dashboard(filters=Filters.default(today=today), scope=Scope(), today=today, use_cache=False)
    for entry in board.entries:
        assert entry.result.rows, entry.slug
    flags = [row[-1] for row in board.entry("questions").result.rows]
    assert flags.count("Too easy") == 1 and flags.count("Too hard") == 1
    trend = board.entry("level-trend").result.rows
    assert len(trend) == 13 and trend[0][1:] != trend[-1][1:]
    # The register's back-dated management history: account managers in past months, and not a flat line.
    managers = [row[3] for row in trend]
    assert any(managers[:-1]) and len(set(managers)) >= 3, managers
    # Spread over the 12 months: quiz attempts in (nearly) every month, forum topics in most weeks.
    quiz_months = [row for row in board.entry("quiz").result.rows if row[1]]
    assert len(quiz_months) >= 10
    forum_weeks = [row for row in board.entry("forum").result.rows if row[1]]
    assert len(forum_weeks) >= 26
    # Across departments; licences issued, run out and revoked.
    departments = board.entry("induction").result.rows
    assert len(departments) >= 3
    statuses = set(Licence.objects.values_list("status", flat=True))
    assert {Licence.Status.ACTIVE, Licence.Status.EXPIRED, Licence.Status.REVOKED} <= statuses
