from wagtail import hooks

from community.account_metrics import demo

# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_measures, order=45)
