"""The SCIM endpoints answer only a live directory token: a named, hashed, revocable API token from the site
lists' token system (`community.sites.services`) whose purpose is directory provisioning. A signed-in
session, even a superuser's, is not enough. django-scim2 wraps each of its views in this class."""

from django.http import HttpResponse
from django_scim.middleware import SCIMAuthCheckMiddleware

from community.sites.models import ApiToken
from community.sites.services import token_from_header


class DirectoryTokenCheck(SCIMAuthCheckMiddleware):
    def process_request(self, request):
        token = token_from_header(request.headers.get("Authorization", ""), purpose=ApiToken.Purpose.DIRECTORY)
        if token is None:
            response = HttpResponse("Unauthorised\n", status=401, content_type="text/plain")
            response["WWW-Authenticate"] = 'Bearer realm="postwise-directory"'
            return response
        request.directory_token = token
        return None
