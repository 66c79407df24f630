"""Writes for courses and guidelines. Double submits are harmless: unique constraints and get_or_create."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from community.refusals import Refused
from courses.models import (
    CoursePage,
    Enrolment,
    GuidelineAcknowledgement,
    GuidelinePage,
    GuidelineVersion,
    LessonCompletion,
    LessonPage,
)
from courses.selectors import lessons_complete, required_version


def enrol(*, member, course: CoursePage) -> tuple[Enrolment, bool]:
    return Enrolment.objects.get_or_create(member=member, course=course)


def _locked_enrolment(*, member, course: CoursePage) -> Enrolment:
    enrol(member=member, course=course)
    return Enrolment.objects.select_for_update().get(member=member, course=course)


@dataclass(frozen=True)
class LessonResult:
    newly_completed_lesson: bool
    newly_completed_course: bool


@transaction.atomic
def complete_lesson(*, member, lesson: LessonPage, course: CoursePage) -> LessonResult:
    """Record the lesson, and the course too once every published lesson is done."""
    enrolment = _locked_enrolment(member=member, course=course)
    _, created = LessonCompletion.objects.get_or_create(member=member, lesson=lesson)
    enrolment.last_lesson = lesson
    newly_completed_course = enrolment.completed_at is None and lessons_complete(member=member, course=course)
    if newly_completed_course:
        enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["last_lesson", "completed_at"])
    return LessonResult(newly_completed_lesson=created, newly_completed_course=newly_completed_course)


@transaction.atomic
def finish_course(*, member, course: CoursePage) -> Enrolment:
    """Record completion when every published lesson is done but no lesson POST recorded it
    (a champion unpublished the last lesson the member had left)."""
    enrolment = _locked_enrolment(member=member, course=course)
    if enrolment.completed_at is None:
        if not lessons_complete(member=member, course=course):
            raise Refused("Complete every lesson before you finish the course.")
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["completed_at"])
    return enrolment


def acknowledge_guideline(*, member, guideline: GuidelinePage, version_id: int) -> GuidelineAcknowledgement:
    """Store the acknowledgement against the version (revision) the member read."""
    version = GuidelineVersion.objects.filter(guideline=guideline, pk=version_id).first()
    if version is None:
        raise Refused("That version of the guidelines was not found. Read the page again.")
    required = required_version(guideline=guideline)
    if required is not None and version.pk < required.pk:
        raise Refused(
            "These guidelines changed while you were reading them. Read the new version, then acknowledge it."
        )
    acknowledgement, _ = GuidelineAcknowledgement.objects.get_or_create(member=member, version=version)
    return acknowledgement


@transaction.atomic
def record_guideline_publication(*, guideline: GuidelinePage, revision) -> GuidelineVersion:
    """Called when a guideline page is published. The first publication always counts as major.

    The "major revision" tick is cleared on the page and in the published revision, so the next
    edit starts unticked; the GuidelineVersion row keeps the fact.
    """
    is_first = not GuidelineVersion.objects.filter(guideline=guideline).exists()
    version, created = GuidelineVersion.objects.get_or_create(
        revision=revision,
        defaults={"guideline": guideline, "version": guideline.version, "major": guideline.major_revision or is_first},
    )
    if created and guideline.major_revision:
        GuidelinePage.objects.filter(pk=guideline.pk).update(major_revision=False)
        guideline.major_revision = False
        if revision is not None:
            revision.content["major_revision"] = False
            revision.save(update_fields=["content"])
    return version
