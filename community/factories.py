import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from community.models import Member, OfficialAccount
from community.roles import Role


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    department = "Libraries"
    password = factory.django.Password("postwise-test-pass")

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)

    @factory.post_generation
    def roles(self, create, extracted: tuple[Role, ...] | None, **kwargs):
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=[role.value for role in extracted]))


class OfficialAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OfficialAccount
        skip_postgeneration_save = True

    platform = OfficialAccount.Platform.MASTODON
    handle = factory.Sequence(lambda n: f"@service{n}@social.example.org")
    purpose = "Service updates for residents."
    status = OfficialAccount.Status.APPROVED

    @factory.post_generation
    def managers(self, create, extracted, **kwargs):
        if create and extracted:
            self.managers.add(*extracted)
