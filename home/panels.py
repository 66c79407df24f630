"""The home app's own panel on the signed-in home page: the member's next step from My path."""

from django.template.loader import render_to_string

from community.home_panels import HomePanel
from community.permissions import permissions
from community.viewer import ViewerFacts
from home.selectors import my_path_for, next_step


def next_step_panel(*, member, facts: ViewerFacts) -> HomePanel | None:
    """What My path costs (each step hook's fixed queries), and nothing more."""
    if not permissions.can(member, "site.use"):
        return None
    my_path = my_path_for(member=member, facts=facts)
    html = render_to_string("home/panels/next_step.html", {"my_path": my_path, "step": next_step(my_path=my_path)})
    return HomePanel(key="next-step", title="Your next step", html=html)
