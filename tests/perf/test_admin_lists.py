"""Issue 14: no page above 15 queries. Admin lists whose rows name a member or a page read them with the rows:
the same queries with one row as with twelve, each row by a different member (or quiz)."""

import secrets

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from community.factories import MemberFactory
from community.privacy.models import ErasureLog
from community.sites.models import ApiToken, SiteListChange
from courses.licences.factories import LicenceTypeFactory
from courses.quizzes.factories import QuizPageFactory
from courses.quizzes.models import QuizPage
from tests.community.mfa_helpers import sign_in_with_totp

pytestmark = pytest.mark.django_db


def _site_list_change(n: int) -> None:
    SiteListChange.objects.create(site_name=f"Site {n}", changed_by=MemberFactory(), new_list="basic")


def _api_token(n: int) -> None:
    ApiToken.objects.create(
        name=f"Proxy {n}", token_hash=secrets.token_hex(32), prefix=f"p{n:07d}", created_by=MemberFactory()
    )


def _erasure(n: int) -> None:
    ErasureLog.objects.create(action=ErasureLog.Action.EXPORTED, member_number=n, by=MemberFactory(), basis="Asked")


def _licence_type(n: int) -> None:
    parent = QuizPage.objects.first().get_parent() if QuizPage.objects.exists() else None
    quiz = QuizPageFactory(parent=parent, title=f"Quiz {n}", slug=f"quiz-{n}") if parent else QuizPageFactory()
    LicenceTypeFactory(name=f"Licence {n}", quiz=quiz)


LISTS = {
    "sites_sitelistchange": _site_list_change,
    "sites_apitoken": _api_token,
    "privacy_erasurelog": _erasure,
    "licences_licencetype": _licence_type,
}


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("viewset", LISTS)
def test_the_list_costs_the_same_with_one_row_as_with_twelve(viewset):
    client = Client()
    sign_in_with_totp(client, MemberFactory(is_superuser=True))
    add = LISTS[viewset]
    url = reverse(f"wagtailsnippets_{viewset}:list")
    add(0)
    client.get(url)  # the first admin page of a session reads more: not counted
    one = _queries(client, url)
    for n in range(1, 12):
        add(n)
    client.get(url)  # a licence type's save forgets everyone's viewer facts: warm them again
    assert _queries(client, url) == one <= 15
