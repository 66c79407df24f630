"""Checks the page-type tours run beside axe-core's WCAG rules (issue 16's audit found these gaps).

- `landmark_problems(page, axe_script)`: axe's `region` rule (a best-practice rule, so not in the WCAG run):
  everything a member reads is inside a landmark; the back link and breadcrumbs once were not.
- `label_in_name_problems(page)`: WCAG 2.5.3. The visible words of every link and button appear, in order, in
  its accessible name, so a speech-input user can say what they see ("Flag for a moderator").
- `heading_problems(page)`: a heading says its words once, with no GOV.UK tag inside it ("Don't Don't…").
- `title_problems(page)`: a page with an error summary has a title that starts "Error: ".
"""

import re

from tests.e2e.axe import region_violations

# Text as seen (GOV.UK's visually hidden text and aria-hidden parts left out), and the accessible name as
# Chromium's accessibility tree would give it for a plain link or button: aria-labelledby, aria-label, or
# the whole text with the hidden parts.
LABEL_IN_NAME = """
() => {
  const squash = (text) => text.toLowerCase().replace(/[^\\p{L}\\p{N}]+/gu, " ").trim();
  const textOf = (el, visibleOnly) => {
    let text = "";
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) { text += node.textContent; continue; }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      if (node.getAttribute("aria-hidden") === "true") continue;
      if (visibleOnly && node.classList.contains("govuk-visually-hidden")) continue;
      text += " " + textOf(node, visibleOnly) + " ";
    }
    return text;
  };
  const problems = [];
  for (const el of document.querySelectorAll("a[href], button, [role=button], input[type=submit]")) {
    if (!el.getClientRects().length || el.closest("[hidden], .govuk-visually-hidden")) continue;
    const visible = squash(el.tagName === "INPUT" ? el.value : textOf(el, true));
    if (!visible) continue;
    const labelledby = (el.getAttribute("aria-labelledby") || "").split(/\\s+/).filter(Boolean);
    const name = squash(labelledby.length
      ? labelledby.map((id) => textOf(document.getElementById(id) || document.createElement("i"), false)).join(" ")
      : el.getAttribute("aria-label") || (el.tagName === "INPUT" ? el.value : textOf(el, false)));
    if (!(" " + name + " ").includes(" " + visible + " ")) {
      problems.push(`"${visible}" is not in its accessible name "${name}"`);
    }
  }
  return problems;
}
"""

HEADINGS = """
() => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].flatMap((heading) => {
  const problems = [];
  if (heading.querySelector(".govuk-tag")) problems.push(`a tag inside the heading "${heading.innerText.trim()}"`);
  const words = heading.innerText.trim().toLowerCase().split(/\\s+/);
  if (words.length > 1 && words[0] === words[1] && /\\p{L}/u.test(words[0])) {
    problems.push(`the heading "${heading.innerText.trim()}" repeats "${words[0]}"`);
  }
  return problems;
})
"""


def landmark_problems(page, *, axe_script) -> list[str]:
    return [
        f"outside any landmark (axe region): {node['html'][:120]}"
        for violation in region_violations(page, axe_script=axe_script)
        for node in violation["nodes"]
    ]


def label_in_name_problems(page) -> list[str]:
    return [f"label in name (2.5.3): {problem}" for problem in page.evaluate(LABEL_IN_NAME)]


def heading_problems(page) -> list[str]:
    return page.evaluate(HEADINGS)


def title_problems(page) -> list[str]:
    if page.locator(".govuk-error-summary").count() and not page.title().startswith("Error: "):
        return [f'the page shows an error summary, but its title does not start "Error: ": {page.title()!r}']
    return []


TITLE_CASE_WORD = re.compile(r"(?<!^)\b[A-Z][a-z]+\b")


def title_case_problems(text: str, *, proper_nouns: set[str]) -> list[str]:
    """Words after the first in Title Case (GOV.UK writes sentence case), other than the names given."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    rest = text[len(first) :]
    words = [word for word in TITLE_CASE_WORD.findall(rest) if word not in proper_nouns]
    return [f"{text!r} is in Title Case ({', '.join(words)}): write it in sentence case"] if words else []
