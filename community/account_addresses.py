"""Whether an official account's handle, public URL and feed address fit its platform.

Used by `OfficialAccount.clean()`, so the admin form and the application form give the same message
beside the same field. Registrable domains come from `community.public_suffix`, the one extractor.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from community.public_suffix import extract

_DOMAIN = r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}"

# platform key -> (pattern for the handle, an example, the registrable domains of its public pages).
# An empty domain tuple means "any site" (a blog, Mastodon's many servers, other).
PLATFORM_RULES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "x": (r"@[A-Za-z0-9_]{1,15}", "@ExampleCouncil", ("x.com", "twitter.com")),
    "facebook": (r"[A-Za-z0-9.]{5,50}", "ExampleLibraries", ("facebook.com",)),
    "instagram": (r"@[A-Za-z0-9._]{1,30}", "@exampleparks", ("instagram.com",)),
    "linkedin": (r"[a-z0-9][a-z0-9-]{1,99}", "example-council-careers", ("linkedin.com",)),
    "youtube": (r"@[A-Za-z0-9._-]{3,30}", "@ExampleCouncilTV", ("youtube.com",)),
    "tiktok": (r"@[A-Za-z0-9._]{2,24}", "@examplecouncil", ("tiktok.com",)),
    "threads": (r"@[A-Za-z0-9._]{1,30}", "@examplecouncil", ("threads.net", "threads.com")),
    "mastodon": (rf"@[A-Za-z0-9_]{{1,30}}@{_DOMAIN}", "@recycling@social.example.org", ()),
    "bluesky": (rf"@{_DOMAIN}", "@roads.example.org", ("bsky.app",)),
    "flickr": (r"[A-Za-z0-9@_-]{2,50}", "examplecouncil", ("flickr.com",)),
    "blog": (_DOMAIN, "news.example.org", ()),
    "other": (r"\S{1,120}", "examplecouncil", ()),
}

_url_validator = URLValidator(schemes=["http", "https"])


def _registrable(host: str) -> str:
    return extract(host).top_domain_under_public_suffix.lower()


def web_address(value: str, *, what: str) -> str:
    """The host of an http(s) address, or a ValidationError naming `what`. The one check of a feed address
    (the register's form and the social hub's admin both use it)."""
    try:
        _url_validator(value)
    except ValidationError:
        raise ValidationError(
            f"Enter the {what} as a full web address starting with https://, like https://www.example.org/feed.atom.",
            code="invalid_url",
        ) from None
    return (urlsplit(value).hostname or "").lower()


def normalise_handle(*, platform: str, handle: str) -> str:
    """Trims the handle and adds the "@" the platform's handles start with, if it was left off."""
    handle = (handle or "").strip()
    pattern = PLATFORM_RULES.get(platform, PLATFORM_RULES["other"])[0]
    if pattern.startswith("@") and handle and not handle.startswith("@"):
        handle = "@" + handle
    if platform in ("bluesky", "blog", "mastodon"):
        handle = handle.lower()
    return handle


def address_errors(*, platform: str, handle: str, public_url: str, feed_url: str) -> dict[str, str]:
    """A message per field that does not fit the platform; empty when all is well."""
    errors: dict[str, str] = {}
    pattern, example, domains = PLATFORM_RULES.get(platform, PLATFORM_RULES["other"])
    if handle and not re.fullmatch(pattern, handle, flags=re.IGNORECASE if platform in ("bluesky", "blog") else 0):
        errors["handle"] = f"Enter the handle as it appears on the platform, like {example}."
    if public_url:
        try:
            host = web_address(public_url, what="public address")
        except ValidationError as error:
            errors["public_url"] = error.messages[0]
        else:
            expected = domains
            if platform == "mastodon" and "handle" not in errors and handle.count("@") == 2:
                expected = (_registrable(handle.rsplit("@", 1)[1]),)
            elif platform == "blog" and "handle" not in errors and handle:
                expected = (_registrable(handle),)
            if expected and _registrable(host) not in expected:
                errors["public_url"] = f"The public address should be on {' or '.join(expected)}, where the account is."
    if feed_url:
        try:
            web_address(feed_url, what="feed address")
        except ValidationError as error:
            errors["feed_url"] = error.messages[0]
    return errors
