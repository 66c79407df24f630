import datetime

import factory
from django.utils import timezone

from community.factories import MemberFactory
from courses.licences.models import Licence, LicenceType


class LicenceTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LicenceType
        django_get_or_create = ("name",)

    name = "Corporate user licence"
    validity_months = 12
    renewal_window_days = 30


class LicenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Licence

    holder = factory.SubFactory(MemberFactory)
    licence_type = factory.SubFactory(LicenceTypeFactory)
    status = Licence.Status.ACTIVE
    issued_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    expires_on = factory.LazyAttribute(lambda licence: licence.issued_on + datetime.timedelta(days=365))
