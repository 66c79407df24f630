"""Reads for member profiles and the members directory. A fixed number of queries, whatever the data."""

import base64
import binascii
import json
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.db.models import Q

from community.bestpractice.models import Statement
from community.forum.models import Post
from community.forum.selectors import readable_category_ids
from community.levels import annotate_levels, level_from_facts
from community.members.badges import Badge, badges
from community.models import Member, OfficialAccount
from community.permissions import permissions
from community.roles import ROLE_GROUP_NAMES, Role
from courses.licences.models import Licence

MEMBERS_PER_PAGE = 30
RECENT_POSTS = 10
STATEMENTS_SHOWN = 10
MAX_SEARCH_WORDS = 5
MAX_SEARCH_LENGTH = 100


def _roles_by_member(member_ids: list[int]) -> dict[int, set[Role]]:
    """One query for any number of members."""
    roles: dict[int, set[Role]] = {}
    rows = Group.objects.filter(name__in=ROLE_GROUP_NAMES, user__id__in=member_ids).values_list("user__id", "name")
    for member_id, name in rows:
        roles.setdefault(member_id, set()).add(Role(name))
    return roles


def _level(member):
    return level_from_facts(
        has_valid_licence=member.has_valid_licence, manages_approved_account=member.manages_approved_account
    )


def badges_for(*, members: list) -> dict[int, list[Badge]]:
    """Badges of members already annotated by community.levels.annotate_levels: one query for the roles."""
    roles = _roles_by_member([member.pk for member in members])
    return {member.pk: badges(level=_level(member), roles=roles.get(member.pk, set())) for member in members}


def badges_of(*, member_ids: list[int]) -> dict[int, list[Badge]]:
    """Badges of any members by id (the forum's `postwise_author_badges` hook): two queries, whatever the number."""
    members = list(annotate_levels(Member.objects.filter(pk__in=member_ids)).only("pk"))
    return badges_for(members=members)


# The directory ---------------------------------------------------------------------------------------------


@dataclass
class DirectoryRow:
    member: Member
    badges: list[Badge]


@dataclass
class DirectoryPage:
    rows: list[DirectoryRow]
    next_cursor: str | None


def _encode(member: Member) -> str:
    raw = json.dumps([member.last_name, member.first_name, member.pk]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(value: str | None) -> tuple[str, str, int] | None:
    """None for a missing or broken cursor: the directory starts again from the top."""
    if not value or len(value) > 400:
        return None
    try:
        last, first, pk = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        return None
    if not (isinstance(last, str) and isinstance(first, str) and isinstance(pk, int)) or not 0 < pk < 2**62:
        return None
    if "\x00" in last or "\x00" in first:
        return None
    return last, first, pk


def directory_page(*, search: str = "", cursor: str | None = None, per_page: int = MEMBERS_PER_PAGE) -> DirectoryPage:
    """Active members whose name or department contains every word searched, by last and first name.

    Keyset pagination on (last_name, first_name, id), the `member_directory_order` index.
    """
    queryset = Member.objects.filter(is_active=True)
    # A NUL character cannot be in a PostgreSQL text value (nor in a name): it is dropped from the search.
    for word in search.replace("\x00", "")[:MAX_SEARCH_LENGTH].split()[:MAX_SEARCH_WORDS]:
        queryset = queryset.filter(
            Q(first_name__icontains=word) | Q(last_name__icontains=word) | Q(department__icontains=word)
        )
    after = decode_cursor(cursor)
    if after is not None:
        last, first, pk = after
        queryset = queryset.filter(
            Q(last_name__gt=last)
            | Q(last_name=last, first_name__gt=first)
            | Q(last_name=last, first_name=first, id__gt=pk)
        )
    members = list(annotate_levels(queryset).order_by("last_name", "first_name", "id")[: per_page + 1])
    next_cursor = _encode(members[per_page - 1]) if len(members) > per_page else None
    members = members[:per_page]
    member_badges = badges_for(members=members)
    return DirectoryPage(
        rows=[DirectoryRow(member=member, badges=member_badges[member.pk]) for member in members],
        next_cursor=next_cursor,
    )


# A profile -------------------------------------------------------------------------------------------------


@dataclass
class Profile:
    member: Member
    level_label: str
    role_labels: list[str]
    badges: list[Badge]
    licence: Licence | None
    accounts: list[OfficialAccount]
    recent_posts: list[Post] = field(default_factory=list)
    posts: int = 0
    answers_accepted: int = 0
    helpful: int = 0
    statements_count: int = 0
    statements: list[Statement] = field(default_factory=list)


def active_member(*, pk: int) -> Member | None:
    return annotate_levels(Member.objects.filter(pk=pk, is_active=True)).first()


def _readable_posts(*, viewer, member: Member):
    """The member's published, visible posts in listed topics of categories the viewer may read."""
    return Post.objects.filter(
        author=member,
        status=Post.Status.PUBLISHED,
        is_hidden=False,
        topic__category_id__in=readable_category_ids(user=viewer),
        topic__is_hidden=False,
        topic__awaiting_approval=False,
        topic__merged_into__isnull=True,
    )


def profile_for(*, viewer, member: Member) -> Profile:
    """`member` comes from active_member (annotated with its level facts)."""
    level = _level(member)
    roles = _roles_by_member([member.pk]).get(member.pk, set())
    licence = (
        Licence.objects.valid_today()
        .filter(holder=member)
        .select_related("licence_type")
        .order_by("-expires_on", "-id")
        .first()
    )
    accounts = list(
        OfficialAccount.objects.filter(managers=member, status__in=OfficialAccount.MANAGER_LEVEL_STATUSES).order_by(
            "name", "id"
        )[:20]
    )
    posts = _readable_posts(viewer=viewer, member=member)
    recent = list(posts.select_related("topic__category").order_by("-created_at", "-id")[:RECENT_POSTS])
    # The query already keeps to readable posts; the rule has the last word, as on every other page.
    recent = [post for post in recent if permissions.can(viewer, "forum.read_post", post)]
    statements = list(
        Statement.objects.published()
        .filter(Q(created_by=member) | Q(posts__author=member))
        .distinct()
        .order_by("-published_at", "-id")[:STATEMENTS_SHOWN]
    )
    return Profile(
        member=member,
        level_label=level.label,
        role_labels=[badge.label for badge in badges(level=None, roles=roles)],
        badges=badges(level=level, roles=roles),
        licence=licence,
        accounts=accounts,
        recent_posts=recent,
        # Stored on the member by the services that change them (never counted here): the whole forum's
        # figures, which say how many, never what or where.
        posts=member.forum_post_count,
        answers_accepted=member.accepted_answer_count,
        helpful=member.helpful_count,
        statements_count=member.best_practice_count,
        statements=statements,
    )
