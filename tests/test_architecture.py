"""The layering of SPEC §9 and the code style are checked like behaviour, in every run."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# The import contracts SPEC §9 asks for (pyproject.toml, [tool.importlinter]): dropping one
# from the configuration must fail here, not pass silently with the rest.
CONTRACTS = (
    "Layers: gui -> services -> (store, letters, documents) -> core",
    "The domain core imports no Qt and no SQL",
    "The GUI reaches the store only through services",
    "Services, documents and letters import no Qt (the CLI and scripts run them windowless)",
)


def test_layers_follow_the_architecture() -> None:
    """gui → services → (store, letters, documents) → core; core imports no Qt and no SQL."""
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(ROOT / "pyproject.toml")) == 0


def test_every_import_contract_is_kept_in_the_configuration() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = [c["name"] for c in config["tool"]["importlinter"]["contracts"]]
    assert set(CONTRACTS) <= set(names), set(CONTRACTS) - set(names)


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


def test_code_is_ruff_clean() -> None:
    ruff = [sys.executable, "-m", "ruff"]
    check = subprocess.run([*ruff, "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    fmt = subprocess.run(
        [*ruff, "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert fmt.returncode == 0, fmt.stdout


def test_the_core_and_the_store_are_strictly_typed() -> None:
    # Through this interpreter: a missing mypy fails the run instead of skipping the check.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "privacydesk/core", "privacydesk/store"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_the_whole_package_type_checks() -> None:
    """The GUI, services and CLI too (not strict): a service method named like a builtin, a
    wrong audit action or a Qt call with the wrong type fails here, not on the desk."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "privacydesk"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
