"""The load benchmark's data: the demo content, then the bench modules' bulk rows, then what they leave out.

`seed(scale)` runs after `load_demo_content` in the bench's own database. At scale 20,000 (the issue's
large size) it adds 20,000 members; 30 courses of 10 lessons; 200,000 quiz attempts; 5,000 topics with
100,000 posts, one topic of them with 5,000; 2,000 notifications for four members (the demo Basic member
among them); 1,000 official accounts and 50,000 hub items. Every row goes in with bulk_create (pages go
through Wagtail's tree); then the derived fields the bulk inserts cannot keep are put right in a few UPDATEs:
each topic's last_post_id and reply_count, each category's stored counts, and each member's stored
unread-notification count.
"""

import datetime

from django.db.models import Count, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from tests.bench.run import bench_modules

BENCH_PASSWORD_HASH = "md5$bench$0"
NEWSTARTER = "newstarter@example.org"


def seed(scale: int) -> dict[str, str]:
    """Seed at `scale` members; returns the addresses the load test visits that depend on the data."""
    for module in bench_modules():
        module.seed(scale)
    big_topic = _big_topic(posts=max(scale // 4, 200))  # its opening post included
    _notifications(
        count=max(scale // 10, 100),
        members=[NEWSTARTER, "forum1@example.org", "forum2@example.org", "forum3@example.org"],
    )
    _hub_items(count=max(scale * 5 // 2, 500))
    fix_derived_fields()
    return {"big_topic": str(big_topic.pk)}


def _big_topic(*, posts: int):
    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.forum.models import Category, Post, Topic
    from community.models import Member

    category = Category.objects.get(slug="enthusiasts")
    author = Member.objects.get(email=NEWSTARTER)
    now = timezone.now()
    topic = Topic.objects.create(
        category=category,
        title="Bench: the long thread about service alerts",
        author=author,
        created_at=now - datetime.timedelta(days=30),
        last_activity_at=now,
        opening_text="Share your service alert wording.",
    )
    authors = list(Member.objects.values_list("pk", flat=True)[:200])
    Post.objects.bulk_create(
        (
            Post(
                topic=topic,
                author_id=authors[n % len(authors)],
                is_opening=n == 0,
                body=f"Reply {n} about service alerts",
                body_html=f"<p>Reply {n} about service alerts</p>",
                created_at=now - datetime.timedelta(minutes=posts - n),
            )
            for n in range(posts)
        ),
        batch_size=5000,
    )
    return topic


def _notifications(*, count: int, members: list[str]) -> None:
    """`count` notifications shared among `members`: replies in readable topics, and licence news."""
    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.forum.models import Post, Topic
    from community.models import Member
    from community.notifications.models import Notification

    each = count // len(members)
    readable = Topic.objects.filter(category__slug="enthusiasts").values_list("pk", flat=True)[:each]
    posts = dict(Post.objects.filter(topic_id__in=list(readable), is_opening=True).values_list("topic_id", "pk"))
    for member in Member.objects.filter(email__in=members):
        Notification.objects.bulk_create(
            (
                Notification(recipient=member, kind=Notification.Kind.REPLY, topic_id=topic_id, post_id=post_id)
                for topic_id, post_id in posts.items()
            ),
            batch_size=2000,
            ignore_conflicts=True,
        )
        Notification.objects.bulk_create(
            Notification(recipient=member, kind=Notification.Kind.LICENCE_SUSPENDED, message=f"Bench news {n}")
            for n in range(max(each - len(posts), 0))
        )


def _hub_items(*, count: int) -> None:
    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.hub.models import FeedItem
    from community.models import OfficialAccount

    accounts = list(OfficialAccount.objects.values_list("pk", flat=True)[:1000])
    if not accounts:
        return
    now = timezone.now()
    FeedItem.objects.bulk_create(
        (
            FeedItem(
                account_id=accounts[n % len(accounts)],
                key=f"bench-{n}",
                link=f"https://social.example.org/@bench/{n}",
                title=f"Bench post {n}",
                summary_html="<p>Bench</p>",
                published_at=now - datetime.timedelta(minutes=n),
            )
            for n in range(count)
        ),
        batch_size=5000,
        ignore_conflicts=True,
    )


def fix_derived_fields() -> None:
    """What bulk inserts skip: each topic's newest visible post and reply count, each category's counts,
    each member's unread notifications. Set with one UPDATE each, from the rows themselves."""
    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.forum.models import Category, Post, Topic
    from community.models import Member
    from community.notifications.models import Notification

    visible = Post.objects.filter(topic=OuterRef("pk"), status=Post.Status.PUBLISHED, is_hidden=False)
    Topic.objects.update(
        last_post_id=Coalesce(Subquery(visible.values("topic").annotate(m=Max("id")).values("m")[:1]), 0),
        reply_count=Coalesce(Subquery(visible.values("topic").annotate(n=Count("id")).values("n")[:1]), 1) - 1,
    )
    listed = Topic.objects.listed().filter(category=OuterRef("pk"))
    Category.objects.update(
        topic_count=Coalesce(Subquery(listed.values("category").annotate(n=Count("id")).values("n")[:1]), 0),
        post_count=Coalesce(
            Subquery(
                Post.objects.filter(topic__category=OuterRef("pk"), status=Post.Status.PUBLISHED, is_hidden=False)
                .values("topic__category")
                .annotate(n=Count("id"))
                .values("n")[:1]
            ),
            0,
        ),
    )
    unread = Notification.objects.filter(recipient=OuterRef("pk"), read_at__isnull=True)
    Member.objects.update(
        unread_notification_count=Coalesce(
            Subquery(unread.values("recipient").annotate(n=Count("id")).values("n")[:1]), 0
        )
    )
