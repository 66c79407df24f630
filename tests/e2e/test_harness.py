"""The harness itself can fail: axe finds a real violation, a missing focus style and a page too wide are caught."""

import pytest

from tests.e2e.axe import RUN_AXE, WCAG_TAGS, blocking_violations
from tests.e2e.browser_availability import AXE_PATH
from tests.e2e.csp import CspViolations
from tests.e2e.focus import assert_visible_focus, has_visible_focus_style
from tests.e2e.layout import layout_problems

UNLABELLED_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Broken</title></head>
<body><main><h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<input type="text"></main></body></html>"""
FOCUS_HIDDEN_PAGE = """<!DOCTYPE html><html lang="en"><head><title>No focus</title>
<style>a:focus { outline: none; box-shadow: none; }</style></head>
<body><main><h1>No focus</h1><a href="#x">A link</a></main></body></html>"""


@pytest.mark.e2e
def test_assert_accessible_lists_serious_and_critical_violations(page, assert_accessible):
    page.set_content(UNLABELLED_PAGE)
    with pytest.raises(pytest.fail.Exception) as failure:
        assert_accessible(page)
    message = str(failure.value)
    assert "[critical] image-alt" in message
    assert "[critical] label" in message
    assert "<img" in message


@pytest.mark.e2e
def test_assert_visible_focus_catches_a_removed_focus_style(page):
    page.set_content(FOCUS_HIDDEN_PAGE)
    page.keyboard.press("Tab")
    with pytest.raises(AssertionError, match="no visible focus style"):
        assert_visible_focus(page)


def style(**overrides) -> dict:
    return {
        "outlineStyle": "none",
        "outlineWidth": "0px",
        "outlineColor": "rgb(0, 0, 0)",
        "boxShadow": "none",
    } | overrides


@pytest.mark.parametrize(
    ("element", "visible"),
    [
        (style(), False),
        (style(outlineStyle="solid", outlineWidth="3px", outlineColor="rgba(0, 0, 0, 0)"), False),
        (style(outlineStyle="solid", outlineWidth="3px", outlineColor="rgb(255, 221, 0)"), True),
        (style(outlineStyle="auto", outlineWidth="1px", outlineColor="rgb(16, 16, 16)"), False),
        (style(outlineStyle="solid", outlineWidth="3px", outlineColor="rgb(255, 221, 0)", width=0, height=0), False),
        (
            style(
                outlineStyle="solid",
                outlineWidth="3px",
                outlineColor="transparent",
                boxShadow="rgb(11, 12, 12) 0px 4px 0px 0px",
            ),
            True,
        ),
    ],
)
def test_focus_is_visible_with_a_coloured_outline_or_a_box_shadow(element, visible):
    assert has_visible_focus_style(element) is visible


@pytest.mark.e2e
def test_axe_runs_started_together_on_one_page_wait_for_each_other(page):
    page.set_content(UNLABELLED_PAGE)
    blocking_violations(page, axe_script=AXE_PATH)
    # Two helper runs at once, and one more while a bare axe.run (not awaited) is still going.
    both = page.evaluate(f"async (tags) => Promise.all([({RUN_AXE})(tags), ({RUN_AXE})(tags)])", WCAG_TAGS)
    assert [{v["id"] for v in result["violations"]} >= {"image-alt", "label"} for result in both] == [True, True]
    page.evaluate("() => { window.bareRun = window.axe.run(document); }")
    violations = blocking_violations(page, axe_script=AXE_PATH)
    assert {violation["id"] for violation in violations} >= {"image-alt", "label"}
    page.evaluate("async () => await window.bareRun")


@pytest.mark.e2e
def test_csp_violations_are_caught(page):
    context = page.context.browser.new_context()
    violations = CspViolations(context)
    probe = context.new_page()
    probe.route(
        "http://csp.test/",
        lambda route: route.fulfill(
            body='<!DOCTYPE html><title>x</title><p style="color: red">x</p><script>document.title = "ran"</script>',
            content_type="text/html",
            headers={"Content-Security-Policy": "default-src 'self'"},
        ),
    )
    probe.goto("http://csp.test/")
    probe.wait_for_load_state()
    assert probe.title() == "x"
    context.close()
    assert any("script-src" in line for line in violations.found), violations.found
    assert any("style-src" in line for line in violations.found), violations.found


WIDE_TABLE_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Wide</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Wide</h1><table><tr><td style="min-width: 600px">A wide cell</td></tr></table>
<p><strong class="govuk-tag" style="display: inline-block; max-width: 40px">Accepted answer</strong></p>
</main></body></html>"""


@pytest.mark.e2e
def test_layout_checks_catch_sideways_scrolling_and_wrapped_tags(page):
    page.set_content(WIDE_TABLE_PAGE)
    problems = layout_problems(page)
    assert any(problem.startswith("at 390 px the page scrolls sideways") and "table" in problem for problem in problems)
    assert any(problem.startswith("at 320 px the page scrolls sideways") for problem in problems)
    assert "at 1280 px the tag 'Accepted answer' breaks over two lines" in problems
    assert page.viewport_size["width"] == 1280  # put back for the next check
