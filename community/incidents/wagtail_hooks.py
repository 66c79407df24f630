from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.incidents import demo, measures, personal_data
from community.incidents.models import RecoveryChecklist


class RecoveryChecklistViewSet(SnippetViewSet):
    """Champions keep the recovery checklists: one per risk, its steps in order."""

    model = RecoveryChecklist
    icon = "list-ol"
    menu_label = "Recovery checklists"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["risk", "updated_at"]


register_snippet(RecoveryChecklistViewSet)


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_incidents, order=46)


@hooks.register("postwise_measures", order=46)
def incidents_measures() -> list:
    return [measures.IncidentsByRisk()]


# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=64)
