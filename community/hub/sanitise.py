"""Item HTML from feeds is hostile until cleaned: nh3 keeps text, paragraphs, links and images only.

Images are then turned into links ("Picture: <alt>") to the image. The site's Content-Security-Policy
allows images from the site itself only (`img-src 'self' data:`), and loading a picture from the
account's platform would tell that platform who reads the intranet; a link lets the reader choose.
"""

from html import escape, unescape
from html.parser import HTMLParser

import nh3

LINK_REL = "noopener"
_SCHEMES = {"http", "https"}
_FIRST_PASS = {
    "tags": {"p", "br", "a", "img"},
    "attributes": {"a": {"href"}, "img": {"src", "alt"}},
}


class _PicturesAsLinks(HTMLParser):
    """Rewrites nh3's (well-formed, attribute-filtered) output, replacing each <img> with a link."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open_links: list[bool] = []  # for each open <a>: whether it was kept (it had an address)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "img":
            if values.get("src"):
                label = f"Picture: {values['alt']}" if values.get("alt") else "Picture"
                self.out.append(f'<a href="{escape(values["src"])}">{escape(label)}</a>')
            return
        if tag == "a":
            # A link whose address was removed (javascript:, data:) is kept as its text only.
            self.open_links.append(bool(values.get("href")))
            if self.open_links[-1]:
                self.out.append(f'<a href="{escape(values["href"])}">')
        elif tag in ("p", "br"):
            self.out.append(f"<{tag}>")

    def handle_endtag(self, tag):
        if tag == "a" and self.open_links and self.open_links.pop():
            self.out.append("</a>")
        elif tag == "p":
            self.out.append("</p>")

    def handle_data(self, data):
        self.out.append(escape(data, quote=False))


def clean_item_html(html: str) -> str:
    """Safe HTML for an item's summary: paragraphs, line breaks and links (rel="noopener"), nothing else."""
    if not html:
        return ""
    first = nh3.clean(html, url_schemes=_SCHEMES, link_rel=None, **_FIRST_PASS)
    rewriter = _PicturesAsLinks()
    rewriter.feed(first)
    rewriter.close()
    # A second pass over our own output: whatever the rewriter did, only these tags and attributes remain.
    return nh3.clean(
        "".join(rewriter.out),
        tags={"p", "br", "a"},
        attributes={"a": {"href"}},
        url_schemes=_SCHEMES,
        link_rel=LINK_REL,
    ).strip()


def title_from(clean_html: str, *, words: int = 12) -> str:
    """A title for a post that has none (Mastodon and Bluesky posts): its first words, as plain text."""
    text = " ".join(unescape(nh3.clean(clean_html, tags=set())).split())
    shortened = " ".join(text.split()[:words])
    return shortened + ("…" if shortened != text else "")
