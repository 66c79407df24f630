from community.postcheck.draft import Draft


def found(check, text: str, platform: str = "x") -> list[str]:
    """The excerpts of the draft that `check` flags (or its kinds, for findings about the whole draft)."""
    return [finding.excerpt(text) or finding.kind for finding in check(Draft(text=text, platform=platform))]
