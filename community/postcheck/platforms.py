"""Each platform's length limit, and how that platform counts a post's length. One table, cited.

How each platform counts (checked against its own documentation; update the table, not the rules):

- X: 280, weighted as the twitter-text library counts (https://docs.x.com/resources/fundamentals/counting-characters):
  most Latin characters weigh 1, CJK and emoji weigh 2, every link counts as 23 whatever its length, text is
  NFC-normalised first. We use the `twitter-text-parser` package, a port of twitter-text's configuration v3.
- Bluesky: 300 grapheme clusters (the `app.bsky.feed.post` lexicon: `maxGraphemes: 300`); a link counts as typed.
- Mastodon: 500 by default (https://docs.joinmastodon.org/user/posting/): every http(s) link counts as 23, a
  mention counts only its `@name` part, and the server counts grapheme clusters (StatusLengthValidator).
- Threads: 500 characters (Threads help centre: "Posts can be up to 500 characters").
- Instagram: 2,200 characters in a caption (Instagram help centre).
- LinkedIn: 3,000 characters in a post (LinkedIn help: "Share posts").
- Facebook: 63,206 characters in a post (Facebook's documented maximum).
Meta and LinkedIn do not say how they count an emoji, so for them we count as a web page's text box does
(UTF-16 code units: most emoji count as 2). That is the cautious reading: it never says "fits" when it may not.
"""

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

import grapheme
from django.core.exceptions import ValidationError
from twitter_text import extract_urls_with_indices, parse_tweet

from community.sites.domains import normalise_domain


class Counting(StrEnum):
    TWITTER_TEXT = "twitter-text"
    GRAPHEMES = "graphemes"
    MASTODON = "mastodon"
    UTF16 = "utf-16"


@dataclass(frozen=True)
class Platform:
    key: str
    label: str
    limit: int
    counting: Counting
    how: str  # one line for the page: how this platform counts


PLATFORMS: dict[str, Platform] = {
    platform.key: platform
    for platform in (
        Platform("x", "X (Twitter)", 280, Counting.TWITTER_TEXT, "links count as 23; emoji and CJK count as 2"),
        Platform("bluesky", "Bluesky", 300, Counting.GRAPHEMES, "each letter or emoji counts as 1; links as typed"),
        Platform("mastodon", "Mastodon", 500, Counting.MASTODON, "links count as 23; each letter or emoji as 1"),
        Platform("threads", "Threads", 500, Counting.UTF16, "most emoji count as 2"),
        Platform("instagram", "Instagram", 2_200, Counting.UTF16, "most emoji count as 2"),
        Platform("linkedin", "LinkedIn", 3_000, Counting.UTF16, "most emoji count as 2"),
        Platform("facebook", "Facebook", 63_206, Counting.UTF16, "most emoji count as 2"),
    )
}

MASTODON_LINK_LENGTH = 23
_MASTODON_LINK = re.compile(r"https?://\S+")
# @name@instance.example counts as @name on Mastodon.
_MASTODON_MENTION = re.compile(r"(?<![\w@])(@\w+)@[\w.-]+\w")


def platform_for(key: str) -> Platform:
    return PLATFORMS[key]


def _mastodon_length(text: str) -> int:
    countable = _MASTODON_LINK.sub("x" * MASTODON_LINK_LENGTH, text)
    countable = _MASTODON_MENTION.sub(r"\1", countable)
    return grapheme.length(countable)


def length_on(platform: Platform, text: str) -> int:
    """The post's length as `platform` counts it."""
    if platform.counting == Counting.TWITTER_TEXT:
        return parse_tweet(text).weightedLength
    if platform.counting == Counting.GRAPHEMES:
        return grapheme.length(unicodedata.normalize("NFC", text))
    if platform.counting == Counting.MASTODON:
        return _mastodon_length(text)
    return len(text.encode("utf-16-le")) // 2


def links_in(text: str) -> list[tuple[str, int, int]]:
    """(link, start, end) for each link in the text, found as X finds them (with or without http://)."""
    return [(found["url"], *found["indices"]) for found in extract_urls_with_indices(text)]


def link_domain(link: str) -> str | None:
    """The link's domain, normalised by the site lists' own `normalise_domain`; None for an IP address or junk."""
    try:
        host = urlsplit(link if "://" in link else f"http://{link}").hostname
        return normalise_domain(host or "")
    except (ValueError, ValidationError):
        return None
