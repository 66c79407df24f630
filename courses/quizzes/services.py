"""Writes for quizzes: start an attempt (freezing its draw), save answers, and submit once."""

import datetime
import json
import random
from collections import Counter
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Revision

from community.refusals import Refused
from courses.licences.services import Grant, grant_for_pass
from courses.quizzes.banks import ParsedQuestion
from courses.quizzes.models import (
    AttemptQuestion,
    Option,
    Question,
    QuestionPool,
    QuizAttempt,
    QuizPage,
    TimeAdjustment,
)
from courses.quizzes.scoring import is_right, passes, percent
from courses.quizzes.selectors import (
    ATTEMPTS_READ,
    EXTENSION,
    ShownQuestion,
    extension_refusal,
    is_past_grace,
    licence_type_for,
    question_from_revision,
    quiz_status,
    shown_questions,
    time_allowed,
)

_random = random.SystemRandom()


Answers = dict[int, list[int]]


@dataclass(frozen=True)
class Drawn:
    """A question drawn for an attempt: its published revision and its option ids in the order shown."""

    question_id: int
    revision_id: int | None
    option_ids: list[int]


def _live_option_ids(drawn: list[tuple[int, int | None]]) -> dict[int, list[int]]:
    """Each drawn question's option ids as its published revision has them: one query."""
    contents = dict(
        Revision.objects.filter(pk__in=[revision_id for _, revision_id in drawn if revision_id]).values_list(
            "pk", "content"
        )
    )
    options: dict[int, list[int]] = {question_id: [] for question_id, _ in drawn}
    unrevised = []
    for question_id, revision_id in drawn:
        if revision_id in contents:
            question = question_from_revision(content=contents[revision_id], question_id=question_id)
            options[question_id] = [option.pk for option in question.options.all()]
        else:
            unrevised.append(question_id)
    if unrevised:
        for question_id, option_id in (
            Option.objects.filter(question_id__in=unrevised)
            .order_by("sort_order", "pk")
            .values_list("question_id", "pk")
        ):
            options[question_id].append(option_id)
    return options


def draw_questions(*, quiz: QuizPage, seen: Counter | None = None, rng: random.Random = _random) -> list[Drawn]:
    """Published questions drawn at random from each pool, each with its option ids in the order shown.

    Drafts are never drawn; a live question with a newer draft is drawn as published. Questions the
    member has seen least come first (Moodle draws its random questions the same way): with a pool at
    least twice the number drawn, a retake shares no question with the attempt before.
    """
    seen = seen or Counter()
    drawn: list[tuple[int, int | None]] = []
    for draw in quiz.draws.select_related("pool").order_by("sort_order"):
        pool = list(
            Question.objects.filter(pool=draw.pool, live=True).order_by("pk").values_list("pk", "live_revision_id")
        )
        if len(pool) < draw.question_count:
            raise Refused("This quiz is not ready yet: it has too few questions. A champion has been told.")
        rng.shuffle(pool)
        pool.sort(key=lambda row: seen[row[0]])  # stable: random among equals
        drawn.extend(pool[: draw.question_count])
    options = _live_option_ids(drawn)
    if quiz.shuffle_options:
        for option_ids in options.values():
            rng.shuffle(option_ids)
    return [Drawn(question_id, revision_id, options[question_id]) for question_id, revision_id in drawn]


def record_option_ids(*, question: Question, revision: Revision) -> None:
    """Once a question is published, its revision names its options by their ids.

    An option added in the editor has no id when the revision is saved; publishing gives it one. The
    published revision is what attempts show and score, so it is rewritten with the ids it now has.
    """
    content = json.loads(json.dumps(question.serializable_data(), cls=DjangoJSONEncoder))
    if content != revision.content:
        Revision.objects.filter(pk=revision.pk).update(content=content)


def _seen_questions(*, member, quiz: QuizPage) -> Counter:
    """How often the member was shown each question in their recent attempts at the quiz: one query."""
    recent = QuizAttempt.objects.filter(member=member, quiz=quiz).order_by("-number").values("pk")[:ATTEMPTS_READ]
    return Counter(AttemptQuestion.objects.filter(attempt__in=recent).values_list("question_id", flat=True))


