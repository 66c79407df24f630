from courses.licences.services import put_licence_course_under_review


def licence_type_published(sender, instance, revision, **kwargs) -> None:
    put_licence_course_under_review(licence_type=instance)
