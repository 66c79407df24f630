"""Named API tokens for the exports: made once, stored as a SHA-256 hash, revocable."""

import hashlib
import secrets

from django.utils import timezone

from community.sites.models import ApiToken


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
