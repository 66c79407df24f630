from django.urls import reverse

from community.forum.factories import TopicFactory, enthusiasts
from community.forum.models import Topic


def test_new_members_are_limited_per_minute_with_text_kept(client, basic_member, settings):
    settings.FORUM_NEW_MEMBER_POSTS_PER_MINUTE = 2
    category = enthusiasts()
    client.force_login(basic_member)
    url = reverse("forum:new_topic", args=[category.slug])
    for number in range(2):
        assert client.post(url, {"title": f"Topic {number}", "body": "Body"}).status_code == 302
    response = client.post(url, {"title": "Third topic", "body": "My carefully typed words"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "New members can post 2 times a minute" in html
    assert "My carefully typed words" in html and 'value="Third topic"' in html
    assert Topic.objects.count() == 2


def test_new_members_are_limited_per_day(client, basic_member, settings):
    settings.FORUM_NEW_MEMBER_POSTS_PER_MINUTE = 100
    settings.FORUM_NEW_MEMBER_POSTS_PER_DAY = 3
    settings.FORUM_NEW_MEMBER_POSTS = 10
    topic = TopicFactory(category=enthusiasts())
    client.force_login(basic_member)
    for _ in range(3):
        client.post(reverse("forum:reply", args=[topic.pk]), {"body": "again"})
    response = client.post(reverse("forum:reply", args=[topic.pk]), {"body": "one more"})
    assert "times a day" in response.content.decode()
    assert topic.posts.count() == 4


def test_link_cap_for_new_members(client, basic_member, settings):
    settings.FORUM_NEW_MEMBER_LINK_CAP = 2
    topic = TopicFactory(category=enthusiasts())
    client.force_login(basic_member)
    body = "See https://a.example.org and https://b.example.org and https://c.example.org"
    response = client.post(reverse("forum:reply", args=[topic.pk]), {"body": body})
    assert "up to 2 links" in response.content.decode()
    assert topic.posts.count() == 1


def test_established_members_are_not_limited(client, basic_member, settings):
    settings.FORUM_NEW_MEMBER_POSTS_PER_MINUTE = 1
    for number in range(3):
        TopicFactory(author=basic_member, title=f"Earlier {number}")
    topic = TopicFactory(category=enthusiasts())
    client.force_login(basic_member)
    for _ in range(3):
        assert (
            client.post(
                reverse("forum:reply", args=[topic.pk]), {"body": "x https://a.org https://b.org https://c.org"}
            ).status_code
            == 302
        )
