"""Forum permission rules. Objects are a Category, a Topic or a Post as named."""

from community.forum.access import may_read_category, may_reply_in_category, may_start_in_category
from community.levels import Level
from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


def _is_moderator(viewer: ViewerFacts) -> bool:
    return viewer.has_role(Role.CHAMPION)


@permissions.rule("forum.use")
def may_use_forum(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_member


@permissions.rule("forum.read_category")
def may_read(viewer: ViewerFacts, category) -> bool:
    return may_read_category(viewer, category)


@permissions.rule("forum.start_topic")
def may_start(viewer: ViewerFacts, category) -> bool:
    return may_start_in_category(viewer, category)


@permissions.rule("forum.read_topic")
def may_read_topic(viewer: ViewerFacts, topic) -> bool:
    if not may_read_category(viewer, topic.category):
        return False
    if topic.is_hidden or topic.awaiting_approval:
        return _is_moderator(viewer) or (topic.awaiting_approval and topic.author_id == viewer.member_id)
    return True


@permissions.rule("forum.read_post")
def may_read_post(viewer: ViewerFacts, post) -> bool:
    """A held, hidden or rejected post is seen by its author and the moderators only."""
    if not may_read_topic(viewer, post.topic):
        return False
    return post.is_visible or _is_moderator(viewer) or post.author_id == viewer.member_id


@permissions.rule("forum.reply")
def may_reply(viewer: ViewerFacts, topic) -> bool:
    if not may_read_topic(viewer, topic) or not may_reply_in_category(viewer, topic.category):
        return False
    return not topic.is_locked or _is_moderator(viewer)


@permissions.rule("forum.edit_post")
def may_edit_post(viewer: ViewerFacts, post) -> bool:
    if not may_read_topic(viewer, post.topic):
        return False
    if _is_moderator(viewer):
        return True
    return post.author_id == viewer.member_id and not post.topic.is_locked and not post.is_hidden


@permissions.rule("forum.view_history")
def may_view_history(viewer: ViewerFacts, post) -> bool:
    return may_read_topic(viewer, post.topic) and (post.author_id == viewer.member_id or _is_moderator(viewer))


@permissions.rule("forum.react")
def may_react(viewer: ViewerFacts, post) -> bool:
    return may_read_topic(viewer, post.topic) and post.is_visible and post.author_id != viewer.member_id


@permissions.rule("forum.flag")
def may_flag(viewer: ViewerFacts, post) -> bool:
    return may_read_topic(viewer, post.topic) and post.author_id != viewer.member_id


@permissions.rule("forum.accept_answer")
def may_accept_answer(viewer: ViewerFacts, topic) -> bool:
    return may_read_topic(viewer, topic) and (topic.author_id == viewer.member_id or _is_moderator(viewer))


@permissions.rule("forum.watch")
def may_watch(viewer: ViewerFacts, obj) -> bool:
    """obj is a Topic or a Category."""
    if hasattr(obj, "category_id"):
        return may_read_topic(viewer, obj)
    return may_read_category(viewer, obj)


@permissions.rule("forum.post_without_approval")
def may_post_without_approval(viewer: ViewerFacts, obj) -> bool:
    """Moderators and licence holders are never held for approval: a licence holder already posts for the
    organisation in public, so holding their first forum posts protects no one."""
    return _is_moderator(viewer) or viewer.at_least(Level.CORPORATE_USER)
