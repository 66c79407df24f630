from .home_page import HomePage
from .images import PostwiseImage, PostwiseRendition
from .organisation_settings import OrganisationSettings
from .standard_page import StandardPage

__all__ = ["HomePage", "OrganisationSettings", "PostwiseImage", "PostwiseRendition", "StandardPage"]
