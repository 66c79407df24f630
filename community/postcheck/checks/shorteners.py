"""Link shorteners, which hide where a link goes: readers cannot see it, and it may change later."""

from community.postcheck.draft import Draft, Finding, Severity
from community.postcheck.platforms import link_domain, links_in

# Public shorteners. The platforms' own wrappers that readers never type (t.co) are included: a draft should
# carry the real address and let the platform shorten it.
SHORTENERS = frozenset(
    {
        "bit.ly",
        "bitly.com",
        "buff.ly",
        "cutt.ly",
        "dlvr.it",
        "goo.gl",
        "is.gd",
        "lnkd.in",
        "ow.ly",
        "rb.gy",
        "rebrand.ly",
        "shorturl.at",
        "t.co",
        "t.ly",
        "tiny.cc",
        "tinyurl.com",
        "trib.al",
        "v.gd",
    }
)


def check(draft: Draft) -> list[Finding]:
    return [
        Finding(
            kind="shortener",
            kind_label="Link shortener",
            message=(
                f"“{link}” is a shortened link: readers cannot see where it goes. Use the full address; "
                "the platform shortens it for you."
            ),
            severity=Severity.CHECK,
            start=start,
            end=end,
        )
        for link, start, end in links_in(draft.text)
        if link_domain(link) in SHORTENERS
    ]
