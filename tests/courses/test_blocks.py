"""Every shared block renders its own template with accessible markup, and has admin metadata."""

from unittest.mock import patch

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from wagtail import blocks as wagtail_blocks
from wagtail.documents.models import Document
from wagtail.embeds.models import Embed
from wagtail.fields import StreamField
from wagtail.images.tests.utils import get_test_image_file

from community import blocks
from home.models import PostwiseImage

ALL_BLOCKS = [
    blocks.HeadingBlock,
    blocks.ParagraphBlock,
    blocks.ImageWithCaptionBlock,
    blocks.VideoBlock,
    blocks.DoDontBlock,
    blocks.QuoteBlock,
    blocks.DocumentBlock,
    blocks.ScenarioBlock,
]


@pytest.mark.parametrize("block_class", ALL_BLOCKS)
def test_each_block_has_template_icon_description_and_preview(block_class):
    meta = block_class().meta
    assert meta.template.startswith("components/blocks/")
    assert meta.icon and meta.icon != "placeholder"
    assert meta.description
    assert meta.preview_value


def test_course_stream_keeps_the_base_blocks():
    names = set(blocks.CourseStreamBlock().child_blocks)
    assert {"heading", "paragraph"} <= names
    assert {"image", "video", "do_dont", "quote", "document", "scenario"} <= names
    assert set(blocks.BaseStreamBlock().child_blocks) == {"heading", "paragraph"}


def render(block, raw):
    return block.render(block.to_python(raw))


def test_heading_and_paragraph_still_render():
    assert '<h3 class="govuk-heading-m">Tone</h3>' in render(blocks.HeadingBlock(), {"text": "Tone", "level": "h3"})
    assert "<p>Hello</p>" in render(blocks.ParagraphBlock(), "<p>Hello</p>")


@pytest.mark.django_db
def test_image_block_uses_alt_text_and_caption():
    image = PostwiseImage.objects.create(title="Bin", file=get_test_image_file())
    html = render(
        blocks.ImageWithCaptionBlock(), {"image": image.pk, "alt_text": "An overflowing bin", "caption": "Report it"}
    )
    assert 'alt="An overflowing bin"' in html
    assert "<figcaption" in html and "Report it" in html


@pytest.mark.django_db
def test_image_block_without_alt_text_is_decorative():
    image = PostwiseImage.objects.create(title="Pattern", file=get_test_image_file())
    html = render(blocks.ImageWithCaptionBlock(), {"image": image.pk, "alt_text": "", "caption": ""})
    assert 'alt=""' in html
    assert "<figcaption" not in html


@pytest.mark.django_db
def test_a_stream_of_images_reads_them_and_their_renditions_in_two_queries(django_assert_num_queries):
    images = [PostwiseImage.objects.create(title=f"Picture {n}", file=get_test_image_file()) for n in range(4)]
    stream = blocks.CourseStreamBlock()
    raw = [{"type": "image", "value": {"image": image.pk, "alt_text": image.title, "caption": ""}} for image in images]
    raw.append({"type": "image", "value": {"image": images[0].pk, "alt_text": "Again", "caption": ""}})
    stream.render(stream.to_python(raw))  # the first view makes the renditions
    with django_assert_num_queries(2):  # the images, then their renditions; none per picture
        html = stream.render(stream.to_python(raw))
    assert html.count("<img") == 5 and 'alt="Picture 3"' in html and 'alt="Again"' in html
    # Migrations and stored data still see Wagtail's own image chooser.
    assert blocks.ImageWithCaptionBlock().child_blocks["image"].deconstruct()[0] == (
        "wagtail.images.blocks.ImageChooserBlock"
    )


def test_video_block_embeds_with_a_title_link_and_transcript():
    url = "https://www.youtube.com/watch?v=postwise"
    embed = Embed(url=url, type="video", html='<iframe title="Replying"></iframe>')
    with patch("wagtail.embeds.embeds.get_embed", return_value=embed):
        html = render(blocks.VideoBlock(), {"video": url, "title": "Replying well", "transcript": "<p>Hello all</p>"})
    assert "Video: Replying well" in html
    assert '<iframe title="Replying"></iframe>' in html
    assert f'href="{url}"' in html
    assert "govuk-details" in html and "Hello all" in html


