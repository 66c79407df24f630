import factory

from community.factories import MemberFactory
from community.models import OfficialAccount
from community.registers.models import Application


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    applicant = factory.SubFactory(MemberFactory)
    status = Application.Status.SUBMITTED
    platform = OfficialAccount.Platform.INSTAGRAM
    name = factory.Sequence(lambda n: f"Service {n}")
    handle = factory.Sequence(lambda n: f"@service{n}")
    department = "Leisure"
    why_needed = "Residents ask about this service every day."
    why_not_existing = "The main account cannot keep up."
    audience = "Residents who use the service."
    goals = "Fewer phone calls."
    time_and_resources = "Two hours a week."
    success_measures = "Calls per month."
