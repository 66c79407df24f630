"""The licence quiz for the "Representing the organisation" course. Idempotent."""

from courses.licences.demo import CORPORATE_USER_LICENCE
from courses.licences.models import LicenceType
from courses.models import CoursePage
from courses.quizzes.demo_questions import JUDGEMENT_POOL, JUDGEMENT_QUESTIONS, RULES_POOL, RULES_QUESTIONS
from courses.quizzes.models import Option, Question, QuestionPool, QuizPage, QuizPoolDraw
from home.demo_registry import demo_step

COURSE_SLUG = "representing-the-organisation"
QUIZ_SLUG = "licence-quiz"
DRAWN_PER_POOL = 5


def _ensure_pool(name: str, description: str, questions: list[dict], log) -> QuestionPool:
    pool, created = QuestionPool.objects.get_or_create(name=name, defaults={"description": description})
    for data in questions:
        if Question.objects.filter(pool=pool, text=data["text"]).exists():
            continue
        question = Question.objects.create(
            pool=pool, kind=data["kind"], text=data["text"], explanation=data["explanation"]
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
        "corporate user licence.</p>",
        pass_mark_percent=80,
        time_limit_minutes=20,
        max_attempts=3,
        wait_hours_between_attempts=0,
        shuffle_options=True,
        review_detail=QuizPage.ReviewDetail.FULL,
    )
    for order, pool in enumerate(pools):
        quiz.draws.add(QuizPoolDraw(pool=pool, question_count=DRAWN_PER_POOL, sort_order=order))
    course.add_child(instance=quiz)
    quiz.save_revision().publish()
    log("licence quiz created")
    return quiz


@demo_step(order=35, name="licence quiz")
def load_licence_quiz(*, log) -> None:
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
