"""The access matrix for the admin views that issue 18 added or put to use: the question bank's import
and export, and the reviewed snippets' history, comparison, revert, preview and workflow views, for all
seven roles. Role holders sign in with TOTP, as the admin requires; without it they are sent to set it up
(the last test)."""

from dataclasses import dataclass

import pytest
from django.urls import reverse
from wagtail.models import Page, Site

from community.factories import MemberFactory
from community.models import OrganisationSettings
from community.roles import Role
from courses.factories import CourseIndexPageFactory, CoursePageFactory
from courses.licences.factories import LicenceTypeFactory
from courses.models import CourseIndexPage
from courses.quizzes.factories import QuestionFactory, QuizPageFactory
from courses.quizzes.models import Question
from tests.community.mfa_helpers import sign_in_with_totp
from tests.conftest import ROLE_NAMES

pytestmark = pytest.mark.django_db

ROLE_HOLDERS = ("champion", "coordinator", "techsupport")

# Outcomes of a GET, by role in ROLE_NAMES order. Anyone without a role goes to the admin's login, which
# sends them on to allauth's or to the "admin refused" page (tests/community/test_admin_mfa.py); a role
# holder whom the view refuses goes back to the dashboard with Wagtail's "no permission" message.
ADMIN_LOGIN, DASHBOARD, OK = "/admin/login/", "/admin/", 200
CHAMPIONS_ONLY = (ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, OK, DASHBOARD, DASHBOARD)


@dataclass
class AdminWorld:
    question: Question
    first_revision_id: int
    task_state_id: int
    licence_type_id: int


@pytest.fixture
def world(db) -> AdminWorld:
    """A live question whose edit another champion has submitted to "Licence review", and a licence type."""
    question = QuestionFactory(text="Whose consent do you need?")
    first_revision_id = question.latest_revision_id
    author = MemberFactory(email="author@example.org", roles=(Role.CHAMPION,))
    question.text = "Whose written consent do you need?"
    question.save_revision(user=author)
    Question.get_default_workflow().start(question, author)
    question = Question.objects.get(pk=question.pk)
    index = CourseIndexPage.objects.first() or CourseIndexPageFactory(parent=Page.objects.get(depth=2))
    quiz = QuizPageFactory(parent=CoursePageFactory(parent=index), title="Licence quiz")
    return AdminWorld(
        question=question,
        first_revision_id=first_revision_id,
        task_state_id=question.current_workflow_task_state.pk,
        licence_type_id=LicenceTypeFactory(quiz=quiz).pk,
    )


def snippet(model: str, name: str):
    return lambda w, *args: reverse(f"wagtailsnippets_{model}:{name}", args=args)


Q = "quizzes_question"
# Every view is a champion's: `courses.author` in the permissions rules.
ROWS = {
    "import": lambda w: reverse("quizzes_admin:import"),
    "export": lambda w: reverse("quizzes_admin:export", args=[w.question.pool_id]),
    "question edit": lambda w: snippet(Q, "edit")(w, w.question.pk),
    "question history": lambda w: snippet(Q, "history")(w, w.question.pk),
    "question preview of the submitted revision": lambda w: snippet(Q, "revisions_view")(
        w, w.question.pk, w.question.latest_revision_id
    ),
    "question compare": lambda w: snippet(Q, "revisions_compare")(
        w, w.question.pk, w.first_revision_id, w.question.latest_revision_id
    ),
    "question revert": lambda w: snippet(Q, "revisions_revert")(w, w.question.pk, w.first_revision_id),
    "question workflow history": lambda w: snippet(Q, "workflow_history")(w, w.question.pk),
    "question approve (form)": lambda w: snippet(Q, "workflow_action")(w, w.question.pk, "approve", w.task_state_id),
    "pool history": lambda w: snippet("quizzes_questionpool", "history")(w, w.question.pool_id),
    "licence type history": lambda w: snippet("licences_licencetype", "history")(w, w.licence_type_id),
    "licence type edit": lambda w: snippet("licences_licencetype", "edit")(w, w.licence_type_id),
}


def signed_in(client_for_role, member_for_role, role):
    client = client_for_role(role)
    if role in ROLE_HOLDERS:
        sign_in_with_totp(client, member_for_role(role))
    return client


def outcome(response):
    if response.status_code == 302:
        return response["Location"].split("?")[0]
    return response.status_code


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_each_view_for_each_role(world, client_for_role, member_for_role, role):
    client = signed_in(client_for_role, member_for_role, role)
    expected = CHAMPIONS_ONLY[ROLE_NAMES.index(role)]
    found = {name: outcome(client.get(url(world))) for name, url in ROWS.items()}
    assert {name: got for name, got in found.items() if got != expected} == {}, f"{role}: expected {expected}"
    assert len(CHAMPIONS_ONLY) == len(ROLE_NAMES)


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_only_another_champion_approves_by_post(world, client_for_role, member_for_role, role):
    """The approval itself, POSTed to the workflow action view: the champion here is not the author."""
    client = signed_in(client_for_role, member_for_role, role)
    url = ROWS["question approve (form)"](world)
    response = client.post(url, {"comment": ""})
    question = Question.objects.get(pk=world.question.pk)
    if role == "champion":
        assert response.status_code == 302
        assert question.text == "Whose written consent do you need?" and not question.workflow_in_progress
    else:
        assert outcome(response) == CHAMPIONS_ONLY[ROLE_NAMES.index(role)]
        assert question.text == "Whose consent do you need?" and question.workflow_in_progress


@pytest.mark.parametrize("role", ROLE_HOLDERS)
def test_role_holders_without_totp_are_sent_to_set_it_up(world, client, member_for_role, role):
    client.force_login(member_for_role(role))
    for name, url in ROWS.items():
        response = client.get(url(world))
        assert response.status_code == 302 and response["Location"].startswith("/accounts/2fa/totp/activate/"), name


# The organisation's name and colours (a site setting, now in the kernel app): the site administrator's alone
# (tests/home/test_admin_branding.py edits it as the superuser); no role's group holds its permission.
ADMINISTRATOR_ONLY = (ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, DASHBOARD, DASHBOARD, DASHBOARD)


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_the_organisation_settings_for_each_role(client_for_role, member_for_role, role):
    client = signed_in(client_for_role, member_for_role, role)
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["community", "organisationsettings", site.pk])
    expected = ADMINISTRATOR_ONLY[ROLE_NAMES.index(role)]
    assert outcome(client.get(url)) == expected
    assert (
        outcome(
            client.post(
                url,
                {
                    "organisation_name": "Taken over",
                    "service_name": "Taken over",
                    "brand_colour": "#000000",
                    "support_email": "x@example.org",
                },
            )
        )
        == expected
    )
    assert OrganisationSettings.for_site(site).organisation_name != "Taken over"
