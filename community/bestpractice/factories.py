import factory

from community.bestpractice.models import Statement
from community.bestpractice.themes import Stance, Theme


class StatementFactory(factory.django.DjangoModelFactory):
    """A published statement; `StatementFactory(status=Statement.Status.DRAFT)` for a draft."""

    class Meta:
        model = Statement

    title = factory.Sequence(lambda n: f"Statement number {n}")
    stance = Stance.DO
    theme = Theme.STYLE
    explanation = "Because it helps the people we serve."
    status = Statement.Status.PUBLISHED
