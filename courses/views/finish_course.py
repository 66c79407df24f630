from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from community.permissions import permissions
from community.refusals import Refused
from courses.models import CoursePage
from courses.selectors import is_enrolled
from courses.services import finish_course

from .refusal import refuse


@require_POST
@login_required
def finish_course_view(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    permissions.check(request.user, "courses.take", course, conceal=True)
    if not is_enrolled(member_id=request.user.pk, course=course):
        return refuse(
            request,
            title="You are not on this course",
            message=f"Start the course “{course.title}” first.",
            back_url=course.get_url(request),
        )
    try:
        finish_course(member=request.user, course=course)
    except Refused as refusal:
        return refuse(
            request,
            title="The course is not finished yet",
            message=refusal.message,
            back_url=course.get_url(request),
            status=409,
        )
    messages.success(request, f"You have completed the course “{course.title}”. Well done.")
    return redirect(course.get_url(request))
