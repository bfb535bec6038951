"""The layering of SPEC §9 and the code style are checked like behaviour, in every run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_layers_follow_the_architecture() -> None:
    """gui → services → (store, letters, documents) → core; core imports no Qt and no SQL."""
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(ROOT / "pyproject.toml")) == 0


def test_the_domain_core_imports_without_qt_or_sql() -> None:
    code = (
        "import sys, importlib, pkgutil, privacydesk.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__):\n"
        "    importlib.import_module('privacydesk.core.' + m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is a development dependency")
def test_code_is_ruff_clean() -> None:
    check = subprocess.run(["ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    fmt = subprocess.run(
        ["ruff", "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert fmt.returncode == 0, fmt.stdout


@pytest.mark.skipif(shutil.which("mypy") is None, reason="mypy is a development dependency")
def test_the_core_and_the_store_are_strictly_typed() -> None:
    result = subprocess.run(
        ["mypy", "--strict", "privacydesk/core", "privacydesk/store"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.skipif(shutil.which("mypy") is None, reason="mypy is a development dependency")
def test_the_whole_package_type_checks() -> None:
    """The GUI, services and CLI too (not strict): a service method named like a builtin, a
    wrong audit action or a Qt call with the wrong type fails here, not on the desk."""
    result = subprocess.run(["mypy", "privacydesk"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
