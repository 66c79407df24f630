"""Shared StreamField blocks. Each has a template, an icon, a description and a preview value."""

import copy

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(choices=[("h2", "Level 2"), ("h3", "Level 3")], default="h2")

    class Meta:
        icon = "title"
        label = "Heading"
        template = "components/blocks/heading_block.html"
        description = "A section heading, at level 2 or 3 so the page outline stays correct."
        preview_value = {"text": "Think before you post", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul", "document-link"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = "Paragraph"
        template = "components/blocks/paragraph_block.html"
        description = "Paragraphs of text with links and lists."
        preview_value = "<p>Everything you post at work can be seen by residents, colleagues and the press.</p>"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()


# Blocks for courses, lessons and guidelines. They extend the base stream in CourseStreamBlock, so
# HomePage and StandardPage (and their migrations) keep the base set.


# The size image_block.html draws; its renditions are fetched with the images.
FIGURE_RENDITION = "width-800"


class FigureImageChooserBlock(ImageChooserBlock):
    """An image chooser that loads a stream's images and their figure renditions in two queries, so a lesson
    with many pictures costs no query per picture."""

    def bulk_to_python(self, values):
        values = list(values)
        found = self.model_class.objects.prefetch_renditions(FIGURE_RENDITION).in_bulk(values)
        seen = set()
        result = []
        for value in values:
            image = found.get(value)
            # The same image twice in a stream gets its own instance each time, as Wagtail's chooser gives.
            result.append(copy.copy(image) if image is not None and value in seen else image)
            seen.add(value)
        return result

    def deconstruct(self):
        # Stored data and migrations see a plain image chooser: this changes how images are read, not what is kept.
        _, args, kwargs = super().deconstruct()
        return "wagtail.images.blocks.ImageChooserBlock", args, kwargs


class ImageWithCaptionBlock(blocks.StructBlock):
    image = FigureImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        required=False,
        help_text="Describe what the image shows for people who cannot see it. Leave blank if it is decorative.",
    )
    caption = blocks.CharBlock(max_length=250, required=False)

    class Meta:
        icon = "image"
        label = "Image with caption"
        template = "components/blocks/image_block.html"
        description = "An image with alternative text and an optional caption."
        preview_value = {"alt_text": "", "caption": "A post that went wrong, with names blurred."}


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text="The address of the video, for example on YouTube or Vimeo.")
    title = blocks.CharBlock(max_length=150, help_text="A short title, read out by screen readers.")
    transcript = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"], required=False)

    class Meta:
        icon = "media"
        label = "Video"
        template = "components/blocks/video_block.html"
        description = "An embedded video with a title and an optional transcript."
        preview_value = {"title": "Replying to an angry resident", "transcript": "<p>A transcript goes here.</p>"}


class DoDontBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, required=False)
    do = blocks.ListBlock(blocks.CharBlock(max_length=250), label="Do", min_num=1)
    dont = blocks.ListBlock(blocks.CharBlock(max_length=250), label="Don't", min_num=1)

    class Meta:
        icon = "tasks"
        label = "Do and don't"
        template = "components/blocks/do_dont_block.html"
        description = "Two short lists side by side: what to do and what not to do."
        preview_value = {
            "title": "Replying to a complaint",
            "do": ["Thank them for telling you", "Move personal details to a private channel"],
            "dont": ["Argue in public", "Ask for their address in a reply"],
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(max_length=150, required=False)

    class Meta:
        icon = "openquote"
        label = "Quote"
        template = "components/blocks/quote_block.html"
        description = "A quotation with the name of the person who said it."
        preview_value = {
            "quote": "We answer in the voice of a helpful neighbour, not a press release.",
            "attribution": "Head of Customer Services",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    link_text = blocks.CharBlock(max_length=150, required=False, help_text="Leave blank to use the document's title.")
    description = blocks.CharBlock(max_length=250, required=False)

    class Meta:
        icon = "doc-full"
        label = "Document"
        template = "components/blocks/document_block.html"
        description = "A document people can download, with its file type and size."
        preview_value = {"link_text": "Social media policy", "description": "The full policy, approved by the board."}


class ScenarioBlock(blocks.StructBlock):
    situation = blocks.TextBlock(max_length=1000, help_text="What has happened, in a few sentences.")
    question = blocks.CharBlock(max_length=250, default="What would you do?")
    answer = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"], help_text="What we would do, and why."
    )

    class Meta:
        icon = "help"
        label = "Scenario: what would you do?"
        template = "components/blocks/scenario_block.html"
        description = "A “what would you do?” check. Nothing is scored: the answer is revealed on request."
        preview_value = {
            "situation": "A resident posts a photo of an overflowing bin and tags the council's account.",
            "question": "What would you do?",
            "answer": "<p>Thank them, say when the bin will be emptied, and pass the location to the crew.</p>",
        }


class CourseStreamBlock(BaseStreamBlock):
    """Lesson, course and guideline bodies: the base blocks and the teaching blocks."""

    image = ImageWithCaptionBlock()
    video = VideoBlock()
    do_dont = DoDontBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    scenario = ScenarioBlock()
