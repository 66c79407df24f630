"""Demo courses, lessons and guidelines, from site/demo/courses/*.yaml and site/demo/guidelines/guidelines.yaml.

Idempotent: pages are found by slug and left alone if they exist; the index pages and the
"Champion review" workflow come from the courses migrations.
"""

from html import escape
from io import BytesIO
from typing import Annotated, Any

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from pydantic import Discriminator, Field, Tag
from wagtail.documents.models import Document
from wagtail.images import get_image_model

from community.demo_accounts import DEMO_ACCOUNTS, demo_members
from community.demo_data import DEMO_DIR, DemoLevel, DemoModel, not_found, paragraphs_html, read
from courses.models import CourseIndexPage, CoursePage, GuidelineIndexPage, GuidelinePage, LessonPage
from courses.selectors import live_lessons
from courses.services import complete_lesson

COURSES_DIR = "courses"
GUIDELINES_FILE = "guidelines/guidelines.yaml"


class DoDont(DemoModel):
    title: str
    do: list[str]
    dont: list[str]


class BulletList(DemoModel):
    intro: str
    items: list[str]


class Quote(DemoModel):
    text: str
    by: str


class Scenario(DemoModel):
    situation: str
    question: str
    answer: str


class Card(DemoModel):
    """A plain drawn picture with lines of text, so the demo ships no third-party pictures."""

    title: str
    description: str
    file: str
    credit: str
    lines: list[str]
    alt_text: str
    caption: str = ""


class Attachment(DemoModel):
    """A file in the course's folder, offered for download."""

    title: str
    file: str
    description: str = ""


class HeadingBlock(DemoModel):
    heading: str

    def stream(self) -> tuple:
        return ("heading", {"text": self.heading, "level": "h2"})


class ParagraphsBlock(DemoModel):
    paragraphs: list[str]

    def stream(self) -> tuple:
        return ("paragraph", paragraphs_html(*self.paragraphs))


class ListBlock(DemoModel):
    bullets: BulletList = Field(alias="list")

    def stream(self) -> tuple:
        items = "".join(f"<li>{escape(text, quote=False)}</li>" for text in self.bullets.items)
        return ("paragraph", f"{paragraphs_html(self.bullets.intro)}<ul>{items}</ul>")


class DoDontBlock(DemoModel):
    do_dont: DoDont

    def stream(self) -> tuple:
        return ("do_dont", self.do_dont.model_dump())


class QuoteBlock(DemoModel):
    quote: Quote

    def stream(self) -> tuple:
        return ("quote", {"quote": self.quote.text, "attribution": self.quote.by})


class ScenarioBlock(DemoModel):
    scenario: Scenario

    def stream(self) -> tuple:
        scenario = self.scenario
        return (
            "scenario",
            {
                "situation": scenario.situation,
                "question": scenario.question,
                "answer": paragraphs_html(scenario.answer),
            },
        )


class CardBlock(DemoModel):
    card: Card

    def stream(self) -> tuple:
        card = self.card
        return ("image", {"image": _card_image(card).pk, "alt_text": card.alt_text, "caption": card.caption})


class DocumentBlock(DemoModel):
    document: Attachment

    def stream(self) -> tuple:
        return (
            "document",
            {"document": _document(self.document).pk, "link_text": "", "description": self.document.description},
        )


BLOCKS = {
    "heading": HeadingBlock,
    "paragraphs": ParagraphsBlock,
    "list": ListBlock,
    "do_dont": DoDontBlock,
    "quote": QuoteBlock,
    "scenario": ScenarioBlock,
    "card": CardBlock,
    "document": DocumentBlock,
}


def _block_kind(value: Any) -> str | None:
    return next(iter(value)) if isinstance(value, dict) and len(value) == 1 else None


Block = Annotated[
    Annotated[HeadingBlock, Tag("heading")]
    | Annotated[ParagraphsBlock, Tag("paragraphs")]
    | Annotated[ListBlock, Tag("list")]
    | Annotated[DoDontBlock, Tag("do_dont")]
    | Annotated[QuoteBlock, Tag("quote")]
    | Annotated[ScenarioBlock, Tag("scenario")]
    | Annotated[CardBlock, Tag("card")]
    | Annotated[DocumentBlock, Tag("document")],
    Discriminator(
        _block_kind,
        custom_error_type="block_kind",
        custom_error_message=f"a block is one key of: {', '.join(BLOCKS)}",
    ),
]


