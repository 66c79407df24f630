"""Each aggregate against a small fixture whose figures were worked out by hand (see each test's comments)."""

import datetime

import pytest
from django.db.models import DurationField, ExpressionWrapper, F, Value
from django.urls import reverse
from django.utils import timezone

from community.factories import MemberFactory, OfficialAccountFactory
from community.forum import factories as forum
from community.forum.markdown import render_markdown
from community.forum.models import Flag, Post
from community.levels import Level
from community.measures import selectors
from community.measures.builtin import QuizQuestions
from community.measures.factories import at
from community.measures.filters import Filters
from community.measures.units import Scope
from community.models import Member, OfficialAccount
from community.registers.models import ManagerPeriod, StatusChange
from courses.factories import CoursePageFactory, GuidelinePageFactory
from courses.licences.factories import LicenceFactory, LicenceTypeFactory
from courses.licences.models import Licence, LicenceStatusChange
from courses.models import CourseIndexPage, Enrolment, GuidelineAcknowledgement, GuidelineIndexPage, GuidelineVersion
from courses.quizzes.factories import QuestionFactory, QuestionPoolFactory, QuizPageFactory
from courses.quizzes.models import AttemptQuestion, QuizAttempt

D = datetime.date
FIRST_HALF = Filters(department="", start=D(2026, 1, 1), end=D(2026, 6, 30))
JUNE = Filters(department="", start=D(2026, 6, 1), end=D(2026, 6, 30))

pytestmark = pytest.mark.django_db


def member(joined: datetime.date, department: str = "Libraries", **fields):
    return MemberFactory(date_joined=at(joined, 9), department=department, **fields)


def licence(holder, issued: datetime.date, expires: datetime.date, status=Licence.Status.ACTIVE, **fields):
    return LicenceFactory(holder=holder, issued_on=issued, expires_on=expires, status=status, **fields)


def status_change(licence, *, event, to_status, when: datetime.datetime):
    change = LicenceStatusChange.objects.create(licence=licence, event=event, to_status=to_status)
    LicenceStatusChange.objects.filter(pk=change.pk).update(changed_at=when)


# Levels -------------------------------------------------------------------------------------------------


@pytest.fixture
def level_history():
    """Five members from December 2025, a sixth from 10 May 2026:

    m1 licensed 10 Jan 2026 → 10 Jan 2027; m2 licensed 1 Feb 2026, revoked 15 Apr; m3 licensed 1 Mar 2025,
    ran out 1 Mar 2026; m4 licensed since 1 Dec 2025 and manages an approved account; m5 (Highways) and m6
    never licensed.
    """
    joined = D(2025, 12, 1)
    m1, m2, m3, m4 = (member(joined) for _ in range(4))
    member(joined, department="Highways")
    member(D(2026, 5, 10))
    licence(m1, D(2026, 1, 10), D(2027, 1, 10))
    revoked = licence(m2, D(2026, 2, 1), D(2027, 2, 1), status=Licence.Status.REVOKED)
    status_change(revoked, event="revoked", to_status="revoked", when=at(D(2026, 4, 15)))
    licence(m3, D(2025, 3, 1), D(2026, 3, 1))
    licence(m4, D(2025, 12, 1), D(2026, 12, 1))
    OfficialAccountFactory(managers=[m4], status=OfficialAccount.Status.APPROVED)
    ManagerPeriod.objects.filter(member=m4).update(started_on=D(2025, 12, 1))


def test_levels_month_by_month_are_reconstructed_from_the_records(level_history):
    # Jan: m1 m3 corporate, m4 manager; Feb: m2 too; Mar: m3 ran out; Apr: m2 revoked; May: m6 joins.
    expected = [(2, 2, 1), (1, 3, 1), (2, 2, 1), (3, 1, 1), (4, 1, 1), (4, 1, 1)]
    trend = selectors.level_trend(filters=FIRST_HALF)
    assert [day for day, _ in trend] == [
        D(2026, 1, 31),
        D(2026, 2, 28),
        D(2026, 3, 31),
        D(2026, 4, 30),
        D(2026, 5, 31),
        D(2026, 6, 30),
    ]
    assert [tuple(counts[level] for level in Level) for _, counts in trend] == expected


def _managed(account, who, started: datetime.date, ended: datetime.date | None = None) -> None:
    ManagerPeriod.objects.filter(account=account, member=who).delete()
    ManagerPeriod.objects.create(account=account, member=who, started_on=started, ended_on=ended)


