import datetime

import factory
from django.utils import timezone

from community.factories import MemberFactory
from community.measures.models import SponsorReport


def at(day: datetime.date, hour: int = 12, minute: int = 0) -> datetime.datetime:
    """A moment on `day` in the site's time zone, for fixtures with hand-computed figures."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


class SponsorReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SponsorReport

    sponsor = factory.SubFactory(MemberFactory)
    month = factory.LazyFunction(lambda: timezone.localdate().replace(day=1))
