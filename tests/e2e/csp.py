"""Catches Content-Security-Policy violations in a Playwright page.

Chromium reports each blocked script, style or frame in the console ("Refused to ... because it
violates the following Content Security Policy directive"); a listener for the page's
`securitypolicyviolation` event reports the rest (e.g. style attributes) to the console too.
"""

REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || document.location.href}:${event.lineNumber}`);
});
"""


def is_csp_violation(text: str) -> bool:
    return "Content Security Policy" in text or text.startswith("CSP violation:")


class CspViolations:
    """Attach to a browser context; `.found` lists each violation seen, with the page's address."""

    def __init__(self, context) -> None:
        self.found: list[str] = []
        context.add_init_script(REPORT_VIOLATIONS)
        context.on("console", self._console)

    def _console(self, message) -> None:
        if is_csp_violation(message.text):
            self.found.append(f"{message.page.url if message.page else '?'}: {message.text}")

    def describe(self) -> str:
        return "Content-Security-Policy violations:\n" + "\n".join(f"- {line}" for line in self.found)
