import re

from community.bestpractice.models import MAX_TITLE, Statement
from community.bestpractice.themes import Stance, Theme
from community.forum.access import readable_by_every_member
from community.forum.services.mentions import readable_post

PER_PAGE = 20
MAX_PAGE = 50
MAX_DRAFTS_SHOWN = 50
SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def statements(*, theme: str | None, stance: str | None, page: int) -> tuple[list[Statement], bool]:
    """Published statements only. Bounded pagination: at most MAX_PAGE pages of PER_PAGE."""
    queryset = Statement.objects.published()
    if theme in Theme.values:
        queryset = queryset.filter(theme=theme)
    if stance in Stance.values:
        queryset = queryset.filter(stance=stance)
    page = min(max(page, 1), MAX_PAGE)
    start = (page - 1) * PER_PAGE
    rows = list(queryset.order_by("theme", "-stance", "title", "id")[start : start + PER_PAGE + 1])
    return rows[:PER_PAGE], len(rows) > PER_PAGE


HOME_STATEMENTS = 3


def newest_statements(*, limit: int = HOME_STATEMENTS) -> list[Statement]:
    """The newest published statements, for the home page: one query on the `bestpractice_drafts` index."""
    return list(
        Statement.objects.published()
        .only("id", "title", "stance", "theme", "created_at")
        .order_by("-created_at", "-id")[:limit]
    )


def drafts() -> list[Statement]:
    """The drafts waiting to be published, newest first (for champions only: the view checks)."""
    return list(Statement.objects.drafts().order_by("-created_at", "-id")[:MAX_DRAFTS_SHOWN])


def linked_topics(*, statement: Statement, readable_category_ids: list[int]):
    """Only the threads the reader may open."""
    return statement.topics.listed().filter(category_id__in=readable_category_ids).only("id", "title")


def from_restricted_category(*, statement: Statement) -> bool:
    """Whether any thread it grew from is in a category that not every member may read."""
    return any(
        not readable_by_every_member(topic.category) for topic in statement.topics.select_related("category")[:20]
    )


def _first_sentence(text: str) -> str:
    first = SENTENCE_END.split(text.split("\n", 1)[0], 1)[0].strip()
    if len(first) <= MAX_TITLE:
        return first
    return first[: MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def promotion_initial(*, post) -> dict[str, str]:
    """What the promotion form starts with: the post's words as plain text, its first sentence as the title."""
    text = readable_post(post.body)
    return {"title": _first_sentence(text), "stance": Stance.DO, "explanation": text}
