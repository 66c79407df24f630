from django.urls import path

from courses.quizzes.views.attempt import attempt_view
from courses.quizzes.views.review import review
from courses.quizzes.views.start import start

app_name = "quizzes"

urlpatterns = [
    path("<int:quiz_id>/start/", start, name="start"),
    path("attempts/<int:pk>/", attempt_view, name="attempt"),
    path("attempts/<int:pk>/review/", review, name="review"),
]
