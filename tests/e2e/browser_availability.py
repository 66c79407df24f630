"""Decide what happens when the browser (or axe-core) is missing: skip locally, fail in CI."""

from dataclasses import dataclass
from pathlib import Path

CHROMIUM_PATH = Path("/usr/bin/chromium")
AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@dataclass(frozen=True)
class Unavailable:
    """Browser tests cannot run. `fail` is True under CI, where a missing browser is an error."""

    reason: str
    fail: bool


def browser_unavailable(*, chromium: Path, axe: Path, ci: bool) -> Unavailable | None:
    """None when Chromium and axe-core are both present; otherwise what to do and why."""
    problems = []
    if not chromium.is_file():
        problems.append(f"Chromium not found at {chromium}")
    if not axe.is_file():
        problems.append(f"axe-core not found at {axe} (run `npm ci`)")
    if not problems:
        return None
    return Unavailable(reason="; ".join(problems) + ": browser tests NOT run", fail=ci)


def running_in_ci(environ) -> bool:
    return environ.get("CI", "").strip().lower() == "true"
