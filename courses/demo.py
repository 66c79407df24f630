"""Demo courses, lessons and guidelines (text in courses/demo_content.py and site/demo/courses/).

Idempotent: pages are found by slug and left alone if they exist; the index pages and the
"Champion review" workflow come from the courses migrations.
"""

from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.documents.models import Document
from wagtail.images import get_image_model

from community.demo_accounts import DEMO_ACCOUNTS
from community.models import Member
from courses.demo_content import COURSES, GUIDELINES
from courses.models import CourseIndexPage, CoursePage, GuidelineIndexPage, GuidelinePage, LessonPage
from courses.selectors import live_lessons
from courses.services import complete_lesson

DEMO_FILES = Path(settings.BASE_DIR) / "site" / "demo" / "courses"
CHECKLIST_TITLE = "Before you post: a checklist"
CARD_TITLE = "Think before you post: five questions"


def _stream(blocks: list[tuple]) -> list[dict]:
    """Blocks as raw stream data: ("type", raw value) pairs, with chosen objects by id."""
    return [{"type": name, "value": value} for name, value in blocks]


def _publish(page) -> None:
    page.save_revision().publish()


def _checklist() -> Document:
    document = Document.objects.filter(title=CHECKLIST_TITLE).first()
    if document is None:
        content = (DEMO_FILES / "before-you-post-checklist.txt").read_bytes()
        document = Document(title=CHECKLIST_TITLE, file_size=len(content))
        document.file.save("before-you-post-checklist.txt", ContentFile(content), save=False)
        document.save()
    return document


def _question_card():
    PostwiseImage = get_image_model()  # noqa: N806 - the project's image model, which home defines
    """A plain drawn card, so the demo ships no third-party pictures."""
    image = PostwiseImage.objects.filter(title=CARD_TITLE).first()
    if image is None:
        card = Image.new("RGB", (800, 420), "#1d4f91")
        draw = ImageDraw.Draw(card)
        lines = [
            "Before you post:",
            "Local paper?",
            "Anyone identified?",
            "Accurate?",
            "Angry or rushed?",
            "Right place?",
        ]
        for number, line in enumerate(lines):
            draw.text((48, 40 + number * 60), line, fill="white", font_size=40 if number == 0 else 34)
        buffer = BytesIO()
        card.save(buffer, "PNG")
        image = PostwiseImage(
            title=CARD_TITLE, description="Five questions to ask before you post", credit="Postwise demo"
        )
        image.file = ImageFile(BytesIO(buffer.getvalue()), name="think-before-you-post.png")
        image.save()
    return image


def _media_blocks(lesson_slug: str) -> list[tuple]:
    if lesson_slug == "think-before-you-post":
        image = _question_card()
        return [
            (
                "image",
                {
                    "image": image.pk,
                    "alt_text": "A card reading: Before you post: local paper? Anyone identified? Accurate? "
                    "Angry or rushed? Right place?",
                    "caption": "The five questions, on one card.",
                },
            ),
            (
                "document",
                {"document": _checklist().pk, "link_text": "", "description": "Print it or keep it on your phone."},
            ),
        ]
    return []


def _ensure_child(parent, model, *, log, **fields):
    """The child page with this slug, created and published if it is missing."""
    page = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
    if page is None:
        page = model(**fields)
        parent.add_child(instance=page)
        _publish(page)
        log(f"{model._meta.verbose_name} “{page.title}” created")
    return page


def _ensure_course(index: CourseIndexPage, data: dict, log) -> CoursePage:
    fields = {key: value for key, value in data.items() if key not in {"lessons", "introduction"}}
    course = _ensure_child(index, CoursePage, log=log, introduction=_stream(data["introduction"]), **fields)
    for lesson in data["lessons"]:
        body = _stream(lesson["body"] + _media_blocks(lesson["slug"]))
        _ensure_child(course, LessonPage, log=log, **{**lesson, "body": body})
    return course


def _ensure_guideline(index: GuidelineIndexPage, data: dict, log) -> None:
    _ensure_child(index, GuidelinePage, log=log, **{**data, "body": _stream(data["body"])})


def _licensed_members_complete(courses: list[CoursePage], log) -> None:
    """Licence holders have done the induction and the course that led to their licence."""
    for account in DEMO_ACCOUNTS:
        if not account.licensed:
            continue
        member = Member.objects.get(email=account.email)
        for course in courses[:2]:
            for lesson in live_lessons(course=course):
                complete_lesson(member=member, lesson=lesson, course=course)
        log(f"{account.email} has completed “{courses[0].title}” and “{courses[1].title}”")


def load_courses(*, log) -> None:
    """Courses and guidelines."""
    course_index = CourseIndexPage.objects.get()
    courses = [_ensure_course(course_index, data, log) for data in COURSES]
    guideline_index = GuidelineIndexPage.objects.get()
    for data in GUIDELINES:
        _ensure_guideline(guideline_index, data, log)
    _licensed_members_complete(courses, log)
