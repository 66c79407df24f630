"""Reads for the forum. Every list starts from the categories the viewer may read."""

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import OuterRef, Prefetch, Q, QuerySet, Subquery
from taggit.models import TaggedItem

from community.forum.access import may_read_category, may_reply_in_category, may_start_in_category
from community.forum.models import Category, Flag, Post, ReadMark, Topic
from community.forum.models.category import CATEGORY_RULES_KEY
from community.models import Member
from community.viewer import facts_for

TOPICS_PER_PAGE = 25
POSTS_PER_PAGE = 50
FLAGS_PER_PAGE = 25
MAX_PINNED = 5
CATEGORY_RULES_SECONDS = 300
READABLE_IDS_ATTRIBUTE = "_postwise_readable_category_ids"


def readable_categories(*, user) -> list[Category]:
    """One query: there are few categories, and the rule is applied in Python."""
    viewer = facts_for(user)
    return [category for category in Category.objects.all() if may_read_category(viewer, category)]


@dataclass(frozen=True)
class CategoryRule:
    """What deciding readability needs of a category: no stored counts, so it stays right while cached."""

    pk: int
    read_level: int | None
    read_roles: list[str]


def category_rules() -> list[CategoryRule]:
    """Every category's read rule, from the cache (Category.save and delete clear it; a short expiry is a
    safety net for per-process caches). No query on a warm cache."""
    rules = cache.get(CATEGORY_RULES_KEY)
    if rules is None:
        rules = [CategoryRule(*row) for row in Category.objects.values_list("pk", "read_level", "read_roles")]
        cache.set(CATEGORY_RULES_KEY, rules, CATEGORY_RULES_SECONDS)
    return rules


def readable_category_ids(*, user) -> list[int]:
    """Computed once per request: kept on the user object, beside the viewer's facts (forget_facts clears it)."""
    cached = getattr(user, READABLE_IDS_ATTRIBUTE, None)
    if cached is not None:
        return cached
    viewer = facts_for(user)
    ids = [rule.pk for rule in category_rules() if may_read_category(viewer, rule)]
    if user is not None:
        setattr(user, READABLE_IDS_ATTRIBUTE, ids)
    return ids


def category_abilities(*, user, category: Category) -> dict[str, bool]:
    viewer = facts_for(user)
    return {"start": may_start_in_category(viewer, category), "reply": may_reply_in_category(viewer, category)}


@dataclass(frozen=True)
class Cursor:
    last_activity_at: datetime
    id: int

    def encode(self) -> str:
        raw = f"{self.last_activity_at.isoformat()}|{self.id}".encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, value: str | None) -> "Cursor | None":
        if not value:
            return None
        try:
            raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
            stamp, pk = raw.split("|")
            moment = datetime.fromisoformat(stamp)
            if moment.tzinfo is None:
                return None
            # A moment that cannot be expressed in UTC (year 1 at +14:00) would overflow in the database layer.
            moment.astimezone(UTC)
            return cls(last_activity_at=moment, id=int(pk))
        except (ValueError, OverflowError, binascii.Error, UnicodeDecodeError):
            return None


@dataclass(frozen=True)
class TopicPage:
    topics: list[Topic]
    next_cursor: str | None


def _with_reader_marks(queryset: QuerySet, *, user) -> QuerySet:
    queryset = queryset.select_related("category", "author").only(
        "id",
        "title",
        "excerpt",
        "category__name",
        "category__slug",
        "author__first_name",
        "author__last_name",
        "author__email",
        "author__avatar",
        "author_id",
        "created_at",
        "last_activity_at",
        "last_post_id",
        "reply_count",
        "is_pinned",
        "is_locked",
        "is_hidden",
        "awaiting_approval",
        "accepted_post_id",
    )
    if getattr(user, "is_authenticated", False):
        marks = ReadMark.objects.filter(member=user, topic=OuterRef("pk")).values("last_read_post_id")[:1]
        queryset = queryset.annotate(read_up_to=Subquery(marks))
    return queryset


def topic_page(
    *, user, category_ids: list[int], cursor: Cursor | None = None, per_page: int = TOPICS_PER_PAGE
) -> TopicPage:
    """Keyset pagination by (last_activity_at, id), newest first: no OFFSET, cost independent of depth."""
    queryset = _with_reader_marks(Topic.objects.listed().filter(category_id__in=category_ids), user=user)
    rows, next_cursor = _newest_first(queryset, field="last_activity_at", cursor=cursor, per_page=per_page)
    return TopicPage(topics=with_tag_names(rows), next_cursor=next_cursor)


def with_tag_names(topics: list[Topic]) -> list[Topic]:
    """Sets `tag_names` (sorted) on each topic of a list, in one query. A listing reads the names only, and
    taggit's prefetch costs several times as much CPU as the query itself (a manager and a queryset per row)."""
    if not topics:
        return topics
    content_type = ContentType.objects.get_for_model(Topic)
    names: dict[int, list[str]] = {topic.pk: [] for topic in topics}
    tagged = TaggedItem.objects.filter(content_type=content_type, object_id__in=names).order_by("tag__name")
    for topic_id, name in tagged.values_list("object_id", "tag__name"):
        names[topic_id].append(name)
    for topic in topics:
        topic.tag_names = names[topic.pk]
    return topics


