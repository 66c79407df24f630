from wagtail import hooks

from community.forum.author_badges import AUTHOR_BADGES_HOOK
from community.members import demo, personal_data, selectors

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=12)

# Role and level badges beside authors' names in the forum.
hooks.register(AUTHOR_BADGES_HOOK, selectors.badges_of)
# Demo content, loaded in hook order by `manage.py load_demo_content` (after the accounts, order 10).
hooks.register("postwise_demo_step", demo.load_photos, order=15)
