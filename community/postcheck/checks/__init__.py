"""One module per rule, each a plain `check(draft: Draft) -> list[Finding]`.

To add a rule: write `checks/my_rule.py` with its `check`, test it with real examples in
`tests/postcheck/checks/`, and register it in `community/postcheck/wagtail_hooks.py`:

    hooks.register("postwise_post_check_rule", my_rule.check, order=85)

Another app can add a rule the same way from its own `wagtail_hooks.py`. A rule must not save, log or fetch.
"""
