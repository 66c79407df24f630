"""Markdown to safe HTML: markdown-it-py renders, nh3 cleans with an allow-list.

Raw HTML in the source is not rendered at all; nh3 then removes anything the allow-list
does not name, and gives every link rel="nofollow noopener".
"""

import html
import re
import unicodedata

import nh3
from django.utils.html import strip_tags
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "del",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_renderer = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    ["table", "strikethrough"]
)
# Headings 1 and 2 belong to the page; a post's headings start at level 3.
_renderer.add_render_rule(
    "heading_open", lambda self, tokens, idx, options, env: f"<h{max(3, int(tokens[idx].tag[1]))}>"
)
_renderer.add_render_rule(
    "heading_close", lambda self, tokens, idx, options, env: f"</h{max(3, int(tokens[idx].tag[1]))}>\n"
)
# Images become plain links: no hot-linked pixels, no tracking, no data: images.
_renderer.add_render_rule(
    "image",
    lambda self, tokens, idx, options, env: (
        f'<a href="{_renderer.utils.escapeHtml(tokens[idx].attrs.get("src", ""))}">'
        f"{_renderer.utils.escapeHtml(tokens[idx].content or 'image')}</a>"
    ),
)

_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_LINK_PATTERN = re.compile(r"https?://|mailto:|www\.", re.IGNORECASE)


def clean_text(text: str) -> str:
    """Normalise typed text: NFC, no bidi overrides or zero-width characters, no NULs."""
    text = unicodedata.normalize("NFC", text).replace("\x00", "")
    return _INVISIBLE.sub("", text)


MENTION = re.compile(r"(?<![\w@])@([a-z0-9][a-z0-9._-]{1,60})", re.IGNORECASE)


def _text_with_mentions(self, tokens, idx, options, env):
    """Plain text, with each `@name` found in env["mentions"] (handle -> (href, title)) made a link.

    Only text tokens pass through here, so a mention inside code is left alone; inside a link it is
    left as text too (links do not nest)."""
    text = tokens[idx].content
    mentions = env.get("mentions") or {}
    if not mentions or env.get("link_depth", 0) or "@" not in text:
        return _renderer.utils.escapeHtml(text)
    escape = _renderer.utils.escapeHtml
    html, last = [], 0
    for match in MENTION.finditer(text):
        handle = match.group(1).rstrip("._-")
        target = mentions.get(handle.lower())
        if target is None:
            continue
        end = match.start() + 1 + len(handle)
        href, title = target
        html.append(escape(text[last : match.start()]))
        html.append(f'<a href="{escape(href)}" title="{escape(title)}">@{escape(handle)}</a>')
        last = end
    html.append(escape(text[last:]))
    return "".join(html)


def _link_depth(delta):
    def rule(self, tokens, idx, options, env):
        env["link_depth"] = env.get("link_depth", 0) + delta
        return self.renderToken(tokens, idx, options, env)

    return rule


_renderer.add_render_rule("text", _text_with_mentions)
_renderer.add_render_rule("link_open", _link_depth(1))
_renderer.add_render_rule("link_close", _link_depth(-1))


def render_markdown(source: str, *, mentions: dict[str, tuple[str, str]] | None = None) -> str:
    """`mentions` maps a lower-case handle to the (href, title) its `@handle` links to."""
    html = _renderer.render(clean_text(source), {"mentions": mentions or {}})
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
    )


def plain_text(source: str) -> str:
    """The words of a post without markup, for search and excerpts."""
    return " ".join(strip_tags(render_markdown(source)).split())


_LINK = re.compile(r'<a href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)
_LINE_BREAK = re.compile(r"<br\s*/?>|</(?:li|tr)>")
_PRE = re.compile(r"(<pre>.*?</pre>)", re.DOTALL)
_BLOCK_END = re.compile(r"</(?:p|ul|ol|blockquote|pre|table|h[3-6])>|<hr\s*/?>")


def _link_as_text(match: re.Match) -> str:
    href, text = html.unescape(match.group(1)), match.group(2)
    return text if strip_tags(text).strip() in (href, href.removeprefix("mailto:")) else f"{text} ({href})"


def readable_text(source: str, *, names: dict[str, str] | None = None) -> str:
    """The words of a post as plain text that reads well, keeping its paragraphs (blank lines between).

    Markdown is rendered and then taken down to text: no `**`, `#` or `[..](..)` is left, a link keeps its
    address in brackets, list items start with "- ". `names` maps a lower-case handle to the name its
    `@handle` becomes; any other `@handle` loses its "@".
    """
    names = names or {}

    def name_for(match: re.Match) -> str:
        handle = match.group(1).rstrip("._-")
        return names.get(handle.lower(), handle) + match.group(1)[len(handle) :]

    rendered = render_markdown(MENTION.sub(name_for, clean_text(source)))
    # The renderer's own line ends mean nothing, except inside a code block.
    rendered = "".join(part if part.startswith("<pre>") else part.replace("\n", " ") for part in _PRE.split(rendered))
    rendered = _LINK.sub(_link_as_text, rendered).replace("<li>", "<li>- ")
    rendered = _BLOCK_END.sub("\n\n", _LINE_BREAK.sub("\n", rendered))
    text = html.unescape(strip_tags(rendered))
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in block.splitlines()]
        if any(lines):
            paragraphs.append("\n".join(line for line in lines if line))
    return "\n\n".join(paragraphs)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~>-])")


def quoted(source: str, *, name: str) -> str:
    """A post's Markdown as a quote to reply under: "Name wrote:" then each line as a `>` blockquote.

    The quote is Markdown like anything typed, so it is rendered and sanitised when the reply is posted; the
    name's Markdown characters are escaped so that it stays plain words."""
    lines = clean_text(source).strip().splitlines()
    body = "\n".join(f"> {line}" if line.strip() else ">" for line in lines)
    plain_name = _MARKDOWN_SPECIAL.sub(r"\\\1", clean_text(name))
    return f"{plain_name} wrote:\n\n{body}\n\n"


def count_links(source: str) -> int:
    return len(_LINK_PATTERN.findall(clean_text(source)))
