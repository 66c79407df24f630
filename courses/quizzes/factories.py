import factory
import wagtail_factories

from courses.quizzes.models import Option, Question, QuestionPool, QuizPage, QuizPoolDraw


class QuestionPoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionPool
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Pool {n}")


class QuestionFactory(factory.django.DjangoModelFactory):
    """A single-choice question with one right option ("Right") and two wrong ones, unless `options` is given
    as a list of (text, is_correct) pairs."""

    class Meta:
        model = Question
        skip_postgeneration_save = True

    pool = factory.SubFactory(QuestionPoolFactory)
    kind = Question.Kind.SINGLE
    text = factory.Sequence(lambda n: f"Question {n}: what should you do?")
    explanation = "Because it keeps residents and colleagues safe."

    @factory.post_generation
    def options(self, create, extracted, **kwargs):
        if not create:
            return
        pairs = extracted or [("Right", True), ("Wrong", False), ("Also wrong", False)]
        for order, (text, is_correct) in enumerate(pairs):
            Option.objects.create(
                question=self,
                text=text,
                is_correct=is_correct,
                feedback=f"Feedback on {text.lower()}.",
                sort_order=order,
            )
        # Published, as a champion's approval leaves it: attempts record this revision.
        self.save_revision().publish()


class QuizPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = QuizPage

    title = factory.Sequence(lambda n: f"Quiz {n}")
    pass_mark_percent = 80
    max_attempts = 3
    shuffle_options = True


def add_draw(*, quiz: QuizPage, pool: QuestionPool, count: int) -> QuizPoolDraw:
    return QuizPoolDraw.objects.create(quiz=quiz, pool=pool, question_count=count, sort_order=quiz.draws.count())