def start_attempt(
    *, member, quiz: QuizPage, now: datetime.datetime, business_reason: str = "", line_manager: str = ""
) -> QuizAttempt:
    """Start an attempt, or return the one in progress: a double click starts one attempt."""
    status = quiz_status(member=member, quiz=quiz, now=now)
    if status.in_progress is not None:
        return status.in_progress
    if not status.can_start:
        raise Refused(status.reason)
    try:
        with transaction.atomic():
            last_number = (
                QuizAttempt.objects.filter(member=member, quiz=quiz)
                .order_by("-number")
                .values_list("number", flat=True)
                .first()
            )
            attempt = QuizAttempt.objects.create(
                quiz=quiz,
                member=member,
                number=(last_number or 0) + 1,
                started_at=now,
                deadline=now + allowed if (allowed := status.time_allowed) is not None else None,
                business_reason=business_reason,
                line_manager=line_manager,
                pass_mark_percent=quiz.pass_mark_percent,
            )
            AttemptQuestion.objects.bulk_create(
                AttemptQuestion(
                    attempt=attempt,
                    question_id=drawn.question_id,
                    revision_id=drawn.revision_id,
                    position=position,
                    option_ids=drawn.option_ids,
                )
                for position, drawn in enumerate(
                    draw_questions(quiz=quiz, seen=_seen_questions(member=member, quiz=quiz)), start=1
                )
            )
    except IntegrityError:
        # Another request started one at the same moment: use it.
        attempt = QuizAttempt.objects.filter(member=member, quiz=quiz, status=QuizAttempt.Status.IN_PROGRESS).first()
        if attempt is None:
            raise Refused("We could not start the quiz. Try again.")
    return attempt


def _locked_attempt(*, attempt_id: int, member) -> QuizAttempt:
    return QuizAttempt.objects.select_for_update().select_related("quiz").get(pk=attempt_id, member=member)


def _check_answers(shown: list[ShownQuestion], answers: Answers) -> None:
    """Reject answers to questions outside the attempt, options that are not the question's, or
    several answers to a one-answer question (as the revision shown has it)."""
    by_question = {item.entry.question_id: item for item in shown}
    for question_id, option_ids in answers.items():
        if question_id not in by_question:
            raise Refused("Your answers included a question that is not part of this attempt. Nothing was saved.")
        item = by_question[question_id]
        if not set(option_ids) <= set(item.entry.option_ids):
            raise Refused(f"An answer to question {item.number} is not one of its options. Nothing was saved.")
        if len(option_ids) > 1 and not item.question.allows_several:
            raise Refused(f"Question {item.number} takes one answer only. Nothing was saved.")


def _record(entries: list[AttemptQuestion], answers: Answers, now: datetime.datetime) -> None:
    for entry in entries:
        if entry.question_id in answers:
            entry.selected_option_ids = sorted(set(answers[entry.question_id]))
            entry.answered_at = now


@transaction.atomic
def save_answers(*, attempt_id: int, member, answers: Answers, now: datetime.datetime) -> QuizAttempt:
    attempt = _locked_attempt(attempt_id=attempt_id, member=member)
    if not attempt.is_in_progress:
        raise Refused("This attempt has been submitted, so its answers cannot change.")
    if is_past_grace(attempt=attempt, now=now):
        raise Refused("Time is up, so answers can no longer be saved. Submit the attempt to see your result.")
    entries = list(attempt.questions.select_related("question").order_by("position"))
    _check_answers(shown_questions(entries=entries), answers)
    _record(entries, answers, now)
    AttemptQuestion.objects.bulk_update(entries, ["selected_option_ids", "answered_at"])
    return attempt


@dataclass(frozen=True)
class Submission:
    attempt: QuizAttempt
    already_submitted: bool = False
    grant: Grant | None = None

    @property
    def scored_at_deadline(self) -> bool:
        return self.attempt.scored_at_deadline


@transaction.atomic
def submit_attempt(*, attempt_id: int, member, answers: Answers, now: datetime.datetime) -> Submission:
    """Score the attempt once. The row lock makes a double click or a replay a harmless no-op.

    After the deadline and its grace, the answers sent are ignored: the attempt is scored as its
    saved answers stood at the deadline. A pass grants or renews the licence in this transaction.
    """
    attempt = _locked_attempt(attempt_id=attempt_id, member=member)
    if not attempt.is_in_progress:
        return Submission(attempt=attempt, already_submitted=True)
    entries = list(attempt.questions.select_related("question").order_by("position"))
    shown = shown_questions(entries=entries)
    late = is_past_grace(attempt=attempt, now=now)
    if late:
        for entry in entries:
            if entry.answered_at is not None and entry.answered_at > attempt.deadline:
                entry.selected_option_ids, entry.answered_at = [], None
    else:
        _check_answers(shown, answers)
        _record(entries, answers, now)

    # Scored against the revision each question was shown as, whatever has been published since.
    for item in shown:
        item.entry.is_correct = is_right(
            selected=set(item.entry.selected_option_ids), correct={option.pk for option in item.correct_options}
        )
    AttemptQuestion.objects.bulk_update(entries, ["selected_option_ids", "answered_at", "is_correct"])

    attempt.status = QuizAttempt.Status.SUBMITTED
    attempt.submitted_at = now
    attempt.scored_at_deadline = late
    attempt.question_count = len(entries)
    attempt.correct_count = sum(1 for entry in entries if entry.is_correct)
    attempt.percent = percent(correct_count=attempt.correct_count, question_count=attempt.question_count)
    attempt.passed = passes(attempt=attempt, percent_scored=attempt.percent)
    attempt.save()

    grant = None
    licence_type = licence_type_for(quiz=attempt.quiz) if attempt.passed else None
    if licence_type is not None:
        grant = grant_for_pass(
            holder=member,
            licence_type=licence_type,
            today=timezone.localdate(now),
            business_reason=attempt.business_reason,
            line_manager=attempt.line_manager,
        )
    return Submission(attempt=attempt, grant=grant)


