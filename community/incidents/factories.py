import datetime

import factory
from django.utils import timezone

from community.factories import MemberFactory, OfficialAccountFactory
from community.incidents.models import Incident, IncidentStep, Risk, Severity


class IncidentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Incident

    account = factory.SubFactory(OfficialAccountFactory)
    summary = factory.Sequence(lambda n: f"Wrong bin day posted ({n})")
    what_happened = "We posted the old collection calendar."
    happened_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=3))
    risk = Risk.REPUTATION
    severity = Severity.LOW
    reported_by = factory.SubFactory(MemberFactory)


class IncidentStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IncidentStep

    incident = factory.SubFactory(IncidentFactory)
    position = factory.Sequence(lambda n: n + 1)
    text = "Take the post down or correct it"
