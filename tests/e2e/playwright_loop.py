"""Keep Django's database connections the same while Playwright's sync API is in use.

Between its calls, Playwright's sync API leaves its event loop marked as running in the main
thread. While that mark is set, asgiref gives Django a second, context-local set of database
connections, which lack the serialized contents that restore the migrations' rows after a
transactional test. So the test database is set up and flushed with the mark lifted, and the
mark is back before any Playwright call: Playwright's dispatcher fails without it.
"""

import asyncio


class PlaywrightLoopMark:
    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None

    def remember(self) -> None:
        """Call right after starting Playwright: its loop is the one marked running now."""
        self.loop = asyncio.events._get_running_loop()

    def lift(self) -> None:
        asyncio.events._set_running_loop(None)

    def put_back(self) -> None:
        asyncio.events._set_running_loop(self.loop)

    def forget(self) -> None:
        self.loop = None
