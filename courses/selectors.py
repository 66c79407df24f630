"""Reads for courses and guidelines.

Progress rules, which hold however champions edit a course:
- A course's lessons are its *currently published* child LessonPages, in their current order.
- A member's progress is how many of those lessons they have completed. Completions are keyed by
  lesson, so reordering (or moving) lessons keeps them; an unpublished lesson drops out of the
  count and comes back, with the member's completion, if it is published again.
- A course is complete for a member when it has at least one published lesson and they have
  completed every one. Completion is then recorded once, with its timestamp, and kept: a lesson
  added later shows as new on the course page, but does not take the completion away.
- Required courses (`required_for_all`) are assigned to every member without a stored row; the
  Enrolment row is made on the member's first action.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Exists, F, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from wagtail.models import TaskState

from community.home_panels import forget_shared, shared_fragment
from community.levels import Level
from community.viewer import facts_for
from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    GuidelineAcknowledgement,
    GuidelineIndexPage,
    GuidelinePage,
    GuidelineVersion,
    LessonCompletion,
    LessonPage,
)


class SubqueryCount(Subquery):
    """COUNT(*) of a subquery, as one column of the outer query."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"
    output_field = IntegerField()


def _member_or_none(member):
    return member if getattr(member, "is_authenticated", False) else None


def percent(done: int, total: int) -> int:
    return round(100 * done / total) if total else 0


# Courses and lessons


def live_lessons(*, course) -> list[LessonPage]:
    """The course's published lessons, in order (one query, bodies deferred)."""
    return list(LessonPage.objects.live().child_of(course).defer_streamfields().order_by("path"))


def live_course_of(*, lesson) -> CoursePage | None:
    return CoursePage.objects.live().parent_of(lesson).first()


def is_enrolled(*, member_id: int | None, course) -> bool:
    if member_id is None:
        return False
    return course.required_for_all or Enrolment.objects.filter(member_id=member_id, course=course).exists()


def lessons_complete(*, member, course) -> bool:
    """True when the member has completed every published lesson of a course that has any.

    The quiz prerequisite (courses.quizzes) calls this.
    """
    member = _member_or_none(member)
    if member is None:
        return False
    lessons = LessonPage.objects.live().child_of(course).values("pk")
    total = lessons.count()
    done = LessonCompletion.objects.filter(member=member, lesson__in=lessons).count()
    return total > 0 and done == total


@dataclass(frozen=True)
class LessonEntry:
    lesson: LessonPage
    number: int
    done: bool


@dataclass(frozen=True)
class CourseProgress:
    course: CoursePage
    lessons: list[LessonEntry]
    enrolled: bool
    completed_at: datetime | None
    resume: LessonEntry | None

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done(self) -> int:
        return sum(entry.done for entry in self.lessons)

    @property
    def percent(self) -> int:
        return percent(self.done, self.total)

    @property
    def lessons_complete(self) -> bool:
        return self.total > 0 and self.done == self.total

    @property
    def started(self) -> bool:
        return self.done > 0

    @property
    def awaiting_finish(self) -> bool:
        """Every lesson done but no completion recorded (a lesson was unpublished since)."""
        return self.lessons_complete and self.completed_at is None


def course_progress(*, member, course) -> CourseProgress:
    """The member's progress through one course: three queries whatever the size of the course."""
    if course.pk is None:  # a preview of a course not yet saved
        return CourseProgress(course=course, lessons=[], enrolled=False, completed_at=None, resume=None)
    lessons = live_lessons(course=course)
    member = _member_or_none(member)
    done_ids: set[int] = set()
    enrolment = None
    if member is not None:
        done_ids = set(
            LessonCompletion.objects.filter(member=member, lesson__in=[lesson.pk for lesson in lessons]).values_list(
                "lesson_id", flat=True
            )
        )
        enrolment = (
            Enrolment.objects.filter(member=member, course=course).only("completed_at", "last_lesson_id").first()
        )
    entries = [
        LessonEntry(lesson=lesson, number=index, done=lesson.pk in done_ids) for index, lesson in enumerate(lessons, 1)
    ]
    last_lesson_id = enrolment.last_lesson_id if enrolment else None
    return CourseProgress(
        course=course,
        lessons=entries,
        enrolled=member is not None and (course.required_for_all or enrolment is not None),
        completed_at=enrolment.completed_at if enrolment else None,
        resume=resume_entry(entries, last_lesson_id=last_lesson_id),
    )


