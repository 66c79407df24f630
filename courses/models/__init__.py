from .course_index_page import CourseIndexPage
from .course_page import CoursePage
from .enrolment import Enrolment
from .four_eyes import FourEyesApprovalTask, FourEyesPageMixin
from .guideline_acknowledgement import GuidelineAcknowledgement
from .guideline_index_page import GuidelineIndexPage
from .guideline_page import GuidelinePage
from .guideline_version import GuidelineVersion
from .lesson_completion import LessonCompletion
from .lesson_page import LessonPage

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "FourEyesApprovalTask",
    "FourEyesPageMixin",
    "GuidelineAcknowledgement",
    "GuidelineIndexPage",
    "GuidelinePage",
    "GuidelineVersion",
    "LessonCompletion",
    "LessonPage",
]
