"""Keyboard helpers: where the focus is, whether it is visible, and tabbing to an element."""

FOCUSED_ELEMENT = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = window.getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    name: el.getAttribute("name") || "",
    text: (el.innerText || el.value || "").trim().slice(0, 80),
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
    outlineColor: style.outlineColor,
    boxShadow: style.boxShadow,
  };
}
"""
TRANSPARENT = {"transparent", "rgba(0, 0, 0, 0)"}


def focused(page) -> dict | None:
    """What has the keyboard focus, with the styles that make focus visible (None: the page body)."""
    return page.evaluate(FOCUSED_ELEMENT)


def has_visible_focus_style(element: dict) -> bool:
    outline = (
        element["outlineStyle"] != "none"
        and element["outlineWidth"] not in {"0px", ""}
        and element["outlineColor"] not in TRANSPARENT
    )
    return outline or element["boxShadow"] != "none"


def assert_visible_focus(page) -> dict:
    element = focused(page)
    assert element is not None, "Nothing has the keyboard focus"
    assert has_visible_focus_style(element), f"The focused element has no visible focus style: {element}"
    return element


def tab_until(page, matches, *, max_presses: int = 40) -> dict:
    """Press Tab until `matches(focused element)` is true; fails if it never is."""
    seen = []
    for _ in range(max_presses):
        page.keyboard.press("Tab")
        element = focused(page)
        if element is not None and matches(element):
            return element
        seen.append(element and f"{element['tag']}#{element['id']} {element['text']!r}")
    raise AssertionError(f"Tabbing {max_presses} times never reached the element; focus went: {seen}")
