"""Demo best practice: about forty statements; some link back to the forum threads they grew from."""

from community.bestpractice.demo_content import STATEMENTS
from community.bestpractice.models import Statement
from community.forum.models import Topic
from community.models import Member


def load_statements(*, log) -> None:
    """Best practice statements."""
    champion = Member.objects.filter(email="champion@example.org").first()
    created_count = 0
    for theme, stance, title, explanation, topic_title in STATEMENTS:
        statement, created = Statement.objects.get_or_create(
            title=title, defaults={"theme": theme, "stance": stance, "explanation": explanation, "created_by": champion}
        )
        created_count += created
        topic = Topic.objects.filter(title=topic_title).first() if topic_title else None
        if topic is not None and created:
            statement.topics.add(topic)
            opening = topic.posts.filter(is_opening=False).order_by("id").first() or topic.posts.first()
            statement.posts.add(opening)
    log(f"{created_count} statements created, {len(STATEMENTS) - created_count} already there")
