from unittest import mock

from django.db import DatabaseError


def test_healthz_reports_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_reports_unavailable_when_the_database_fails(client, db):
    with mock.patch("home.views.health.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"


def test_healthz_refuses_post(client, db):
    assert client.post("/healthz").status_code == 405
