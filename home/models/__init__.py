from .home_page import HomePage
from .images import PostwiseImage, PostwiseRendition
from .standard_page import StandardPage

__all__ = ["HomePage", "PostwiseImage", "PostwiseRendition", "StandardPage"]