def resume_entry(entries: list[LessonEntry], *, last_lesson_id: int | None) -> LessonEntry | None:
    """The first unfinished lesson after the one the member last completed, else the first unfinished."""
    position = next((i for i, entry in enumerate(entries) if entry.lesson.pk == last_lesson_id), -1)
    after = [entry for entry in entries[position + 1 :] if not entry.done]
    if after:
        return after[0]
    return next((entry for entry in entries if not entry.done), None)


def lesson_context(*, member, lesson) -> dict:
    """The course around a lesson: its place, neighbours and the member's progress."""
    course = live_course_of(lesson=lesson) or CoursePage.objects.parent_of(lesson).first()
    progress = course_progress(member=member, course=course)
    index = next((i for i, entry in enumerate(progress.lessons) if entry.lesson.pk == lesson.pk), None)
    entries = progress.lessons
    return {
        "course": course,
        "progress": progress,
        "entry": entries[index] if index is not None else None,
        "previous_entry": entries[index - 1] if index else None,
        "next_entry": entries[index + 1] if index is not None and index + 1 < len(entries) else None,
    }


@dataclass(frozen=True)
class CourseSummary:
    course: CoursePage
    total: int
    done: int
    enrolled: bool
    completed_at: datetime | None

    @property
    def percent(self) -> int:
        return percent(self.done, self.total)

    @property
    def started(self) -> bool:
        return self.done > 0


def _courses_with_progress(queryset, *, member) -> list[CourseSummary]:
    """One query: each course with its published lesson count and the member's progress."""
    child_lessons = {"path__startswith": OuterRef("path"), "depth": OuterRef("depth") + 1}
    queryset = queryset.annotate(
        total_lessons=SubqueryCount(LessonPage.objects.live().filter(**child_lessons).values("pk"))
    )
    member = _member_or_none(member)
    if member is None:
        queryset = queryset.annotate(done_lessons=Coalesce(None, 0, output_field=IntegerField()))
    else:
        enrolments = Enrolment.objects.filter(member=member, course=OuterRef("pk"))
        queryset = queryset.annotate(
            done_lessons=SubqueryCount(
                LessonCompletion.objects.filter(
                    member=member,
                    lesson__live=True,
                    lesson__path__startswith=OuterRef("path"),
                    lesson__depth=OuterRef("depth") + 1,
                ).values("pk")
            ),
            has_enrolment=Exists(enrolments),
            completed_at=Subquery(enrolments.values("completed_at")[:1]),
        )
    return [
        CourseSummary(
            course=course,
            total=course.total_lessons,
            done=course.done_lessons,
            enrolled=member is not None and (course.required_for_all or course.has_enrolment),
            completed_at=getattr(course, "completed_at", None),
        )
        for course in queryset
    ]


def course_progress_list(*, member, parent) -> list[CourseSummary]:
    courses = CoursePage.objects.live().child_of(parent).order_by("path")
    return _courses_with_progress(courses, member=member)


def path_courses(*, member, level: Level | None) -> list[CourseSummary]:
    """For "My path": required courses, and courses towards the member's next level."""
    wanted = Q(required_for_all=True)
    if level is not None and level < Level.ACCOUNT_MANAGER:
        wanted |= Q(audience=level + 1)
    courses = CoursePage.objects.live().filter(wanted).order_by("path")
    return _courses_with_progress(courses, member=member)


# Guidelines


def guideline_applies(*, level: Level | None, guideline) -> bool:
    """A member acknowledges the guidelines for their level and the levels below it."""
    return level is not None and guideline.audience <= level


def _required_version_id():
    """The version a member must have acknowledged (or a later one): the latest major version."""
    return Subquery(
        GuidelineVersion.objects.filter(guideline=OuterRef("pk"), major=True).order_by("-pk").values("pk")[:1]
    )


@dataclass(frozen=True)
class GuidelineSummary:
    guideline: GuidelinePage
    applies: bool
    acknowledged: bool

    @property
    def outstanding(self) -> bool:
        return self.applies and not self.acknowledged


def _guidelines_with_status(queryset, *, member, level: Level | None) -> list[GuidelineSummary]:
    member = _member_or_none(member)
    queryset = queryset.annotate(required_version_id=_required_version_id())
    if member is not None:
        queryset = queryset.annotate(
            acknowledged=Exists(
                GuidelineAcknowledgement.objects.filter(
                    member=member,
                    version__guideline=OuterRef("pk"),
                    version_id__gte=OuterRef("required_version_id"),
                )
            )
        )
    return [
        GuidelineSummary(
            guideline=guideline,
            applies=guideline_applies(level=level, guideline=guideline),
            acknowledged=bool(getattr(guideline, "acknowledged", False)),
        )
        for guideline in queryset
    ]


