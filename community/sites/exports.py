"""Per-level domain lists for the web proxy: deterministic, sorted, with a validator for conditional GET."""

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from community.levels import Level, annotate_levels, level_from_facts
from community.models import Member
from community.sites.models import AccessList, SiteDomain, SiteListsState
from community.sites.selectors import LISTS_FOR_LEVEL

# The name in the URL -> the lists it covers.
AUDIENCES: dict[str, tuple[str, ...]] = {
    "basic": LISTS_FOR_LEVEL[Level.BASIC],
    "corporate": LISTS_FOR_LEVEL[Level.CORPORATE_USER],
    "blocked": (AccessList.BLOCKED,),
}


@dataclass(frozen=True)
class DomainExport:
    audience: str
    domains: list[str]
    etag: str
    last_modified: datetime | None


def _without_covered(domains: list[str]) -> list[str]:
    """Squid refuses a subdomain listed beside its parent: ".a.com" already covers "b.a.com"."""
    kept = set(domains)
    return [d for d in domains if not any(".".join(d.split(".")[i:]) in kept for i in range(1, d.count(".")))]


def domain_export(*, audience: str) -> DomainExport:
    domains = sorted(
        SiteDomain.objects.filter(site__access_list__in=AUDIENCES[audience]).values_list("domain", flat=True)
    )
    domains = _without_covered(domains)
    changed_at = SiteListsState.objects.values_list("changed_at", flat=True).first()
    digest = hashlib.sha256(f"{audience}\n".encode() + "\n".join(domains).encode()).hexdigest()
    return DomainExport(audience=audience, domains=domains, etag=f'"{digest[:32]}"', last_modified=changed_at)


def as_squid_acl(export: DomainExport) -> str:
    lines = [
        f"# Postwise site list: {export.audience}",
        f"# Generated {timezone.now().isoformat(timespec='seconds')}; {len(export.domains)} domains",
        "# A leading dot covers the domain and its subdomains (Squid dstdomain).",
        *[f".{domain}" for domain in export.domains],
    ]
    return "\n".join(lines) + "\n"


def as_json(export: DomainExport) -> str:
    return json.dumps(
        {
            "list": export.audience,
            "generated_at": timezone.now().isoformat(timespec="seconds"),
            "count": len(export.domains),
            "domains": export.domains,
        },
        indent=2,
    )


def members_csv() -> str:
    """Every active member's email and current level, derived now from records: one query."""
    rows = annotate_levels(Member.objects.filter(is_active=True)).order_by("email", "pk")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["email", "level"])
    for email, licence, manages in rows.values_list("email", "has_valid_licence", "manages_approved_account").iterator(
        chunk_size=2000
    ):
        level = level_from_facts(has_valid_licence=licence, manages_approved_account=manages)
        writer.writerow([email, level.name.lower()])
    return out.getvalue()
