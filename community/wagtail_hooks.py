"""Wagtail hooks of the community app: its navigation items, path steps and demo steps."""

from wagtail import hooks

from community import demo, my_path_steps

# My path: each function returns this app's steps for the member.
hooks.register("postwise_path_steps", my_path_steps.security_steps)
hooks.register("postwise_path_steps", my_path_steps.licence_route)


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_accounts, order=10)
