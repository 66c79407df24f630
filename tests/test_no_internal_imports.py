"""Import no `internal` module of any library: their names say they may change without notice."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = ("community", "courses", "home", "postwise", "site", "tests", "manage.py")


def project_files() -> list[Path]:
    files = []
    for top in PROJECT:
        path = ROOT / top
        files.extend([path] if path.is_file() else path.rglob("*.py"))
    return [file for file in files if "node_modules" not in file.parts]


def internal_imports(source: str) -> list[str]:
    """Every imported module path (or name imported from one) with a part called or containing `internal`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            paths = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            paths = [module] + [f"{module}.{alias.name}" for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in {"import_module", "import_string", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            paths = [node.args[0].value]
        else:
            continue
        found.extend(path for path in paths if any("internal" in part for part in path.split(".")))
    return sorted(set(found))


def test_no_project_file_imports_an_internal_module():
    offenders = {
        str(file.relative_to(ROOT)): imports
        for file in project_files()
        if (imports := internal_imports(file.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_check_finds_every_way_of_importing_one():
    source = "\n".join(
        [
            "import allauth.core.internal.httpkit",
            "from allauth.account.internal.flows.login import record_authentication",
            "from allauth.core import internal",
            "importlib.import_module('allauth.mfa.totp.internal.auth')",
            "from allauth.account.authentication import get_authentication_records",
            "INTERNAL_NOTE = 'internal words are fine in strings'",
        ]
    )
    assert internal_imports(source) == [
        "allauth.account.internal.flows.login",
        "allauth.account.internal.flows.login.record_authentication",
        "allauth.core.internal",
        "allauth.core.internal.httpkit",
        "allauth.mfa.totp.internal.auth",
    ]
