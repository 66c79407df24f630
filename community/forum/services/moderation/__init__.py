"""Moderation verbs, one module per object (`posts`, `topics`) and the log they write to.

Every verb checks `forum.moderate` (`log.require_moderator`), locks its row with `select_for_update`
inside one transaction, and leaves an entry in the moderation log.
"""
