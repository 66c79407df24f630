"""Run axe-core in a Playwright page and describe the serious and critical violations."""

from pathlib import Path

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
BLOCKING_IMPACTS = frozenset({"serious", "critical"})
NODES_SHOWN_PER_RULE = 5

# axe refuses a second run while one is in progress ("Axe is already running"). Runs started here
# queue behind each other on the page, and a run started some other way (axe._running) is waited out.
RUN_AXE = """
async (tags) => {
  const previous = window.postwiseAxeQueue || Promise.resolve();
  const run = previous.catch(() => undefined).then(async () => {
    while (window.axe._running) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return window.axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  });
  window.postwiseAxeQueue = run;
  return await run;
}
"""


# Finite CSS animations and transitions still running (Wagtail's admin fades its messages in) are let finish,
# for at most 5 s: axe measures colours as they are, and a banner mid-fade has no contrast yet.
SETTLE_ANIMATIONS = """
async () => {
  const finite = document.getAnimations().filter(
    (animation) => animation.effect && animation.effect.getComputedTiming().endTime !== Infinity
  );
  const settled = Promise.all(finite.map((animation) => animation.finished.catch(() => null)));
  await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 5000))]);
}
"""


def blocking_violations(page, *, axe_script: Path) -> list[dict]:
    """axe's WCAG 2.0/2.1/2.2 A and AA violations of impact serious or critical on the page as it is now."""
    page.evaluate(SETTLE_ANIMATIONS)
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through DevTools rather than added as a <script>, which the site's CSP would refuse.
        page.evaluate(f"() => {{ {axe_script.read_text()}\n }}")
    results = page.evaluate(RUN_AXE, WCAG_TAGS)
    return [violation for violation in results["violations"] if violation["impact"] in BLOCKING_IMPACTS]


def describe_violations(url: str, violations: list[dict]) -> str:
    lines = [f"{len(violations)} serious or critical accessibility violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- [{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"][:NODES_SHOWN_PER_RULE]:
            target = " ".join(str(part) for part in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    at {target}: {node['html'][:160]}")
            if summary:
                lines.append(f"      {summary}")
        hidden = len(violation["nodes"]) - NODES_SHOWN_PER_RULE
        if hidden > 0:
            lines.append(f"    … and {hidden} more element(s)")
    return "\n".join(lines)


RUN_RULES = """
async (rules) => {
  const previous = window.postwiseAxeQueue || Promise.resolve();
  const run = previous.catch(() => undefined).then(async () => {
    while (window.axe._running) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return window.axe.run(document, {runOnly: {type: "rule", values: rules}, resultTypes: ["violations"]});
  });
  window.postwiseAxeQueue = run;
  return await run;
}
"""


def region_violations(page, *, axe_script: Path) -> list[dict]:
    """axe's best-practice `region` rule, at any impact: content that is outside every landmark."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(f"() => {{ {axe_script.read_text()}\n }}")
    return page.evaluate(RUN_RULES, ["region"])["violations"]
