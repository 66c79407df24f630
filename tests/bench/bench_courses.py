"""Courses and licences at scale: a 50-lesson course every member is enrolled on, and the licence register."""

from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.utils import timezone

from community.models import Member
from community.roles import Role
from courses.factories import CoursePageFactory, LessonPageFactory
from courses.models import CourseIndexPage, Enrolment, LessonCompletion
from courses.selectors import live_lessons
from tests.community.mfa_helpers import activate_totp

LESSONS = 50
BENCH_PASSWORD_HASH = "md5$bench$0"


def seed(scale: int) -> None:
    course = CoursePageFactory(parent=CourseIndexPage.objects.get(), title="Bench induction", slug="bench-induction")
    for number in range(1, LESSONS + 1):
        LessonPageFactory(parent=course, title=f"Bench lesson {number}", slug=f"lesson-{number}")
    learners = Member.objects.bulk_create(
        Member(email=f"learner{i}@example.org", first_name="Learner", last_name=str(i), password=BENCH_PASSWORD_HASH)
        for i in range(scale)
    )
    Enrolment.objects.bulk_create(
        (
            Enrolment(member=member, course=course, completed_at=timezone.now() if i % 3 else None)
            for i, member in enumerate(learners)
        ),
        batch_size=2000,
    )
    lessons = live_lessons(course=course)
    LessonCompletion.objects.bulk_create(
        (LessonCompletion(member=member, lesson=lesson) for member in learners[: scale // 10] for lesson in lessons),
        batch_size=5000,
    )
    champion = Member.objects.create(email="benchchampion@example.org", password=BENCH_PASSWORD_HASH)
    champion.groups.add(Group.objects.get(name=Role.CHAMPION))
    if not Authenticator.objects.filter(user=champion).exists():
        activate_totp(champion)


def pages() -> list[tuple[str, str | None]]:
    return [
        ("/courses/bench-induction/", "learner1@example.org"),
        ("/courses/bench-induction/lesson-25/", "learner1@example.org"),
        ("/admin/licences/", "benchchampion@example.org"),
        ("/admin/licences/?status=active", "benchchampion@example.org"),
    ]
