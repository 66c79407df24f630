"""The steps on "My path". Each capability contributes steps through a provider.

A provider is `fn(*, member, facts) -> list[PathStep]`, registered with `@path_step_provider`.
Providers must use a fixed number of queries, whatever the data.
"""

from collections.abc import Callable
from dataclasses import dataclass

from community.levels import Level
from community.viewer import ViewerFacts


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


StepProvider = Callable[..., list[PathStep]]
_providers: list[StepProvider] = []


def path_step_provider(function: StepProvider) -> StepProvider:
    _providers.append(function)
    return function


def steps_for(*, member, facts: ViewerFacts) -> list[PathStep]:
    steps: list[PathStep] = []
    for provider in _providers:
        steps.extend(provider(member=member, facts=facts))
    return sorted(steps, key=lambda step: (step.done, step.order))
