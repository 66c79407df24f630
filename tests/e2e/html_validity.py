"""HTML validity (WCAG 4.1.1's parsing, and the Nu HTML Checker the audit ran): vnu-jar from npm on Debian's Java.

`PageTypeTour` collects each page type's HTML (the DOM as the browser holds it, so forms in their error
state are included) and `nu_problems(pages)` checks them all in one run of the checker, because starting
Java costs seconds and a run per page would slow the suite. Errors only: the checker's warnings are advice.
"""

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
TIMEOUT_SECONDS = 300
# Messages that are the checker's gaps, not ours: (words of the message, words of its extract, why).
NOT_OURS = [
    (
        "Attribute “nonce” not allowed on element “style”",
        "<defs><style",
        # The measures charts' inline SVG keeps pygal's <style>, which the strict CSP allows by its nonce.
        # CSP applies nonces to SVG <style> as to HTML's, but the checker's SVG schema has no nonce attribute.
        "CSP nonce on an SVG style element",
    ),
]


def checker_unavailable() -> str | None:
    """Why the checker cannot run here, or None."""
    if shutil.which("java") is None:
        return "no Java runtime (Debian's default-jre-headless) for the Nu HTML Checker"
    if not VNU_JAR.exists():
        return f"vnu-jar is not installed (npm ci): {VNU_JAR} is missing"
    return None


def nu_problems(pages: dict[str, str]) -> dict[str, list[str]]:
    """Each named page's validity errors, from one run of the Nu HTML Checker over all of them."""
    if not pages:
        return {}
    with tempfile.TemporaryDirectory(prefix="postwise-vnu-") as folder:
        names = {}
        for index, (name, html) in enumerate(pages.items()):
            path = Path(folder) / f"{index:03d}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}.html"
            path.write_text(html, encoding="utf-8")
            names[path.name] = name
        files = sorted(str(Path(folder) / file_name) for file_name in names)
        # Our own jar and our own temporary files: no untrusted input reaches the command line.
        run = subprocess.run(  # noqa: S603
            [
                shutil.which("java") or "java",
                "-jar",
                str(VNU_JAR),
                "--errors-only",
                "--format",
                "json",
                "--exit-zero-always",
                *files,
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    try:
        messages = json.loads(run.stderr or run.stdout)["messages"]
    except (ValueError, KeyError):
        return {"(the checker)": [f"the Nu HTML Checker did not answer in JSON: {(run.stderr or run.stdout)[:500]}"]}
    problems: dict[str, list[str]] = {}
    for message in messages:
        if any(
            words in message.get("message", "") and extract in message.get("extract", "")
            for words, extract, _why in NOT_OURS
        ):
            continue
        url = message.get("url", "")  # file:/tmp/postwise-vnu-…/003-sign-in.html
        name = names.get(url.rpartition("/")[2], url or "(the checker)")
        where = f"line {message['lastLine']}" if "lastLine" in message else "the document"
        extract = " ".join(message.get("extract", "").split())[:120]
        problems.setdefault(name, []).append(f"invalid HTML at {where}: {message['message']} ({extract})")
    return problems