@transaction.atomic
def import_questions(*, pool, questions: list[ParsedQuestion], user) -> list[Question]:
    """Create the parsed questions in the pool as drafts with a first revision, all or none.

    Drafts are never drawn; each goes live when a second champion approves it ("Licence review").
    """
    created = []
    for parsed in questions:
        question = Question(
            pool=pool,
            kind=parsed.kind,
            text=parsed.text,
            explanation=parsed.explanation,
            live=False,
            has_unpublished_changes=True,
        )
        question.options = [
            Option(text=option.text, is_correct=option.is_correct, feedback=option.feedback, sort_order=order)
            for order, option in enumerate(parsed.options)
        ]
        question.save()
        # Not cleaned: a GIFT question may have no general feedback; the editor asks for an explanation.
        question.save_revision(user=user, log_action=True, clean=False)
        created.append(question)
    return created


# ---- Time limits: the member's one extension, and a champion's reasonable adjustment ----


@transaction.atomic
def extend_attempt(*, attempt_id: int, member, now: datetime.datetime) -> QuizAttempt:
    """Give the member 10 more minutes, once per attempt, unless the quiz is strictly timed.

    The row lock makes a double click one extension: the second request finds `extended_at` set.
    """
    attempt = _locked_attempt(attempt_id=attempt_id, member=member)
    refusal = extension_refusal(attempt=attempt, now=now)
    if refusal:
        raise Refused(refusal)
    attempt.deadline += EXTENSION
    attempt.extended_at = now
    attempt.save(update_fields=["deadline", "extended_at"])
    return attempt


@transaction.atomic
def set_time_adjustment(
    *, member, extra_minutes: int, no_limit: bool, reason: str, by, now: datetime.datetime
) -> TimeAdjustment:
    """Record a champion's adjustment to the member's time limits (a new row: the audit trail).

    Attempts the member has in progress take the new limit at once, counted from when they started.
    """
    if no_limit:
        extra_minutes = 0
    if not 0 <= extra_minutes <= TimeAdjustment.MAX_EXTRA_MINUTES:
        raise Refused(
            f"Extra time must be between 0 and {TimeAdjustment.MAX_EXTRA_MINUTES} minutes.", field="extra_minutes"
        )
    if not reason.strip():
        raise Refused("Enter why the member needs this adjustment", field="reason")
    adjustment = TimeAdjustment.objects.create(
        member=member, extra_minutes=extra_minutes, no_limit=no_limit, reason=reason.strip(), set_by=by, set_at=now
    )
    in_progress = (
        QuizAttempt.objects.select_for_update()
        .select_related("quiz")
        .filter(member=member, status=QuizAttempt.Status.IN_PROGRESS)
    )
    for attempt in in_progress:
        allowed = time_allowed(quiz=attempt.quiz, adjustment=adjustment)
        if allowed is None:
            attempt.deadline = None
        else:
            attempt.deadline = (
                attempt.started_at + allowed + (EXTENSION if attempt.extended_at else datetime.timedelta())
            )
        attempt.save(update_fields=["deadline"])
    return adjustment


def anonymise_leaver(*, member, remove_words: bool) -> None:
    """A leaver's time adjustments go and their edit locks are released (the privacy app asks, through
    personal_data.py)."""
    # The reason for an adjustment can be about the member's health: it goes with them.
    TimeAdjustment.objects.filter(member=member).delete()
    for model in (Question, QuestionPool):
        model.objects.filter(locked_by=member).update(locked=False, locked_by=None, locked_at=None)


def expire_attempts(*, before) -> int:
    """Quiz attempts started before `before` (the retention job)."""
    deleted, _ = QuizAttempt.objects.filter(started_at__lt=before).delete()
    return deleted
