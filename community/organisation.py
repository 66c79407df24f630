"""The organisation's settings (name, support email, colours) for code that has a request."""

from community.models import OrganisationSettings


def organisation_for(request) -> OrganisationSettings:
    """The `OrganisationSettings` of the request's site."""
    return OrganisationSettings.for_request(request)
