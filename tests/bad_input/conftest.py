"""One of every object the front end works on, and a champion's client that shows a 500 as a status code.

The champion may use every view these tests reach (moderation, workshops, the licence register, the
course report) and has TOTP, so the admin lets them in.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from community.bestpractice.models import Statement
from community.factories import MemberFactory, OfficialAccountFactory
from community.forum.factories import TopicFactory, enthusiasts
from community.forum.models import Category, Post, Topic
from community.forum.services.posting import reply
from community.incidents.factories import IncidentFactory, IncidentStepFactory
from community.incidents.models import Incident
from community.models import OfficialAccount
from community.notifications.models import Notification
from community.registers.factories import ApplicationFactory
from community.registers.models import Application
from community.roles import Role
from community.workshops.models import Workshop, WorkshopStatement
from courses.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    GuidelineIndexPageFactory,
    GuidelinePageFactory,
    LessonPageFactory,
)
from courses.licences.factories import LicenceFactory, LicenceTypeFactory
from courses.licences.models import Licence
from courses.models import CourseIndexPage, CoursePage, GuidelineIndexPage, GuidelinePage, LessonPage
from courses.quizzes.factories import QuestionFactory, QuestionPoolFactory, QuizPageFactory, add_draw
from courses.quizzes.models import QuizAttempt, QuizPage
from courses.quizzes.services import start_attempt
from tests.community.mfa_helpers import activate_totp, sign_in_with_totp

NUL = "\x00"
HUGE = 2**63  # one past the largest 64-bit integer a database column holds
MISSING = 999_999
LONG = "x" * 100_000


@dataclass
class World:
    champion: object
    other: object
    category: Category
    topic: Topic
    opening: Post
    others_reply: Post
    own_reply: Post
    notification: Notification
    statement: Statement
    workshop: Workshop
    workshop_statement: WorkshopStatement
    course: CoursePage
    lesson: LessonPage
    guideline: GuidelinePage
    quiz: QuizPage
    attempt: QuizAttempt
    others_attempt: QuizAttempt
    licence: Licence
    champion_licence: Licence
    official_account: OfficialAccount
    application: Application
    incident: Incident


def _published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def world(champion) -> World:
    activate_totp(champion)
    # The data protection officer's pages are swept too.
    champion.groups.add(Group.objects.get(name=Role.DATA_PROTECTION.value))
    other = MemberFactory(email="other@example.org", first_name="Olive", last_name="Other")
    category = enthusiasts()
    topic = TopicFactory(category=category, author=other, title="How do we answer complaints?")
    opening = topic.posts.get()
    others_reply = reply(author=other, topic=topic, body="Politely, and quickly.")
    own_reply = reply(author=champion, topic=topic, body="In public first, then privately.")
    notification, _ = Notification.objects.get_or_create(
        recipient=champion, post=others_reply, kind=Notification.Kind.REPLY, defaults={"topic": topic, "actor": other}
    )
    statement = Statement.objects.create(
        title="Reply in public first", stance="do", theme="style", explanation="People see that you answered."
    )
    workshop = Workshop.objects.create(
        question="What should our services do with social media?",
        themes=["policy", "style"],
        closes_at=timezone.now() + datetime.timedelta(days=3),
        created_by=champion,
    )
    workshop_statement = WorkshopStatement.objects.create(
        workshop=workshop, text="Post service alerts first.", theme="policy", author=other
    )
    root = Page.objects.get(depth=2)
    course_index = CourseIndexPage.objects.first() or CourseIndexPageFactory(parent=root)
    course = CoursePageFactory(parent=course_index, title="Representing the organisation")
    lesson = LessonPageFactory(parent=course, title="Before you post")
    guideline_index = GuidelineIndexPage.objects.first() or GuidelineIndexPageFactory(parent=root)
    guideline = _published(GuidelinePageFactory(parent=guideline_index, title="Personal use"))
    pool = QuestionPoolFactory(name="Judgement")
    for _ in range(3):
        QuestionFactory(pool=pool)
    quiz = QuizPageFactory(parent=course, title="Licence quiz", requires_lessons_complete=False, max_attempts=5)
    add_draw(quiz=quiz, pool=pool, count=3)
    licence_type = LicenceTypeFactory(quiz=quiz)
    attempt = start_attempt(member=champion, quiz=quiz, now=timezone.now())
    others_attempt = start_attempt(member=other, quiz=quiz, now=timezone.now())
    licence = LicenceFactory(holder=other, licence_type=licence_type)
    champion_licence = LicenceFactory(holder=champion, licence_type=LicenceTypeFactory(name="Account manager licence"))
    official_account = OfficialAccountFactory(
        managers=[other], handle="@sweep@social.example.org", status=OfficialAccount.Status.ACTIVE
    )
    incident = IncidentFactory(account=official_account, reported_by=other)
    IncidentStepFactory(incident=incident, position=1)
    return World(
        official_account=official_account,
        incident=incident,
        champion=champion,
        other=other,
        category=category,
        topic=topic,
        opening=opening,
        others_reply=others_reply,
        own_reply=own_reply,
        notification=notification,
        statement=statement,
        workshop=workshop,
        workshop_statement=workshop_statement,
        course=course,
        lesson=lesson,
        guideline=guideline,
        quiz=quiz,
        attempt=attempt,
        others_attempt=others_attempt,
        licence=licence,
        champion_licence=champion_licence,
        application=ApplicationFactory(applicant=champion, status=Application.Status.DRAFT),
    )


@pytest.fixture
def champion_client(world) -> Client:
    """Logged in as the champion. An unhandled exception comes back as a 500 response, as a user would see it."""
    client = Client(raise_request_exception=False)
    sign_in_with_totp(client, world.champion)
    return client
