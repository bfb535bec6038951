"""Reading the letter texts from ``resources/``: templates, phrases, the authority's details.

Each file is read once and again only when it changed on disk, so an officer who edits a
template sees the change in the next letter without restarting.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from privacydesk.core.case import Language
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.letters.errors import TemplateError
from privacydesk.resources import resource_path


@lru_cache(maxsize=64)
def _text(path: Path, _mtime_ns: int) -> str:
    return path.read_text(encoding="utf-8-sig")


@lru_cache(maxsize=16)
def _json(path: Path, _mtime_ns: int) -> dict[str, Any]:
    data = json.loads(_text(path, _mtime_ns))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


def _read(path: Path, what: str) -> str:
    try:
        return _text(path, path.stat().st_mtime_ns)
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{what} ({path}) ontbreekt of is onleesbaar.") from exc


def _read_json(path: Path, what: str) -> dict[str, Any]:
    try:
        return _json(path, path.stat().st_mtime_ns)
    except (OSError, ValueError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise TemplateError(f"{what} ({path}) ontbreekt of is beschadigd.") from exc


def template_path(kind: LetterKind, language: Language) -> Path:
    return resource_path("letters", language.value, f"{kind.value}.txt")


def load_template(kind: LetterKind, language: Language) -> str:
    """The editable template of one kind of letter in one language."""
    return _read(template_path(kind, language), f"Het briefsjabloon {kind.value}.txt")


def phrases(language: Language) -> dict[str, Any]:
    """The reusable wording of one language (``resources/letters/<lang>/phrases.json``)."""
    return _read_json(
        resource_path("letters", language.value, "phrases.json"),
        f"De formuleringen voor de taal '{language.value}'",
    )


def authority() -> dict[str, Any]:
    """The Belgian Data Protection Authority's contact details (``resources/authority.json``)."""
    return _read_json(
        resource_path("authority.json"), "De gegevens van de Gegevensbeschermingsautoriteit"
    )