def _newest_first(queryset: QuerySet, *, field: str, cursor: Cursor | None, per_page: int) -> tuple[list, str | None]:
    """One keyset page by (field, id), newest first, and the cursor for the next page (None at the end)."""
    if cursor is not None:
        queryset = queryset.filter(
            Q(**{f"{field}__lt": cursor.last_activity_at}) | Q(**{field: cursor.last_activity_at, "id__lt": cursor.id})
        )
    rows = list(queryset.order_by(f"-{field}", "-id")[: per_page + 1])
    if len(rows) <= per_page:
        return rows, None
    rows = rows[:per_page]
    return rows, Cursor(last_activity_at=getattr(rows[-1], field), id=rows[-1].id).encode()


def pinned_topics(*, user, category_ids: list[int]) -> list[Topic]:
    queryset = Topic.objects.listed().filter(category_id__in=category_ids, is_pinned=True)
    return with_tag_names(
        list(_with_reader_marks(queryset, user=user).order_by("-last_activity_at", "-id")[:MAX_PINNED])
    )


def posts_for(*, user, topic: Topic, moderator: bool, after_id: int = 0, per_page: int = POSTS_PER_PAGE) -> list[Post]:
    """Keyset by id. Readers see published, visible posts (and their own pending ones)."""
    queryset = Post.objects.filter(topic=topic, id__gt=after_id).select_related("author")
    if not moderator:
        own_pending = Q(author_id=getattr(user, "pk", None), status=Post.Status.PENDING)
        queryset = queryset.filter(Q(status=Post.Status.PUBLISHED, is_hidden=False) | own_pending)
    return list(queryset.order_by("id")[: per_page + 1])


def approval_queue(*, limit: int = 50) -> list[Post]:
    return list(
        Post.objects.filter(status=Post.Status.PENDING)
        .select_related("topic__category", "author")
        .order_by("id")[:limit]
    )


@dataclass(frozen=True)
class FlaggedPage:
    posts: list[Post]
    next_cursor: str | None


def flagged_posts(*, cursor: Cursor | None = None, per_page: int = FLAGS_PER_PAGE) -> FlaggedPage:
    """Posts with open flags, most recently flagged first, each with its open flags (`post.open_flags`).

    Filters and sorts on the stored `open_flag_count` and `last_flagged_at` (a partial index), with
    keyset pagination by (last_flagged_at, id): two queries whatever the size of the forum.
    """
    open_flags = Prefetch(
        "flags",
        queryset=Flag.objects.filter(resolved_at__isnull=True).select_related("flagged_by").order_by("-created_at"),
        to_attr="open_flags",
    )
    queryset = (
        Post.objects.filter(open_flag_count__gt=0)
        .select_related("topic__category", "author")
        .prefetch_related(open_flags)
    )
    rows, next_cursor = _newest_first(queryset, field="last_flagged_at", cursor=cursor, per_page=per_page)
    return FlaggedPage(posts=rows, next_cursor=next_cursor)


MEMBER_SUGGESTIONS = 8
_HANDLE_CHARACTERS = re.compile(r"[^a-z0-9._-]")


def member_suggestions(*, typed: str, limit: int = MEMBER_SUGGESTIONS) -> list[dict[str, str]]:
    """Members whose handle (the part of their email before the @) or name starts with what was typed.

    At most `limit` rows; anything but handle characters is dropped, so the query is always a plain prefix."""
    prefix = _HANDLE_CHARACTERS.sub("", typed.lstrip("@").lower())[:60]
    if not prefix:
        return []
    members = (
        Member.objects.filter(is_active=True)
        .filter(Q(email__istartswith=prefix) | Q(first_name__istartswith=prefix) | Q(last_name__istartswith=prefix))
        .only("email", "first_name", "last_name")
        .order_by("email")[:limit]
    )
    return [{"handle": member.email.split("@")[0], "name": member.display_name} for member in members]


WAITING_COUNT_KEY = "forum:waiting-for-approval"
# A safety net for per-process caches; a shared cache (Redis) is also cleared on every change.
WAITING_COUNT_SECONDS = 60


def waiting_for_approval_count() -> int:
    """Posts waiting for a moderator, for the navigation. Kept in the cache, so pages pay no query for it
    except the first after a change."""
    count = cache.get(WAITING_COUNT_KEY)
    if count is None:
        count = Post.objects.filter(status=Post.Status.PENDING).count()
        cache.set(WAITING_COUNT_KEY, count, WAITING_COUNT_SECONDS)
    return count


# The signed-in home page -------------------------------------------------------------------------------------

HOME_TOPICS = 5
HOME_QUEUE_ITEMS = 3


def latest_topics(*, user, limit: int = HOME_TOPICS) -> list[Topic]:
    """The most recently active listed topics in categories the user may read, each with `read_up_to` (the
    reader's high-water mark, for unread markers): one query, on the `forum_topic_recent` index."""
    queryset = Topic.objects.listed().filter(category_id__in=readable_category_ids(user=user))
    return list(_with_reader_marks(queryset, user=user).order_by("-last_activity_at", "-id")[:limit])


@dataclass(frozen=True)
class ModerationQueue:
    flagged_count: int
    waiting_count: int
    flagged: list[Post]


def moderation_queue(*, limit: int = HOME_QUEUE_ITEMS) -> ModerationQueue:
    """What waits for a champion: posts with open flags (counted on the partial index, the newest few with their
    topics) and posts held for approval (the cached count). Two queries, however many there are."""
    flagged = Post.objects.filter(open_flag_count__gt=0)
    newest = list(
        flagged.select_related("topic")
        .only("id", "topic__id", "topic__title", "open_flag_count", "last_flagged_at")
        .order_by("-last_flagged_at", "-id")[:limit]
    )
    return ModerationQueue(flagged_count=flagged.count(), waiting_count=waiting_for_approval_count(), flagged=newest)
