"""Courses and licences at scale: 30 courses of 10 lessons, a fifth of the members (4,000 at BENCH_SCALE=20000)
enrolled on the first, and the licence register."""

from django.utils import timezone

COURSES, LESSONS = 30, 10
BENCH_PASSWORD_HASH = "md5$bench$0"


def seed(scale: int) -> None:
    from allauth.mfa.models import Authenticator
    from django.contrib.auth.models import Group

    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.models import Member
    from community.roles import Role
    from courses.factories import CoursePageFactory, LessonPageFactory
    from courses.models import CourseIndexPage, Enrolment, LessonCompletion
    from courses.selectors import live_lessons
    from tests.community.mfa_helpers import activate_totp

    index = CourseIndexPage.objects.get()
    courses = [
        CoursePageFactory(parent=index, title=f"Bench course {n}", slug=f"bench-course-{n}")
        for n in range(1, COURSES + 1)
    ]
    for course in courses:
        for number in range(1, LESSONS + 1):
            LessonPageFactory(parent=course, title=f"{course.title}: lesson {number}", slug=f"lesson-{number}")
    course = courses[0]
    learners = Member.objects.bulk_create(
        Member(email=f"learner{i}@example.org", first_name="Learner", last_name=str(i), password=BENCH_PASSWORD_HASH)
        for i in range(scale // 5)
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
        (
            LessonCompletion(member=member, lesson=lesson)
            for member in learners[: len(learners) // 2]
            for lesson in lessons
        ),
        batch_size=5000,
    )
    champion = Member.objects.create(email="benchchampion@example.org", password=BENCH_PASSWORD_HASH)
    champion.groups.add(Group.objects.get(name=Role.CHAMPION))
    if not Authenticator.objects.filter(user=champion).exists():
        activate_totp(champion)


def pages() -> list[tuple[str, str | None]]:
    return [
        ("/courses/bench-course-1/", "learner1@example.org"),
        ("/courses/bench-course-1/lesson-5/", "learner1@example.org"),
        ("/admin/licences/", "benchchampion@example.org"),
        ("/admin/licences/?status=active", "benchchampion@example.org"),
    ]
