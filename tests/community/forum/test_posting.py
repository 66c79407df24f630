from django.urls import reverse

from community.forum.factories import TopicFactory, enthusiasts
from community.forum.models import Category, Post, PostRevision, Topic
from community.forum.services.posting import MAX_BODY, edit_post, reply


def test_start_topic_stores_counts_tags_and_renders(client, basic_member):
    category = enthusiasts()
    client.force_login(basic_member)
    response = client.post(
        reverse("forum:new_topic", args=[category.slug]),
        {"title": "Posting about road closures", "body": "Use **plain** words.", "tags": "Service alerts, roads"},
    )
    topic = Topic.objects.get(title="Posting about road closures")
    assert response.status_code == 302 and response.url == topic.get_absolute_url()
    assert sorted(topic.tags.names()) == ["roads", "service alerts"]
    category.refresh_from_db()
    assert (category.topic_count, category.post_count) == (1, 1)
    page = client.get(response.url).content.decode()
    assert "<strong>plain</strong>" in page


def test_preview_shows_sanitised_html_and_keeps_text(client, basic_member):
    category = enthusiasts()
    client.force_login(basic_member)
    response = client.post(
        reverse("forum:new_topic", args=[category.slug]),
        {"title": "Draft", "body": "*hello* <script>x</script>", "preview": "1"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<em>hello</em>" in html and "<script>x" not in html
    assert "*hello* &lt;script&gt;x&lt;/script&gt;</textarea>" in html
    assert not Topic.objects.exists()


def test_empty_and_too_long_posts_get_clear_messages_and_keep_text(client, basic_member):
    topic = TopicFactory(category=enthusiasts())
    client.force_login(basic_member)
    empty = client.post(reverse("forum:reply", args=[topic.pk]), {"body": "   "})
    assert "Enter the text of your post." in empty.content.decode()
    too_long = "word " * (MAX_BODY // 4)
    response = client.post(reverse("forum:reply", args=[topic.pk]), {"body": too_long})
    html = response.content.decode()
    assert "characters or fewer" in html
    assert too_long.strip()[:200] in html
    assert topic.posts.count() == 1


def test_missing_topic_is_404(client, basic_member):
    client.force_login(basic_member)
    assert client.get(reverse("forum:topic", args=[999999])).status_code == 404
    assert client.post(reverse("forum:reply", args=[999999]), {"body": "hi"}).status_code == 404


def test_locked_topic_refuses_replies_with_a_message(client, basic_member):
    topic = TopicFactory(category=enthusiasts(), is_locked=True)
    client.force_login(basic_member)
    response = client.post(reverse("forum:reply", args=[topic.pk]), {"body": "Let me in"})
    assert response.status_code == 200
    assert "This topic is locked" in response.content.decode()
    assert topic.posts.count() == 1


def test_reply_updates_stored_counts(basic_member, corporate_member):
    topic = TopicFactory(category=enthusiasts())
    post = reply(author=basic_member, topic=topic, body="First reply")
    reply(author=corporate_member, topic=topic, body="Second reply")
    topic.refresh_from_db()
    category = Category.objects.get(pk=topic.category_id)
    assert topic.reply_count == 2 and category.post_count == 3
    assert topic.last_post_id > post.pk


def test_stale_edit_is_refused_and_text_is_kept(client, basic_member):
    topic = TopicFactory(category=enthusiasts(), author=basic_member)
    post = topic.posts.get()
    edit_post(editor=basic_member, post=post, body="Edited elsewhere", version=1, title=topic.title)
    client.force_login(basic_member)
    response = client.post(
        reverse("forum:edit_post", args=[post.pk]), {"title": topic.title, "body": "My own words", "version": 1}
    )
    html = response.content.decode()
    assert "Someone changed this post" in html and "My own words" in html
    post.refresh_from_db()
    assert post.body == "Edited elsewhere"


def test_edit_keeps_history_for_author_and_moderators_only(client, basic_member, corporate_member, champion):
    topic = TopicFactory(category=enthusiasts(), author=basic_member, opening_text="Original words")
    post = topic.posts.get()
    client.force_login(basic_member)
    client.post(reverse("forum:edit_post", args=[post.pk]), {"title": "New title", "body": "New words", "version": 1})
    assert PostRevision.objects.get(post=post).body == "Original words"
    topic.refresh_from_db()
    assert topic.title == "New title"
    history = reverse("forum:history", args=[post.pk])
    assert "Original words" in client.get(history).content.decode()
    client.force_login(champion)
    assert client.get(history).status_code == 200
    client.force_login(corporate_member)
    assert client.get(history).status_code == 404
    assert client.get(reverse("forum:edit_post", args=[post.pk])).status_code == 404


def test_helpful_once_and_accepted_answer(client, basic_member, corporate_member):
    topic = TopicFactory(category=enthusiasts(), author=basic_member)
    answer = reply(author=corporate_member, topic=topic, body="Try a pinned post.")
    client.force_login(basic_member)
    client.post(reverse("forum:helpful", args=[answer.pk]))
    client.post(reverse("forum:helpful", args=[answer.pk]))
    answer.refresh_from_db()
    assert answer.helpful_count == 1
    client.post(reverse("forum:accept", args=[answer.pk]))
    topic.refresh_from_db()
    assert topic.accepted_post_id == answer.pk
    # Someone else may not accept, nor mark their own post helpful.
    client.force_login(corporate_member)
    assert client.post(reverse("forum:accept", args=[answer.pk])).status_code == 404
    assert client.post(reverse("forum:helpful", args=[answer.pk])).status_code == 404


def test_get_changes_nothing_on_post_actions(client, basic_member):
    topic = TopicFactory(category=enthusiasts())
    post = topic.posts.get()
    client.force_login(basic_member)
    assert client.get(reverse("forum:helpful", args=[post.pk])).status_code == 405
    assert Post.objects.get(pk=post.pk).helpful_count == 0
