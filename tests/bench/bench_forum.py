"""Forum at scale: a topic per four members of the scale, 19 posts each (5,000 topics and 95,000 posts at
BENCH_SCALE=20000; tests/bench/large_data.py adds the topic of 5,000 posts), by a tenth of the members."""

import datetime

from django.utils import timezone

POSTS_PER_TOPIC = 19
BENCH_PASSWORD_HASH = "md5$bench$0"


def seed(scale: int) -> None:
    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.bestpractice.models import Statement
    from community.forum.demo import category_fields
    from community.forum.models import Category, Post, Topic
    from community.models import Member

    categories = [
        Category.objects.get_or_create(slug=fields["slug"], defaults=fields)[0] for fields in category_fields()
    ]
    authors = Member.objects.bulk_create(
        Member(email=f"forum{i}@example.org", first_name="Forum", last_name=str(i), password=BENCH_PASSWORD_HASH)
        for i in range(max(scale // 10, 10))
    )
    now = timezone.now()
    topic_count = scale // 4
    topics = Topic.objects.bulk_create(
        (
            Topic(
                category=categories[i % 2],  # enthusiasts and corporate users: readable by the bench member
                title=f"Bench topic {i} about service alerts",
                author=authors[i % len(authors)],
                created_at=now - datetime.timedelta(minutes=i),
                last_activity_at=now - datetime.timedelta(minutes=i),
                reply_count=POSTS_PER_TOPIC - 1,
                opening_text="How do we word service alerts?",
            )
            for i in range(topic_count)
        ),
        batch_size=2000,
    )
    Post.objects.bulk_create(
        (
            Post(
                topic=topic,
                author=authors[(i + n) % len(authors)],
                is_opening=n == 0,
                body="Bench post",
                body_html="<p>Bench post</p>",
                created_at=now,
            )
            for i, topic in enumerate(topics)
            for n in range(POSTS_PER_TOPIC)
        ),
        batch_size=5000,
    )
    for category in categories[:2]:
        listed = Topic.objects.filter(category=category).count()
        Category.objects.filter(pk=category.pk).update(topic_count=listed, post_count=listed * POSTS_PER_TOPIC)
    Statement.objects.bulk_create(
        Statement(title=f"Bench statement {i}", stance="do", theme="style", explanation="Bench") for i in range(200)
    )


def pages() -> list[tuple[str, str | None]]:
    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.forum.models import Topic
    from community.forum.selectors import Cursor

    member = "forum0@example.org"
    readable = Topic.objects.filter(category__slug="enthusiasts")  # the bench member is Basic
    middle = readable.order_by("-last_activity_at", "-id")[readable.count() // 2]
    cursor = Cursor(last_activity_at=middle.last_activity_at, id=middle.pk).encode()
    return [
        ("/forum/", member),
        ("/forum/c/enthusiasts/", member),
        (f"/forum/c/enthusiasts/?after={cursor}", member),
        (f"/forum/t/{middle.pk}/", member),
        ("/notifications/", member),
        ("/best-practice/?theme=style&page=5", member),
        ("/search/?tag=alerts", member),
    ]
