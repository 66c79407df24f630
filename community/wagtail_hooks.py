"""Wagtail hooks of the community app: its navigation items, path steps and demo steps."""

from wagtail import hooks

from community import demo, member_data, my_path_steps
from community.models.organisation_settings import ORGANISATION_CACHE_KEY
from community.viewer import facts_cache_keys

# My path: each function returns this app's steps for the member.
hooks.register("postwise_path_steps", my_path_steps.security_steps)
hooks.register("postwise_path_steps", my_path_steps.licence_route)


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_accounts, order=10)

# Personal data the kernel holds (the member, sign-in, the admin's tables), for the subject access export,
# anonymisation and /privacy/.
hooks.register("postwise_personal_data", member_data.member_provider, order=1)
hooks.register("postwise_personal_data", member_data.admin_provider, order=2)


# What every page reads from the cache for the signed-in member, in one round trip with the member
# (community.request_cache).
@hooks.register("postwise_request_cache_keys")
def kernel_request_cache_keys(member_id: int) -> list[str]:
    return [*facts_cache_keys(member_id), ORGANISATION_CACHE_KEY]
