"""The progress rules (courses/selectors.py) hold when champions reorder, add or unpublish lessons."""

import pytest
from django.db import IntegrityError

from community.refusals import Refused
from courses.factories import LessonPageFactory
from courses.models import Enrolment, LessonCompletion
from courses.selectors import course_progress, lessons_complete, live_lessons
from courses.services import complete_lesson, enrol, finish_course

pytestmark = pytest.mark.django_db


def lessons_of(course):
    return live_lessons(course=course)


def complete_all(member, course):
    for lesson in lessons_of(course):
        complete_lesson(member=member, lesson=lesson, course=course)


def test_completing_every_lesson_records_course_completion_once(basic_member, induction):
    first, second, third = lessons_of(induction)
    assert not complete_lesson(member=basic_member, lesson=first, course=induction).newly_completed_course
    complete_lesson(member=basic_member, lesson=second, course=induction)
    assert not lessons_complete(member=basic_member, course=induction)
    result = complete_lesson(member=basic_member, lesson=third, course=induction)
    assert result.newly_completed_course
    assert lessons_complete(member=basic_member, course=induction)
    completed_at = Enrolment.objects.get(member=basic_member, course=induction).completed_at
    assert completed_at is not None
    # Completing a lesson again changes nothing: no duplicate, same timestamp.
    again = complete_lesson(member=basic_member, lesson=third, course=induction)
    assert not again.newly_completed_lesson and not again.newly_completed_course
    assert LessonCompletion.objects.filter(member=basic_member).count() == 3
    assert Enrolment.objects.get(member=basic_member, course=induction).completed_at == completed_at


def test_database_refuses_duplicate_records(basic_member, induction):
    lesson = lessons_of(induction)[0]
    LessonCompletion.objects.create(member=basic_member, lesson=lesson)
    with pytest.raises(IntegrityError):
        LessonCompletion.objects.create(member=basic_member, lesson=lesson)


def test_enrolment_is_unique(basic_member, optional_course):
    assert enrol(member=basic_member, course=optional_course)[1] is True
    assert enrol(member=basic_member, course=optional_course)[1] is False
    with pytest.raises(IntegrityError):
        Enrolment.objects.create(member=basic_member, course=optional_course)


def test_reordering_keeps_progress_and_resume_follows_the_new_order(basic_member, induction):
    first, second, third = lessons_of(induction)
    complete_lesson(member=basic_member, lesson=first, course=induction)
    # The champion moves the third lesson to the front.
    third.move(first, pos="left")
    progress = course_progress(member=basic_member, course=induction)
    assert [entry.lesson.pk for entry in progress.lessons] == [third.pk, first.pk, second.pk]
    assert [entry.done for entry in progress.lessons] == [False, True, False]
    assert progress.done == 1 and progress.total == 3
    # Resume: the next unfinished lesson after the one last completed.
    assert progress.resume.lesson.pk == second.pk


def test_resume_wraps_to_the_first_unfinished_lesson(basic_member, induction):
    first, second, third = lessons_of(induction)
    complete_lesson(member=basic_member, lesson=third, course=induction)
    assert course_progress(member=basic_member, course=induction).resume.lesson.pk == first.pk


def test_adding_a_lesson_to_a_completed_course_keeps_the_completion(basic_member, induction):
    complete_all(basic_member, induction)
    completed_at = Enrolment.objects.get(member=basic_member, course=induction).completed_at
    LessonPageFactory(parent=induction, title="New: replying to trolls", slug="trolls")
    progress = course_progress(member=basic_member, course=induction)
    assert progress.completed_at == completed_at
    assert (progress.done, progress.total) == (3, 4)
    assert not progress.lessons_complete
    assert progress.resume.lesson.slug == "trolls"


def test_adding_a_lesson_to_an_unfinished_course_adds_to_what_is_left(basic_member, induction):
    first, second, _ = lessons_of(induction)
    complete_lesson(member=basic_member, lesson=first, course=induction)
    complete_lesson(member=basic_member, lesson=second, course=induction)
    LessonPageFactory(parent=induction, slug="extra")
    assert course_progress(member=basic_member, course=induction).percent == 50


def test_unpublishing_a_lesson_removes_it_from_the_count_and_keeps_the_record(basic_member, induction):
    first, second, third = lessons_of(induction)
    complete_lesson(member=basic_member, lesson=first, course=induction)
    second.unpublish()
    progress = course_progress(member=basic_member, course=induction)
    assert (progress.done, progress.total) == (1, 2)
    # Published again, it counts again; the member's completion of it (if any) is still there.
    complete_lesson(member=basic_member, lesson=third, course=induction)
    assert lessons_complete(member=basic_member, course=induction)
    second.save_revision().publish()
    assert not lessons_complete(member=basic_member, course=induction)


def test_unpublishing_the_last_unfinished_lesson_lets_the_member_finish(basic_member, induction):
    first, second, third = lessons_of(induction)
    complete_lesson(member=basic_member, lesson=first, course=induction)
    complete_lesson(member=basic_member, lesson=second, course=induction)
    third.unpublish()
    progress = course_progress(member=basic_member, course=induction)
    assert progress.lessons_complete and progress.awaiting_finish
    enrolment = finish_course(member=basic_member, course=induction)
    assert enrolment.completed_at is not None
    # Finishing twice keeps the first timestamp.
    assert finish_course(member=basic_member, course=induction).completed_at == enrolment.completed_at


def test_finishing_early_is_refused(basic_member, induction):
    complete_lesson(member=basic_member, lesson=lessons_of(induction)[0], course=induction)
    with pytest.raises(Refused, match="Complete every lesson"):
        finish_course(member=basic_member, course=induction)
    assert Enrolment.objects.get(member=basic_member, course=induction).completed_at is None


def test_unpublishing_a_lesson_after_completion_keeps_the_completion(basic_member, induction):
    complete_all(basic_member, induction)
    lessons_of(induction)[0].unpublish()
    assert course_progress(member=basic_member, course=induction).completed_at is not None


def test_deleting_a_lesson_keeps_the_course_completion(basic_member, induction):
    complete_all(basic_member, induction)
    lessons_of(induction)[0].delete()
    progress = course_progress(member=basic_member, course=induction)
    assert progress.completed_at is not None and (progress.done, progress.total) == (2, 2)


def test_a_course_with_no_published_lessons_is_never_complete(basic_member, make_course):
    empty = make_course(lessons=0, title="Empty", slug="empty")
    assert not lessons_complete(member=basic_member, course=empty)
    with pytest.raises(Refused):
        finish_course(member=basic_member, course=empty)


def test_anonymous_has_no_progress(induction):
    assert not lessons_complete(member=None, course=induction)
    progress = course_progress(member=None, course=induction)
    assert progress.done == 0 and not progress.enrolled


def test_required_courses_are_assigned_to_everyone_and_optional_ones_are_not(basic_member, induction, optional_course):
    assert course_progress(member=basic_member, course=induction).enrolled
    assert not course_progress(member=basic_member, course=optional_course).enrolled
    enrol(member=basic_member, course=optional_course)
    assert course_progress(member=basic_member, course=optional_course).enrolled


def test_progress_is_per_member(basic_member, corporate_member, induction):
    complete_all(basic_member, induction)
    assert course_progress(member=corporate_member, course=induction).done == 0
