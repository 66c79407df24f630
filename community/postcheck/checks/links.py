"""Links to a site on the blocked list, or to a site on no list at all. No link is ever fetched.

The domain is read from the link as typed and normalised by the site lists' own `normalise_domain`, then
matched against the lists (a listed domain covers its subdomains). The organisation's own domains
(POSTWISE_EMAIL_DOMAINS) are known, so they are never "unknown"; shorteners have their own rule. Unknown
sites are flagged only once technical support have put sites on the lists.
"""

from django.conf import settings

from community.postcheck.checks.shorteners import SHORTENERS
from community.postcheck.draft import Draft, Finding, Severity
from community.postcheck.platforms import link_domain, links_in
from community.sites.models import AccessList
from community.sites.selectors import site_lists_exist, sites_for_domains


def _own(domain: str) -> bool:
    return any(domain == own or domain.endswith(f".{own}") for own in settings.POSTWISE_EMAIL_DOMAINS)


def check(draft: Draft) -> list[Finding]:
    links = [(link, start, end, link_domain(link)) for link, start, end in links_in(draft.text)]
    domains = sorted({domain for *_, domain in links if domain})
    if not domains:
        return []
    sites = sites_for_domains(domains=domains)
    findings = []
    lists_exist = None
    for link, start, end, domain in links:
        if not domain or _own(domain) or domain in SHORTENERS:
            continue
        site = sites.get(domain)
        if site is not None and site.access_list == AccessList.BLOCKED:
            findings.append(
                Finding(
                    kind="blocked-site",
                    kind_label="Blocked site",
                    message=f"“{link}” goes to {site.name}, which is on the blocked list: {site.rationale}",
                    severity=Severity.PROBLEM,
                    start=start,
                    end=end,
                )
            )
        elif site is None:
            if lists_exist is None:
                lists_exist = site_lists_exist()
            if lists_exist:
                findings.append(
                    Finding(
                        kind="unknown-site",
                        kind_label="Site not on the lists",
                        message=(
                            f"“{link}” goes to {domain}, which is on none of the organisation's site lists. "
                            "Open it yourself first and make sure it is where you mean to send people."
                        ),
                        severity=Severity.CHECK,
                        start=start,
                        end=end,
                    )
                )
    return findings
