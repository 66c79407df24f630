"""The SQLite half of home.search.backend: each query word is matched as a stemmed word prefix."""

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
from modelsearch.query import PlainText

from home.search.backend import stemmed_prefixes


class StemmedPrefixQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        stems = stemmed_prefixes(query.query_string.split())
        if not stems:
            return None
        lexemes = Lexeme(stems[0], prefix=True)
        for stem in stems[1:]:
            if query.operator.upper() == "AND":
                lexemes &= Lexeme(stem, prefix=True)
            else:
                lexemes |= Lexeme(stem, prefix=True)
        return SearchQueryExpression(lexemes, config=config)


class StemmedPrefixSQLiteBackend(SQLiteSearchBackend):
    query_compiler_class = StemmedPrefixQueryCompiler
