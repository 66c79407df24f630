"""Demo data that makes every measure meaningful over 12 months, from site/demo/measures/measures.yaml.

About 60 staff across departments, joining over 18 months; induction completions; licence quiz attempts
(one question clearly too easy, one too hard) and the licences they earned, some renewed on time, some
late, some run out, a few revoked; guideline acknowledgements; forum topics, replies and flags; and the
official accounts' managers, sponsors and review dates. A fixed seed makes it the same every time; a
second run adds nothing (the first demo member's address is the marker). Rows go in with bulk_create.
"""

import datetime
import random

from dateutil.relativedelta import relativedelta
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Count, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from community.demo_accounts import demo_official_account
from community.demo_data import DemoModel, read
from community.forum.markdown import render_markdown
from community.forum.models import Category, Flag, Post, Topic
from community.models import Member, OfficialAccount
from courses.licences.models import Licence, LicenceStatusChange, LicenceType
from courses.models import CoursePage, Enrolment, GuidelineAcknowledgement, GuidelinePage, GuidelineVersion
from courses.quizzes.models import AttemptQuestion, Question, QuizAttempt

# Demo staff and sponsors never sign in: Django's mark for "no password".
UNUSABLE_PASSWORD = make_password(None)
MEASURES_FILE = "measures/measures.yaml"


class DemoInduction(DemoModel):
    completes: float
    days_to_complete: tuple[int, int]


class DemoExtremeQuestion(DemoModel):
    starts: str
    right: float


class DemoQuiz(DemoModel):
    tries: float
    right_by_default: float
    too_easy: DemoExtremeQuestion
    too_hard: DemoExtremeQuestion


class DemoLicences(DemoModel):
    revoked: int
    revoke_reason: str
    history_reason: str
    renew_on_time: float
    renew_late: float


class DemoGuidelines(DemoModel):
    acknowledges: float


class DemoForum(DemoModel):
    category: str
    topics: int
    replies: tuple[int, int]
    first_reply_hours: tuple[float, float]
    unanswered: float
    open_flags: int
    titles: list[str]
    opening_ends: str
    reply_texts: list[str]


class DemoAccountManagers(DemoModel):
    """One of the register's demo accounts, by platform and handle: how many demo staff with a licence manage it."""

    platform: OfficialAccount.Platform
    handle: str
    licensed_managers: int


class DemoSpec(DemoModel):
    seed: int
    members: int
    months: int
    departments: dict[str, int]
    first_names: list[str]
    last_names: list[str]
    induction: DemoInduction
    quiz: DemoQuiz
    licences: DemoLicences
    guidelines: DemoGuidelines
    forum: DemoForum
    accounts: list[DemoAccountManagers]


def load_spec() -> dict:
    """The checked spec, as the plain dictionary the generators below index."""
    return read(MEASURES_FILE, DemoSpec).model_dump()


def _moment(day: datetime.date, rng: random.Random) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(rng.randint(8, 17), rng.randint(0, 59))))


