from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.postcheck import demo, measures, my_path_steps
from community.postcheck.checks import (
    alt_text,
    capitals,
    dates_of_birth,
    emails,
    emoji,
    hashtags,
    length,
    links,
    ni_numbers,
    phones,
    postcodes,
    reading_ease,
    shorteners,
    words,
)
from community.postcheck.draft import RULE_HOOK
from community.postcheck.models import WordChoice

# The rules, in the order their findings are listed when two start at the same place.
hooks.register(RULE_HOOK, length.check, order=10)
hooks.register(RULE_HOOK, emails.check, order=20)
hooks.register(RULE_HOOK, phones.check, order=21)
hooks.register(RULE_HOOK, postcodes.check, order=22)
hooks.register(RULE_HOOK, ni_numbers.check, order=23)
hooks.register(RULE_HOOK, dates_of_birth.check, order=24)
hooks.register(RULE_HOOK, links.check, order=30)
hooks.register(RULE_HOOK, shorteners.check, order=31)
hooks.register(RULE_HOOK, words.check, order=40)
hooks.register(RULE_HOOK, hashtags.check, order=50)
hooks.register(RULE_HOOK, alt_text.check, order=51)
hooks.register(RULE_HOOK, emoji.check, order=52)
hooks.register(RULE_HOOK, capitals.check, order=53)
hooks.register(RULE_HOOK, reading_ease.check, order=54)


class WordChoiceViewSet(SnippetViewSet):
    """Champions keep the organisation's words to avoid, and what to say instead."""

    model = WordChoice
    icon = "edit"
    menu_label = "Words to avoid"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["avoid", "prefer", "updated_at"]
    search_fields = ["avoid", "prefer"]
    search_backend_name = None


register_snippet(WordChoiceViewSet)


# "Check a post" is in the header's personal menu (templates/components/header.html), for every member:
# as a main menu item it wrapped a champion's menu onto two rows at 1280 px (tests/e2e/test_postcheck.py).
hooks.register("postwise_path_steps", my_path_steps.check_before_posting)


@hooks.register("postwise_measures", order=85)
def postcheck_measures() -> list:
    return [measures.DraftsCheckedPerWeek(), measures.FindingsByKind()]


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_postcheck, order=72)
