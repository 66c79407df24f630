"""The objects the access matrix points its URLs at, built on first use.

One `World` per test, seen from one role: `me` is that role's member (anonymous has none, so
"own" objects fall back to someone else's, which anonymous may not reach either). `other` is an
ordinary member whose things nobody else may change: their posts, notifications, quiz attempts
and licence.
"""

import datetime
import io
from functools import cached_property

from django.core import signing
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from community.avatars import process_avatar
from community.bestpractice.models import Statement
from community.bestpractice.themes import Stance, Theme
from community.factories import MemberFactory, OfficialAccountFactory
from community.forum import factories as forum
from community.forum.markdown import render_markdown
from community.forum.models import Post
from community.forum.services import counts
from community.incidents.factories import IncidentFactory, IncidentStepFactory
from community.incidents.models import Incident
from community.levels import Level
from community.models import OfficialAccount
from community.notifications.emails import unsubscribe_token
from community.notifications.models import Notification
from community.privacy import exports as privacy_exports
from community.privacy.models import DataExport
from community.registers.factories import ApplicationFactory
from community.registers.models import Application
from community.workshops.models import Workshop, WorkshopStatement
from courses.factories import CoursePageFactory, GuidelinePageFactory, LessonPageFactory
from courses.licences.factories import LicenceFactory
from courses.licences.models import Licence
from courses.models import CourseIndexPage, GuidelineIndexPage
from courses.quizzes.factories import QuestionFactory, QuestionPoolFactory, QuizPageFactory, add_draw
from courses.quizzes.services import start_attempt, submit_attempt
from home.factories import StandardPageFactory
from home.models import HomePage

SECRET = "Secret plans"
"""Every topic title starts with this, then names its category, so a page can be searched for a leak."""


