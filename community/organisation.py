"""The organisation's settings (name, support email, colours) for code below `home`.

`OrganisationSettings` is a Wagtail site setting whose model stays in the `home` app (its app label and table
are fixed). The kernel reaches it by its label, as a ForeignKey string would, so no module imports `home`.
"""

from django.apps import apps


def organisation_for(request):
    """The `home.OrganisationSettings` of the request's site."""
    return apps.get_model("home", "OrganisationSettings").for_request(request)