def _account_status(account, to_status: str, when: datetime.datetime, from_status: str = "") -> None:
    change = StatusChange.objects.create(account=account, from_status=from_status, to_status=to_status, reason="x")
    StatusChange.objects.filter(pk=change.pk).update(changed_at=when)


def test_the_account_manager_level_month_by_month_follows_who_managed_what_when_and_the_status():
    """Two members licensed all of 2025. a managed account X from 10 March until 1 August (the day they
    stopped): an Account manager at the ends of March to July only, and today manages nothing. b has
    managed account Y since December 2024; Y (active since then) was suspended on 20 May: b is an Account
    manager at the ends of January to April only, a Corporate user after. Today's managers and statuses
    (a: none; Y: suspended) would give no Account manager in any month."""
    year = Filters(department="", start=D(2025, 1, 1), end=D(2025, 12, 31))
    a, b = member(D(2024, 12, 1)), member(D(2024, 12, 1))
    for who in (a, b):
        licence(who, D(2024, 12, 1), D(2026, 12, 1))
    x = OfficialAccountFactory(managers=[a], status=OfficialAccount.Status.ACTIVE)
    y = OfficialAccountFactory(managers=[b], status=OfficialAccount.Status.SUSPENDED)
    x.managers.remove(a)
    _managed(x, a, D(2025, 3, 10), D(2025, 8, 1))
    _managed(y, b, D(2024, 12, 1))
    for account in (x, y):
        _account_status(account, "active", at(D(2024, 12, 1)))
    _account_status(y, "suspended", at(D(2025, 5, 20)), from_status="active")
    trend = selectors.level_trend(filters=year)
    assert [day.month for day, _ in trend] == list(range(1, 13))
    managers = [counts[Level.ACCOUNT_MANAGER] for _, counts in trend]
    corporate = [counts[Level.CORPORATE_USER] for _, counts in trend]
    #             Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
    assert managers == [1, 1, 2, 2, 1, 1, 1, 0, 0, 0, 0, 0]
    assert corporate == [1, 1, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2]
    # The day a stopped is no longer theirs; the day before is.
    assert selectors.level_counts(filters=year, day=D(2025, 7, 31))[Level.ACCOUNT_MANAGER] == 1
    assert selectors.level_counts(filters=year, day=D(2025, 5, 19))[Level.ACCOUNT_MANAGER] == 2
    assert selectors.level_counts(filters=year, day=D(2025, 5, 20))[Level.ACCOUNT_MANAGER] == 1


def test_levels_now_follow_the_department_filter(level_history):
    highways = Filters(department="Highways", start=FIRST_HALF.start, end=FIRST_HALF.end)
    assert selectors.level_counts(filters=highways, day=highways.end) == {
        Level.BASIC: 1,
        Level.CORPORATE_USER: 0,
        Level.ACCOUNT_MANAGER: 0,
    }


def test_a_revoked_licence_counts_until_the_day_it_was_revoked(level_history):
    before = selectors.level_counts(filters=FIRST_HALF, day=D(2026, 4, 14))
    on_the_day = selectors.level_counts(filters=FIRST_HALF, day=D(2026, 4, 15))
    assert before[Level.CORPORATE_USER] == 2 and on_the_day[Level.CORPORATE_USER] == 1


# Medians -------------------------------------------------------------------------------------------------


def test_the_median_takes_the_middle_value_or_the_mean_of_the_middle_two():
    for joined in (D(2026, 1, 4), D(2026, 1, 1), D(2026, 1, 3)):
        member(joined)
    days = ExpressionWrapper(F("date_joined") - Value(at(D(2026, 1, 1), 9)), output_field=DurationField())
    # 0, 2 and 3 days after 1 January: the middle one is 2.
    assert selectors.median(Member.objects.all(), days) == datetime.timedelta(days=2)
    member(D(2026, 1, 8))
    # 0, 2, 3 and 7: the mean of 2 and 3.
    assert selectors.median(Member.objects.all(), days) == datetime.timedelta(days=2, hours=12)
    assert selectors.median(Member.objects.none(), days) is None


# Induction -----------------------------------------------------------------------------------------------


