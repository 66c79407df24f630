import hashlib

from django.http import Http404, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from community.permissions import permissions
from community.sites.exports import AUDIENCES, as_json, as_squid_acl, domain_export, members_csv
from community.sites.services import token_from_header


def _refused() -> HttpResponse:
    """No detail about why: machines get 401, whatever was wrong."""
    response = HttpResponse("Unauthorised\n", status=401, content_type="text/plain")
    response["WWW-Authenticate"] = 'Bearer realm="postwise-exports"'
    return response


def _allowed(request) -> bool:
    """A live API token, or a technical support session."""
    header = request.headers.get("Authorization")
    if header is not None:
        return token_from_header(header) is not None
    return permissions.can(request.user, "sites.export")


def members(request):
    if not _allowed(request):
        return _refused()
    body = members_csv()
    etag = f'"{hashlib.sha256(body.encode()).hexdigest()[:32]}"'
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        return not_modified
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["ETag"] = etag
    response["Cache-Control"] = "private, no-cache"
    return response


def domain_list(request, audience: str, fmt: str):
    if not _allowed(request):
        return _refused()
    if audience not in AUDIENCES:
        raise Http404("No such list")
    export = domain_export(audience=audience)
    last_modified = int(export.last_modified.timestamp()) if export.last_modified else None
    not_modified = get_conditional_response(request, etag=export.etag, last_modified=last_modified)
    if not_modified is not None:
        return not_modified
    if fmt == "json":
        response = HttpResponse(as_json(export), content_type="application/json")
    else:
        response = HttpResponse(as_squid_acl(export), content_type="text/plain; charset=utf-8")
    response["ETag"] = export.etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = "private, no-cache"
    return response
