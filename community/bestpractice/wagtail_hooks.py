from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.bestpractice.models import Statement


class StatementViewSet(SnippetViewSet):
    model = Statement
    icon = "tick-inverse"
    menu_label = "Best practice"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["title", "stance", "theme", "updated_at"]
    list_filter = ["theme", "stance"]
    search_fields = ["title", "explanation"]
    # Forum links are made by promoting a post; a picker of every post would not scale.
    form_fields = ["title", "stance", "theme", "explanation"]


register_snippet(StatementViewSet)