def _people(spec: dict, rng: random.Random) -> list[Member]:
    departments = [name for name, weight in spec["departments"].items() for _ in range(weight)]
    today = timezone.localdate()
    people = []
    for number in range(spec["members"]):
        first = spec["first_names"][number % len(spec["first_names"])]
        last = spec["last_names"][(number * 7 + number // 20) % len(spec["last_names"])]
        joined = today - datetime.timedelta(days=rng.randint(5, 540))
        people.append(
            Member(
                email=f"{first}.{last}{number}@example.org".lower(),
                first_name=first,
                last_name=last,
                department=rng.choice(departments),
                date_joined=_moment(joined, rng),
                password=UNUSABLE_PASSWORD,
            )
        )
    return Member.objects.bulk_create(people)


def _induction(spec: dict, people: list[Member], rng: random.Random) -> int:
    course = CoursePage.objects.live().filter(required_for_all=True).first()
    if course is None:
        return 0
    now = timezone.now()
    low, high = spec["induction"]["days_to_complete"]
    rows = []
    for person in people:
        done = person.date_joined + datetime.timedelta(days=rng.randint(low, high), hours=rng.randint(0, 6))
        completes = rng.random() < spec["induction"]["completes"] and done < now
        rows.append(Enrolment(member=person, course=course, completed_at=done if completes else None))
    Enrolment.objects.bulk_create(rows)
    # Each enrolment starts when its member joined.
    joined = Subquery(Member.objects.filter(pk=OuterRef("member_id")).values("date_joined")[:1])
    Enrolment.objects.filter(member__in=people).update(enrolled_at=joined)
    return sum(1 for row in rows if row.completed_at)


def _quiz_and_licences(spec: dict, people: list[Member], rng: random.Random) -> tuple[int, int]:
    licence_type = LicenceType.objects.filter(quiz__isnull=False).select_related("quiz").first()
    if licence_type is None:
        return 0, 0
    quiz = licence_type.quiz
    pools = quiz.draws.values("pool_id")
    questions = list(Question.objects.filter(pool_id__in=pools).order_by("pk").values_list("pk", "text"))
    if not questions:
        return 0, 0
    draw = min(len(questions), sum(quiz.draws.values_list("question_count", flat=True)) or 10)
    chances = {}
    for pk, text in questions:
        chances[pk] = spec["quiz"]["right_by_default"]
        for extreme in ("too_easy", "too_hard"):
            if text.startswith(spec["quiz"][extreme]["starts"]):
                chances[pk] = spec["quiz"][extreme]["right"]
    today = timezone.localdate()
    attempts, answers, passes = [], [], []
    for person in people:
        if rng.random() >= spec["quiz"]["tries"]:
            continue
        day = max(
            person.date_joined.date() + datetime.timedelta(days=rng.randint(3, 30)), today - relativedelta(months=15)
        )
        for number in range(1, quiz.max_attempts + 1):
            if day > today:
                break
            drawn = rng.sample([pk for pk, _ in questions], draw)
            right = {pk: rng.random() < chances[pk] for pk in drawn}
            score = round(100 * sum(right.values()) / len(drawn))
            started = _moment(day, rng)
            attempt = QuizAttempt(
                quiz=quiz,
                member=person,
                number=number,
                status=QuizAttempt.Status.SUBMITTED,
                started_at=started,
                submitted_at=started + datetime.timedelta(minutes=rng.randint(6, 19)),
                correct_count=sum(right.values()),
                question_count=len(drawn),
                percent=score,
                passed=score >= quiz.pass_mark_percent,
            )
            attempts.append(attempt)
            answers.append(right)
            if attempt.passed:
                passes.append((person, day))
                break
            day += datetime.timedelta(days=rng.randint(1, 20))
    QuizAttempt.objects.bulk_create(attempts)
    AttemptQuestion.objects.bulk_create(
        AttemptQuestion(
            attempt=attempt,
            question_id=pk,
            position=position,
            is_correct=correct,
            answered_at=attempt.started_at + datetime.timedelta(minutes=position + 1),
        )
        for attempt, right in zip(attempts, answers, strict=True)
        for position, (pk, correct) in enumerate(right.items())
    )
    return len(attempts), _licences(spec, licence_type, passes, rng)


def _licences(spec: dict, licence_type: LicenceType, passes: list, rng: random.Random) -> int:
    """A licence for each pass; those that reached their window were renewed on time, late, or ran out."""
    today = timezone.localdate()
    licences, changes = [], []  # changes: (licence index, event, from, to, day)
    for person, day in passes:
        expires = day + relativedelta(months=licence_type.validity_months)
        window_opens = expires - datetime.timedelta(days=licence_type.renewal_window_days)
        if window_opens <= today and rng.random() < spec["licences"]["renew_on_time"]:
            renewed_on = window_opens + datetime.timedelta(days=rng.randint(0, licence_type.renewal_window_days - 1))
            if renewed_on <= today:
                licences.append(
                    Licence(
                        holder=person,
                        licence_type=licence_type,
                        status="active",
                        issued_on=day,
                        expires_on=expires + relativedelta(months=licence_type.validity_months),
                    )
                )
                changes += [
                    (len(licences) - 1, "issued", "", "active", day),
                    (len(licences) - 1, "renewed", "active", "active", renewed_on),
                ]
                continue
        if expires <= today and rng.random() < spec["licences"]["renew_late"]:
            again = expires + datetime.timedelta(days=rng.randint(5, 40))
            if again <= today:
                licences.append(
                    Licence(
                        holder=person, licence_type=licence_type, status="expired", issued_on=day, expires_on=expires
                    )
                )
                changes += [
                    (len(licences) - 1, "issued", "", "active", day),
                    (len(licences) - 1, "expired", "active", "expired", again),
                ]
                licences.append(
                    Licence(
                        holder=person,
                        licence_type=licence_type,
                        status="active",
                        issued_on=again,
                        expires_on=again + relativedelta(months=licence_type.validity_months),
                    )
                )
                changes.append((len(licences) - 1, "issued", "", "active", again))
                continue
        licences.append(
            Licence(holder=person, licence_type=licence_type, status="active", issued_on=day, expires_on=expires)
        )
        changes.append((len(licences) - 1, "issued", "", "active", day))
    current = [
        index for index, licence in enumerate(licences) if licence.status == "active" and licence.expires_on > today
    ]
    for index in rng.sample(current, min(spec["licences"]["revoked"], len(current))):
        licence = licences[index]
        licence.status = "revoked"
        revoked_on = licence.issued_on + (today - licence.issued_on) * rng.randint(3, 9) // 10
        changes.append(
            (index, "revoked", "active", "revoked", max(revoked_on, licence.issued_on + datetime.timedelta(days=1)))
        )
    Licence.objects.bulk_create(licences)
    made = LicenceStatusChange.objects.bulk_create(
        LicenceStatusChange(
            licence=licences[index],
            event=event,
            from_status=old,
            to_status=new,
            reason=spec["licences"]["history_reason"] if event != "revoked" else spec["licences"]["revoke_reason"],
        )
        for index, event, old, new, _ in changes
    )
    for change, (_, _, _, _, day) in zip(made, changes, strict=True):
        LicenceStatusChange.objects.filter(pk=change.pk).update(changed_at=_moment(day, rng))
    return len(licences)


def _guidelines(spec: dict, people: list[Member], rng: random.Random) -> int:
    required = Subquery(
        GuidelineVersion.objects.filter(guideline=OuterRef("pk"), major=True).order_by("-pk").values("pk")[:1]
    )
    guidelines = list(GuidelinePage.objects.live().annotate(required=required).values_list("audience", "required"))
    licensed = set(Licence.objects.valid_today().filter(holder__in=people).values_list("holder_id", flat=True))
    managing = set(
        OfficialAccount.managers.through.objects.filter(member__in=people).values_list("member_id", flat=True)
    )
    rows = []
    for person in people:
        level = (3 if person.pk in managing else 2) if person.pk in licensed else 1
        for audience, version_id in guidelines:
            if version_id and audience <= level and rng.random() < spec["guidelines"]["acknowledges"]:
                rows.append(GuidelineAcknowledgement(member=person, version_id=version_id))
    GuidelineAcknowledgement.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


def _forum(spec: dict, people: list[Member], rng: random.Random) -> int:
    forum = spec["forum"]
    category = Category.objects.filter(slug=forum["category"]).first()
    if category is None:
        return 0
    now = timezone.now()
    topics, openings, replies = [], [], []
    for number in range(forum["topics"]):
        created = now - datetime.timedelta(days=rng.uniform(1, 30 * spec["months"]), hours=rng.randint(0, 8))
        title = forum["titles"][number % len(forum["titles"])]
        author = rng.choice(people)
        topics.append(
            Topic(
                category=category,
                title=title,
                author=author,
                created_at=created,
                last_activity_at=created,
            )
        )
        topics[-1].keep_opening_text(f"{title} {forum['opening_ends']}")
    Topic.objects.bulk_create(topics)
    for topic in topics:
        openings.append(
            Post(
                topic=topic,
                author=topic.author,
                is_opening=True,
                body=topic.opening_text,
                body_html=render_markdown(topic.opening_text),
                created_at=topic.created_at,
            )
        )
        if rng.random() < forum["unanswered"]:
            continue
        moment = topic.created_at + datetime.timedelta(hours=rng.uniform(*forum["first_reply_hours"]))
        for _ in range(rng.randint(max(1, forum["replies"][0]), forum["replies"][1])):
            if moment >= now:
                break
            body = rng.choice(forum["reply_texts"])
            replies.append(
                Post(
                    topic=topic,
                    author=rng.choice(people),
                    body=body,
                    body_html=render_markdown(body),
                    created_at=moment,
                )
            )
            moment += datetime.timedelta(hours=rng.uniform(2, 96))
    Post.objects.bulk_create(openings + replies)
    ids = [topic.pk for topic in topics]
    stats = Post.objects.filter(topic=OuterRef("pk")).values("topic")
    Topic.objects.filter(pk__in=ids).update(
        reply_count=Coalesce(Subquery(stats.filter(is_opening=False).annotate(n=Count("pk")).values("n")), 0),
        last_post_id=Subquery(stats.annotate(last=Max("pk")).values("last")),
        last_activity_at=Subquery(stats.annotate(last=Max("created_at")).values("last")),
    )
    Category.objects.filter(pk=category.pk).update(
        topic_count=Topic.objects.filter(category=category).count(),
        post_count=Post.objects.filter(topic__category=category).count(),
    )
    for post in rng.sample(replies, min(forum["open_flags"], len(replies))):
        Flag.objects.create(post=post, flagged_by=rng.choice(people), reason=Flag.Reason.OFF_TOPIC)
        Post.objects.filter(pk=post.pk).update(open_flag_count=1, last_flagged_at=now)
    return len(topics)


def _accounts(spec: dict, people: list[Member], rng: random.Random) -> int:
    """Demo staff join the register's accounts as managers (the register's demo made the accounts)."""
    licensed = list(
        Member.objects.filter(pk__in=Licence.objects.valid_today().filter(holder__in=people).values("holder")).order_by(
            "pk"
        )
    )
    unlicensed = [person for person in people if person not in set(licensed)]
    for entry in spec["accounts"]:
        account = demo_official_account(platform=entry["platform"], handle=entry["handle"], source=MEASURES_FILE)
        managers = [
            licensed.pop(rng.randrange(len(licensed))) for _ in range(min(entry["licensed_managers"], len(licensed)))
        ]
        if entry["licensed_managers"] == 0 and unlicensed:
            managers.append(unlicensed.pop(rng.randrange(len(unlicensed))))
        account.managers.add(*managers)
    return len(spec["accounts"])


def load_measures_demo(*, log) -> None:
    """Measures: staff, learning, forum and account history."""
    spec = load_spec()
    rng = random.Random(spec["seed"])
    marker = f"{spec['first_names'][0]}.{spec['last_names'][0]}0@example.org".lower()
    if Member.objects.filter(email=marker).exists():
        log("measures demo data already there")
        return
    with transaction.atomic():
        people = _people(spec, rng)
        completed = _induction(spec, people, rng)
        attempts, licences = _quiz_and_licences(spec, people, rng)
        accounts = _accounts(spec, people, rng)
        acknowledgements = _guidelines(spec, people, rng)
        topics = _forum(spec, people, rng)
    log(
        f"measures demo: {len(people)} staff, {completed} inductions, {attempts} quiz attempts, {licences} licences, "
        f"{acknowledgements} acknowledgements, {topics} forum topics, {accounts} official accounts"
    )
