"""While the database is down, every page answers 503 with a short page and Retry-After.

A view's failure reaches `DatabaseOutageMiddleware.process_exception`; a failure elsewhere (in another
middleware, or while a response renders outside a view) reaches the 500 handler, `server_error`.
Neither page touches the database.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.views.decorators.csrf import requires_csrf_token

DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
logger = logging.getLogger(__name__)


def standalone_page_context(request: HttpRequest) -> dict:
    # The stand-alone pages carry their own small <style>, allowed by the CSP nonce when there is one.
    # str() draws the nonce, which puts it in the header too.
    return {"CSP_NONCE": str(getattr(request, "csp_nonce", ""))}


def database_unavailable(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(render_to_string("503.html", standalone_page_context(request)), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, DATABASE_DOWN):
            logger.error("Database unavailable while serving %s: %s", request.path, exception)
            return database_unavailable(request)
        return None


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    """Django's 500 handler, called while the exception is being handled."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return database_unavailable(request)
    return HttpResponseServerError(render_to_string("500.html", standalone_page_context(request)))
