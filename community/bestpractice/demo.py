"""Demo best practice: about forty statements, from site/demo/bestpractice/statements.yaml; some link back to
the forum threads they grew from."""

from community.bestpractice.models import Statement
from community.bestpractice.themes import Stance, Theme
from community.demo_data import DemoModel, read
from community.forum.models import Topic
from community.models import Member

STATEMENTS_FILE = "bestpractice/statements.yaml"


class DemoStatement(DemoModel):
    title: str
    theme: Theme
    stance: Stance
    explanation: str
    topic: str | None = None


def load_statements(*, log) -> None:
    """Best practice statements."""
    statements = read(STATEMENTS_FILE, list[DemoStatement])
    champion = Member.objects.filter(email="champion@example.org").first()
    created_count = 0
    for entry in statements:
        statement, created = Statement.objects.get_or_create(
            title=entry.title,
            defaults={
                "theme": entry.theme,
                "stance": entry.stance,
                "explanation": entry.explanation,
                "created_by": champion,
            },
        )
        created_count += created
        topic = Topic.objects.filter(title=entry.topic).first() if entry.topic else None
        if topic is not None and created:
            statement.topics.add(topic)
            opening = topic.posts.filter(is_opening=False).order_by("id").first() or topic.posts.first()
            statement.posts.add(opening)
    log(f"{created_count} statements created, {len(statements) - created_count} already there")
