"""First run: `PORT=8001 make run` serves on that port, and the README says so."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize(("port", "expected"), [(None, "8000"), ("8001", "8001")])
def test_make_run_serves_on_the_port_given(port, expected):
    args = ["make", "--dry-run", "--always-make", "run"] + ([f"PORT={port}"] if port else [])
    env = {"PATH": "/usr/bin:/bin"}
    commands = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    assert f"runserver 127.0.0.1:{expected}" in commands
    assert f"load_demo_content --url http://127.0.0.1:{expected}/" in commands


def test_the_readme_explains_another_port():
    assert "PORT=8001 make run" in (ROOT / "README.md").read_text()
