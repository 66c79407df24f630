from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.licences.admin_permissions import ReviewedPermissionPolicy
from courses.quizzes import demo
from courses.quizzes.models import Question, QuestionPool

for model in (QuestionPool, Question):
    register_permission_policy(model, ReviewedPermissionPolicy(model, action="courses.author"))


class QuestionPoolViewSet(SnippetViewSet):
    model = QuestionPool
    icon = "list-ul"
    menu_label = "Question pools"
    list_display = ["name", "description"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = "Questions"
    list_display = ["text", "pool", "kind"]
    list_filter = ["pool", "kind"]
    search_fields = ["text"]


class QuizQuestionsGroup(SnippetViewSetGroup):
    menu_label = "Quiz questions"
    menu_icon = "help"
    menu_order = 305
    items = (QuestionPoolViewSet, QuestionViewSet)


register_snippet(QuizQuestionsGroup)


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_licence_quiz, order=35)
