"""What the forum holds about a member: topics and posts, edits, reactions, flags, watches, what they read, and,
for moderators, what they did. Replies in the member's topics come with their authors' words and display
names, never their email addresses."""

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
from community.forum.services import personal_data as personal_data_services
from community.personal_data import PersonalData, display_name, rows_of


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
        anonymise=personal_data_services.anonymise_leaver,
        expiry={"rejected_posts": personal_data_services.expire_rejected},
    )
