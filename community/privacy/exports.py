"""Building a subject access export: every provider's rows for one member, as JSON and a readable HTML page,
in one ZIP."""

import io
import json
import zipfile

from django.conf import settings
from django.core import signing
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from community.personal_data import providers

LINK_DAYS = 7
SALT = "postwise.privacy.export"


def download_link(export) -> str:
    """A signed link to the export, which the download view refuses after `LINK_DAYS` days."""
    token = signing.dumps(export.pk, salt=SALT)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("privacy:download", args=[token])


def collect(*, member) -> list[dict]:
    """One section per provider: its description and the member's rows, by table."""
    return [
        {
            "key": provider.key,
            "title": provider.title,
            "holds": provider.holds,
            "why": provider.why,
            "tables": provider.rows(member=member),
        }
        for provider in providers()
    ]


def build_zip(*, member) -> bytes:
    sections = collect(member=member)
    made_at = timezone.now()
    data = {"member_number": member.pk, "made_at": made_at.isoformat(), "sections": sections}
    html = render_to_string("privacy/export_summary.html", {"sections": sections, "made_at": made_at})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("your-data.json", json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False))
        archive.writestr("your-data.html", html)
    return buffer.getvalue()