def test_induction_completion_overall_by_department_and_median_days():
    """Joined in the range: a (10 days to complete), b (20), c in Highways (30), d (not done). e joined before."""
    course = CoursePageFactory(parent=CourseIndexPage.objects.get(), required_for_all=True)
    CoursePageFactory(parent=CourseIndexPage.objects.get(), required_for_all=False)
    a, b = member(D(2026, 1, 1)), member(D(2026, 2, 1))
    c = member(D(2026, 3, 1), department="Highways")
    member(D(2026, 4, 1))
    e = member(D(2025, 6, 1))
    for who, done in ((a, D(2026, 1, 11)), (b, D(2026, 2, 21)), (c, D(2026, 3, 31)), (e, D(2025, 7, 1))):
        Enrolment.objects.create(member=who, course=course, completed_at=at(done, 9))
    figures = selectors.induction(filters=FIRST_HALF)
    assert (figures.members, figures.completed, figures.median_days) == (4, 3, 20.0)
    assert figures.by_department == [("Highways", 1, 1), ("Libraries", 3, 2)]


def test_induction_without_a_required_course_has_no_figures():
    assert selectors.induction(filters=FIRST_HALF).required_courses == 0


# The licence quiz -----------------------------------------------------------------------------------------


@pytest.fixture
def quiz_history():
    """A: fails, then passes on attempt 2. B: passes on attempt 1. C: fails once.

    The easy question is right every time; the hard one only in B's pass; the middle one in both passes
    and neither fail.
    """
    course = CoursePageFactory(parent=CourseIndexPage.objects.get())
    quiz = QuizPageFactory(parent=course)
    LicenceTypeFactory(quiz=quiz)
    pool = QuestionPoolFactory()
    easy, hard, middle = (QuestionFactory(pool=pool, text=text) for text in ("Easy", "Hard", "Middle"))
    a, b, c = member(D(2026, 1, 1)), member(D(2026, 1, 1)), member(D(2026, 1, 1), department="Highways")
    plan = [
        (a, 1, False, {easy: True, hard: False, middle: False}),
        (a, 2, True, {easy: True, hard: False, middle: True}),
        (b, 1, True, {easy: True, hard: True, middle: True}),
        (c, 1, False, {easy: True, hard: False, middle: False}),
    ]
    for who, number, passed, answers in plan:
        attempt = QuizAttempt.objects.create(
            quiz=quiz,
            member=who,
            number=number,
            status=QuizAttempt.Status.SUBMITTED,
            started_at=at(D(2026, 3, number)),
            submitted_at=at(D(2026, 3, number), 13),
            passed=passed,
        )
        for position, (question, right) in enumerate(answers.items()):
            AttemptQuestion.objects.create(attempt=attempt, question=question, position=position, is_correct=right)
    return quiz, easy, hard, middle


def test_quiz_pass_rate_and_mean_attempts_to_pass(quiz_history):
    summary = selectors.quiz_summary(filters=FIRST_HALF, quiz_ids=selectors.licence_quiz_ids())
    assert (summary.attempts, summary.passed, summary.pass_rate) == (4, 2, 0.5)
    assert (summary.passers, summary.mean_attempts_to_pass) == (2, 1.5)
    assert summary.by_month == [(D(2026, 3, 1), 4, 2)]


def test_quiz_question_difficulty_discrimination_and_flags(quiz_history):
    _, easy, hard, middle = quiz_history
    figures = {
        f.question_id: f for f in selectors.question_figures(filters=FIRST_HALF, quiz_ids=selectors.licence_quiz_ids())
    }
    assert (figures[easy.pk].difficulty, figures[easy.pk].discrimination, figures[easy.pk].flag) == (
        1.0,
        0.0,
        "Too easy",
    )
    assert (figures[hard.pk].difficulty, figures[hard.pk].discrimination, figures[hard.pk].flag) == (
        0.25,
        0.5,
        "Too hard",
    )
    assert (figures[middle.pk].difficulty, figures[middle.pk].discrimination, figures[middle.pk].flag) == (0.5, 1.0, "")


def test_quiz_figures_follow_the_department_filter(quiz_history):
    highways = Filters(department="Highways", start=FIRST_HALF.start, end=FIRST_HALF.end)
    summary = selectors.quiz_summary(filters=highways, quiz_ids=selectors.licence_quiz_ids())
    assert (summary.attempts, summary.passed, summary.mean_attempts_to_pass) == (1, 0, None)


# Licences -------------------------------------------------------------------------------------------------


