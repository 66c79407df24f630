"""Reading one feed over HTTP: a timeout, a size cap, a conditional GET and an honest User-Agent.

Every connection, for the first request and each redirect, goes to a public address only: its host is
resolved and every address it resolves to must be global (not private, loopback, link-local, shared or
reserved), so a feed address cannot be used to reach the intranet or a cloud metadata service (SSRF). The
only exception is a `host:port` listed in `POSTWISE_HUB_PRIVATE_FEED_HOSTS` (empty in production; the
tests set one per test) or passed by the demo for the local server it starts.

The check and the connection use the same answer (no DNS rebinding): httpcore's network backend
(`_VettedBackend`, plugged into httpx through a transport) resolves the host once, checks the addresses and
connects to the checked one. The URL keeps the name, so the Host header, TLS's server name (SNI) and the
certificate check are for the name, as with any other request.
"""

import ipaddress
import socket
import time
from dataclasses import dataclass

import httpcore
import httpx
from django.conf import settings

from community.refusals import Refused

USER_AGENT = "Postwise-feed-reader/1.0 (intranet social hub; reads public RSS/Atom feeds of official accounts)"


class FeedRefused(Refused):
    """This feed was not fetched, and here is why (a message for the technical support screen).

    Its own class because its callers record it on the feed's state and go on to the next feed."""


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


def _vetted_address(host: str, port: int, *, allowed: frozenset[str]) -> str:
    """The address to connect to for host:port: the host itself if allowed, else one it resolves to, once
    every address it resolves to has been checked to be public. Refuses with FeedRefused otherwise."""
    if f"{host}:{port}" in allowed:
        return host
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FeedRefused(f"The feed's host {host} could not be found.") from error
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FeedRefused(f"The feed's host {host} resolves to {ip}, a private or reserved address: not fetched.")
    if not addresses:
        raise FeedRefused(f"The feed's host {host} could not be found.")
    return addresses[0]


class _VettedBackend(httpcore.NetworkBackend):
    """httpcore's own sync backend, connecting only to the address `_vetted_address` checked."""

    def __init__(self, *, allowed: frozenset[str]) -> None:
        self._allowed = allowed
        self._sockets = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        address = _vetted_address(host, port, allowed=self._allowed)
        return self._sockets.connect_tcp(
            address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise FeedRefused("Feeds are fetched over the network only.")

    def sleep(self, seconds: float) -> None:
        self._sockets.sleep(seconds)


# httpcore's errors as httpx's, the most specific first, so callers catch httpx's as with httpx's own transport.
_HTTPX_ERRORS: list[tuple[type[Exception], type[httpx.HTTPError]]] = [
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.ProxyError, httpx.ProxyError),
]


def _as_httpx_error(error: Exception) -> Exception:
    return next((theirs(str(error)) for ours, theirs in _HTTPX_ERRORS if isinstance(error, ours)), error)


class _ResponseBytes(httpx.SyncByteStream):
    def __init__(self, stream) -> None:
        self._stream = stream

    def __iter__(self):
        try:
            yield from self._stream
        except Exception as error:  # noqa: BLE001 - re-raised as httpx's kind
            raise _as_httpx_error(error) from error

    def close(self) -> None:
        if hasattr(self._stream, "close"):
            self._stream.close()


class _VettedTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool whose every connection goes through `_VettedBackend`."""

    def __init__(self, *, allowed: frozenset[str]) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=_VettedBackend(allowed=allowed)
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            response = self._pool.handle_request(core_request)
        except FeedRefused:
            raise
        except Exception as error:  # noqa: BLE001 - re-raised as httpx's kind
            raise _as_httpx_error(error) from error
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseBytes(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


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

    def only_http(request: httpx.Request) -> None:
        # The address itself is checked as the connection is made (_VettedBackend), once per connection.
        if request.url.scheme not in ("http", "https"):
            raise FeedRefused(f"Only http and https feed addresses are fetched, not {request.url.scheme}.")

    try:
        with (
            httpx.Client(
                transport=_VettedTransport(allowed=allowed),
                timeout=timeout,
                follow_redirects=True,
                max_redirects=5,
                trust_env=False,
                headers=headers,
                event_hooks={"request": [only_http]},
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
