from courses.quizzes.services import record_option_ids


def question_published(sender, instance, revision, **kwargs) -> None:
    record_option_ids(question=instance, revision=revision)
