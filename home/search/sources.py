"""What the one search page searches, each source limited to what the viewer may see.

Forum topics are filtered to the viewer's readable categories BEFORE the search runs, so a
restricted topic can never appear, not even as a count.
"""

import re
from dataclasses import dataclass

from wagtail.models import Page

from community.bestpractice.models import Statement
from community.forum.models import Topic
from community.forum.selectors import readable_category_ids
from courses.models import CoursePage, GuidelinePage, LessonPage

RESULTS_PER_SOURCE = 20
WORD = re.compile(r"\w+")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
PAGE_TYPES = {
    "course": (CoursePage, "Course"),
    "lesson": (LessonPage, "Lesson"),
    "guideline": (GuidelinePage, "Guidelines"),
}
KINDS = {
    **{key: label for key, (_, label) in PAGE_TYPES.items()},
    "bestpractice": "Best practice",
    "topic": "Forum topic",
}


@dataclass(frozen=True)
class Hit:
    kind: str
    title: str
    url: str
    summary: str = ""


def search_pages(*, query: str, key: str) -> list[Hit]:
    model, _ = PAGE_TYPES[key]
    if not query:
        return []
    results = Page.objects.live().public().type(model).search(query)[:RESULTS_PER_SOURCE]
    return [
        Hit(kind=KINDS[key], title=page.title, url=page.url or "", summary=getattr(page.specific, "summary", "") or "")
        for page in results
    ]


def search_best_practice(*, query: str) -> list[Hit]:
    if not query:
        return []
    results = Statement.objects.published().search(query)[:RESULTS_PER_SOURCE]
    return [
        Hit(
            kind=KINDS["bestpractice"],
            title=str(statement),
            url=statement.get_absolute_url(),
            summary=statement.explanation[:200],
        )
        for statement in results
    ]


def search_topics(*, user, query: str, tag: str) -> list[Hit]:
    readable = readable_category_ids(user=user)
    topics = Topic.objects.listed().filter(category_id__in=readable)
    if tag:
        tagged_ids = list(
            topics.filter(tags__name__iexact=tag).order_by("-last_activity_at").values_list("id", flat=True)[:500]
        )
        topics = Topic.objects.listed().filter(id__in=tagged_ids, category_id__in=readable)
        if not query:
            results = topics.order_by("-last_activity_at", "-id")[:RESULTS_PER_SOURCE]
            return [_topic_hit(topic) for topic in results]
    if not query:
        return []
    return [_topic_hit(topic) for topic in topics.search(query)[:RESULTS_PER_SOURCE]]


def _topic_hit(topic) -> Hit:
    return Hit(kind=KINDS["topic"], title=topic.title, url=topic.get_absolute_url(), summary=topic.opening_text[:200])


def searchable_words(query: str) -> str:
    """The query as plain words: the search backends build their own syntax from it, and a stray quote,
    bracket or NUL character from the search box must not break that syntax (or PostgreSQL)."""
    return " ".join(WORD.findall(query[:1000]))[:200].strip()


def searchable_tag(tag: str) -> str:
    return CONTROL_CHARACTERS.sub("", tag).strip()[:50]


def search_everything(*, user, query: str, kind: str, tag: str) -> list[Hit]:
    """Tag filtering applies to forum topics, the only tagged things."""
    query, tag = searchable_words(query), searchable_tag(tag)
    hits: list[Hit] = []
    if not tag:
        for key in PAGE_TYPES:
            if kind in ("", key):
                hits += search_pages(query=query, key=key)
        if kind in ("", "bestpractice"):
            hits += search_best_practice(query=query)
    if kind in ("", "topic"):
        hits += search_topics(user=user, query=query, tag=tag)
    return hits
