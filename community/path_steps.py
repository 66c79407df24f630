"""The steps on "My path": each capability adds steps with the `postwise_path_steps` Wagtail hook.

A hook is `fn(*, member, facts: ViewerFacts) -> list[PathStep]`, registered in the app's `wagtail_hooks.py`
with `hooks.register("postwise_path_steps", fn)`. It must use a fixed number of queries, whatever the data.
"""

from dataclasses import dataclass

from wagtail import hooks

from community.levels import Level
from community.viewer import ViewerFacts

PATH_STEPS_HOOK = "postwise_path_steps"


@dataclass(frozen=True)
class PathStep:
    title: str
    description: str
    url: str = ""
    done: bool = False
    # The level this step helps the member reach; None for steps at their current level.
    towards: Level | None = None
    order: int = 100
    # Shown as a progress bar when set, e.g. lessons done in a course.
    progress_percent: int | None = None


def steps_for(*, member, facts: ViewerFacts) -> list[PathStep]:
    steps: list[PathStep] = []
    for provider in hooks.get_hooks(PATH_STEPS_HOOK):
        steps.extend(provider(member=member, facts=facts))
    return sorted(steps, key=lambda step: (step.done, step.order))