def test_do_dont_block_lists_both_sides():
    html = render(blocks.DoDontBlock(), {"title": "Complaints", "do": ["Say thank you"], "dont": ["Argue"]})
    assert html.index("Do</strong>") < html.index("Say thank you") < html.index("Don't</strong>") < html.index("Argue")
    assert 'aria-label="Complaints"' in html


def test_quote_block_attributes_the_quote():
    html = render(blocks.QuoteBlock(), {"quote": "Be a helpful neighbour.", "attribution": "Head of service"})
    assert "<blockquote" in html and "Be a helpful neighbour." in html
    assert "— Head of service" in html


@pytest.mark.django_db
def test_document_block_links_with_type_and_size():
    document = Document.objects.create(
        title="Social media policy", file=ContentFile(b"%PDF-1.4 policy", name="policy.pdf"), file_size=15
    )
    html = render(blocks.DocumentBlock(), {"document": document.pk, "link_text": "", "description": "The full policy"})
    assert "Social media policy" in html
    assert "(PDF, 15\xa0bytes)" in html
    assert f'href="{document.url}"' in html


def test_scenario_block_reveals_the_answer_without_javascript():
    html = render(
        blocks.ScenarioBlock(),
        {"situation": "A resident tags us.", "question": "What would you do?", "answer": "<p>Thank them.</p>"},
    )
    assert "A resident tags us." in html and "What would you do?" in html
    # <details> opens without JavaScript; the answer sits inside it, hidden until asked for.
    assert html.index("<details") < html.index("Thank them.") < html.index("</details>")


@pytest.mark.parametrize("block_class", ALL_BLOCKS)
def test_preview_values_render(block_class, db):
    block = block_class()
    assert block.render(block.get_preview_value()).strip() or block_class in {
        blocks.ImageWithCaptionBlock,
        blocks.DocumentBlock,
    }


def test_every_course_block_has_a_plain_english_label_and_an_icon():
    """Labels are written, not made from the field name (which gave "Do dont")."""
    for name, block in blocks.CourseStreamBlock.base_blocks.items():
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert block.meta.label and block.label == block.meta.label, name
    assert blocks.CourseStreamBlock.base_blocks["do_dont"].label == "Do and don't"


def choosable_blocks(block, path: str):
    """(path, block) for every block an editor can choose in a stream, however deeply nested."""
    if isinstance(block, wagtail_blocks.StreamBlock):
        for name, child in block.child_blocks.items():
            yield f"{path}.{name}", child
            yield from choosable_blocks(child, f"{path}.{name}")
    elif isinstance(block, wagtail_blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from choosable_blocks(child, f"{path}.{name}")
    elif isinstance(block, wagtail_blocks.ListBlock):
        yield from choosable_blocks(block.child_block, f"{path}[]")


def project_stream_fields():
    base = str(settings.BASE_DIR)
    for model in apps.get_models():
        app_path = str(apps.get_app_config(model._meta.app_label).path)
        if not app_path.startswith(base) or ".venv" in app_path:
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField) and field.model is model:
                yield f"{model.__name__}.{field.name}", field.stream_block


def test_every_block_in_every_stream_field_has_a_written_label_and_an_icon():
    """Not only the course blocks: every StreamField of the project's pages and snippets, nested streams
    included. A label must be written in the block's Meta (Wagtail's made-up one gave "Do dont")."""
    fields = list(project_stream_fields())
    assert {"LessonPage.body", "StandardPage.body", "GuidelinePage.body"} <= {name for name, _ in fields}
    problems = []
    for field_name, stream in fields:
        for path, block in choosable_blocks(stream, field_name):
            if not block.meta.label:
                problems.append(f"{path}: no label in its Meta")
            if not block.meta.icon or block.meta.icon == "placeholder":
                problems.append(f"{path}: no icon")
    assert problems == []
