from django.urls import path

import community.converters  # noqa: F401  (registers the <id:…> converter)
from courses.views.acknowledge_guideline import acknowledge_guideline_view
from courses.views.complete_lesson import complete_lesson_view
from courses.views.enrol import enrol_view
from courses.views.finish_course import finish_course_view

app_name = "courses"

urlpatterns = [
    path("courses/<id:course_id>/enrol/", enrol_view, name="enrol"),
    path("courses/<id:course_id>/finish/", finish_course_view, name="finish"),
    path("lessons/<id:lesson_id>/complete/", complete_lesson_view, name="complete_lesson"),
    path("guidelines/<id:guideline_id>/acknowledge/", acknowledge_guideline_view, name="acknowledge_guideline"),
]
