"""Filling a letter template: every placeholder gets a value, or there is no letter.

Templates are plain text in ``resources/letters/<language>/<kind>.txt``, editable by the
officer (see ``resources/letters/README.md``); ``phrases.json`` beside them holds the
reusable wording.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from privacydesk.letters.context import LetterContext
from privacydesk.letters.errors import MissingPlaceholderError, TemplateError
from privacydesk.letters.placeholders import PLACEHOLDER_HELP_NL, placeholder_values
from privacydesk.letters.texts import load_template, phrases

__all__ = [
    "MissingPlaceholderError",
    "TemplateError",
    "compose_text",
    "fields_of",
    "fill",
    "phrases",
]


def fields_of(template: str) -> list[str]:
    """The placeholder names a template uses, in order of appearance."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:  # a lone { or }
        raise TemplateError(
            f"Het briefsjabloon is ongeldig ({exc}); een accolade hoort bij een plaatshouder "
            "zoals {reference}."
        ) from exc
    names: list[str] = []
    for _text, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            shown = (
                "{"
                + name
                + ("!" + conversion if conversion else "")
                + (":" + spec if spec else "")
                + "}"
            )
            raise TemplateError(
                f"Het briefsjabloon bevat een ongeldige plaatshouder {shown}; gebruik enkel "
                "namen zoals {reference}."
            )
        names.append(name)
    return names


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with its placeholders replaced; unknown or empty ones stop it."""
    names = fields_of(template)
    unknown = list(dict.fromkeys(n for n in names if n not in values))
    if unknown:
        raise TemplateError(
            "Het briefsjabloon gebruikt een onbekende plaatshouder: "
            + ", ".join("{" + n + "}" for n in unknown)
            + ". De bruikbare plaatshouders staan in resources/letters/README.md."
        )
    missing = list(dict.fromkeys(n for n in names if not str(values[n]).strip()))
    if missing:
        raise MissingPlaceholderError(missing, PLACEHOLDER_HELP_NL)
    return template.format_map({n: values[n] for n in names})


def compose_text(ctx: LetterContext) -> str:
    """The filled letter body, which the officer may still edit before issuing."""
    text = fill(load_template(ctx.kind, ctx.language), placeholder_values(ctx))
    return text.strip() + "\n"
