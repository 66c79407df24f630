"""A real HTTP server on 127.0.0.1 (a free port) whose answers each test sets per path."""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering


class FeedServer:
    def __init__(self):
        self.answers: dict[str, Answer | Callable] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.bytes_sent: dict[str, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - the standard library's name
                server.requests.append((self.path, dict(self.headers)))
                answer = server.answers.get(self.path, Answer(b"not here", status=404))
                if callable(answer):
                    answer = answer(self)
                    if answer is None:
                        return  # the callable wrote the response itself
                if answer.delay:
                    time.sleep(answer.delay)
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            def log_message(self, format, *args):  # noqa: A002
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.netloc = f"127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://{self.netloc}{path}"

    def paths_requested(self) -> list[str]:
        return [path for path, _ in self.requests]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(*items: tuple[str, str, str], title: str = "Recycling and waste") -> bytes:
    """An RSS 2.0 document; each item is (guid, title, description HTML)."""
    entries = "".join(
        f'<item><guid isPermaLink="false">{guid}</guid><link>https://social.example.org/posts/{guid}</link><title>{heading}</title>'
        f"<pubDate>Mon, {10 + n:02d} Nov 2025 09:00:00 +0000</pubDate>"
        f"<description><![CDATA[{html}]]></description></item>"
        for n, (guid, heading, html) in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://social.example.org/</link><description>Posts</description>{entries}</channel></rss>"
    ).encode()


def atom(*entries: tuple[str, str, str]) -> bytes:
    """An Atom document; each entry is (id, title, link)."""
    body = "".join(
        f'<entry><id>{entry_id}</id><title>{heading}</title><link href="{link}"/>'
        f"<updated>2025-11-{10 + n:02d}T09:00:00Z</updated>"
        f'<summary type="html">&lt;p&gt;{heading}&lt;/p&gt;</summary></entry>'
        for n, (entry_id, heading, link) in enumerate(entries)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Libraries</title>'
        f"<id>https://libraries.example.org/</id><updated>2025-11-20T09:00:00Z</updated>{body}</feed>"
    ).encode()
