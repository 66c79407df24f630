import datetime

import factory
from django.utils import timezone

from community.factories import MemberFactory
from community.roles import Role
from community.workshops.models import Placing, Workshop, WorkshopStatement


class WorkshopFactory(factory.django.DjangoModelFactory):
    """An open workshop, closing in three days, run by a champion."""

    class Meta:
        model = Workshop

    question = factory.Sequence(lambda n: f"What should our services do with social media? ({n})")
    themes = factory.LazyFunction(lambda: ["policy", "style"])
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=3))
    created_by = factory.SubFactory(MemberFactory, roles=(Role.CHAMPION,))


class WorkshopStatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkshopStatement

    workshop = factory.SubFactory(WorkshopFactory)
    text = factory.Sequence(lambda n: f"Statement {n}")
    theme = "policy"
    author = factory.SubFactory(MemberFactory)


class PlacingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Placing

    statement = factory.SubFactory(WorkshopStatementFactory)
    member = factory.SubFactory(MemberFactory)
    position = 1
