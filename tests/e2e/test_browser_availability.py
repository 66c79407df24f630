"""What happens when Chromium or axe-core is missing: a loud skip locally, a failure under CI."""

from pathlib import Path

from tests.e2e.browser_availability import browser_unavailable, running_in_ci


def present_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_text("")
    return path


def test_nothing_missing_means_the_browser_tests_run(tmp_path):
    chromium, axe = present_file(tmp_path, "chromium"), present_file(tmp_path, "axe.min.js")
    assert browser_unavailable(chromium=chromium, axe=axe, ci=False) is None
    assert browser_unavailable(chromium=chromium, axe=axe, ci=True) is None


def test_missing_chromium_skips_outside_ci_with_an_explicit_reason(tmp_path):
    missing = tmp_path / "no-chromium"
    outcome = browser_unavailable(chromium=missing, axe=present_file(tmp_path, "axe.min.js"), ci=False)
    assert outcome is not None
    assert outcome.fail is False
    assert outcome.reason == f"Chromium not found at {missing}: browser tests NOT run"


def test_missing_chromium_fails_under_ci(tmp_path):
    outcome = browser_unavailable(chromium=tmp_path / "no-chromium", axe=present_file(tmp_path, "axe.min.js"), ci=True)
    assert outcome is not None
    assert outcome.fail is True


def test_missing_axe_core_is_named_and_fails_under_ci(tmp_path):
    outcome = browser_unavailable(chromium=present_file(tmp_path, "chromium"), axe=tmp_path / "no-axe.js", ci=True)
    assert outcome is not None
    assert outcome.fail is True
    assert "axe-core not found" in outcome.reason
    assert "Chromium" not in outcome.reason


def test_a_directory_is_not_a_browser(tmp_path):
    outcome = browser_unavailable(chromium=tmp_path, axe=present_file(tmp_path, "axe.min.js"), ci=False)
    assert outcome is not None
    assert outcome.fail is False


def test_ci_is_on_only_when_the_variable_says_true():
    assert running_in_ci({"CI": "true"}) is True
    assert running_in_ci({"CI": "TRUE"}) is True
    assert running_in_ci({"CI": "false"}) is False
    assert running_in_ci({"CI": ""}) is False
    assert running_in_ci({}) is False
