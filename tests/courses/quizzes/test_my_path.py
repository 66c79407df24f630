import pytest
from django.utils import timezone

from courses.licences.models import Licence
from courses.quizzes.services import submit_attempt
from tests.courses.quizzes.conftest import right_answers

pytestmark = pytest.mark.django_db


def test_a_basic_member_is_pointed_to_the_quiz_then_to_their_licence(client, basic_member, attempt, quiz):
    client.force_login(basic_member)
    html = client.get("/my-path/").content.decode()
    assert "Pass the licence quiz" in html
    assert f'href="{quiz.url}"' in html

    submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=right_answers(attempt), now=timezone.now())
    licence = Licence.objects.get(holder=basic_member)
    html = client.get("/my-path/").content.decode()
    assert "Your level: Corporate user" in html
    assert "Pass the licence quiz" not in html
    assert f"Valid until {licence.expires_on:%-d %B %Y}" in html


def test_my_path_queries_do_not_grow_with_licence_history(
    client, basic_member, licence_type, quiz, django_assert_max_num_queries
):
    from courses.licences.factories import LicenceFactory

    client.force_login(basic_member)
    with django_assert_max_num_queries(40) as few:
        client.get("/my-path/")
    LicenceFactory.create_batch(4, holder=basic_member, licence_type=licence_type, status=Licence.Status.REVOKED)
    with django_assert_max_num_queries(len(few)):
        client.get("/my-path/")