def test_licences_expiring_and_renewals_on_time():
    """On 30 June 2026: one licence expires within 30 days, another within 90, a third later. In the range:
    one renewal in the window (on time), one licence issued again after one ran out (late), one ran out."""
    end = FIRST_HALF.end
    licence(member(D(2025, 1, 1)), D(2025, 7, 15), D(2026, 7, 15))
    licence(member(D(2025, 1, 1)), D(2025, 9, 1), D(2026, 9, 1))
    licence(member(D(2025, 1, 1)), D(2025, 12, 1), D(2026, 12, 1))
    renewed = licence(member(D(2025, 1, 1)), D(2025, 4, 1), D(2027, 4, 1))
    status_change(renewed, event="renewed", to_status="active", when=at(D(2026, 3, 20)))
    late = member(D(2024, 1, 1))
    licence(late, D(2025, 1, 1), D(2026, 1, 1), status=Licence.Status.EXPIRED)
    licence(late, D(2026, 2, 1), D(2027, 2, 1))
    licence(member(D(2024, 1, 1)), D(2025, 5, 1), D(2026, 5, 1))
    figures = selectors.licence_renewals(filters=FIRST_HALF)
    assert (figures.expiring_30, figures.expiring_90) == (1, 2)
    assert (figures.renewed_on_time, figures.renewed_late, figures.lapsed) == (1, 1, 1)
    assert figures.on_time_share == pytest.approx(1 / 3)
    assert end == D(2026, 6, 30)


# Guidelines -----------------------------------------------------------------------------------------------


def _published_guideline(audience: Level):
    guideline = GuidelinePageFactory(parent=GuidelineIndexPage.objects.get(), audience=audience)
    guideline.save_revision().publish()
    return GuidelineVersion.objects.get(guideline=guideline)


def test_guideline_acknowledgement_share_per_level():
    """Basic: b1 acknowledged, b2 not. Corporate: c1 acknowledged both guidelines, c2 only the basic one."""
    basic_version = _published_guideline(Level.BASIC)
    corporate_version = _published_guideline(Level.CORPORATE_USER)
    b1, b2 = member(D(2025, 1, 1)), member(D(2025, 1, 1))
    c1, c2 = member(D(2025, 1, 1)), member(D(2025, 1, 1))
    for holder in (c1, c2):
        LicenceFactory(holder=holder)
    for who, version in ((b1, basic_version), (c1, basic_version), (c1, corporate_version), (c2, basic_version)):
        GuidelineAcknowledgement.objects.create(member=who, version=version)
    assert b2 is not None
    today = timezone.localdate()
    rows = selectors.guideline_acknowledgements(filters=Filters.default(today=today))
    assert [(row.level, row.members, row.acknowledged) for row in rows] == [
        (Level.BASIC, 2, 1),
        (Level.CORPORATE_USER, 2, 1),
        (Level.ACCOUNT_MANAGER, 0, 0),
    ]


def test_guidelines_not_yet_published_give_no_figures():
    assert selectors.guideline_acknowledgements(filters=FIRST_HALF) is None


# Forum -----------------------------------------------------------------------------------------------------


def _reply(topic, when: datetime.datetime):
    return Post.objects.create(
        topic=topic, author=topic.author, body="Reply", body_html=render_markdown("Reply"), created_at=when
    )


def test_forum_activity_per_week_first_reply_unanswered_and_flags():
    """June 2026. Week of 1 June: T1 (first reply after 2 hours), T2 (after 6 hours, then another reply).
    Week of 8 June: T3, never answered. One flag waiting since 15 June; one resolved on 20 June."""
    category = forum.enthusiasts()
    author = member(D(2025, 1, 1))
    t1 = forum.TopicFactory(category=category, author=author, created_at=at(D(2026, 6, 1), 9))
    t2 = forum.TopicFactory(category=category, author=author, created_at=at(D(2026, 6, 2), 9))
    t3 = forum.TopicFactory(category=category, author=author, created_at=at(D(2026, 6, 10), 9))
    _reply(t1, at(D(2026, 6, 1), 11))
    _reply(t2, at(D(2026, 6, 2), 15))
    _reply(t2, at(D(2026, 6, 3), 10))
    flagger = member(D(2025, 1, 1))
    waiting = Flag.objects.create(post=t3.posts.get(is_opening=True), flagged_by=flagger, reason="spam")
    resolved = Flag.objects.create(
        post=t1.posts.get(is_opening=True), flagged_by=flagger, reason="spam", resolved_at=at(D(2026, 6, 20))
    )
    Flag.objects.filter(pk__in=[waiting.pk, resolved.pk]).update(created_at=at(D(2026, 6, 15)))
    activity = selectors.forum_activity(filters=JUNE)
    assert activity.weeks == [
        (D(2026, 6, 1), 2, 3),
        (D(2026, 6, 8), 1, 0),
        (D(2026, 6, 15), 0, 0),
        (D(2026, 6, 22), 0, 0),
        (D(2026, 6, 29), 0, 0),
    ]
    assert (activity.topics, activity.replies) == (3, 3)
    assert activity.median_hours_to_first_reply == 4.0
    assert (activity.unanswered, activity.flags_waiting) == (1, 1)


