"""Layout checks that need a real browser: narrow screens, the navigation's rows, tags on one line.

- `sideways_scroll_problems(page)`: the page must not scroll sideways (WCAG 1.4.10 reflow):
  `document.documentElement.scrollWidth <= innerWidth`. A problem names the elements that stick out, so the
  report says what to fix. `layout_problems` runs it at 390 px and 320 px (phones) and puts the viewport back.
- `navigation_row_problems(page)`: the main menu's items sit on one row (at the desktop width the page
  is open at).
- `tag_wrap_problems(page)`: every GOV.UK tag ("To do", "Accepted answer") is on one line.
"""

NARROW_WIDTHS = (390, 320)
NARROW_HEIGHT = 800

OVERFLOW = """
() => {
  const width = window.innerWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth <= width) return null;
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + (el.classList.length ? "." + [...el.classList].join(".") : "");
  const culprits = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0) continue;
    const parent = el.parentElement;
    // The outermost element that sticks out, not each of its children…
    if (box.right > width + 0.5) {
      if (parent === document.body || parent.getBoundingClientRect().right <= width + 0.5) {
        culprits.push(`${name(el)} (right edge ${Math.round(box.right)} px)`);
      }
    // …or the innermost box whose content (a long word) spills out of it.
    } else if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1
               && ![...el.children].some((child) => child.scrollWidth > child.clientWidth + 1)) {
      culprits.push(`${name(el)} (content ${el.scrollWidth} px in a ${el.clientWidth} px box: `
        + `${JSON.stringify(el.innerText.trim().slice(0, 40))})`);
    }
    if (culprits.length === 5) break;
  }
  return {scrollWidth: scrollWidth, width: width, culprits: culprits};
}
"""

NAV_ROWS = """
() => {
  const items = [...document.querySelectorAll("#main-navigation > li")].filter((li) => li.offsetParent);
  const tops = new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)));
  return {rows: tops.size, items: items.map((li) => li.innerText.trim())};
}
"""

# Lines of a tag's visible text (text for screen readers only, .govuk-visually-hidden, is left out).
WRAPPED_TAGS = """
() => [...document.querySelectorAll(".govuk-tag")].filter((tag) => {
  if (!tag.getClientRects().length) return false;
  const walker = document.createTreeWalker(tag, NodeFilter.SHOW_TEXT);
  const lines = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest(".govuk-visually-hidden") || !node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0) lines.add(Math.round(rect.bottom));
  }
  return lines.size > 1;
}).map((tag) => tag.innerText.trim())
"""


def sideways_scroll_problems(page) -> list[str]:
    overflow = page.evaluate(OVERFLOW)
    if not overflow:
        return []
    return [
        f"at {overflow['width']} px the page scrolls sideways: {overflow['scrollWidth']} px wide; "
        f"sticking out: {', '.join(overflow['culprits']) or 'nothing found'}"
    ]


def navigation_row_problems(page) -> list[str]:
    nav = page.evaluate(NAV_ROWS)
    if nav["rows"] > 1:
        return [f"the navigation wraps onto {nav['rows']} rows at {page.viewport_size['width']} px: {nav['items']}"]
    return []


def tag_wrap_problems(page) -> list[str]:
    width = page.viewport_size["width"]
    return [f"at {width} px the tag {text!r} breaks over two lines" for text in page.evaluate(WRAPPED_TAGS)]


def layout_problems(page) -> list[str]:
    """At the page's own (desktop) width, then at each narrow width; the viewport is put back afterwards."""
    problems = navigation_row_problems(page) + tag_wrap_problems(page)
    original = page.viewport_size
    try:
        for width in NARROW_WIDTHS:
            page.set_viewport_size({"width": width, "height": NARROW_HEIGHT})
            problems += sideways_scroll_problems(page) + tag_wrap_problems(page)
    finally:
        page.set_viewport_size(original)
    return problems
