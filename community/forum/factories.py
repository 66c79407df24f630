import factory
from django.db.models import F
from django.utils import timezone

from community.factories import MemberFactory
from community.forum.markdown import render_markdown
from community.forum.models import Category, Post, Topic
from community.forum.models.topic import excerpt_of
from community.levels import Level
from community.roles import Role


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    description = "A place to talk."


def enthusiasts(**kwargs) -> Category:
    return CategoryFactory(name="Enthusiasts", slug="enthusiasts", **kwargs)


def corporate_users() -> Category:
    return CategoryFactory(
        name="Corporate users",
        slug="corporate-users",
        read_level=Level.CORPORATE_USER,
        start_level=Level.CORPORATE_USER,
        reply_level=Level.CORPORATE_USER,
        start_roles=[Role.CHAMPION.value],
        reply_roles=[Role.CHAMPION.value],
    )


def account_managers() -> Category:
    return CategoryFactory(
        name="Account managers",
        slug="account-managers",
        read_level=Level.ACCOUNT_MANAGER,
        read_roles=[Role.COORDINATOR.value],
        start_level=Level.ACCOUNT_MANAGER,
        start_roles=[Role.COORDINATOR.value],
        reply_level=Level.ACCOUNT_MANAGER,
        reply_roles=[Role.COORDINATOR.value],
    )


def champions_only() -> Category:
    return CategoryFactory(
        name="Champions",
        slug="champions",
        read_level=None,
        read_roles=[Role.CHAMPION.value],
        start_level=None,
        start_roles=[Role.CHAMPION.value],
        reply_level=None,
        reply_roles=[Role.CHAMPION.value],
    )


def announcements() -> Category:
    return CategoryFactory(
        name="Announcements",
        slug="announcements",
        read_level=Level.BASIC,
        start_level=None,
        start_roles=[Role.CHAMPION.value],
        reply_level=None,
        reply_roles=[Role.CHAMPION.value],
    )


class TopicFactory(factory.django.DjangoModelFactory):
    """A listed topic with its opening post; counts kept as the services would keep them."""

    class Meta:
        model = Topic
        skip_postgeneration_save = True

    category = factory.SubFactory(CategoryFactory)
    title = factory.Sequence(lambda n: f"Topic number {n}")
    author = factory.SubFactory(MemberFactory)
    created_at = factory.LazyFunction(timezone.now)
    last_activity_at = factory.SelfAttribute("created_at")
    opening_text = "What do you think?"
    excerpt = factory.LazyAttribute(lambda topic: excerpt_of(topic.opening_text))

    @factory.post_generation
    def opening(self, create, extracted, **kwargs):
        if not create:
            return
        body = extracted or self.opening_text
        post = Post.objects.create(
            topic=self,
            author=self.author,
            is_opening=True,
            body=body,
            body_html=render_markdown(body),
            created_at=self.created_at,
        )
        Topic.objects.filter(pk=self.pk).update(last_post_id=post.pk)
        self.last_post_id = post.pk
        Category.objects.filter(pk=self.category_id).update(
            topic_count=F("topic_count") + 1, post_count=F("post_count") + 1
        )
