import pytest
from django.urls import reverse

from community.forum.factories import CategoryFactory, TopicFactory, enthusiasts
from community.forum.models import Category, Flag, ModerationAction, Post, Topic
from community.forum.services.posting import reply, start_topic
from tests.conftest import ROLE_NAMES


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_only_moderators_see_the_queue(role, client_for_role):
    response = client_for_role(role).get(reverse("forum:moderation"))
    expected = {"anonymous": 302, "champion": 200}.get(role, 403)
    assert response.status_code == expected


def test_flag_goes_to_queue_and_hide_resolves_it(client, basic_member, corporate_member, champion):
    topic = TopicFactory(category=enthusiasts())
    post = reply(author=corporate_member, topic=topic, body="Buy cheap followers at spam.example")
    client.force_login(basic_member)
    client.post(reverse("forum:flag", args=[post.pk]), {"reason": "spam"})
    client.post(reverse("forum:flag", args=[post.pk]), {"reason": "spam"})
    assert Flag.objects.filter(post=post, resolved_at__isnull=True).count() == 1
    client.force_login(champion)
    assert "Buy cheap followers" in client.get(reverse("forum:moderation")).content.decode()
    client.post(reverse("forum:moderate_post", args=[post.pk, "hide"]))
    post.refresh_from_db()
    topic.refresh_from_db()
    assert post.is_hidden and topic.reply_count == 0
    assert not Flag.objects.filter(resolved_at__isnull=True).exists()
    assert ModerationAction.objects.filter(verb="hide", post=post, moderator=champion).exists()
    client.force_login(basic_member)
    assert "Buy cheap followers" not in client.get(topic.get_absolute_url()).content.decode()
    client.force_login(champion)
    client.post(reverse("forum:moderate_post", args=[post.pk, "restore"]))
    topic.refresh_from_db()
    assert topic.reply_count == 1
    assert ModerationAction.objects.filter(verb="restore", post=post).exists()


def test_flag_needs_a_reason(client, basic_member):
    post = TopicFactory(category=enthusiasts()).posts.get()
    client.force_login(basic_member)
    response = client.post(reverse("forum:flag", args=[post.pk]), {})
    assert "Choose why you are flagging this post." in response.content.decode()


def test_pin_lock_hide_move_merge_are_logged_and_keep_counts(client, champion, basic_member):
    source_category, target_category = enthusiasts(), CategoryFactory()
    topic = TopicFactory(category=source_category)
    reply(author=basic_member, topic=topic, body="A reply")
    client.force_login(champion)
    for verb in ("pin", "lock", "hide", "restore"):
        assert client.post(reverse("forum:moderate_topic", args=[topic.pk, verb])).status_code == 302
    client.post(reverse("forum:move", args=[topic.pk]), {"category": target_category.pk})
    topic.refresh_from_db()
    assert topic.is_pinned and topic.is_locked and not topic.is_hidden
    assert topic.category_id == target_category.pk
    source_category.refresh_from_db()
    target_category.refresh_from_db()
    assert (source_category.topic_count, source_category.post_count) == (0, 0)
    assert (target_category.topic_count, target_category.post_count) == (1, 2)

    other = TopicFactory(category=target_category)
    response = client.post(reverse("forum:merge", args=[other.pk]), {"into": topic.pk})
    assert response.status_code == 302
    topic.refresh_from_db()
    other.refresh_from_db()
    target_category.refresh_from_db()
    assert other.merged_into_id == topic.pk and other.is_hidden
    assert topic.reply_count == 2 and Post.objects.filter(topic=topic).count() == 3
    assert (target_category.topic_count, target_category.post_count) == (1, 3)
    verbs = set(ModerationAction.objects.values_list("verb", flat=True))
    assert {"pin", "lock", "hide", "restore", "move", "merge"} <= verbs
    # A bad merge target gets a clear message.
    third = TopicFactory(category=target_category)
    response = client.post(reverse("forum:merge", args=[third.pk]), {"into": 987654})
    assert "There is no topic with that number." in response.content.decode()


def test_new_members_wait_for_approval_where_the_category_asks(client, basic_member, corporate_member, champion):
    category = CategoryFactory(requires_approval=True)
    topic = start_topic(author=basic_member, category=category, title="First time here", body="Hello all")
    assert topic.awaiting_approval
    client.force_login(corporate_member)
    assert client.get(topic.get_absolute_url()).status_code == 404
    assert "First time here" not in client.get(reverse("forum:index")).content.decode()
    client.force_login(basic_member)
    assert client.get(topic.get_absolute_url()).status_code == 200
    client.force_login(champion)
    client.post(reverse("forum:moderate_post", args=[topic.posts.get().pk, "approve"]))
    topic.refresh_from_db()
    category.refresh_from_db()
    assert not topic.awaiting_approval and category.topic_count == 1
    assert ModerationAction.objects.filter(verb="approve").exists()
    client.force_login(corporate_member)
    assert client.get(topic.get_absolute_url()).status_code == 200


def test_established_members_skip_approval(basic_member):
    category = CategoryFactory(requires_approval=True)
    for number in range(3):
        TopicFactory(category=CategoryFactory(), author=basic_member, title=f"Old {number}")
    topic = start_topic(author=basic_member, category=category, title="Regular", body="Hello again")
    assert not topic.awaiting_approval
    assert Topic.objects.get(pk=topic.pk).last_post_id == topic.posts.get().pk
    assert Category.objects.get(pk=category.pk).topic_count == 1


def test_a_merged_topic_cannot_be_restored_and_says_why(client, champion):
    category = enthusiasts()
    source, target = TopicFactory(category=category), TopicFactory(category=category)
    client.force_login(champion)
    client.post(reverse("forum:merge", args=[source.pk]), {"into": target.pk})
    response = client.post(reverse("forum:moderate_topic", args=[source.pk, "restore"]), follow=True)
    assert "merged into another one" in response.content.decode()
    category.refresh_from_db()
    assert (category.topic_count, category.post_count) == (1, 2)


def test_unknown_verbs_are_404(client, champion):
    topic = TopicFactory(category=enthusiasts())
    client.force_login(champion)
    assert client.post(reverse("forum:moderate_topic", args=[topic.pk, "explode"])).status_code == 404
    assert client.post(reverse("forum:moderate_post", args=[topic.posts.get().pk, "explode"])).status_code == 404
