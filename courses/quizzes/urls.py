from django.urls import path

import community.converters  # noqa: F401  (registers the <id:…> converter)
from courses.quizzes.views.attempt import attempt_view
from courses.quizzes.views.review import review
from courses.quizzes.views.start import start
from courses.quizzes.views.time import time_adjustments

app_name = "quizzes"

urlpatterns = [
    path("<id:quiz_id>/start/", start, name="start"),
    path("attempts/<id:pk>/", attempt_view, name="attempt"),
    path("attempts/<id:pk>/review/", review, name="review"),
    path("time-adjustments/", time_adjustments, name="time_adjustments"),
]