def guideline_list(*, member, parent) -> list[GuidelineSummary]:
    guidelines = GuidelinePage.objects.live().child_of(parent).defer_streamfields().order_by("audience", "path")
    return _guidelines_with_status(guidelines, member=member, level=facts_for(member).level)


def guidelines_for_level(*, member, level: Level | None) -> list[GuidelineSummary]:
    """The published guidelines a member at this level must acknowledge, with their status (one query)."""
    if level is None:
        return []
    guidelines = (
        GuidelinePage.objects.live().filter(audience__lte=level).defer_streamfields().order_by("audience", "path")
    )
    return _guidelines_with_status(guidelines, member=member, level=level)


@dataclass(frozen=True)
class GuidelineStatus:
    current_version: GuidelineVersion | None
    applies: bool
    acknowledgement: GuidelineAcknowledgement | None
    acknowledged: bool

    @property
    def outstanding(self) -> bool:
        return self.applies and not self.acknowledged and self.current_version is not None


def required_version(*, guideline) -> GuidelineVersion | None:
    return GuidelineVersion.objects.filter(guideline=guideline, major=True).order_by("-pk").first()


def guideline_status(*, member, guideline) -> GuidelineStatus:
    member = _member_or_none(member)
    level = facts_for(member).level if member is not None else None
    if guideline.pk is None:  # a preview of guidelines not yet saved
        return GuidelineStatus(current_version=None, applies=False, acknowledgement=None, acknowledged=False)
    current = guideline.current_version()
    required = required_version(guideline=guideline)
    acknowledgement = None
    if member is not None and required is not None:
        acknowledgement = (
            GuidelineAcknowledgement.objects.filter(
                member=member, version__guideline=guideline, version_id__gte=required.pk
            )
            .select_related("version")
            .order_by("-version_id")
            .first()
        )
    return GuidelineStatus(
        current_version=current,
        applies=guideline_applies(level=level, guideline=guideline),
        acknowledgement=acknowledgement,
        acknowledged=acknowledgement is not None,
    )


REVIEW_INTERVAL = timedelta(days=365)
STALE_COURSES_LISTED = 20


REVIEWS_WAITING = "reviews-waiting"


def reviews_waiting_count(*, user) -> int:
    """How many pages and snippets wait for this user's review (not their own submissions under four eyes).

    The admin menu shows it on every admin page, and Wagtail's `reviewable_by` costs seven queries, so it is
    kept per user in the cache (`community.home_panels.shared_fragment`, under their roles): `courses/apps.py`
    connects `forget_reviews_waiting` to every change of a task state, an approval task, or a group
    membership (a task's or a member's)."""
    facts = facts_for(user)
    audience = ",".join(sorted(role.name for role in facts.roles)) + f":{facts.is_superuser}"
    count = shared_fragment(
        REVIEWS_WAITING,
        audience=audience,
        member_id=user.pk,
        render=lambda: str(TaskState.objects.reviewable_by(user).count()),
    )
    return int(count)


def forget_reviews_waiting(**kwargs) -> None:
    """A signal receiver: what waits for review, or who may review it, has changed (everyone's count)."""
    forget_shared(REVIEWS_WAITING)


def courses_not_reviewed(*, now: datetime) -> list[CoursePage]:
    """Live courses nobody has published a change to in the last 12 months, the oldest first (bounded)."""
    return list(
        CoursePage.objects.live()
        .filter(Q(last_published_at__lt=now - REVIEW_INTERVAL) | Q(last_published_at__isnull=True))
        .order_by(F("last_published_at").asc(nulls_first=True), "pk")[:STALE_COURSES_LISTED]
    )


def page_context(*, page, member) -> dict:
    """What a course or guideline page shows besides its own fields: the member's progress and status.

    The `postwise_page_context` hook (courses/wagtail_hooks.py) gives it to the pages' `get_context`, so
    the page models, which this module reads, never import it."""
    if isinstance(page, CourseIndexPage):
        return {"courses": course_progress_list(member=member, parent=page)}
    if isinstance(page, CoursePage):
        return {"progress": course_progress(member=member, course=page), "after_the_lessons": page.after_the_lessons()}
    if isinstance(page, LessonPage):
        return lesson_context(member=member, lesson=page)
    if isinstance(page, GuidelineIndexPage):
        return {"guidelines": guideline_list(member=member, parent=page)}
    if isinstance(page, GuidelinePage):
        return {"status": guideline_status(member=member, guideline=page)}
    return {}