class Lesson(DemoModel):
    slug: str
    title: str
    summary: str = ""
    body: list[Block]


class Course(DemoModel):
    slug: str
    title: str
    summary: str = ""
    audience: DemoLevel
    estimated_minutes: int
    required_for_all: bool = False
    introduction: list[Block] = []
    lessons: list[Lesson]


class Guideline(DemoModel):
    slug: str
    title: str
    audience: DemoLevel
    version: str
    summary: str = ""
    body: list[Block]


def _stream(blocks: list) -> list[dict]:
    """Blocks as raw stream data, with chosen objects by id."""
    return [{"type": name, "value": value} for name, value in (block.stream() for block in blocks)]


def _publish(page) -> None:
    page.save_revision().publish()


def _document(attachment: Attachment) -> Document:
    document = Document.objects.filter(title=attachment.title).first()
    if document is None:
        path = DEMO_DIR / COURSES_DIR / attachment.file
        if not path.is_file():
            raise not_found(COURSES_DIR, "document file", attachment.file)
        content = path.read_bytes()
        document = Document(title=attachment.title, file_size=len(content))
        document.file.save(attachment.file, ContentFile(content), save=False)
        document.save()
    return document

    """A plain drawn card, so the demo ships no third-party pictures."""


def _card_image(card: Card):
    PostwiseImage = get_image_model()  # noqa: N806 - the project's image model, which home defines
    image = PostwiseImage.objects.filter(title=card.title).first()
    if image is None:
        picture = Image.new("RGB", (800, 420), "#1d4f91")
        draw = ImageDraw.Draw(picture)
        for number, line in enumerate(card.lines):
            draw.text((48, 40 + number * 60), line, fill="white", font_size=40 if number == 0 else 34)
        buffer = BytesIO()
        picture.save(buffer, "PNG")
        image = PostwiseImage(title=card.title, description=card.description, credit=card.credit)
        image.file = ImageFile(BytesIO(buffer.getvalue()), name=card.file)
        image.save()
    return image


def _ensure_child(parent, model, *, log, **fields):
    """The child page with this slug, created and published if it is missing."""
    page = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
    if page is None:
        page = model(**fields)
        parent.add_child(instance=page)
        _publish(page)
        log(f"{model._meta.verbose_name} “{page.title}” created")
    return page


def _ensure_course(index: CourseIndexPage, course: Course, log) -> CoursePage:
    fields = course.model_dump(exclude={"lessons", "introduction"})
    page = _ensure_child(index, CoursePage, log=log, introduction=_stream(course.introduction), **fields)
    for lesson in course.lessons:
        _ensure_child(page, LessonPage, log=log, **lesson.model_dump(exclude={"body"}), body=_stream(lesson.body))
    return page


def _completed_courses(courses: dict[str, CoursePage], log) -> None:
    """Demo accounts have done the courses listed as completed_courses (licence holders: those that led to it)."""
    for account in DEMO_ACCOUNTS:
        if not account.completed_courses:
            continue
        (member,) = demo_members([account.username], source="accounts/accounts.yaml")
        for slug in account.completed_courses:
            if slug not in courses:
                raise not_found("accounts/accounts.yaml", "course", slug)
            for lesson in live_lessons(course=courses[slug]):
                complete_lesson(member=member, lesson=lesson, course=courses[slug])
        titles = ", ".join(f"“{courses[slug].title}”" for slug in account.completed_courses)
        log(f"{account.email} has completed {titles}")


def load_courses(*, log) -> None:
    """Courses and guidelines."""
    course_index = CourseIndexPage.objects.get()
    courses = {}
    for path in sorted((DEMO_DIR / COURSES_DIR).glob("*.yaml")):
        course = read(f"{COURSES_DIR}/{path.name}", Course)
        courses[course.slug] = _ensure_course(course_index, course, log)
    guideline_index = GuidelineIndexPage.objects.get()
    for guideline in read(GUIDELINES_FILE, list[Guideline]):
        fields = guideline.model_dump(exclude={"body"})
        _ensure_child(guideline_index, GuidelinePage, log=log, **fields, body=_stream(guideline.body))
    _completed_courses(courses, log)
