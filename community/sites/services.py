"""Writes for the site lists: a site and its domains, the lists' change time, and the named API tokens of
the exports and the directory (made once, stored as a SHA-256 hash, revocable)."""

import hashlib
import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone

from community.refusals import Refused
from community.sites.models import ApiToken, SiteDomain, SiteListChange, SiteListsState, SocialSite
from community.sites.selectors import domain_clashes


def save_site(*, site: SocialSite, domains: list[str], by) -> SocialSite:
    """Saves the site and its exact set of domains; records a list change when the list moved.

    A domain another site took a moment ago (two people adding it at once, after both forms checked)
    is refused beside the domains field, and nothing is saved.
    """
    adding = site.pk is None
    try:
        return _save_site(site=site, domains=domains, by=by)
    except Refused:
        if adding:  # the insert was rolled back: the form shows a site still to be added
            site.pk = None
        raise


def _save_site(*, site: SocialSite, domains: list[str], by) -> SocialSite:
    with transaction.atomic():
        old_list = ""
        if site.pk:
            old_list = (
                SocialSite.objects.select_for_update().filter(pk=site.pk).values_list("access_list", flat=True).first()
                or ""
            )
        site.save()
        site.domains.exclude(domain__in=domains).delete()
        existing = set(site.domains.values_list("domain", flat=True))
        try:
            with transaction.atomic():
                SiteDomain.objects.bulk_create([SiteDomain(site=site, domain=d) for d in domains if d not in existing])
        except IntegrityError:
            clashes = domain_clashes(domains=domains, except_site_id=site.pk)
            raise Refused(" ".join(clashes) or "A domain was just added elsewhere. Try again.", field="domains")
        if old_list != site.access_list:
            SiteListChange.objects.create(
                site=site, site_name=site.name, changed_by=by, old_list=old_list, new_list=site.access_list
            )
    return site


def mark_lists_changed() -> None:
    """Moves the exports' Last-Modified to now. Called on every write to a site or a domain."""
    now = timezone.now()
    if not SiteListsState.objects.filter(pk=1).update(changed_at=now):
        SiteListsState.objects.update_or_create(pk=1, defaults={"changed_at": now})


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def issue_token(*, token: ApiToken, by) -> str:
    """Saves the token and returns its value: the only time anyone sees it."""
    value = secrets.token_urlsafe(32)
    token.token_hash = _hash(value)
    token.prefix = value[:8]
    token.created_by = by
    token.save()
    return value


def revoke_token(*, token: ApiToken) -> None:
    ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())


def token_from_header(header: str, *, purpose: str = ApiToken.Purpose.EXPORTS) -> ApiToken | None:
    """The live token for `purpose` named by an `Authorization: Bearer …` header, its last use recorded; else
    None. An exports token never provisions accounts, and a directory token never reads the exports."""
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    token = ApiToken.objects.filter(token_hash=_hash(value.strip()), revoked_at__isnull=True, purpose=purpose).first()
    if token is not None:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token
