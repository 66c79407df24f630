"""Browser journeys: Playwright drives Debian's Chromium against pytest-django's live server.

Fixtures for every engineer's journeys:
- `browser`: one Chromium for the whole browser suite. Its scope is this package, not the session:
  while Playwright runs, its event loop counts as running in the main thread, which would break
  later non-browser tests that use `async_to_sync` or `asyncio.run`. Drive it through `page`
  (`page.context.browser` for a second context): `page` makes Playwright callable in the test body.
- `page`: a fresh browser context and page per test, logged out, whose base URL is the live server.
  Any Content-Security-Policy violation on any page it visits fails the test (tests/e2e/csp.py).
- `login_as(page, email, password=..., totp_secret=None)`: signs in through the real allauth login
  form (and its two-factor page when given the member's TOTP secret).
- `assert_accessible(page)`: runs axe-core (WCAG 2.0/2.1/2.2 A and AA) and fails on any serious or
  critical violation, listing them.

Outside CI a missing Chromium or axe-core skips these tests with a loud reason; under CI=true it fails.
The database is transactional (the live server runs in another thread) with serialized rollback, so
the rows the data migrations make (role groups, the Wagtail site tree) are back for every test.
Mark journeys with `pytest.mark.e2e` (a test using `browser` gets it anyway). Keep each journey's
expectations to what a user sees; use factories for the data a journey starts from.
"""

import os

import pytest
from django.db import connections

from tests.e2e.axe import blocking_violations, describe_violations
from tests.e2e.browser_availability import AXE_PATH, CHROMIUM_PATH, browser_unavailable, running_in_ci
from tests.e2e.csp import CspViolations
from tests.e2e.playwright_loop import PlaywrightLoopMark
from tests.e2e.totp import current_totp_code
from tests.sso.oidc import running_oidc_provider

TEST_PASSWORD = "postwise-test-pass"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEFAULT_TIMEOUT_MS = 15_000
loop_mark = PlaywrightLoopMark()


def pytest_collection_modifyitems(items):
    # Any test that uses the browser is a browser test, even if its module forgot the marker.
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.e2e)


def pytest_terminal_summary(terminalreporter):
    # A skipped browser suite must not look like a green one.
    if _skipped_because:
        terminalreporter.write_sep("!", f"{_skipped_because[0]} (CI=true makes this a failure)", red=True)


_skipped_because: list[str] = []


@pytest.fixture(scope="package")
def browser():
    unavailable = browser_unavailable(chromium=CHROMIUM_PATH, axe=AXE_PATH, ci=running_in_ci(os.environ))
    if unavailable is not None:
        if unavailable.fail:
            pytest.fail(f"CI=true and {unavailable.reason}", pytrace=False)
        _skipped_because.append(unavailable.reason)
        pytest.skip(unavailable.reason)

    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; Django's ORM calls from the
    # test body are still synchronous, so its async-safety guard must be told.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM_PATH), args=CHROMIUM_ARGS)
    loop_mark.remember()
    loop_mark.lift()
    yield chromium
    loop_mark.put_back()
    chromium.close()
    playwright.stop()
    loop_mark.forget()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(autouse=True)
def _outside_playwright_loop():
    # Autouse, so it comes before any database fixture: see tests/e2e/playwright_loop.py.
    loop_mark.lift()
    yield
    loop_mark.lift()


@pytest.fixture
def _inside_playwright_loop(browser, _outside_playwright_loop, transactional_db, django_db_serialized_rollback):
    loop_mark.put_back()
    yield
    connections.close_all()  # the test body's context-local connections, so none outlives the test
    loop_mark.lift()


@pytest.fixture
def page(browser, live_server, _inside_playwright_loop):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    violations = CspViolations(context)
    # A 500 from the live server fails the journey even when no step looks at it: a request the page's own
    # script makes (the admin's editing-session ping, say) is not a navigation a test asserts on.
    server_errors = []
    context.on(
        "response",
        lambda response: (
            server_errors.append(f"{response.request.method} {response.url}")
            if response.status == 500 and response.url.startswith(live_server.url)
            else None
        ),
    )
    browser_page = context.new_page()
    yield browser_page
    context.close()
    if violations.found:
        pytest.fail(violations.describe(), pytrace=False)
    if server_errors:
        pytest.fail("The server answered 500 to: " + "; ".join(server_errors), pytrace=False)


@pytest.fixture
def login_as():
    """`login_as(page, email)` signs in through /accounts/login/ and checks it worked.

    A member with TOTP (e.g. `tests.community.mfa_helpers.activate_totp(member)`) also needs
    `totp_secret=`: the code is typed on allauth's two-factor page.
    """

    def sign_in(page, email: str, password: str = TEST_PASSWORD, *, totp_secret: str | None = None) -> None:
        page.goto("/accounts/login/")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password", exact=True).fill(password)
        page.locator("main").get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        if totp_secret is not None:
            page.wait_for_url("**/accounts/2fa/authenticate/")
            page.get_by_label("Code").fill(current_totp_code(totp_secret))
            page.locator("main").get_by_role("button", name="Sign in").click()
            page.wait_for_load_state()
        sign_out = page.get_by_role("button", name="Sign out")
        if not sign_out.is_visible():
            errors = page.locator(".govuk-error-summary").all_inner_texts()
            raise AssertionError(f"Signing in as {email} failed; now on {page.url}; errors: {errors}")

    return sign_in


@pytest.fixture
def assert_accessible():
    """`assert_accessible(page)` fails with a readable list of serious/critical axe violations."""

    def check(page) -> None:
        violations = blocking_violations(page, axe_script=AXE_PATH)
        if violations:
            pytest.fail(describe_violations(page.url, violations), pytrace=False)

    return check


@pytest.fixture(scope="session")
def oidc_live(live_server):
    """A real OpenID Connect provider (npm oidc-provider on loopback) that redirects to the live server."""

    with running_oidc_provider([live_server.url]) as provider:
        yield provider


@pytest.fixture
def sso(oidc_live, settings):
    """Postwise's OpenID Connect sign-in pointed at `oidc_live`, with its email trusted."""
    settings.SOCIALACCOUNT_PROVIDERS = oidc_live.app_settings()
    return oidc_live
