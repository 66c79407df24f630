"""Requests bigger than the limits get the 413 page instead of a broken connection.

Django refuses a body over DATA_UPLOAD_MAX_MEMORY_SIZE without reading it, and gunicorn (which has no
body limit of its own) then closes a socket with unread data: the client sees a reset, not the page.
This middleware, first in the chain, checks Content-Length before anything reads the body: over the
limit, it reads and discards the body (so the connection closes cleanly) and answers 413.

Limits (settings): POSTWISE_MAX_UPLOAD_SIZE for multipart forms (file uploads; above
WAGTAILIMAGES_MAX_UPLOAD_SIZE so Wagtail's own friendlier message shows for big images up to its limit),
DATA_UPLOAD_MAX_MEMORY_SIZE for any other body. nginx's client_max_body_size matches POSTWISE_MAX_UPLOAD_SIZE.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from community.outage import standalone_page_context

CHUNK = 64 * 1024


def body_limit(request: HttpRequest) -> int:
    if request.content_type == "multipart/form-data":
        return settings.POSTWISE_MAX_UPLOAD_SIZE
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def discard_body(request: HttpRequest, length: int) -> None:
    stream = request.META["wsgi.input"]
    while length > 0:
        chunk = stream.read(min(CHUNK, length))
        if not chunk:
            return
        length -= len(chunk)


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = body_limit(request)
        if length > limit:
            discard_body(request, length)
            megabytes = limit // (1024 * 1024)
            page = render_to_string("413.html", {"limit_mb": megabytes, **standalone_page_context(request)})
            response = HttpResponse(page, status=413)
            response["Connection"] = "close"
            return response
        return self.get_response(request)
