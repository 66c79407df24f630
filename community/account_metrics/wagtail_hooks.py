from wagtail import hooks

from community.account_metrics import demo, personal_data

# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_measures, order=45)

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=66)
