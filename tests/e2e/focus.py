"""Keyboard helpers: where the focus is, whether it is visible, and tabbing to an element."""

# The element with the focus, looking inside web components (Wagtail's user bar). GOV.UK radios and
# checkboxes hide the real input (opacity 0) and draw its focus ring on the label's ::before, so for those
# the styles are read there: what the user sees, not the invisible input.
FIND_FOCUSED = """
  let el = document.activeElement;
  if (!el || el === document.body) return null;
  while (el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  let drawnOn = el;
  let pseudo = null;
  if (window.getComputedStyle(el).opacity === "0" && el.labels && el.labels.length) {
    drawnOn = el.labels[0];
    pseudo = "::before";
  }
  const styleNow = () => window.getComputedStyle(drawnOn, pseudo);
  const style = styleNow();
  const box = drawnOn.getBoundingClientRect();
  const element = {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    name: el.getAttribute("name") || "",
    text: (el.innerText || el.value || "").trim().slice(0, 80),
    indicator: pseudo ? "label::before" : "element",
    inMain: Boolean(el.closest("main")),
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
    outlineColor: style.outlineColor,
    boxShadow: style.boxShadow,
    width: box.width,
    height: box.height,
  };
"""
FOCUSED_ELEMENT = "() => {" + FIND_FOCUSED + "  return element;\n}"
# The same, plus which styles differ from the element's look without the focus (blurred, then focused
# again: the focus stays where it was).
FOCUS_CHANGE = (
    "() => {"
    + FIND_FOCUSED
    + """
  const props = ["outlineStyle", "outlineWidth", "outlineColor", "boxShadow", "backgroundColor",
                 "borderTopColor", "borderBottomColor", "borderTopWidth", "borderBottomWidth"];
  const read = () => { const now = styleNow(); return Object.fromEntries(props.map((p) => [p, now[p]])); };
  const withFocus = read();
  el.blur();
  const without = read();
  el.focus({preventScroll: true});
  element.changed = props.filter((p) => withFocus[p] !== without[p]);
  return element;
}"""
)
TRANSPARENT = {"transparent", "rgba(0, 0, 0, 0)"}
INDICATOR_CHANGES = {
    "boxShadow",
    "backgroundColor",
    "borderTopColor",
    "borderBottomColor",
    "borderTopWidth",
    "borderBottomWidth",
}


def focused(page) -> dict | None:
    """What has the keyboard focus, with the styles that make focus visible (None: the page body)."""
    return page.evaluate(FOCUSED_ELEMENT)


def focused_with_change(page) -> dict | None:
    """`focused()`, plus `changed`: the styles that differ from the same element without the focus."""
    return page.evaluate(FOCUS_CHANGE)


def has_visible_focus_style(element: dict) -> bool:
    """A focus style of the site's own, on something that takes up space on the page.

    That is a coloured outline, or (when `changed` says what the focus changed) a change of box shadow,
    background or border. An `auto` outline is the browser's default ring: the page set no focus style,
    and the default ring's colours are not chosen for the background it lands on (dark on the header's
    brand colour, say). A box shadow that is there with or without the focus (a GOV.UK button's
    bottom edge) is no indicator.
    """
    outline = (
        element["outlineStyle"] not in {"none", "auto"}
        and element["outlineWidth"] not in {"0px", ""}
        and element["outlineColor"] not in TRANSPARENT
    )
    on_screen = element.get("width", 1) > 0 and element.get("height", 1) > 0
    if "changed" not in element:
        return on_screen and (outline or element["boxShadow"] != "none")
    changed = set(element["changed"])
    outline_from_focus = outline and bool(changed & {"outlineStyle", "outlineWidth", "outlineColor"})
    return on_screen and (outline_from_focus or bool(changed & INDICATOR_CHANGES))


def assert_visible_focus(page) -> dict:
    element = focused_with_change(page)
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


def describe(element: dict | None) -> str:
    if element is None:
        return "the page body"
    label = f"<{element['tag']}"
    if element["id"]:
        label += f" id={element['id']!r}"
    if element["name"]:
        label += f" name={element['name']!r}"
    return label + f"> {element['text']!r}"


def focus_problems(page, *, presses: int, until_main: bool = False) -> list[str]:
    """Tab `presses` times from where the focus is now; describe each stop without a visible indicator.

    Stops early when the focus leaves the page (nothing left to reach), or with `until_main` once it
    reaches the main content.
    """
    problems = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        element = focused_with_change(page)
        if element is None or (until_main and element["inMain"]):
            break
        if not has_visible_focus_style(element):
            problems.append(f"no visible focus indicator on {describe(element)}: {element}")
    return problems
