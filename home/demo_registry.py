"""Demo content is loaded in steps that each app registers in its `demo.py`.

A step is `fn(*, log) -> None`; it must be idempotent: a second run changes nothing.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.module_loading import autodiscover_modules

DemoStep = Callable[..., None]


@dataclass(frozen=True)
class RegisteredStep:
    order: int
    name: str
    run: DemoStep


_steps: list[RegisteredStep] = []


def demo_step(*, order: int, name: str) -> Callable[[DemoStep], DemoStep]:
    def register(function: DemoStep) -> DemoStep:
        _steps.append(RegisteredStep(order=order, name=name, run=function))
        return function

    return register


def registered_steps() -> list[RegisteredStep]:
    autodiscover_modules("demo")
    return sorted(_steps, key=lambda step: step.order)
