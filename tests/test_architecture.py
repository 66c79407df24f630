"""Imports point one way (DEVELOPERS.md, "Layers"), checked by import-linter's contracts in pyproject.toml,
and no project import hides inside a function without a comment saying why."""

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("postwise", "home", "community", "courses")
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own virtualenv's import-linter, on our own tree
        [str(LINT_IMPORTS), "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def contracts() -> list[dict]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]


def layer_modules() -> set[str]:
    (layers,) = [contract["layers"] for contract in contracts() if contract["id"] == "layers"]
    return {name.strip().strip("()") for layer in layers for name in layer.replace("|", ":").split(":")}


def test_imports_point_one_way():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_import_against_the_direction_breaks_the_contract(tmp_path):
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    levels = tmp_path / "community" / "levels.py"
    levels.write_text(levels.read_text() + "\nimport courses.licences.models  # the kernel reaching up\n")

    result = lint_imports(tmp_path)

    assert result.returncode == 1
    assert "community.levels -> courses.licences.models" in result.stdout


def test_every_part_of_community_has_a_layer():
    """A new module or feature package in community must be named in the layers contract, or it is unchecked."""
    named = layer_modules()
    parts = {
        f"community.{path.stem if path.suffix == '.py' else path.name}"
        for path in (ROOT / "community").iterdir()
        if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").exists()
    }
    assert parts - named == set()


# Every top-level package of this repository: an import of one of them (or a relative import) is a project import.
PROJECT = (*PACKAGES, "tests")


def python_files() -> list[Path]:
    """Every Python file of the repository (migrations, tests and scripts too), not the virtualenv's."""
    skipped = {"node_modules", "var", "__pycache__"}
    return sorted(
        path
        for path in ROOT.rglob("*.py")
        if not any(part.startswith(".") or part in skipped for part in path.relative_to(ROOT).parts)
    )


def project_imports_inside_functions(path: Path) -> list[tuple[int, str]]:
    """(line, module) of each import of a project module (absolute or relative) that sits inside a function
    without a comment on its line or on the line just above its block of imports."""
    lines = path.read_text().splitlines()
    found = []
    for function in ast.walk(ast.parse("\n".join(lines))):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom):
                modules = ["." * node.level + (node.module or "")]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            if not any(module.startswith(".") or module.split(".")[0] in PROJECT for module in modules):
                continue
            index = node.lineno - 1
            if "#" in lines[index]:
                continue
            above = index - 1
            while above >= 0 and (not lines[above].strip() or lines[above].strip().startswith(("from ", "import "))):
                above -= 1
            if above < 0 or not lines[above].strip().startswith("#"):
                found.append((node.lineno, modules[0]))
    return sorted(set(found))


def test_project_imports_inside_functions_say_why():
    unexplained = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in python_files()
        for line, module in project_imports_inside_functions(path)
    ]
    assert unexplained == []


def test_the_import_check_sees_relative_and_test_imports_and_accepts_a_reason(tmp_path):
    module = tmp_path / "example.py"
    module.write_text(
        "def page():\n"
        "    from .lesson_page import LessonPage\n"
        "    from tests.community.mfa_helpers import activate_totp\n"
        "    import json\n"
        "\n"
        "\n"
        "def ready():\n"
        "    # Django connects receivers once the app registry is ready.\n"
        "    from courses.models import GuidelinePage\n"
        "    from community import checks  # noqa: F401 - registers the system checks\n"
    )
    assert project_imports_inside_functions(module) == [(2, ".lesson_page"), (3, "tests.community.mfa_helpers")]


def test_the_import_check_reads_the_whole_repository():
    files = {path.relative_to(ROOT).as_posix() for path in python_files()}
    assert {"manage.py", "tests/bench/run.py", "community/migrations/0002_role_groups.py"} <= files
    assert not any(name.startswith((".venv/", "node_modules/")) for name in files)


# Exceptions that are not "refused, with a message for the person": a demo data file's mistake stops
# `load_demo_content` for the developer or champion editing site/demo/, and is never shown to a member.
NOT_REFUSALS = {"DemoDataError"}


def exception_classes() -> dict[str, str]:
    """Every exception class the project defines (outside tests and migrations): name -> its first base."""
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.ClassDef) and node.bases:
                    base = ast.unparse(node.bases[0]).rsplit(".", 1)[-1]
                    if base.endswith(("Exception", "Error", "Refused")) or base in found:
                        found[node.name] = base
    return found


def test_one_refusal_every_exception_is_a_refused():
    """One `Refused(message)`; subclasses only where a caller catches them differently (DEVELOPERS.md)."""
    classes = exception_classes()

    def is_refused(name: str) -> bool:
        while name != "Refused" and name in classes:
            name = classes[name]
        return name == "Refused"

    assert classes.get("Refused") == "Exception"
    others = {name for name in classes if name != "Refused" and name not in NOT_REFUSALS and not is_refused(name)}
    assert others == set()


# Where a model is looked up by its label rather than imported: a data migration's historical models (the
# roles helper is given the migration's `apps`), and the kernel's one reach up to home's site setting.
GET_MODEL_ALLOWED = {"community/roles.py", "community/organisation.py"}


def test_no_app_is_looked_up_by_a_string():
    """Import the model (the layers say which way); a label looked up at run time hides the dependency."""
    found = [
        path.relative_to(ROOT).as_posix()
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts and "get_model(" in path.read_text()
    ]
    assert set(found) <= GET_MODEL_ALLOWED, found
