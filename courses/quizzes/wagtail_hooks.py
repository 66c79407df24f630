from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from community.permissions import permissions
from courses.licences.admin_permissions import ReviewedPermissionPolicy
from courses.quizzes import admin_urls, demo, personal_data
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

    def get_queryset(self, request):
        # The list shows each question's pool: read with the questions, not once per row.
        return Question.objects.select_related("pool")


class QuizQuestionsGroup(SnippetViewSetGroup):
    menu_label = "Quiz questions"
    menu_icon = "help"
    menu_order = 305
    items = (QuestionPoolViewSet, QuestionViewSet)


register_snippet(QuizQuestionsGroup)


class TimeAdjustmentsMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can(request.user, "quizzes.adjust_time")


@hooks.register("register_admin_menu_item")
def register_time_adjustments_menu_item():
    # The page itself is on the site (quizzes:time_adjustments); champions find it next to the licence register.
    return TimeAdjustmentsMenuItem(
        "Quiz time adjustments",
        reverse("quizzes:time_adjustments"),
        icon_name="time",
        order=301,
        name="quiz-time-adjustments",
    )


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_licence_quiz, order=35)

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=35)


@hooks.register("register_admin_urls")
def register_question_bank_urls():
    return [path("quizzes/", include(admin_urls, namespace="quizzes_admin"))]


class AuthorMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can(request.user, "courses.author")


@hooks.register("register_admin_menu_item")
def register_question_import_menu_item():
    return AuthorMenuItem(
        "Import questions", reverse("quizzes_admin:import"), icon_name="download", order=306, name="import-questions"
    )


@hooks.register("register_snippet_listing_buttons")
def question_pool_buttons(snippet, user, next_url=None):
    if isinstance(snippet, QuestionPool) and permissions.can(user, "courses.author"):
        yield ListingMenuItem(
            "Export as GIFT", reverse("quizzes_admin:export", args=[snippet.pk]), icon_name="upload", priority=90
        )
        yield ListingMenuItem(
            "Import questions",
            reverse("quizzes_admin:import") + f"?pool={snippet.pk}",
            icon_name="download",
            priority=91,
        )
