"""A loopback port nothing listens on: for servers a test starts, or to stand for a database that is down.

The operating system picks it, so parallel test workers never collide on a fixed number.
"""

import socket


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
