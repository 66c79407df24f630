from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.provisioning import personal_data
from community.provisioning.models import DirectoryGroup

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=92)


class DirectoryGroupViewSet(SnippetViewSet):
    """Groups the directory sent; the administrator chooses which role each gives."""

    model = DirectoryGroup
    icon = "group"
    menu_label = "Directory groups"
    add_to_admin_menu = True
    menu_order = 950
    list_display = ["name", "role"]
    search_fields = ["name"]
    search_backend_name = None
    panels = [FieldPanel("name", read_only=True), FieldPanel("role")]


register_snippet(DirectoryGroupViewSet)
