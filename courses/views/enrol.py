from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from community.permissions import permissions
from courses.models import CoursePage
from courses.services import enrol


@require_POST
@login_required
def enrol_view(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    permissions.check(request.user, "courses.take", course, conceal=True)
    _, created = enrol(member=request.user, course=course)
    if created:
        messages.success(request, f"You are on the course “{course.title}”. Start with the first lesson.")
    return redirect(course.get_url(request))
