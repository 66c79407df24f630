from community.bestpractice.models import Statement
from community.bestpractice.themes import Stance, Theme

PER_PAGE = 20
MAX_PAGE = 50


def statements(*, theme: str | None, stance: str | None, page: int) -> tuple[list[Statement], bool]:
    """Bounded pagination: at most MAX_PAGE pages of PER_PAGE."""
    queryset = Statement.objects.all()
    if theme in Theme.values:
        queryset = queryset.filter(theme=theme)
    if stance in Stance.values:
        queryset = queryset.filter(stance=stance)
    page = min(max(page, 1), MAX_PAGE)
    start = (page - 1) * PER_PAGE
    rows = list(queryset.order_by("theme", "-stance", "title", "id")[start : start + PER_PAGE + 1])
    return rows[:PER_PAGE], len(rows) > PER_PAGE


def linked_topics(*, statement: Statement, readable_category_ids: list[int]):
    """Only the threads the reader may open."""
    return statement.topics.listed().filter(category_id__in=readable_category_ids).only("id", "title")
