from courses.services import record_guideline_publication


def guideline_published(sender, instance, revision, **kwargs) -> None:
    record_guideline_publication(guideline=instance, revision=revision)
