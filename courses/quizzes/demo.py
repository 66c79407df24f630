"""The demo licence quiz, from site/demo/quizzes/licence-quiz.yaml, under its course. Idempotent."""

from community.demo_data import DemoModel, paragraphs_html, read
from courses.licences.models import LicenceType
from courses.licences.services import put_licence_course_under_review
from courses.models import CoursePage, LessonPage
from courses.quizzes.models import Option, Question, QuestionPool, QuizPage, QuizPoolDraw

QUIZ_FILE = "quizzes/licence-quiz.yaml"


class DemoOption(DemoModel):
    text: str
    correct: bool = False
    feedback: str


class DemoQuestion(DemoModel):
    lesson: str | None = None
    kind: Question.Kind
    text: str
    explanation: str
    options: list[DemoOption]


class DemoPool(DemoModel):
    name: str
    description: str = ""
    drawn: int
    questions: list[DemoQuestion]


class DemoQuiz(DemoModel):
    course: str
    slug: str
    title: str
    intro: str
    pass_mark_percent: int
    time_limit_minutes: int
    max_attempts: int
    wait_hours_between_attempts: int
    shuffle_options: bool = True
    review_after_fail: QuizPage.ReviewDetail
    review_after_pass: QuizPage.ReviewDetail
    grants_licence: str = ""
    pools: list[DemoPool]


def _lesson(path: str | None) -> LessonPage | None:
    """A demo lesson named "course-slug/lesson-slug", or None."""
    if not path:
        return None
    course_slug, lesson_slug = path.split("/")
    course = CoursePage.objects.filter(slug=course_slug).first()
    return LessonPage.objects.child_of(course).filter(slug=lesson_slug).first() if course else None


def _ensure_pool(pool_data: DemoPool, log) -> QuestionPool:
    pool, created = QuestionPool.objects.get_or_create(
        name=pool_data.name, defaults={"description": pool_data.description}
    )
    if created:
        pool.save_revision().publish()
    for data in pool_data.questions:
        lesson = _lesson(data.lesson)
        existing = Question.objects.filter(pool=pool, text=data.text)
        if existing.exists():
            existing.filter(lesson__isnull=True).update(lesson=lesson)
            continue
        question = Question.objects.create(
            pool=pool, kind=data.kind, text=data.text, explanation=data.explanation, lesson=lesson
        )
        for order, option in enumerate(data.options):
            Option.objects.create(
                question=question,
                text=option.text,
                is_correct=option.correct,
                feedback=option.feedback,
                sort_order=order,
            )
        question.save_revision().publish()
    log(f"question pool “{pool_data.name}” {'created' if created else 'already there'}")
    return pool


def _ensure_quiz(course: CoursePage, data: DemoQuiz, pools: list[QuestionPool], log) -> QuizPage:
    quiz = QuizPage.objects.child_of(course).filter(slug=data.slug).first()
    if quiz is not None:
        log("licence quiz already there")
        return quiz
    quiz = QuizPage(
        intro=paragraphs_html(data.intro),
        **data.model_dump(exclude={"course", "intro", "grants_licence", "pools"}),
    )
    for order, (pool, pool_data) in enumerate(zip(pools, data.pools, strict=True)):
        quiz.draws.add(QuizPoolDraw(pool=pool, question_count=pool_data.drawn, sort_order=order))
    course.add_child(instance=quiz)
    quiz.save_revision().publish()
    log("licence quiz created")
    return quiz


def load_licence_quiz(*, log) -> None:
    """Licence quiz."""
    data = read(QUIZ_FILE, DemoQuiz)
    course = CoursePage.objects.filter(slug=data.course).first()
    if course is None:
        log(f"no course “{data.course}”: licence quiz skipped")
        return
    pools = [_ensure_pool(pool, log) for pool in data.pools]
    quiz = _ensure_quiz(course, data, pools, log)
    for licence_type in LicenceType.objects.filter(name=data.grants_licence, quiz__isnull=True):
        licence_type.quiz = quiz
        licence_type.save_revision().publish()  # its publication puts the course under "Licence review"
        log("licence quiz now grants the corporate user licence")
    for licence_type in LicenceType.objects.filter(quiz=quiz):
        put_licence_course_under_review(licence_type=licence_type)
