"""The PostgreSQL half of home.search.backend: matches through the GIN indexes, ranks only the top N.

modelsearch's PostgreSQL compiler filters on ``(title || body) @@ query``. The concatenation is a new
tsvector, so neither GIN index (one on ``title``, one on ``body``) can serve it: every index entry of
the model is read and matched, then ``ts_rank`` runs for every match before sorting. Here the match is
``title @@ query OR body @@ query`` (a BitmapOr of the two GIN index scans), the newest
RANKED_CANDIDATES matches are kept, and only those are ranked. Relevance order within them is the same
as modelsearch's; a match older than the newest RANKED_CANDIDATES is not listed (every source shows 20).
"""

from django.db.models import Q
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend, PostgresSearchQueryCompiler
from modelsearch.query import Fuzzy, MatchAll, Not

RANKED_CANDIDATES = 500


class TopRankedQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if self.fields is not None or not self.order_by_relevance or isinstance(self.query, (MatchAll, Not, Fuzzy)):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:
            return self.queryset.none()
        matches = self.queryset.filter(Q(index_entries__title=search_query) | Q(index_entries__body=search_query))
        candidates = matches.order_by("-pk").values("pk")[:RANKED_CANDIDATES]
        ranked = self.queryset.filter(pk__in=candidates)
        rank_expression = self._build_rank_expression(self.get_index_vectors(search_query), config)
        return self._apply_ordering_and_scoring(ranked, rank_expression, start, stop, score_field)


class TopRankedPostgresBackend(PostgresSearchBackend):
    query_compiler_class = TopRankedQueryCompiler
