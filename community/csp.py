"""Content-Security-Policy: strict on the site, looser only where the Wagtail admin needs it.

The site's policy (settings CONTENT_SECURITY_POLICY) allows scripts and styles from this origin and
elements carrying the request's nonce, nothing inline, no eval, and no framing.

Under /admin/ (and the Django admin) Wagtail 8 renders inline <script> in some widgets and panels
(date pickers, inline panels) and sets style attributes, which cannot carry a nonce: there
`ADMIN_POLICY` replaces script-src and style-src with 'self' 'unsafe-inline' (still no eval), and
lets the admin frame its own pages (frame-ancestors 'self'), as its live preview panel does.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

from community.middleware import ADMIN_PREFIXES

ADMIN_POLICY = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "frame-ancestors": [SELF],
}


class PostwiseCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIXES):
            # A nonce in the header would make browsers ignore 'unsafe-inline'.
            parts.replace = {**(parts.replace or {}), **ADMIN_POLICY}
            parts.nonce = None
        return parts
