"""Reads the demo content's YAML files under site/demo/ and checks them against a schema.

Each app's demo step describes its files with pydantic models (``DemoModel``) and calls ``read(...)``. A
mistake in a file stops the demo with a message that names the file, the entry and the field.
"""

from html import escape
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from django.conf import settings
from pydantic import BaseModel, BeforeValidator, ConfigDict, TypeAdapter, ValidationError

from community.levels import Level

DEMO_DIR = Path(settings.BASE_DIR) / "site" / "demo"
# Keys that name an entry in a list, first found wins: "lessons[2] (think-before-you-post)".
NAMING_KEYS = ("slug", "username", "name", "title", "question", "text")

T = TypeVar("T")


class DemoDataError(ValueError):
    """A demo file that cannot be read, or an entry that does not fit its schema."""


class DemoModel(BaseModel):
    """A demo file's entry: unknown keys are mistakes, not ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _level(value: Any) -> Any:
    labels = {level.label: level for level in Level}
    if isinstance(value, str):
        if value not in labels:
            raise ValueError(f"a level is one of: {', '.join(labels)}")
        return labels[value]
    return value


# A level written as its label in the files: Basic, Corporate user or Account manager.
DemoLevel = Annotated[Level, BeforeValidator(_level)]


def read(relative_path: str, schema: type[T] | Any) -> T:
    """The file site/demo/<relative_path>, checked against `schema` (a model, or e.g. list[Model])."""
    path = DEMO_DIR / relative_path
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DemoDataError(f"Demo file {relative_path} cannot be read: {error}") from error
    try:
        return TypeAdapter(schema).validate_python(raw)
    except ValidationError as error:
        problems = [f"  {_entry(raw, problem['loc'])}: {problem['msg']}" for problem in error.errors()]
        raise DemoDataError(f"Demo file site/demo/{relative_path} has mistakes:\n" + "\n".join(problems)) from error


def _entry(raw: Any, location: tuple) -> str:
    """Where a problem is, naming list entries by their slug, name or title: lessons[2] (tone) > body[1]."""
    parts, node = [], raw
    for step in location:
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            node = node[step]
            name = next((node[key] for key in NAMING_KEYS if isinstance(node, dict) and key in node), None)
            parts[-1:] = [f"{parts[-1] if parts else 'entry'}[{step + 1}]" + (f" ({name})" if name else "")]
            continue
        if parts and parts[-1] == step and not (isinstance(node, dict) and step in node):
            continue  # a tagged union names its tag, then the block's own key: say it once
        parts.append(str(step))
        node = node.get(step) if isinstance(node, dict) else None
    return " > ".join(parts) or "the file"


def not_found(relative_path: str, what: str, value: str) -> DemoDataError:
    """A reference to something that is not there, such as an unknown username."""
    return DemoDataError(f"Demo file site/demo/{relative_path}: {what} “{value}” does not exist")


def paragraphs_html(*paragraphs: str) -> str:
    """Plain text paragraphs as rich text HTML."""
    return "".join(f"<p>{escape(text, quote=False)}</p>" for text in paragraphs)
