from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from community.permissions import permissions
from courses.models import LessonPage
from courses.selectors import live_course_of, live_lessons
from courses.services import complete_lesson

from .refusal import refuse


@require_POST
@login_required
def complete_lesson_view(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    course = live_course_of(lesson=lesson)
    if course is None:
        raise Http404("This course is not published.")
    permissions.check(request.user, "courses.view", lesson, conceal=True)
    if not permissions.can(request.user, "courses.complete_lesson", lesson):
        return refuse(
            request,
            title="You are not on this course",
            message=f"Start the course “{course.title}” before you mark its lessons complete.",
            back_url=course.get_url(request),
        )
    result = complete_lesson(member=request.user, lesson=lesson, course=course)
    if result.newly_completed_course:
        messages.success(request, f"You have completed the course “{course.title}”. Well done.")
        return redirect(course.get_url(request))
    lessons = live_lessons(course=course)
    following = [page for page in lessons if page.path > lesson.path]
    messages.success(request, f"Lesson complete: “{lesson.title}”.")
    return redirect((following[0] if following else course).get_url(request))
