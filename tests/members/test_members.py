import importlib
import io
import struct
import zlib

import pytest
from django.apps import apps as django_apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from community.avatars import MAX_BYTES, SIZE
from community.bestpractice.models import Statement
from community.bestpractice.services import create_draft_statement, publish_statement
from community.factories import MemberFactory, OfficialAccountFactory
from community.forum import factories as forum
from community.forum.models import Post, Topic
from community.forum.services.answers import accept_answer, clear_answer
from community.forum.services.moderation.posts import hide_post, restore_post
from community.forum.services.moderation.topics import hide_topic, restore_topic
from community.forum.services.posting import reply
from community.forum.services.reactions import mark_helpful, unmark_helpful
from community.members import services as member_services
from community.models import Member
from community.roles import Role
from courses.licences.factories import LicenceFactory

PROFILE_BUDGET = 18
DIRECTORY_BUDGET = 10


def _image(fmt: str = "PNG", size=(600, 400), colour="red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format=fmt)
    return buffer.getvalue()


def _bomb_png(width: int = 60_000, height: int = 60_000) -> bytes:
    """A tiny file whose header claims 3.6 billion pixels: decoding it would need gigabytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


def _upload(client, content: bytes, name="me.png", content_type="image/png"):
    return client.post(reverse("members:edit_photo"), {"photo": SimpleUploadedFile(name, content, content_type)})


# Profiles ------------------------------------------------------------------------------------------------


def test_profile_shows_level_roles_licence_accounts_and_contributions(client, basic_member):
    person = MemberFactory(first_name="Ada", last_name="Lovelace", department="Libraries", roles=(Role.CHAMPION,))
    licence = LicenceFactory(holder=person)
    OfficialAccountFactory(managers=[person], name="Libraries on Mastodon")
    topic = forum.TopicFactory(category=forum.enthusiasts(), title="Replying at weekends")
    answer = reply(author=person, topic=topic, body="A rota, with one person on call.")
    accept_answer(member=topic.author, post=answer)
    mark_helpful(member=basic_member, post=answer)
    statement = Statement.objects.create(
        title="Reply within a day", stance="do", theme="style", explanation="Because.", created_by=person
    )
    client.force_login(basic_member)
    page = client.get(reverse("members:profile", args=[person.pk])).content.decode()
    assert "Ada Lovelace" in page and "Libraries" in page
    assert "Account manager" in page and "Champion" in page
    assert f"valid until {licence.expires_on:%-d %B %Y}" in page
    assert "Libraries on Mastodon" in page
    assert "Replying at weekends" in page and statement.title in page
    assert 'Forum posts</dt><dd class="govuk-summary-list__value">1<' in page
    assert 'Answers accepted</dt><dd class="govuk-summary-list__value">1<' in page
    assert "1 time<" in page
    assert "1 statement<" in page


def _figures(member) -> tuple[int, int, int, int]:
    member.refresh_from_db()
    return (
        member.forum_post_count,
        member.helpful_count,
        member.accepted_answer_count,
        member.best_practice_count,
    )


def test_profile_figures_are_stored_and_kept_right_by_the_services(basic_member, corporate_member, champion):
    """Posts (published, visible, in a visible topic), helpful marks on them, answers accepted and best practice
    contributed: each service that changes one of them works it out again for the members it touches."""
    person = MemberFactory()
    topic = forum.TopicFactory(category=forum.enthusiasts(), author=corporate_member, title="Weekend replies")
    answer = reply(author=person, topic=topic, body="A rota.")
    assert _figures(person) == (1, 0, 0, 0)
    mark_helpful(member=basic_member, post=answer)
    mark_helpful(member=corporate_member, post=answer)
    assert _figures(person) == (1, 2, 0, 0)
    unmark_helpful(member=basic_member, post=answer)
    accept_answer(member=corporate_member, post=answer)
    assert _figures(person) == (1, 1, 1, 0)
    second = reply(author=champion, topic=topic, body="Or an out-of-hours message.")
    accept_answer(member=corporate_member, post=second)  # the accepted answer moves to the champion's
    assert _figures(person)[2] == 0 and _figures(champion)[2] == 1
    clear_answer(member=corporate_member, topic=Topic.objects.get(pk=topic.pk))
    assert _figures(champion)[2] == 0
    hide_post(moderator=champion, post=answer)
    assert _figures(person) == (0, 0, 0, 0)
    restore_post(moderator=champion, post=Post.objects.get(pk=answer.pk))
    assert _figures(person) == (1, 1, 0, 0)
    hide_topic(moderator=champion, topic=topic)
    assert _figures(person)[0] == 0 and _figures(corporate_member)[0] == 0
    restore_topic(moderator=champion, topic=Topic.objects.get(pk=topic.pk))
    assert _figures(person)[0] == 1 and _figures(corporate_member)[0] == 1
    draft = create_draft_statement(
        by=champion,
        title="Keep a rota",
        stance="do",
        theme="style",
        explanation="So nobody is on call alone.",
        source_post=answer,
        source_topic=topic,
    )
    assert _figures(person)[3] == 0  # a draft is not contributed yet
    publish_statement(statement=draft, by=champion)
    assert _figures(person)[3] == 1 and _figures(champion)[3] == 1
    Statement.objects.get(pk=draft.pk).delete()
    assert _figures(person)[3] == 0 and _figures(champion)[3] == 0


def test_the_migration_fills_in_the_stored_figures(basic_member, champion):
    person = MemberFactory()
    topic = forum.TopicFactory(category=forum.enthusiasts(), author=person)
    answer = reply(author=person, topic=topic, body="Me again.")
    mark_helpful(member=basic_member, post=answer)
    Statement.objects.create(title="Be kind", stance="do", theme="style", explanation="Why.", created_by=person)
    expected = _figures(person)
    Member.objects.update(forum_post_count=0, helpful_count=0, accepted_answer_count=0, best_practice_count=0)
    migration = importlib.import_module("community.migrations.0009_member_stored_profile_counts")
    migration.backfill(django_apps, None)
    assert _figures(person) == expected == (2, 1, 0, 1)


def test_a_profile_counts_nothing_while_it_is_shown(client, basic_member):
    person = MemberFactory()
    forum.TopicFactory(category=forum.enthusiasts(), author=person)
    client.force_login(basic_member)
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("members:profile", args=[person.pk]))
    sums = [query["sql"] for query in queries.captured_queries if "COUNT(" in query["sql"] or "SUM(" in query["sql"]]
    assert sums == []


@pytest.mark.parametrize(
    ("viewer_fixture", "sees_secret"),
    [("basic_member", False), ("corporate_member", False), ("coordinator", False), ("champion", True)],
)
def test_profile_lists_no_post_in_a_category_the_viewer_cannot_read(db, client, request, viewer_fixture, sees_secret):
    person = MemberFactory()
    enthusiasts = forum.enthusiasts()
    forum.TopicFactory(category=enthusiasts, author=person, title="Open to everyone")
    forum.TopicFactory(category=forum.champions_only(), author=person, title="Champions only plan")
    hidden = forum.TopicFactory(category=enthusiasts, author=person, title="Hidden by a moderator")
    Topic.objects.filter(pk=hidden.pk).update(is_hidden=True)
    client.force_login(request.getfixturevalue(viewer_fixture))
    page = client.get(reverse("members:profile", args=[person.pk])).content.decode()
    assert "Open to everyone" in page
    assert ("Champions only plan" in page) is sees_secret
    assert "Hidden by a moderator" not in page


def test_an_inactive_members_profile_and_photo_are_not_found(client, basic_member):
    gone = MemberFactory(is_active=False)
    client.force_login(basic_member)
    assert client.get(reverse("members:profile", args=[gone.pk])).status_code == 404
    assert client.get(reverse("members:photo", args=[gone.pk])).status_code == 404


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _seed_person(person, *, many: int):
    LicenceFactory(holder=person)
    category = forum.enthusiasts() if not forum.Category.objects.filter(slug="enthusiasts").exists() else None
    category = category or forum.Category.objects.get(slug="enthusiasts")
    for n in range(many):
        OfficialAccountFactory(managers=[person])
        forum.TopicFactory(category=category, author=person)
        Statement.objects.create(
            title=f"S{person.pk}-{n}", stance="do", theme="style", explanation="x", created_by=person
        )


def test_profile_queries_stay_flat_with_much_data(client, basic_member):
    few, many = MemberFactory(roles=(Role.CHAMPION,)), MemberFactory(roles=(Role.CHAMPION, Role.COORDINATOR))
    _seed_person(few, many=1)
    _seed_person(many, many=30)
    client.force_login(basic_member)
    _queries(client, reverse("members:profile", args=[few.pk]))  # the session and caches are warm
    small = _queries(client, reverse("members:profile", args=[few.pk]))
    large = _queries(client, reverse("members:profile", args=[many.pk]))
    assert large == small <= PROFILE_BUDGET


# The directory -------------------------------------------------------------------------------------------


def test_directory_searches_name_and_department(client, basic_member):
    MemberFactory(first_name="Grace", last_name="Hopper", department="Parks")
    MemberFactory(first_name="Alan", last_name="Turing", department="Libraries")
    client.force_login(basic_member)
    by_name = client.get(reverse("members:directory"), {"q": "hopp"}).content.decode()
    by_department = client.get(reverse("members:directory"), {"q": "parks"}).content.decode()
    assert "Grace Hopper" in by_name and "Alan Turing" not in by_name
    assert "Grace Hopper" in by_department and "Alan Turing" not in by_department


def test_directory_pages_by_keyset_through_everyone_once(client, basic_member):
    for n in range(70):
        MemberFactory(first_name=f"Person{n:02d}", last_name="Same" if n % 2 else f"Name{n:02d}")
    MemberFactory(first_name="Left", last_name="Out", is_active=False)
    client.force_login(basic_member)
    seen, url = [], reverse("members:directory")
    for _ in range(10):
        response = client.get(url)
        seen += [row.member.pk for row in response.context["page"].rows]
        if not response.context["next_url"]:
            break
        url = reverse("members:directory") + response.context["next_url"]
    active = list(
        Member.objects.filter(is_active=True).order_by("last_name", "first_name", "id").values_list("pk", flat=True)
    )
    assert seen == active


def test_directory_queries_stay_flat_and_badges_show(client, basic_member):
    client.force_login(basic_member)
    _queries(client, reverse("members:directory"))
    small = _queries(client, reverse("members:directory"))
    for n in range(80):
        member = MemberFactory(roles=(Role.CHAMPION,) if n % 3 == 0 else ())
        if n % 4 == 0:
            LicenceFactory(holder=member)
    _queries(client, reverse("members:directory"))  # the viewer's cached facts are rebuilt once after role changes
    large = _queries(client, reverse("members:directory"))
    assert large == small <= DIRECTORY_BUDGET
    page = client.get(reverse("members:directory")).content.decode()
    assert "Champion" in page and "Corporate user" in page


def test_a_data_protection_officer_is_listed_with_their_other_badges_only(client, basic_member):
    MemberFactory(first_name="Dana", last_name="Officer", roles=(Role.CHAMPION, Role.DATA_PROTECTION))
    client.force_login(basic_member)
    response = client.get(reverse("members:directory"), {"q": "Officer"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Dana" in page and "Champion" in page
    assert "Data protection officer" not in page


@pytest.mark.parametrize("cursor", ["not-a-cursor", "W10", "WyJhIiwgImIiLCAtMV0", "x" * 500, "%00"])
def test_a_broken_cursor_starts_from_the_top(client, basic_member, cursor):
    client.force_login(basic_member)
    assert client.get(reverse("members:directory"), {"after": cursor, "q": "\x00" * 3}).status_code == 200


# Photos --------------------------------------------------------------------------------------------------


def test_a_photo_is_re_encoded_square_and_served_as_jpeg(client, basic_member):
    client.force_login(basic_member)
    response = _upload(client, _image("PNG"))
    assert response.status_code == 302
    basic_member.refresh_from_db()
    assert basic_member.avatar.name.startswith("avatars/") and basic_member.avatar.name.endswith(".jpg")
    served = client.get(reverse("members:photo", args=[basic_member.pk]))
    assert served["Content-Type"] == "image/jpeg" and served["X-Content-Type-Options"] == "nosniff"
    image = Image.open(io.BytesIO(b"".join(served.streaming_content)))
    assert image.format == "JPEG" and image.size == (SIZE, SIZE)
    profile = client.get(reverse("members:profile", args=[basic_member.pk])).content.decode()
    assert reverse("members:photo", args=[basic_member.pk]) in profile


def test_replacing_and_removing_a_photo_deletes_the_old_file(client, basic_member, django_capture_on_commit_callbacks):
    client.force_login(basic_member)
    with django_capture_on_commit_callbacks(execute=True):
        _upload(client, _image("JPEG"), name="a.jpg", content_type="image/jpeg")
    basic_member.refresh_from_db()
    first = basic_member.avatar.name
    storage = basic_member.avatar.storage
    with django_capture_on_commit_callbacks(execute=True):
        _upload(client, _image("WEBP", colour="blue"), name="b.webp", content_type="image/webp")
    basic_member.refresh_from_db()
    assert basic_member.avatar.name != first and not storage.exists(first)
    second = basic_member.avatar.name
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("members:remove_photo"))
    basic_member.refresh_from_db()
    assert basic_member.avatar.name == "" and not storage.exists(second)
    assert client.get(reverse("members:photo", args=[basic_member.pk])).status_code == 404


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"hello, not an image", "me.png", "must be a JPEG, PNG or WebP"),
        (_image("GIF"), "me.gif", "must be a JPEG, PNG or WebP"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "me.svg", "must be a JPEG"),
        (_image("PNG")[:60], "cut.png", "must be a JPEG, PNG or WebP"),
        (b"\0" * (MAX_BYTES + 1), "big.png", "smaller than 2 MB"),
        (_bomb_png(), "bomb.png", "too many pixels"),
        (_bomb_png(6000, 6000), "large.png", "too many pixels"),
    ],
    ids=["text", "gif", "svg", "truncated", "oversized", "bomb", "too-many-pixels"],
)
def test_bad_photos_are_refused_beside_the_field(client, basic_member, content, name, message):
    client.force_login(basic_member)
    response = _upload(client, content, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["form"].errors["photo"]
    basic_member.refresh_from_db()
    assert basic_member.avatar.name == ""


def test_photo_uploads_are_limited_per_hour_counting_refused_ones(client, basic_member, monkeypatch):
    monkeypatch.setattr(member_services, "PHOTO_UPLOADS_PER_HOUR", 2)
    client.force_login(basic_member)
    assert _upload(client, b"not an image").status_code == 200  # refused, and counted: it was read
    assert _upload(client, _image()).status_code == 302
    response = _upload(client, _image())
    assert response.status_code == 200
    assert "You have uploaded 2 photos in the last hour" in response.content.decode()
    assert response.context["form"].errors["photo"]


def test_the_directory_search_columns_have_trigram_indexes_on_postgresql(db):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no index for a LIKE '%word%' search")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'community_member'")
        names = {row[0] for row in cursor.fetchall()}
    assert {"member_search_first_name", "member_search_last_name", "member_search_department"} <= names
    assert "member_directory_order" in names


def test_initials_and_colour_need_no_photo(basic_member):
    member = MemberFactory(first_name="ada", last_name="lovelace")
    assert member.initials == "AL"
    assert MemberFactory(first_name="", last_name="", email="zed@example.org").initials == "Z"
    assert 0 <= member.avatar_colour < 8
