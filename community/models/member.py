from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower

from community.member_cache import SESSION_HASH_ATTRIBUTE, forget_members

AVATAR_COLOURS = 8


class MemberQuerySet(models.QuerySet):
    def update(self, **kwargs) -> int:
        """Also forgets the cached rows of the members it changes (community.member_cache): one more query,
        for their ids."""
        member_ids = list(self.values_list("pk", flat=True))
        updated = super().update(**kwargs)
        forget_members(member_ids)
        return updated

    update.alters_data = True


class MemberManager(BaseUserManager.from_queryset(MemberQuerySet)):
    use_in_migrations = True

    def _create(self, *, email: str, password: str | None, **fields) -> "Member":
        if not email:
            raise ValueError("A member needs an email address.")
        member = self.model(email=self.normalize_email(email).lower(), **fields)
        member.set_password(password)
        member.save(using=self._db)
        return member

    def create_user(self, email: str, password: str | None = None, **fields) -> "Member":
        fields.setdefault("is_staff", False)
        fields.setdefault("is_superuser", False)
        return self._create(email=email, password=password, **fields)

    def create_superuser(self, email: str, password: str | None = None, **fields) -> "Member":
        fields.update(is_staff=True, is_superuser=True)
        return self._create(email=email, password=password, **fields)


class Member(AbstractUser):
    """A member of staff. Their level is derived from records (see community.levels)."""

    username = None
    email = models.EmailField("email address", unique=True)
    department = models.CharField(max_length=120, blank=True)
    job_title = models.CharField(max_length=120, blank=True)
    # Set for members the directory provisions over SCIM (community/provisioning/): our id for them, and theirs.
    scim_id = models.CharField("SCIM ID", max_length=64, unique=True, null=True, blank=True, editable=False)
    scim_external_id = models.CharField(
        "directory ID", max_length=254, blank=True, default="", db_index=True, editable=False
    )
    scim_username = models.CharField("directory user name", max_length=254, blank=True, default="", db_index=True)
    # Stored count of unread notifications, kept by community.notifications.services in the same
    # transaction as each change, so the header shows it without a query.
    unread_notification_count = models.PositiveIntegerField(default=0, editable=False)
    # A profile's figures, stored so a profile never counts them: the forum's are kept by
    # community.forum.services.counts.members_changed, best practice's by community.bestpractice.services,
    # each in the same transaction as the change.
    forum_post_count = models.PositiveIntegerField(default=0, editable=False)
    helpful_count = models.PositiveIntegerField(default=0, editable=False)
    accepted_answer_count = models.PositiveIntegerField(default=0, editable=False)
    best_practice_count = models.PositiveIntegerField(default=0, editable=False)
    # A square JPEG re-encoded by community.avatars (never the uploaded bytes), under a random name.
    avatar = models.FileField(upload_to="avatars/", blank=True, max_length=120)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = MemberManager()

    class Meta:
        ordering = ["last_name", "first_name", "email"]
        constraints = [models.UniqueConstraint(Lower("email"), name="member_email_ci_unique")]
        # The members directory pages by (last name, first name, id): community.members.selectors.
        indexes = [models.Index(fields=["last_name", "first_name", "id"], name="member_directory_order")]

    def __str__(self) -> str:
        return self.display_name

    def get_session_auth_hash(self) -> str:
        """A member read from the cache (community.member_cache) carries this value instead of the password
        hash it was worked out from; any other member works it out."""
        if "password" not in self.__dict__ and SESSION_HASH_ATTRIBUTE in self.__dict__:
            return self.__dict__[SESSION_HASH_ATTRIBUTE]
        return super().get_session_auth_hash()

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.email.split("@")[0]

    @property
    def initials(self) -> str:
        """One or two letters for an avatar without a photo."""
        parts = [part for part in (self.first_name, self.last_name) if part.strip()]
        if not parts:
            parts = [self.email.split("@")[0]]
        return "".join(part.strip()[0] for part in parts[:2]).upper()

    @property
    def avatar_colour(self) -> int:
        """One of AVATAR_COLOURS colour classes (postwise.scss `.pw-avatar--N`), fixed for the member."""
        return (self.pk or 0) * 7 % AVATAR_COLOURS
