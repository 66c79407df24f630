"""Reads for quizzes: where a member stands with a quiz, and what an attempt or its review shows."""

import datetime
from dataclasses import dataclass, field

from django.db import models
from django.utils import timezone
from wagtail.models import Revision

from courses.licences.models import Licence, LicenceType
from courses.models import CoursePage
from courses.quizzes.models import AttemptQuestion, Option, Question, QuizAttempt, QuizPage, TimeAdjustment
from courses.selectors import lessons_complete

# A submission this soon after the deadline still counts in full (network delay, a slow click).
GRACE = datetime.timedelta(seconds=30)
ATTEMPTS_READ = 100
ATTEMPTS_LISTED = 20
# The one extension a member may ask for during a timed attempt, unless the quiz is strictly timed.
EXTENSION = datetime.timedelta(minutes=10)
# The attempt page warns (politely, through a live region) when this much time is left.
WARN_BEFORE = datetime.timedelta(minutes=2)
ADJUSTMENTS_LISTED = 50


def licence_type_for(*, quiz: QuizPage) -> LicenceType | None:
    return LicenceType.objects.filter(quiz=quiz).first()


def course_of(*, quiz: QuizPage):
    return CoursePage.objects.parent_of(quiz).first()


@dataclass
class QuizStatus:
    quiz: QuizPage
    course: object | None
    licence_type: LicenceType | None
    licence: Licence | None
    in_progress: QuizAttempt | None
    attempts: list[QuizAttempt] = field(default_factory=list)
    attempts_used: int = 0
    can_start: bool = False
    reason: str = ""
    renewing: bool = False
    # Set when the member must wait after a failed attempt: the moment the next one may start.
    next_attempt_at: datetime.datetime | None = None
    # The member's reasonable adjustment to time limits, if a champion has set one.
    adjustment: TimeAdjustment | None = None

    @property
    def time_allowed(self) -> datetime.timedelta | None:
        return time_allowed(quiz=self.quiz, adjustment=self.adjustment)

    @property
    def minutes_allowed(self) -> int | None:
        allowed = self.time_allowed
        return None if allowed is None else int(allowed.total_seconds() // 60)

    @property
    def attempts_left(self) -> int | None:
        if self.quiz.max_attempts is None:
            return None
        return max(self.quiz.max_attempts - self.attempts_used, 0)

    @property
    def listed_attempts(self) -> list[QuizAttempt]:
        return self.attempts[:ATTEMPTS_LISTED]

    @property
    def needs_application(self) -> bool:
        """A first licence of an approval type asks for a business reason and a line manager."""
        return bool(self.licence_type and self.licence_type.requires_approval and not self.renewing)


def _latest_licence(*, member, licence_type: LicenceType | None) -> Licence | None:
    if licence_type is None:
        return None
    return (
        Licence.objects.filter(holder=member, licence_type=licence_type)
        .select_related("licence_type")
        .order_by("-created_at", "-pk")
        .first()
    )


def _cycle_start(licence: Licence | None, today: datetime.date) -> datetime.date | None:
    """Attempts and passes count from the start of the current licence cycle: the renewal window
    of a licence about to expire, or the expiry of one that has run out."""
    if licence is None:
        return None
    if licence.in_renewal_window(today):
        return licence.renewal_opens_on()
    ran_out = licence.status == Licence.Status.EXPIRED or (
        licence.status == Licence.Status.ACTIVE and licence.expires_on <= today
    )
    return licence.expires_on if ran_out else None


def _refusal(*, status: QuizStatus, member, now: datetime.datetime) -> str:
    """Why the member may not start an attempt now, or "" if they may."""
    quiz, licence, today = status.quiz, status.licence, timezone.localdate(now)
    if (
        quiz.requires_lessons_complete
        and status.course is not None
        and not lessons_complete(member=member, course=status.course)
    ):
        return f"Complete every lesson of “{status.course.title}” before you take this quiz."
    if licence is not None:
        if licence.status == Licence.Status.PENDING:
            return "Your licence is waiting for a champion's approval. You do not need to take the quiz again."
        if licence.status in (Licence.Status.SUSPENDED, Licence.Status.REVOKED):
            return (
                f"Your licence is {licence.get_status_display().lower()}. "
                "Speak to a customer service champion before you take the quiz again."
            )
        if licence.is_valid_on(today) and not status.renewing:
            return (
                f"You hold the {licence.licence_type} until {licence.expires_on:%-d %B %Y}. "
                f"You can renew it from {licence.renewal_opens_on():%-d %B %Y}."
            )
    cycle_attempts = status.attempts
    if quiz.stop_after_pass and any(attempt.passed for attempt in cycle_attempts):
        return "You have passed this quiz."
    if status.attempts_left == 0:
        return (
            f"You have used all {quiz.max_attempts} attempts. Speak to a customer service champion if you need another."
        )
    next_try = _next_try(status)
    if next_try is not None and now < next_try:
        status.next_attempt_at = next_try
        local = timezone.localtime(next_try)
        return f"You can try again from {local:%H:%M} on {local:%-d %B %Y}."
    return ""


def _next_try(status: QuizStatus) -> datetime.datetime | None:
    """When the wait after the latest attempt ends, if that attempt failed and the quiz sets a wait."""
    last = status.attempts[0] if status.attempts else None
    if last is None or last.passed or not status.quiz.wait_hours_between_attempts or not last.submitted_at:
        return None
    return last.submitted_at + datetime.timedelta(hours=status.quiz.wait_hours_between_attempts)


def quiz_status(*, member, quiz: QuizPage, now: datetime.datetime) -> QuizStatus:
    """Where the member stands with the quiz. A fixed number of queries, whatever their history."""
    licence_type = licence_type_for(quiz=quiz)
    licence = _latest_licence(member=member, licence_type=licence_type)
    today = timezone.localdate(now)
    cycle_start = _cycle_start(licence, today)
    # Bounded: far more than any attempt limit allows in one licence cycle.
    attempts = QuizAttempt.objects.filter(member=member, quiz=quiz).order_by("-started_at", "-pk")[:ATTEMPTS_READ]
    in_progress = next((a for a in attempts if a.status == QuizAttempt.Status.IN_PROGRESS), None)
    submitted = [a for a in attempts if a.status == QuizAttempt.Status.SUBMITTED]
    if cycle_start is not None:
        submitted = [a for a in submitted if timezone.localdate(a.started_at) >= cycle_start]
    status = QuizStatus(
        quiz=quiz,
        course=course_of(quiz=quiz),
        licence_type=licence_type,
        licence=licence,
        in_progress=in_progress,
        attempts=submitted,
        attempts_used=len(submitted),
        renewing=licence is not None and licence.in_renewal_window(today),
        adjustment=time_adjustment_for(member=member) if quiz.time_limit else None,
    )
    if in_progress is None:
        status.reason = _refusal(status=status, member=member, now=now)
        status.can_start = not status.reason
    return status


@dataclass(frozen=True)
class ShownQuestion:
    """A question as the member sees it: the revision they were shown, the frozen option order, and their
    saved or submitted answer."""

    entry: AttemptQuestion
    number: int
    question: Question
    options: list[Option]

    @property
    def selected(self) -> set[int]:
        return set(self.entry.selected_option_ids)

    @property
    def correct_options(self) -> list[Option]:
        return [option for option in self.options if option.is_correct]

    @property
    def chosen_options(self) -> list[Option]:
        return [option for option in self.options if option.pk in self.selected]


def question_from_revision(*, content: dict, question_id: int) -> Question:
    """The question as a revision stored it, with its options, without touching the database."""
    question = Question.from_serializable_data(content, check_fks=False)
    question.pk = question_id
    return question


def shown_questions(*, entries: list[AttemptQuestion]) -> list[ShownQuestion]:
    """The entries' questions as shown: one query for the revisions (and one for the options of any
    attempt made before questions had revisions)."""
    contents = dict(
        Revision.objects.filter(pk__in=[e.revision_id for e in entries if e.revision_id]).values_list("pk", "content")
    )
    unrevised = [option_id for e in entries if e.revision_id not in contents for option_id in e.option_ids]
    live_options = Option.objects.in_bulk(unrevised) if unrevised else {}
    shown = []
    for number, entry in enumerate(entries, start=1):
        if entry.revision_id in contents:
            question = question_from_revision(content=contents[entry.revision_id], question_id=entry.question_id)
            by_id = {option.pk: option for option in question.options.all()}
        else:
            question, by_id = entry.question, live_options
        options = [by_id[option_id] for option_id in entry.option_ids if option_id in by_id]
        shown.append(ShownQuestion(entry=entry, number=number, question=question, options=options))
    return shown


def attempt_questions(*, attempt: QuizAttempt) -> list[ShownQuestion]:
    """The attempt's questions in order, as the revisions they were shown, with their options in the
    frozen order: two queries."""
    entries = list(attempt.questions.select_related("question__lesson").order_by("position"))
    return shown_questions(entries=entries)


def attempt_for(*, attempt_id: int) -> QuizAttempt | None:
    return QuizAttempt.objects.select_related("quiz").filter(pk=attempt_id).first()


def is_past_grace(*, attempt: QuizAttempt, now: datetime.datetime) -> bool:
    return attempt.deadline is not None and now > attempt.deadline + GRACE


def lessons_to_revisit(*, questions: list[ShownQuestion]) -> list:
    """The live lessons that teach the questions answered wrongly, each once, in course order."""
    lessons = {}
    for shown in questions:
        lesson = shown.entry.question.lesson
        if not shown.entry.is_correct and lesson is not None and lesson.live:
            lessons.setdefault(lesson.pk, lesson)
    return sorted(lessons.values(), key=lambda lesson: lesson.path)


@dataclass(frozen=True)
class ExportedQuestion:
    kind: str
    text: str
    explanation: str
    options: list[Option]


def live_questions_of(*, pool) -> list[ExportedQuestion]:
    """The pool's questions as published (never a draft): two queries."""
    rows = list(pool.questions.filter(live=True).order_by("pk").values_list("pk", "live_revision_id"))
    contents = dict(Revision.objects.filter(pk__in=[r for _, r in rows if r]).values_list("pk", "content"))
    unrevised = [pk for pk, revision_id in rows if revision_id not in contents]
    fallback = {
        question.pk: question for question in Question.objects.filter(pk__in=unrevised).prefetch_related("options")
    }
    exported = []
    for pk, revision_id in rows:
        if revision_id in contents:
            question = question_from_revision(content=contents[revision_id], question_id=pk)
        else:
            question = fallback[pk]
        exported.append(
            ExportedQuestion(question.kind, question.text, question.explanation, list(question.options.all()))
        )
    return exported


# ---- Time limits and reasonable adjustments ----


def time_adjustment_for(*, member) -> TimeAdjustment | None:
    """The member's adjustment in force, or None: their newest row, unless it ended the adjustment."""
    latest = TimeAdjustment.objects.filter(member=member).order_by("-set_at", "-pk").first()
    return latest if latest is not None and latest.in_force else None


def time_allowed(*, quiz: QuizPage, adjustment: TimeAdjustment | None) -> datetime.timedelta | None:
    """How long an attempt at the quiz lasts for a member with this adjustment; None for no limit."""
    if quiz.time_limit is None or (adjustment is not None and adjustment.no_limit):
        return None
    extra = adjustment.extra_minutes if adjustment is not None else 0
    return quiz.time_limit + datetime.timedelta(minutes=extra)


def extension_refusal(*, attempt: QuizAttempt, now: datetime.datetime) -> str:
    """Why the member may not have 10 more minutes now, or "" if they may."""
    if not attempt.is_in_progress:
        return "This attempt has been submitted, so its time cannot change."
    if attempt.deadline is None:
        return "This attempt has no time limit."
    if attempt.quiz.strictly_timed:
        return "This quiz is strictly timed, so its time cannot be extended. A champion can agree extra time with you."
    if attempt.extended_at is not None:
        return "You have already had 10 more minutes for this attempt."
    if is_past_grace(attempt=attempt, now=now):
        return "Time is up for this attempt, so it cannot be extended. Submit it to see your result."
    return ""


def adjustments_in_force() -> list[TimeAdjustment]:
    """Every member's adjustment in force, for champions: the newest row per member, if it is in force."""
    latest = TimeAdjustment.objects.filter(member=models.OuterRef("member")).order_by("-set_at", "-pk").values("pk")[:1]
    return list(
        TimeAdjustment.objects.filter(pk=models.Subquery(latest))
        .filter(models.Q(no_limit=True) | models.Q(extra_minutes__gt=0))
        .select_related("member", "set_by")
        .order_by("member__email")[:ADJUSTMENTS_LISTED]
    )


def adjustment_history() -> list[TimeAdjustment]:
    """The audit trail of adjustments, newest first: who set what, for whom, when and why."""
    return list(
        TimeAdjustment.objects.select_related("member", "set_by").order_by("-set_at", "-pk")[:ADJUSTMENTS_LISTED]
    )