class World:
    def __init__(self, me):
        self.me_or_none = me

    # People -----------------------------------------------------------------------------------

    @cached_property
    def other(self):
        return MemberFactory(email="someone-else@example.org")

    @property
    def me(self):
        return self.me_or_none or self.other

    # Forum ------------------------------------------------------------------------------------

    @cached_property
    def categories(self) -> dict:
        made = [
            forum.enthusiasts(),
            forum.corporate_users(),
            forum.account_managers(),
            forum.champions_only(),
            forum.announcements(),
        ]
        return {category.slug: category for category in made}

    def category(self, slug: str):
        return self.categories[slug]

    @cached_property
    def topics(self) -> dict:
        return {
            slug: forum.TopicFactory(category=category, author=self.other, title=f"{SECRET} in {slug}")
            for slug, category in self.categories.items()
        }

    def topic(self, slug: str):
        """Someone else's topic in the category with this slug, or a special one: hidden, pending, own."""
        special = {"hidden": "hidden_topic", "pending": "pending_topic", "own": "own_topic"}
        if slug in special:
            return getattr(self, special[slug])
        return self.topics[slug]

    def post(self, slug: str) -> Post:
        """The opening post of `topic(slug)`."""
        return self.topic(slug).posts.get(is_opening=True)

    @cached_property
    def hidden_topic(self):
        return forum.TopicFactory(
            category=self.category("enthusiasts"), author=self.other, title=f"{SECRET} hidden", is_hidden=True
        )

    @cached_property
    def pending_topic(self):
        return forum.TopicFactory(
            category=self.category("enthusiasts"), author=self.other, title=f"{SECRET} pending", awaiting_approval=True
        )

    @cached_property
    def own_topic(self):
        return forum.TopicFactory(category=self.category("enthusiasts"), author=self.me, title="My own question")

    def _reply(self, *, author) -> Post:
        body = "Here is what worked for us."
        post = Post.objects.create(
            topic=self.topic("enthusiasts"),
            author=author,
            body=body,
            body_html=render_markdown(body),
            created_at=timezone.now(),
        )
        counts.post_published(post=post)  # as the posting service keeps them, without notifying anyone
        return post

    @cached_property
    def reply_in_others_topic(self) -> Post:
        """A reply by `me` in someone else's topic: only that topic's author (or a moderator) accepts it."""
        return self._reply(author=self.me)

    @cached_property
    def others_reply(self) -> Post:
        """Someone else's reply in someone else's topic."""
        return self._reply(author=self.other)

    # Notifications ----------------------------------------------------------------------------

    def notification_for(self, recipient) -> Notification:
        topic = self.topic("enthusiasts")
        return Notification.objects.create(
            recipient=recipient, kind=Notification.Kind.REPLY, topic=topic, post=topic.posts.first()
        )

    @cached_property
    def others_notification(self) -> Notification:
        return self.notification_for(self.other)

    @cached_property
    def own_notification(self) -> Notification:
        return self.notification_for(self.me)

    @cached_property
    def own_notification_in_champions(self) -> Notification:
        """Addressed to `me`, about a topic `me` cannot read (say, after losing a role)."""
        topic = self.topic("champions")
        return Notification.objects.create(
            recipient=self.me, kind=Notification.Kind.REPLY, topic=topic, post=topic.posts.first()
        )

    @cached_property
    def others_unsubscribe_token(self) -> str:
        return unsubscribe_token(self.other)

    # Members ----------------------------------------------------------------------------------

    @cached_property
    def member_with_photo(self):
        """A member with a stored photo, posts in every category (the secret topics) and a licence."""
        member = self.other
        self.topics  # noqa: B018
        buffer = io.BytesIO()
        PILImage.new("RGB", (64, 64), "green").save(buffer, format="PNG")
        member.avatar.save("photo.jpg", process_avatar(ContentFile(buffer.getvalue(), name="p.png")))
        return member

    # Best practice and workshops --------------------------------------------------------------

    @cached_property
    def statement(self) -> Statement:
        statement = Statement.objects.create(
            title="Answer complaints in public, then move to a private channel",
            stance=Stance.DO,
            theme=Theme.STYLE,
            explanation="People see that we listened.",
        )
        statement.topics.add(self.topic("champions"), self.topic("hidden"))
        return statement

    @cached_property
    def draft_statement(self) -> Statement:
        """Promoted from the champions' category and not yet published: only champions see it."""
        statement = Statement.objects.create(
            title=f"{SECRET} draft statement",
            stance=Stance.DONT,
            theme=Theme.POLICY,
            explanation="Words from a restricted thread.",
            status=Statement.Status.DRAFT,
        )
        statement.topics.add(self.topic("champions"))
        return statement

    @cached_property
    def workshop(self) -> Workshop:
        return Workshop.objects.create(
            question="What should our services do with social media?",
            themes=["policy", "style"],
            closes_at=timezone.now() + datetime.timedelta(days=3),
            created_by=self.other,
        )

    @cached_property
    def workshop_statement(self) -> WorkshopStatement:
        return WorkshopStatement.objects.create(workshop=self.workshop, text="Post service alerts", author=self.other)

    # Official accounts: incidents and measures --------------------------------------------------

    @cached_property
    def own_account(self):
        """The account the manager manages; for other roles, an account someone else manages."""
        mine = OfficialAccount.objects.filter(managers=self.me).first()
        return mine or OfficialAccountFactory(managers=[self.other], handle="@own-or-other@social.example.org")

    @cached_property
    def others_account(self):
        return OfficialAccountFactory(managers=[self.other], handle="@someone-else@social.example.org")

    def _incident(self, account, summary: str):
        incident = IncidentFactory(account=account, reported_by=self.other, summary=summary)
        IncidentStepFactory(incident=incident, position=1)
        return incident

    @cached_property
    def own_incident(self):
        return self._incident(self.own_account, "Incident on the role's own account")

    @cached_property
    def others_incident(self):
        return self._incident(self.others_account, "Incident on someone else's account")

    @cached_property
    def closed_incident(self):
        """A closed incident, with its lesson, on the role's own account (someone else's for most roles)."""
        incident = self._incident(self.own_account, "Closed incident on the role's own account")
        Incident.objects.filter(pk=incident.pk).update(
            status=Incident.Status.CLOSED, closed_at=timezone.now(), lesson="Check the calendar year."
        )
        incident.refresh_from_db()
        return incident

    # Learning: pages ----------------------------------------------------------------------------

    @cached_property
    def home_page(self):
        return HomePage.objects.get()

    @cached_property
    def standard_page(self):
        return StandardPageFactory(parent=self.home_page, title="About Postwise", slug="about")

    @cached_property
    def course_index(self):
        return CourseIndexPage.objects.get()

    @cached_property
    def course(self):
        return CoursePageFactory(parent=self.course_index, title="Representing the organisation", slug="representing")

    @cached_property
    def draft_course(self):
        return CoursePageFactory(parent=self.course_index, title="Not ready yet", slug="draft-course", live=False)

    @cached_property
    def lesson(self):
        return LessonPageFactory(parent=self.course, title="Before you post", slug="before-you-post")

    @cached_property
    def guideline_index(self):
        return GuidelineIndexPage.objects.get()

    def _guideline(self, **fields):
        guideline = GuidelinePageFactory(parent=self.guideline_index, **fields)
        guideline.save_revision().publish()
        guideline.refresh_from_db()
        return guideline

    @cached_property
    def guideline(self):
        return self._guideline(title="Using social media personally", slug="personal", audience=Level.BASIC)

    @cached_property
    def managers_guideline(self):
        return self._guideline(title="Managing an account", slug="managing", audience=Level.ACCOUNT_MANAGER)

    # Learning: quizzes ------------------------------------------------------------------------

    @cached_property
    def quiz(self):
        quiz = QuizPageFactory(
            parent=self.course,
            title="Check your understanding",
            slug="quiz",
            max_attempts=5,
            requires_lessons_complete=False,
        )
        pool = QuestionPoolFactory(name="Judgement")
        for _ in range(2):
            QuestionFactory(pool=pool)
        add_draw(quiz=quiz, pool=pool, count=2)
        return quiz

    @cached_property
    def draft_quiz(self):
        return QuizPageFactory(parent=self.course, title="Not ready", slug="draft-quiz", live=False)

    def attempt_by(self, member, *, submitted: bool):
        attempt = start_attempt(member=member, quiz=self.quiz, now=timezone.now())
        if submitted:
            submit_attempt(attempt_id=attempt.pk, member=member, answers={}, now=timezone.now())
            attempt.refresh_from_db()
        return attempt

    @cached_property
    def others_attempt(self):
        return self.attempt_by(self.other, submitted=False)

    @cached_property
    def others_submitted_attempt(self):
        return self.attempt_by(self.other, submitted=True)

    @cached_property
    def own_attempt(self):
        return self.attempt_by(self.me, submitted=False)

    @cached_property
    def own_submitted_attempt(self):
        return self.attempt_by(self.me, submitted=True)

    # Licences ---------------------------------------------------------------------------------

    @cached_property
    def others_licence(self) -> Licence:
        return LicenceFactory(holder=self.other)

    @cached_property
    def own_licence(self) -> Licence:
        """The role's own licence; for roles without one, an expired one, which leaves their level as it is."""
        existing = Licence.objects.filter(holder=self.me).first()
        if existing is not None:
            return existing
        issued = timezone.localdate() - datetime.timedelta(days=800)
        return LicenceFactory(holder=self.me, issued_on=issued, expires_on=issued + datetime.timedelta(days=365))

    # Official accounts ----------------------------------------------------------------------------

    @cached_property
    def active_account(self) -> OfficialAccount:
        return OfficialAccountFactory(status=OfficialAccount.Status.ACTIVE, handle="@ActiveAccount", name="Active one")

    @cached_property
    def proposed_account(self) -> OfficialAccount:
        """Not active, and managed by nobody in the matrix: only coordinators see it."""
        return OfficialAccountFactory(status=OfficialAccount.Status.PROPOSED, handle="@ProposedOne", name="Proposed")

    @cached_property
    def others_application(self) -> Application:
        return ApplicationFactory(applicant=self.other, status=Application.Status.SUBMITTED, name="Someone's case")

    @cached_property
    def others_draft_application(self) -> Application:
        return ApplicationFactory(applicant=self.other, status=Application.Status.DRAFT, name="Someone's draft")

    @cached_property
    def own_draft_application(self) -> Application:
        return ApplicationFactory(applicant=self.me, status=Application.Status.DRAFT, name="My draft")

    # Wagtail's own front-end URLs ---------------------------------------------------------------

    @cached_property
    def document(self) -> Document:
        document = Document(title="Social media policy", collection=Collection.get_first_root_node())
        document.file.save("access-matrix-policy.txt", ContentFile(b"Be kind."), save=False)
        document.save()
        return document

    @cached_property
    def page_password_restriction(self) -> PageViewRestriction:
        return PageViewRestriction.objects.create(
            page=self.standard_page, restriction_type=PageViewRestriction.PASSWORD, password="letmein-please"
        )

    @cached_property
    def collection_password_restriction(self) -> CollectionViewRestriction:
        collection = Collection.get_first_root_node().add_child(name="Restricted papers")
        return CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="letmein-please"
        )

    # Privacy -----------------------------------------------------------------------------------

    def _export_link(self, member) -> str:
        export = DataExport.objects.create(
            member=member, requested_by=member, status=DataExport.Status.READY, content=b"PK-not-really"
        )
        return signing.dumps(export.pk, salt=privacy_exports.SALT)

    @cached_property
    def own_export_token(self) -> str:
        return self._export_link(self.me)

    @cached_property
    def others_export_token(self) -> str:
        return self._export_link(self.other)
