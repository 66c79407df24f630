"""Where each page type may be created, and that champions can create them through the admin."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from community.factories import MemberFactory
from community.roles import Role
from courses.models import CourseIndexPage, CoursePage, GuidelineIndexPage, GuidelinePage, LessonPage
from home.models import HomePage, StandardPage
from tests.community.mfa_helpers import sign_in_with_totp


class PageTypeRulesTests(WagtailPageTestCase):
    def setUp(self):
        self.champion = MemberFactory(roles=(Role.CHAMPION,))
        sign_in_with_totp(self.client, self.champion)
        self.course_index = CourseIndexPage.objects.get()
        self.guideline_index = GuidelineIndexPage.objects.get()

    def test_creation_rules(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedParentPageTypes(GuidelinePage, {GuidelineIndexPage})
        self.assertAllowedSubpageTypes(GuidelineIndexPage, {GuidelinePage})
        self.assertCanCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(CourseIndexPage, LessonPage)
        self.assertCanNotCreateAt(StandardPage, CoursePage)
        self.assertCanNotCreateAt(GuidelineIndexPage, CoursePage)

    def test_one_index_of_each(self):
        # The migration made them; max_count keeps them single.
        self.assertFalse(CourseIndexPage.can_create_at(HomePage.objects.get()))
        self.assertFalse(GuidelineIndexPage.can_create_at(HomePage.objects.get()))

    def test_champion_creates_a_course_a_lesson_and_a_guideline_in_the_admin(self):
        self.assertCanCreate(
            self.course_index,
            CoursePage,
            nested_form_data(
                {
                    "title": "Writing alt text",
                    "summary": "Describe images so everyone can follow.",
                    "audience": "1",
                    "estimated_minutes": "15",
                    "introduction": streamfield([]),
                }
            ),
        )
        course = CoursePage.objects.get(title="Writing alt text")
        self.assertCanCreate(
            course,
            LessonPage,
            nested_form_data(
                {
                    "title": "What alt text is for",
                    "summary": "",
                    "body": streamfield([("paragraph", rich_text("<p>Say what matters in the picture.</p>"))]),
                }
            ),
        )
        self.assertCanCreate(
            self.guideline_index,
            GuidelinePage,
            nested_form_data(
                {
                    "title": "Personal use",
                    "audience": "1",
                    "version": "1.0",
                    "summary": "",
                    "body": streamfield([("paragraph", rich_text("<p>Be yourself, but be careful.</p>"))]),
                }
            ),
        )
        self.assertEqual(LessonPage.objects.child_of(course).get().title, "What alt text is for")
        # Revisions are kept.
        self.assertEqual(course.revisions.count(), 1)
