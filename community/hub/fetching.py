"""Reading one feed over HTTP: a timeout, a size cap, a conditional GET and an honest User-Agent.

Every request, the first and each redirect, goes to a public address only: its host is resolved and
every address it resolves to must be global (not private, loopback, link-local, shared or reserved),
so a feed address cannot be used to reach the intranet or a cloud metadata service (SSRF). The only
exception is a `host:port` listed in `POSTWISE_HUB_PRIVATE_FEED_HOSTS` (empty in production; the
tests set one per test) or passed by the demo for the local server it starts.
"""

import ipaddress
import socket
import time
from dataclasses import dataclass

import httpx
from django.conf import settings

USER_AGENT = "Postwise-feed-reader/1.0 (intranet social hub; reads public RSS/Atom feeds of official accounts)"


class FeedRefused(Exception):
    """This feed was not fetched, and here is why (a message for the technical support screen)."""


@dataclass(frozen=True)
class FetchedFeed:
    status: int  # 200, or 304 when the feed has not changed since the validators we sent
    body: bytes
    etag: str
    last_modified: str
    url: str  # where the feed was in the end, after any redirects


def _authority(url: httpx.URL) -> str:
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{url.host}:{port}"


def check_public_address(url: httpx.URL, *, allowed: frozenset[str]) -> None:
    """Refuses a URL that is not http(s) or whose host resolves to any non-public address."""
    if url.scheme not in ("http", "https"):
        raise FeedRefused(f"Only http and https feed addresses are fetched, not {url.scheme}.")
    if _authority(url) in allowed:
        return
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(url.host, port, type=socket.SOCK_STREAM)}
    except (socket.gaierror, UnicodeError) as error:
        raise FeedRefused(f"The feed's host {url.host} could not be found.") from error
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FeedRefused(
                f"The feed's host {url.host} resolves to {ip}, a private or reserved address: not fetched."
            )


def fetch(
    url: str, *, etag: str = "", last_modified: str = "", allowed_private: frozenset[str] = frozenset()
) -> FetchedFeed:
    """GETs the feed, stopping at `POSTWISE_HUB_FEED_MAX_BYTES` and after `POSTWISE_HUB_FEED_TIMEOUT` seconds."""
    allowed = frozenset(settings.POSTWISE_HUB_PRIVATE_FEED_HOSTS) | allowed_private
    max_bytes = settings.POSTWISE_HUB_FEED_MAX_BYTES
    timeout = settings.POSTWISE_HUB_FEED_TIMEOUT
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + timeout

    def guard(request: httpx.Request) -> None:
        check_public_address(request.url, allowed=allowed)

    try:
        with (
            httpx.Client(
                timeout=timeout,
                follow_redirects=True,
                max_redirects=5,
                trust_env=False,
                headers=headers,
                event_hooks={"request": [guard]},
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code == 304:
                return FetchedFeed(304, b"", etag, last_modified, str(response.url))
            if response.status_code != 200:
                raise FeedRefused(f"The server answered HTTP {response.status_code}.")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FeedRefused(f"The feed is larger than {max_bytes:,} bytes: not read.")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise FeedRefused(f"The feed is larger than {max_bytes:,} bytes: stopped reading.")
                if time.monotonic() > deadline:
                    raise FeedRefused(f"The feed took longer than {timeout:g} seconds: stopped reading.")
            return FetchedFeed(
                200,
                bytes(body),
                response.headers.get("ETag", ""),
                response.headers.get("Last-Modified", ""),
                str(response.url),
            )
    except httpx.TimeoutException as error:
        raise FeedRefused(f"The feed did not answer within {timeout:g} seconds.") from error
    except httpx.TooManyRedirects as error:
        raise FeedRefused("The feed redirected too many times.") from error
    except httpx.HTTPError as error:
        raise FeedRefused(f"The feed could not be fetched: {error.__class__.__name__}.") from error
