from django import forms
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.forum import demo, home_panels, personal_data
from community.forum.models import Category
from community.forum.models.category import ROLE_CHOICES
from community.forum.selectors import waiting_for_approval_count
from community.navigation import NavItem


def _roles_field(label: str) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label, choices=ROLE_CHOICES, required=False, widget=forms.CheckboxSelectMultiple
    )


class CategoryAdminForm(WagtailAdminModelForm):
    read_roles = _roles_field("Roles that may read")
    start_roles = _roles_field("Roles that may start topics")
    reply_roles = _roles_field("Roles that may reply")


def _access_panel(action: str, heading: str) -> MultiFieldPanel:
    return MultiFieldPanel(
        [FieldPanel(f"{action}_level"), FieldPanel(f"{action}_roles")],
        heading=heading,
        help_text="A minimum level (blank: nobody by level), and/or roles that may do this whatever their level.",
    )


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "comment"
    menu_label = "Forum categories"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "topic_count", "post_count", "requires_approval"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("description"),
            FieldPanel("position"),
            _access_panel("read", "Who may read"),
            _access_panel("start", "Who may start topics"),
            _access_panel("reply", "Who may reply"),
            FieldPanel("requires_approval"),
        ],
        base_form_class=CategoryAdminForm,
    )


register_snippet(CategoryViewSet)


@hooks.register("postwise_nav_item", order=40)
def forum_nav_item() -> NavItem:
    return NavItem("Forum", lambda: reverse("forum:index"), "forum.use")


@hooks.register("postwise_nav_item", order=41)
def moderation_nav_item() -> NavItem:
    return NavItem(
        "Moderation",
        lambda: reverse("forum:moderation"),
        "forum.moderate",
        count=lambda user: waiting_for_approval_count(),
        count_label="waiting for approval",
    )


# Panels on the signed-in home page (community.home_panels): a champion's queue, then the latest topics.
hooks.register("postwise_home_panels", home_panels.moderation_panel, order=20)
hooks.register("postwise_home_panels", home_panels.latest_topics_panel, order=30)

# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_categories, order=50)
hooks.register("postwise_demo_step", demo.load_threads, order=51)

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=40)
