"""Writes the privacy app asks of the forum (through its personal data provider, ../personal_data.py): a
leaver's anonymisation and the expiry of old rejected posts."""

from wagtail.search import index as search_index

from community.forum.markdown import render_markdown
from community.forum.models import CategoryWatch, Flag, Post, PostRevision, ReadMark, Topic, TopicWatch

REMOVED = "[Removed at the request of the data protection officer.]"


def anonymise_leaver(*, member, remove_words: bool) -> None:
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
