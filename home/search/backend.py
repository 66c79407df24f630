"""The search backend: Wagtail's database backend, with English stemming on both databases.

* PostgreSQL: the index and every query use PostgreSQL's ``english`` text-search configuration, so
  "bins" and "bin" (and "collections" and "collection") meet on the same lexeme. The index lives in
  modelsearch's ``IndexEntry`` table, which already carries GIN indexes on its tsvector columns.
  After changing the configuration, run ``manage.py update_index`` once so stored entries use it.
  Matching goes through those GIN indexes and only the newest matches are ranked
  (home/search/postgres_ranked.py).
* SQLite (development, tests): the FTS5 table modelsearch creates does not stem. As a documented
  fallback (home/search/sqlite_fallback.py) each query word is cut to the part it shares with its
  English stem (``snowballstemmer``) and matched as a word prefix: "bins" becomes ``"bin"*``, which
  matches "bin" and "bins" (and, being a prefix, also "binary": acceptable for development).
"""

from os.path import commonprefix

from django.db import connection
from modelsearch.backends import database as database_backends
from snowballstemmer import stemmer

ENGLISH = "english"
MIN_PREFIX = 3
_english_stemmer = stemmer("english")


def stemmed_prefixes(words: list[str]) -> list[str]:
    """The prefix the SQLite fallback matches for each word: the part the word shares with its English
    stem ("bins" -> "bin", "honesty" -> "honest", whose stem is "honesti"), or the whole word when
    that part would be shorter than three letters."""
    prefixes = []
    for word in (word.lower() for word in words if word):
        shared = commonprefix([word, _english_stemmer.stemWord(word)])
        prefixes.append(shared if len(shared) >= MIN_PREFIX else word)
    return prefixes


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    params = dict(params)
    if connection.vendor == "postgresql":
        params.setdefault("SEARCH_CONFIG", ENGLISH)
        # Imported only here: modelsearch's PostgreSQL modules need its PostgreSQL-only models.
        from home.search.postgres_ranked import TopRankedPostgresBackend

        return TopRankedPostgresBackend(params)
    backend = database_backends.SearchBackend(params)
    if connection.vendor == "sqlite" and database_backends.USE_SQLITE_FTS:
        # Imported only here: modelsearch's SQLite modules need its SQLite-only models.
        from home.search.sqlite_fallback import StemmedPrefixSQLiteBackend

        return StemmedPrefixSQLiteBackend(params)
    return backend
