"""The measures' reads. Every figure is aggregated in the database; Python only shapes the few result rows.

Medians use an ordered offset query (count, then the middle one or two rows), which gives the same
answer on SQLite and PostgreSQL. Point-in-time figures are as on the filter's end date.
"""

import datetime
from dataclasses import dataclass

from django.db.models import (
    Avg,
    Count,
    DateTimeField,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import TruncMonth, TruncWeek
from django.utils import timezone

from community.forum.models import Flag, Post, Topic
from community.levels import Level, manages_account_on
from community.measures.filters import Filters
from community.models import Member, OfficialAccount
from courses.licences.models import Licence, LicenceStatusChange, LicenceType
from courses.models import CoursePage, Enrolment, GuidelineAcknowledgement, GuidelinePage, GuidelineVersion
from courses.quizzes.models import AttemptQuestion, QuizAttempt

TOO_EASY_ABOVE = 0.95
TOO_HARD_BELOW = 0.30
UNANSWERED_AFTER = datetime.timedelta(days=3)


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _after(day: datetime.date) -> datetime.datetime:
    """The first moment of the day after `day`."""
    return _start_of(day + datetime.timedelta(days=1))


def _in_department(queryset: QuerySet, filters: Filters, *, path: str) -> QuerySet:
    """`path` leads from the queryset's model to a Member, e.g. "holder" or "" for Member itself."""
    if not filters.department:
        return queryset
    return queryset.filter(**{f"{path}__department" if path else "department": filters.department})


def median(queryset: QuerySet, expression) -> object | None:
    """The median of `expression` over the rows: an ordered offset query, the same on every database.

    Two queries: the count, then the middle one or two values. Works for numbers and durations.
    """
    values = (
        queryset.annotate(measured=expression)
        .filter(measured__isnull=False)
        .order_by("measured")
        .values_list("measured", flat=True)
    )
    count = values.count()
    if count == 0:
        return None
    lower, upper = (count - 1) // 2, count // 2
    middle = list(values[lower : upper + 1])
    if len(middle) == 1:
        return middle[0]
    return middle[0] + (middle[1] - middle[0]) / 2


def _duration(later, earlier) -> ExpressionWrapper:
    return ExpressionWrapper(F(later) - F(earlier), output_field=DurationField())


def share(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


# Levels ---------------------------------------------------------------------------------------------


def _licence_held_on(day: datetime.date) -> QuerySet:
    """Licences that made their holder a Corporate user on `day`, reconstructed from the records.

    Valid between issue and expiry, unless revoked or suspended before the day ended (the status change's
    date says when). A licence later replaced after running out (status "expired") was valid in its time.
    """
    ended_at = Subquery(
        LicenceStatusChange.objects.filter(
            licence=OuterRef("pk"), to_status__in=[Licence.Status.REVOKED, Licence.Status.SUSPENDED]
        )
        .order_by("-changed_at")
        .values("changed_at")[:1],
        output_field=DateTimeField(),
    )
    return (
        Licence.objects.filter(
            holder=OuterRef("pk"), licence_type__grants_corporate_level=True, issued_on__lte=day, expires_on__gt=day
        )
        .annotate(ended_at=ended_at)
        .filter(
            Q(status__in=[Licence.Status.ACTIVE, Licence.Status.EXPIRED])
            | Q(status__in=[Licence.Status.REVOKED, Licence.Status.SUSPENDED], ended_at__gte=_after(day))
        )
    )


def members_with_levels(*, filters: Filters, day: datetime.date) -> QuerySet:
    """Active members who had joined by `day`, with `licensed` and `manages` for that day, both reconstructed
    from the records: licences here, who managed which account when through `postwise_account_managers`."""
    members = Member.objects.filter(is_active=True, date_joined__lt=_after(day))
    return _in_department(members, filters, path="").annotate(
        licensed=Exists(_licence_held_on(day)), manages=manages_account_on(day)
    )


LEVEL_FILTERS = {
    Level.BASIC: Q(licensed=False),
    Level.CORPORATE_USER: Q(licensed=True, manages=False),
    Level.ACCOUNT_MANAGER: Q(licensed=True, manages=True),
}


def level_counts(*, filters: Filters, day: datetime.date) -> dict[Level, int]:
    """How many members were at each level on `day` (one query)."""
    counts = members_with_levels(filters=filters, day=day).aggregate(
        **{level.name: Count("pk", filter=condition) for level, condition in LEVEL_FILTERS.items()}
    )
    return {level: counts[level.name] for level in Level}


def level_trend(*, filters: Filters) -> list[tuple[datetime.date, dict[Level, int]]]:
    """Members at each level at the end of each month in the range (one query per month)."""
    return [(day, level_counts(filters=filters, day=day)) for day in filters.month_ends()]


# Induction --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Induction:
    required_courses: int
    members: int
    completed: int
    median_days: float | None
    by_department: list[tuple[str, int, int]]


def induction(*, filters: Filters) -> Induction:
    """Members who joined in the range, and those who completed every course required for all staff by its end."""
    required = list(CoursePage.objects.live().filter(required_for_all=True).values_list("pk", flat=True))
    if not required:
        return Induction(required_courses=0, members=0, completed=0, median_days=None, by_department=[])
    members = _in_department(
        Member.objects.filter(is_active=True, date_joined__gte=filters.start_at, date_joined__lt=filters.end_before),
        filters,
        path="",
    )
    completions = Enrolment.objects.filter(course_id__in=required, completed_at__lt=filters.end_before)
    completers = completions.values("member").annotate(done=Count("pk")).filter(done=len(required)).values("member")
    completed = Q(pk__in=completers)
    totals = members.aggregate(members=Count("pk"), completed=Count("pk", filter=completed))
    by_department = [
        (row["department"] or "No department given", row["members"], row["completed"])
        for row in members.values("department")
        .annotate(members=Count("pk"), completed=Count("pk", filter=completed))
        .order_by("department")
    ]
    completed_at = Subquery(
        completions.filter(member=OuterRef("pk")).values("member").annotate(last=Max("completed_at")).values("last"),
        output_field=DateTimeField(),
    )
    middle = median(
        members.filter(completed).annotate(completed_at=completed_at), _duration("completed_at", "date_joined")
    )
    return Induction(
        required_courses=len(required),
        members=totals["members"],
        completed=totals["completed"],
        median_days=None if middle is None else round(middle / datetime.timedelta(days=1), 1),
        by_department=by_department,
    )


# The licence quiz ---------------------------------------------------------------------------------------


def licence_quiz_ids() -> list[int]:
    return list(LicenceType.objects.filter(quiz__isnull=False).values_list("quiz_id", flat=True).distinct())


def _submitted_attempts(*, filters: Filters, quiz_ids: list[int]) -> QuerySet:
    attempts = QuizAttempt.objects.filter(
        quiz_id__in=quiz_ids,
        status=QuizAttempt.Status.SUBMITTED,
        submitted_at__gte=filters.start_at,
        submitted_at__lt=filters.end_before,
    )
    return _in_department(attempts, filters, path="member")


@dataclass(frozen=True)
class QuizSummary:
    attempts: int
    passed: int
    pass_rate: float | None
    passers: int
    mean_attempts_to_pass: float | None
    by_month: list[tuple[datetime.date, int, int]]


def quiz_summary(*, filters: Filters, quiz_ids: list[int]) -> QuizSummary:
    attempts = _submitted_attempts(filters=filters, quiz_ids=quiz_ids)
    totals = attempts.aggregate(attempts=Count("pk"), passed=Count("pk", filter=Q(passed=True)))
    # A member's first pass: its number is how many attempts the pass took (numbers run 1, 2, 3...).
    earlier_pass = QuizAttempt.objects.filter(
        member=OuterRef("member"), quiz=OuterRef("quiz"), passed=True, number__lt=OuterRef("number")
    )
    first_passes = attempts.filter(passed=True).exclude(Exists(earlier_pass))
    passes = first_passes.aggregate(passers=Count("pk"), mean=Avg("number"))
    by_month = [
        (row["month"].date() if isinstance(row["month"], datetime.datetime) else row["month"], row["n"], row["p"])
        for row in attempts.annotate(month=TruncMonth("submitted_at"))
        .values("month")
        .annotate(n=Count("pk"), p=Count("pk", filter=Q(passed=True)))
        .order_by("month")
    ]
    return QuizSummary(
        attempts=totals["attempts"],
        passed=totals["passed"],
        pass_rate=share(totals["passed"], totals["attempts"]),
        passers=passes["passers"],
        mean_attempts_to_pass=None if passes["mean"] is None else round(float(passes["mean"]), 2),
        by_month=by_month,
    )


@dataclass(frozen=True)
class QuestionFigures:
    question_id: int
    text: str
    answered: int
    correct: int
    difficulty: float | None  # the share answering correctly
    discrimination: float | None  # share correct among passing attempts minus among failing ones

    @property
    def flag(self) -> str:
        if self.difficulty is None:
            return ""
        if self.difficulty > TOO_EASY_ABOVE:
            return "Too easy"
        if self.difficulty < TOO_HARD_BELOW:
            return "Too hard"
        return ""


def question_figures(*, filters: Filters, quiz_ids: list[int]) -> list[QuestionFigures]:
    """Per question over submitted attempts in the range: difficulty and discrimination (one query)."""
    attempts = _submitted_attempts(filters=filters, quiz_ids=quiz_ids)
    right = Q(is_correct=True)
    passed = Q(attempt__passed=True)
    rows = (
        AttemptQuestion.objects.filter(attempt__in=attempts)
        .values("question_id", "question__text")
        .annotate(
            answered=Count("pk"),
            correct=Count("pk", filter=right),
            in_passes=Count("pk", filter=passed),
            correct_in_passes=Count("pk", filter=right & passed),
            in_fails=Count("pk", filter=~passed),
            correct_in_fails=Count("pk", filter=right & ~passed),
        )
        .order_by("question_id")
    )
    figures = []
    for row in rows:
        pass_share = share(row["correct_in_passes"], row["in_passes"])
        fail_share = share(row["correct_in_fails"], row["in_fails"])
        figures.append(
            QuestionFigures(
                question_id=row["question_id"],
                text=row["question__text"],
                answered=row["answered"],
                correct=row["correct"],
                difficulty=share(row["correct"], row["answered"]),
                discrimination=None if pass_share is None or fail_share is None else pass_share - fail_share,
            )
        )
    return figures


# Licences -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LicenceRenewals:
    expiring_30: int
    expiring_90: int
    renewed_on_time: int
    renewed_late: int
    lapsed: int

    @property
    def on_time_share(self) -> float | None:
        return share(self.renewed_on_time, self.renewed_on_time + self.renewed_late + self.lapsed)


def licence_renewals(*, filters: Filters) -> LicenceRenewals:
    """Valid licences expiring within 30 and 90 days of the end date; renewals in the range.

    On time: renewed in the renewal window (the licence is extended). Late: a new licence issued in the range
    after an earlier one of the same type ran out. Lapsed: ran out in the range and still not renewed.
    """
    end = filters.end
    valid = _in_department(Licence.objects.valid_on(end), filters, path="holder")
    expiring = valid.aggregate(
        within_30=Count("pk", filter=Q(expires_on__lte=end + datetime.timedelta(days=30))),
        within_90=Count("pk", filter=Q(expires_on__lte=end + datetime.timedelta(days=90))),
    )
    on_time = _in_department(
        LicenceStatusChange.objects.filter(
            event=LicenceStatusChange.Event.RENEWED, changed_at__gte=filters.start_at, changed_at__lt=filters.end_before
        ),
        filters,
        path="licence__holder",
    ).count()
    ran_out_before = Licence.objects.filter(
        holder=OuterRef("holder"),
        licence_type=OuterRef("licence_type"),
        status=Licence.Status.EXPIRED,
        expires_on__lte=OuterRef("issued_on"),
    )
    licences = _in_department(Licence.objects.all(), filters, path="holder")
    other = licences.aggregate(
        late=Count(
            "pk",
            filter=Q(Exists(ran_out_before), issued_on__gte=filters.start, issued_on__lte=end),
        ),
        lapsed=Count("pk", filter=Q(status=Licence.Status.ACTIVE, expires_on__gte=filters.start, expires_on__lte=end)),
    )
    return LicenceRenewals(
        expiring_30=expiring["within_30"],
        expiring_90=expiring["within_90"],
        renewed_on_time=on_time,
        renewed_late=other["late"],
        lapsed=other["lapsed"],
    )


# Guidelines ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Acknowledgement:
    level: Level
    members: int
    acknowledged: int

    @property
    def share(self) -> float | None:
        return share(self.acknowledged, self.members)


def guideline_acknowledgements(*, filters: Filters) -> list[Acknowledgement] | None:
    """Per level on the end date: members who acknowledged the current version of every guideline for their
    level and those below (the latest major version, or a later one). None when no guideline is published."""
    required_version = Subquery(
        GuidelineVersion.objects.filter(guideline=OuterRef("pk"), major=True).order_by("-pk").values("pk")[:1]
    )
    guidelines = list(
        GuidelinePage.objects.live().annotate(required=required_version).values_list("pk", "audience", "required")
    )
    if not guidelines:
        return None
    members = members_with_levels(filters=filters, day=filters.end).annotate(
        **{
            f"ack_{pk}": Exists(
                GuidelineAcknowledgement.objects.filter(
                    member=OuterRef("pk"),
                    version__guideline_id=pk,
                    version_id__gte=required or 0,
                    acknowledged_at__lt=filters.end_before,
                )
            )
            for pk, _, required in guidelines
        }
    )
    counts = {}
    for level, condition in LEVEL_FILTERS.items():
        acknowledged = Q(**{f"ack_{pk}": True for pk, audience, _ in guidelines if audience <= level})
        counts[f"all_{level.value}"] = Count("pk", filter=condition)
        counts[f"ack_{level.value}"] = Count("pk", filter=condition & acknowledged)
    totals = members.aggregate(**counts)
    return [
        Acknowledgement(level=level, members=totals[f"all_{level.value}"], acknowledged=totals[f"ack_{level.value}"])
        for level in Level
    ]


# Forum -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ForumActivity:
    weeks: list[tuple[datetime.date, int, int]]  # week starting (Monday), topics, replies
    topics: int
    replies: int
    median_hours_to_first_reply: float | None
    unanswered: int
    flags_waiting: int


def _published_replies() -> QuerySet:
    return Post.objects.filter(is_opening=False, status=Post.Status.PUBLISHED, is_hidden=False)


def _week_of(value) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def forum_activity(*, filters: Filters) -> ForumActivity:
    in_range = {"created_at__gte": filters.start_at, "created_at__lt": filters.end_before}
    topics = _in_department(Topic.objects.listed().filter(**in_range), filters, path="author")
    replies = _in_department(
        _published_replies().filter(topic__in=Topic.objects.listed(), **in_range), filters, path="author"
    )
    per_week: dict[datetime.date, list[int]] = {}
    for index, queryset in enumerate((topics, replies)):
        for row in queryset.annotate(week=TruncWeek("created_at")).values("week").annotate(n=Count("pk")).order_by():
            per_week.setdefault(_week_of(row["week"]), [0, 0])[index] = row["n"]
    first_monday = filters.start - datetime.timedelta(days=filters.start.weekday())
    weeks = []
    monday = first_monday
    while monday <= filters.end:
        topic_count, reply_count = per_week.get(monday, [0, 0])
        weeks.append((monday, topic_count, reply_count))
        monday += datetime.timedelta(weeks=1)

    first_reply = Subquery(
        _published_replies().filter(topic=OuterRef("pk")).order_by("created_at").values("created_at")[:1],
        output_field=DateTimeField(),
    )
    middle = median(topics.annotate(first_reply_at=first_reply), _duration("first_reply_at", "created_at"))
    answered_by_end = _published_replies().filter(topic=OuterRef("pk"), created_at__lt=filters.end_before)
    unanswered = (
        topics.filter(created_at__lt=min(filters.end_before, timezone.now()) - UNANSWERED_AFTER)
        .exclude(Exists(answered_by_end))
        .count()
    )
    flags = _in_department(
        Flag.objects.filter(created_at__lt=filters.end_before).filter(
            Q(resolved_at__isnull=True) | Q(resolved_at__gte=filters.end_before)
        ),
        filters,
        path="post__author",
    ).count()
    return ForumActivity(
        weeks=weeks,
        topics=sum(week[1] for week in weeks),
        replies=sum(week[2] for week in weeks),
        median_hours_to_first_reply=None if middle is None else round(middle / datetime.timedelta(hours=1), 1),
        unanswered=unanswered,
        flags_waiting=flags,
    )


# Official accounts ---------------------------------------------------------------------------------------------


def official_accounts(*, filters: Filters, sponsor_id: int | None) -> QuerySet:
    """The register's accounts in scope (not retired), with `licensed_managers` on the end date."""
    accounts = OfficialAccount.objects.exclude(status=OfficialAccount.Status.RETIRED)
    if filters.department:
        accounts = accounts.filter(department=filters.department)
    if sponsor_id is not None:
        accounts = accounts.filter(sponsor_id=sponsor_id)
    licensed = Licence.objects.valid_on(filters.end).filter(
        holder__managed_accounts=OuterRef("pk"), licence_type__grants_corporate_level=True
    )
    managers = OfficialAccount.managers.through.objects.filter(officialaccount=OuterRef("pk"))
    holds_licence = Licence.objects.valid_on(filters.end).filter(
        holder=OuterRef("member"), licence_type__grants_corporate_level=True
    )
    licensed_count = Subquery(
        managers.filter(Exists(holds_licence)).values("officialaccount").annotate(n=Count("pk")).values("n")
    )
    return accounts.annotate(has_licensed_manager=Exists(licensed), licensed_managers=licensed_count).order_by(
        "department", "name", "handle"
    )


def accounts_without_licensed_manager(*, filters: Filters, sponsor_id: int | None) -> list[OfficialAccount]:
    return list(
        official_accounts(filters=filters, sponsor_id=sponsor_id).filter(
            status__in=OfficialAccount.MANAGER_LEVEL_STATUSES, has_licensed_manager=False
        )
    )


def overdue_reviews(*, filters: Filters, sponsor_id: int | None) -> list[OfficialAccount]:
    return list(
        official_accounts(filters=filters, sponsor_id=sponsor_id)
        .filter(review_date__lt=filters.end)
        .order_by("review_date", "pk")
    )


def sponsors_with_accounts() -> QuerySet:
    return Member.objects.filter(is_active=True, sponsored_accounts__isnull=False).distinct().order_by("pk")


def is_sponsor(*, member_id: int | None) -> bool:
    return member_id is not None and OfficialAccount.objects.filter(sponsor_id=member_id).exists()
