from community.forum.models.category import Category
from community.forum.models.flag import Flag
from community.forum.models.moderation_log import ModerationAction
from community.forum.models.post import Post
from community.forum.models.reaction import HelpfulReaction
from community.forum.models.read_mark import ReadMark
from community.forum.models.revision import PostRevision
from community.forum.models.topic import Topic
from community.forum.models.watch import CategoryWatch, TopicWatch

__all__ = [
    "Category",
    "CategoryWatch",
    "Flag",
    "HelpfulReaction",
    "ModerationAction",
    "Post",
    "PostRevision",
    "ReadMark",
    "Topic",
    "TopicWatch",
]
