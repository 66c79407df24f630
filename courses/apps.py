from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses"

    def ready(self) -> None:
        # Django connects receivers once the app registry is ready: models load before this, not at the top.
        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.models import GroupApprovalTask, TaskState
        from wagtail.signals import page_published

        from courses.models import FourEyesApprovalTask, GuidelinePage
        from courses.selectors import forget_reviews_waiting
        from courses.signals import guideline_published

        page_published.connect(guideline_published, sender=GuidelinePage, dispatch_uid="courses_guideline_published")
        # The admin menu's "Reviews waiting (n)" is kept per user: forgotten when what waits, or who reviews, changes.
        # A submission, approval or rejection writes a task state; a task's save covers its `active` switch.
        for model in [TaskState, GroupApprovalTask, FourEyesApprovalTask]:
            uid = f"courses_reviews_waiting_{model._meta.label_lower}"
            post_save.connect(forget_reviews_waiting, sender=model, dispatch_uid=f"{uid}_saved")
            post_delete.connect(forget_reviews_waiting, sender=model, dispatch_uid=f"{uid}_deleted")
        for through in [GroupApprovalTask.groups.through, FourEyesApprovalTask.groups.through]:
            m2m_changed.connect(forget_reviews_waiting, sender=through, dispatch_uid=f"courses_reviews_{through._meta}")
        m2m_changed.connect(
            forget_reviews_waiting, sender=get_user_model().groups.through, dispatch_uid="courses_reviews_member_groups"
        )
