"""The licence quiz for the "Representing the organisation" course. Idempotent."""

from courses.licences.demo import CORPORATE_USER_LICENCE
from courses.licences.models import LicenceType
from courses.models import CoursePage, LessonPage
from courses.quizzes.demo_questions import JUDGEMENT_POOL, JUDGEMENT_QUESTIONS, RULES_POOL, RULES_QUESTIONS
from courses.quizzes.models import Option, Question, QuestionPool, QuizPage, QuizPoolDraw

COURSE_SLUG = "representing-the-organisation"
QUIZ_SLUG = "licence-quiz"
DRAWN_PER_POOL = 5
WAIT_HOURS_AFTER_FAIL = 24


def _lesson(path: str | None) -> LessonPage | None:
    """A demo lesson named "course-slug/lesson-slug", or None."""
    if not path:
        return None
    course_slug, lesson_slug = path.split("/")
    course = CoursePage.objects.filter(slug=course_slug).first()
    return LessonPage.objects.child_of(course).filter(slug=lesson_slug).first() if course else None


def _ensure_pool(name: str, description: str, questions: list[dict], log) -> QuestionPool:
    pool, created = QuestionPool.objects.get_or_create(name=name, defaults={"description": description})
    for data in questions:
        lesson = _lesson(data.get("lesson"))
        existing = Question.objects.filter(pool=pool, text=data["text"])
        if existing.exists():
            existing.filter(lesson__isnull=True).update(lesson=lesson)
            continue
        question = Question.objects.create(
            pool=pool, kind=data["kind"], text=data["text"], explanation=data["explanation"], lesson=lesson
        )
        for order, (text, is_correct, feedback) in enumerate(data["options"]):
            Option.objects.create(
                question=question, text=text, is_correct=is_correct, feedback=feedback, sort_order=order
            )
    log(f"question pool “{name}” {'created' if created else 'already there'}")
    return pool


def _ensure_quiz(course: CoursePage, pools: list[QuestionPool], log) -> QuizPage:
    quiz = QuizPage.objects.child_of(course).filter(slug=QUIZ_SLUG).first()
    if quiz is not None:
        log("licence quiz already there")
        return quiz
    quiz = QuizPage(
        title="Licence quiz",
        slug=QUIZ_SLUG,
        intro="<p>Ten questions on posting for the organisation. Pass with 80% or more to earn the "
        "corporate user licence. If you do not pass, you will see which questions to work on and the "
        "lessons that teach them, and you can try again after 24 hours.</p>",
        pass_mark_percent=80,
        time_limit_minutes=20,
        max_attempts=3,
        wait_hours_between_attempts=WAIT_HOURS_AFTER_FAIL,
        shuffle_options=True,
        review_after_fail=QuizPage.ReviewDetail.FEEDBACK,
        review_after_pass=QuizPage.ReviewDetail.FULL,
    )
    for order, pool in enumerate(pools):
        quiz.draws.add(QuizPoolDraw(pool=pool, question_count=DRAWN_PER_POOL, sort_order=order))
    course.add_child(instance=quiz)
    quiz.save_revision().publish()
    log("licence quiz created")
    return quiz


def load_licence_quiz(*, log) -> None:
    """Licence quiz."""
    course = CoursePage.objects.filter(slug=COURSE_SLUG).first()
    if course is None:
        log("no “Representing the organisation” course: licence quiz skipped")
        return
    pools = [
        _ensure_pool(
            JUDGEMENT_POOL, "Scenarios: what to do when posting for the organisation.", JUDGEMENT_QUESTIONS, log
        ),
        _ensure_pool(RULES_POOL, "Law, security and the licence itself.", RULES_QUESTIONS, log),
    ]
    quiz = _ensure_quiz(course, pools, log)
    updated = LicenceType.objects.filter(name=CORPORATE_USER_LICENCE, quiz__isnull=True).update(quiz=quiz)
    if updated:
        log("licence quiz now grants the corporate user licence")
