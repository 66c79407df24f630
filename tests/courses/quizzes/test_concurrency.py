"""Two submits of the same attempt at the same moment score once and grant exactly one licence."""

import pytest
from django.db import connection
from django.utils import timezone

from courses.licences.models import Licence, LicenceStatusChange
from courses.quizzes.models import QuizAttempt
from courses.quizzes.services import submit_attempt
from tests.concurrency import run_at_once
from tests.courses.quizzes.conftest import right_answers

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks")
def test_two_concurrent_submits_produce_exactly_one_licence(attempt, basic_member):
    answers = right_answers(attempt)
    results, errors = run_at_once(
        lambda: submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=answers, now=timezone.now())
    )

    assert errors == []
    assert sorted(result.already_submitted for result in results) == [False, True]
    assert QuizAttempt.objects.get(pk=attempt.pk).passed
    assert Licence.objects.filter(holder=basic_member).count() == 1
    assert LicenceStatusChange.objects.filter(licence__holder=basic_member).count() == 1
