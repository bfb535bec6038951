"""The one place that knows where the shipped resources live (source tree, wheel, frozen)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, in the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir.parent / "resources", package_dir / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("PrivacyDesk's resources folder is missing from this installation.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
