"""A folder of feed files served on 127.0.0.1 for a moment, so the demo reads them like real feeds."""

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _QuietFeedFiles(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".rss": "application/rss+xml",
        ".atom": "application/atom+xml",
    }

    def log_message(self, format, *args):  # noqa: A002 - the standard library's name
        pass


@contextmanager
def serving_folder(folder: Path) -> Iterator[str]:
    """Yields the `host:port` of a server on an ephemeral loopback port that serves `folder`; stops after."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietFeedFiles, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