# Official accounts -------------------------------------------------------------------------------------------


@pytest.fixture
def accounts():
    """On 30 June 2026. A1 approved, licensed manager, review due 1 Jan (overdue). A2 active, its manager holds no
    licence. A3 suspended, no manager, review in December. A4 retired, overdue (not counted). S sponsors A1 and A2."""
    sponsor, other_sponsor = member(D(2025, 1, 1)), member(D(2025, 1, 1))
    licensed, unlicensed = member(D(2025, 1, 1)), member(D(2025, 1, 1))
    licence(licensed, D(2026, 1, 1), D(2027, 1, 1))
    # Accounts made first, so that no account's id matches the id of a manager's row (a past mix-up).
    for _ in range(3):
        OfficialAccountFactory(status=OfficialAccount.Status.RETIRED)
    a1 = OfficialAccountFactory(name="A1", managers=[licensed, unlicensed], sponsor=sponsor, review_date=D(2026, 1, 1))
    a2 = OfficialAccountFactory(name="A2", managers=[unlicensed], sponsor=sponsor, status=OfficialAccount.Status.ACTIVE)
    a3 = OfficialAccountFactory(
        name="A3", sponsor=other_sponsor, status=OfficialAccount.Status.SUSPENDED, review_date=D(2026, 12, 1)
    )
    OfficialAccountFactory(name="A4", status=OfficialAccount.Status.RETIRED, review_date=D(2026, 1, 1))
    return sponsor, other_sponsor, a1, a2, a3


def test_accounts_without_a_licensed_manager_and_overdue_reviews(accounts):
    sponsor, other_sponsor, a1, a2, a3 = accounts
    assert [a.name for a in selectors.accounts_without_licensed_manager(filters=FIRST_HALF, sponsor_id=None)] == ["A2"]
    assert [a.name for a in selectors.overdue_reviews(filters=FIRST_HALF, sponsor_id=None)] == ["A1"]
    assert [a.licensed_managers for a in selectors.overdue_reviews(filters=FIRST_HALF, sponsor_id=None)] == [1]
    assert selectors.accounts_without_licensed_manager(filters=FIRST_HALF, sponsor_id=other_sponsor.pk) == []
    assert [a.name for a in selectors.overdue_reviews(filters=FIRST_HALF, sponsor_id=sponsor.pk)] == ["A1"]


def test_flagged_questions_link_to_their_edit_page_in_the_admin(quiz_history):
    _, easy, hard, middle = quiz_history
    result = QuizQuestions().compute(filters=FIRST_HALF, scope=Scope(), today=FIRST_HALF.end)
    links = {row[0]: link for row, link in zip(result.rows, result.row_links, strict=True)}
    assert links[middle.text] is None
    for question in (easy, hard):
        assert links[question.text].url == reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk])


def test_unanswered_topics_are_those_older_than_three_days_with_no_reply_by_the_end():
    """June 2026 (ends 30 June). Old: 20 June, never answered. Recent: 28 June, unanswered but under 3 days
    old at the end. Late: 10 June, first answered on 5 July, after the range. Answered: 2 June, replied 3 June."""
    category = forum.enthusiasts()
    author = member(D(2025, 1, 1))
    forum.TopicFactory(category=category, author=author, created_at=at(D(2026, 6, 20), 9))
    forum.TopicFactory(category=category, author=author, created_at=at(D(2026, 6, 28), 9))
    late = forum.TopicFactory(category=category, author=author, created_at=at(D(2026, 6, 10), 9))
    answered = forum.TopicFactory(category=category, author=author, created_at=at(D(2026, 6, 2), 9))
    _reply(late, at(D(2026, 7, 5), 9))
    _reply(answered, at(D(2026, 6, 3), 9))
    activity = selectors.forum_activity(filters=JUNE)
    assert (activity.topics, activity.replies, activity.unanswered) == (4, 1, 2)
