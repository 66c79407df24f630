"""While the database is unreachable, pages answer 503 with a short page and Retry-After, never 500."""

import pytest
from django.db import connections
from django.test import Client

from community.outage import server_error
from tests.ports import free_port


@pytest.fixture
def database_down(django_db_blocker, tmp_path):
    """The default connection points at a database that is not there: a closed port, or no file."""
    original = connections["default"]
    unreachable = dict(original.settings_dict, HOST="127.0.0.1", PORT=free_port())
    if original.vendor == "sqlite":
        unreachable["NAME"] = str(tmp_path / "no-such-folder" / "postwise.sqlite3")
    with django_db_blocker.unblock():
        connections["default"] = original.__class__(unreachable, "default")
        yield
        connections["default"].close()
        connections["default"] = original


def assert_unavailable_page(response) -> None:
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Sorry, the service is unavailable" in response.content.decode()


def test_a_page_answers_503_while_the_database_is_down(database_down):
    assert_unavailable_page(Client(raise_request_exception=False).get("/"))


def test_a_failure_outside_the_view_also_answers_503(database_down):
    # The admin's middleware reads the session and member before any view runs.
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "a" * 32
    assert_unavailable_page(client.get("/admin/"))


def test_other_errors_still_get_the_500_page(rf):
    try:
        raise ValueError("not a database problem")
    except ValueError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "problem with the service" in response.content.decode()
