"""Search matches word forms: "bins" finds "bin collection" on both databases.

On PostgreSQL (CI's PostgreSQL pass) the English text-search configuration stems both sides; on
SQLite the documented fallback stems the query and matches it as a word prefix.
"""

import pytest
from django.db import connection
from django.urls import reverse

from community.forum.factories import TopicFactory, enthusiasts
from home.search.backend import stemmed_prefixes


@pytest.fixture
def bin_topic(db):
    return TopicFactory(
        category=enthusiasts(),
        title="Changes to the bin collection calendar",
        opening_text="Residents ask about recycling days.",
    )


@pytest.mark.parametrize("query", ["bins", "bin", "collections", "Bins collected"])
def test_word_forms_find_the_bin_collection_topic(client, basic_member, bin_topic, query):
    client.force_login(basic_member)
    html = client.get(reverse("home:search"), {"q": query}).content.decode()
    assert "Changes to the bin collection calendar" in html, (connection.vendor, query)


def test_unrelated_words_do_not_match(client, basic_member, bin_topic):
    client.force_login(basic_member)
    html = client.get(reverse("home:search"), {"q": "hashtags"}).content.decode()
    assert "Changes to the bin collection calendar" not in html


def test_search_uses_the_english_configuration_on_postgresql(db):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    if connection.vendor == "postgresql":
        assert backend.config == "english"
    else:
        assert type(backend).__name__ == "StemmedPrefixSQLiteBackend"


def test_sqlite_fallback_stems_query_words():
    assert stemmed_prefixes(["Bins", "collections", "running", "honesty", "is"]) == [
        "bin",
        "collect",
        "run",
        "honest",
        "is",
    ]
