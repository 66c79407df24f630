from django.urls import reverse
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.bestpractice import demo, home_panels, personal_data
from community.bestpractice.models import Statement
from community.forum.post_actions import PostAction
from community.navigation import NavItem


class StatementViewSet(SnippetViewSet):
    model = Statement
    icon = "tick-inverse"
    menu_label = "Best practice"
    menu_order = 300
    add_to_admin_menu = True
    # Drafts promoted from the forum are listed too, with their status and a filter for it. Publishing is a
    # separate step on the statement's own page, so the status is not a field of the edit form.
    list_display = ["title", "status", "stance", "theme", "updated_at"]
    list_filter = ["status", "theme", "stance"]
    search_fields = ["title", "explanation"]
    # Forum links are made by promoting a post; a picker of every post would not scale.
    panels = [FieldPanel("title"), FieldPanel("stance"), FieldPanel("theme"), FieldPanel("explanation")]


register_snippet(StatementViewSet)


@hooks.register("postwise_nav_item", order=50)
def best_practice_nav_item() -> NavItem:
    return NavItem("Best practice", lambda: reverse("bestpractice:library"), "bestpractice.view")


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_statements, order=55)


hooks.register("postwise_home_panels", home_panels.newest_statements_panel, order=40)


@hooks.register("postwise_post_action")
def promote_post_action() -> PostAction:
    return PostAction("Promote to best practice", "bestpractice:promote", "bestpractice.promote")


# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=50)
