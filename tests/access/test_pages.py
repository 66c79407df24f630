"""The access matrix for pages Wagtail serves (the catch-all `wagtail_serve` URL), by page type.

Learning pages are for members (courses.view); guidelines for every audience may be read by every
member (acknowledging is for those at the audience's level). Drafts are not served to anyone.
"""

import pytest

from tests.access.table import LOGIN, Row, assert_outcome, case_ids, cases

L = LOGIN
OK, GONE = 200, 404


def page_url(attribute: str):
    return lambda world: getattr(world, attribute).url


PAGE_ROWS = [
    #                                                                       anon basic corp mgr champ coord tech
    Row("HomePage", "", page_url("home_page"),                             (OK, OK,  OK,  OK, OK,   OK,   OK)),
    Row("StandardPage", "", page_url("standard_page"),                     (OK, OK,  OK,  OK, OK,   OK,   OK)),
    Row("CourseIndexPage", "", page_url("course_index"),                   (L,  OK,  OK,  OK, OK,   OK,   OK)),
    Row("CoursePage", "live", page_url("course"),                          (L,  OK,  OK,  OK, OK,   OK,   OK)),
    Row("CoursePage", "draft", page_url("draft_course"),                   (GONE,) * 7),
    Row("LessonPage", "", page_url("lesson"),                              (L,  OK,  OK,  OK, OK,   OK,   OK)),
    Row("QuizPage", "draft", page_url("draft_quiz"),                       (GONE,) * 7),
    Row("QuizPage", "", page_url("quiz"),                                  (L,  OK,  OK,  OK, OK,   OK,   OK)),
    Row("GuidelineIndexPage", "", page_url("guideline_index"),             (L,  OK,  OK,  OK, OK,   OK,   OK)),
    Row("GuidelinePage", "for all staff", page_url("guideline"),           (L,  OK,  OK,  OK, OK,   OK,   OK)),
    Row("GuidelinePage", "for account managers", page_url("managers_guideline"),
                                                                           (L,  OK,  OK,  OK, OK,   OK,   OK)),
]  # fmt: skip


@pytest.mark.parametrize(("row", "role"), cases(PAGE_ROWS), ids=case_ids(PAGE_ROWS))
def test_page(row, role, client_for_role, world_for):
    world = world_for(role)
    address = row.url(world)
    response = client_for_role(role).get(address)
    assert_outcome(response, row.outcome_for(role), context=f"GET {address} as {role}")
