"""What the forum holds about a member: topics and posts, edits, reactions, flags, watches, what they read, and,
for moderators, what they did. Replies in the member's topics come with their authors' words and display
names, never their email addresses."""

from wagtail.search import index as search_index

from community.forum.markdown import render_markdown
from community.forum.models import (
    CategoryWatch,
    Flag,
    HelpfulReaction,
    ModerationAction,
    Post,
    PostRevision,
    ReadMark,
    Topic,
    TopicWatch,
)
from community.personal_data import PersonalData, display_name, rows_of

REMOVED = "[Removed at the request of the data protection officer.]"


def rows(*, member) -> dict[str, list[dict]]:
    replies = (
        Post.objects.filter(topic__author=member, status=Post.Status.PUBLISHED, is_hidden=False)
        .exclude(author=member)
        .select_related("author", "topic")
        .order_by("pk")
    )
    return {
        "topics": rows_of(Topic.objects.filter(author=member), ["title", "category__name", "created_at"]),
        "posts": rows_of(
            Post.objects.filter(author=member),
            ["topic__title", "body", "status", "is_hidden", "created_at", "edited_at"],
        ),
        "edits": rows_of(PostRevision.objects.filter(edited_by=member), ["title", "body", "created_at"]),
        "replies_in_your_topics": [
            {
                "topic": reply.topic.title,
                "author": display_name(reply.author),
                "body": reply.body,
                "created_at": reply.created_at.isoformat(),
            }
            for reply in replies
        ],
        "helpful_reactions": rows_of(
            HelpfulReaction.objects.filter(member=member), ["post__topic__title", "created_at"]
        ),
        "flags_raised": rows_of(
            Flag.objects.filter(flagged_by=member), ["post__topic__title", "reason", "note", "created_at"]
        ),
        "flags_resolved": rows_of(Flag.objects.filter(resolved_by=member), ["post__topic__title", "resolved_at"]),
        "moderation": rows_of(
            ModerationAction.objects.filter(moderator=member), ["verb", "topic__title", "detail", "created_at"]
        ),
        "topics_watched": rows_of(TopicWatch.objects.filter(member=member), ["topic__title"]),
        "categories_watched": rows_of(CategoryWatch.objects.filter(member=member), ["category__name"]),
        "topics_read": rows_of(ReadMark.objects.filter(member=member), ["topic__title", "last_read_post_id"]),
    }


def anonymise(*, member, remove_words: bool) -> None:
    """Posts stay so that threads still read; their words go only when the data protection officer chooses."""
    TopicWatch.objects.filter(member=member).delete()
    CategoryWatch.objects.filter(member=member).delete()
    ReadMark.objects.filter(member=member).delete()
    if not remove_words:
        return
    removed_html = render_markdown(REMOVED)
    Post.objects.filter(author=member).update(body=REMOVED, body_html=removed_html)
    PostRevision.objects.filter(edited_by=member).update(body=REMOVED)
    PostRevision.objects.filter(post__author=member).update(body=REMOVED)
    Flag.objects.filter(flagged_by=member).update(note="")
    for topic in Topic.objects.filter(author=member):
        topic.keep_opening_text(REMOVED)
        topic.save(update_fields=["opening_text", "excerpt"])
        search_index.insert_or_update_object(topic)


def expire_rejected(*, before) -> int:
    """Rejected replies, and topics whose opening post was rejected, written before `before`."""
    old = Post.objects.filter(status=Post.Status.REJECTED, created_at__lt=before)
    topics, _ = Topic.objects.filter(pk__in=old.filter(is_opening=True).values("topic_id")).delete()
    replies, _ = Post.objects.filter(status=Post.Status.REJECTED, created_at__lt=before, is_opening=False).delete()
    return topics + replies


def provider() -> PersonalData:
    return PersonalData(
        key="forum",
        title="Forum",
        holds=(
            "Your topics and posts and their edits, the posts you found helpful or flagged, the topics and categories "
            "you watch, how far you have read, and, for moderators, what you moderated."
        ),
        why="To run the forum: show your posts under your name, tell you of replies and keep a moderation record.",
        kept=(
            "Posts stay when you leave, under an anonymised name, so that threads still read; the data protection "
            "officer may remove their words. Held posts that were rejected are deleted after the period below."
        ),
        retention="rejected_posts",
        models=(
            "forum.Flag",
            "forum.ModerationAction",
            "forum.Post",
            "forum.HelpfulReaction",
            "forum.ReadMark",
            "forum.PostRevision",
            "forum.Topic",
            "forum.TopicWatch",
            "forum.CategoryWatch",
        ),
        rows=rows,
        anonymise=anonymise,
        expiry={"rejected_posts": expire_rejected},
    )
