"""Filling a letter template: every placeholder gets a value, or the letter is refused.

Templates are plain text in ``resources/letters/<language>/<kind>.txt``, editable by the
officer; ``phrases.json`` beside them holds the reusable wording.
"""

from __future__ import annotations

import json
import string
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from privacydesk.core.case import Language
from privacydesk.core.errors import UserFacingError
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import GROUND_INFO, Outcome, Right
from privacydesk.letters.context import LetterContext
from privacydesk.letters.dates import format_date
from privacydesk.resources import resource_path


class MissingPlaceholderError(UserFacingError, ValueError):
    """A value the letter needs is missing: better no letter than a blank in a posted one."""

    def __init__(self, names: list[str]) -> None:
        listed = ", ".join("{" + name + "}" for name in names)
        super().__init__(
            f"De brief kan niet gemaakt worden: er ontbreekt een waarde voor {listed}."
        )
        self.names = names


class TemplateError(UserFacingError, ValueError):
    pass


@lru_cache(maxsize=64)
def _read(path: Path, _mtime: float) -> str:
    return path.read_text(encoding="utf-8")


def _cached_text(path: Path) -> str:
    """Read once, again only when the officer changed the file."""
    try:
        return _read(path, path.stat().st_mtime)
    except OSError as exc:
        raise TemplateError(f"Het briefsjabloon {path.name} ontbreekt of is onleesbaar.") from exc


def template_path(kind: LetterKind, language: Language) -> Path:
    return resource_path("letters", language.value, f"{kind.value}.txt")


def load_template(kind: LetterKind, language: Language) -> str:
    return _cached_text(template_path(kind, language))


@lru_cache(maxsize=16)
def _phrases(path: Path, _mtime: float) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def phrases(language: Language) -> dict[str, Any]:
    path = resource_path("letters", language.value, "phrases.json")
    try:
        return _phrases(path, path.stat().st_mtime)
    except (OSError, ValueError) as exc:
        raise TemplateError(
            f"De formuleringen voor de taal '{language.value}' ontbreken of zijn beschadigd."
        ) from exc


@lru_cache(maxsize=1)
def _authority(path: Path, _mtime: float) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def authority() -> dict[str, Any]:
    path = resource_path("authority.json")
    return _authority(path, path.stat().st_mtime)


def complaint_text(language: Language) -> str:
    """The GBA/APD complaint block with the right to a judicial remedy, in the language."""
    details = authority()
    return str(phrases(language)["complaint"]).format(
        **details[language.value], phone=details["phone"], email=details["email"]
    )


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def _outcomes(ctx: LetterContext, words: dict[str, Any]) -> str:
    blocks: list[str] = []
    for item in ctx.case.rights:
        if item.outcome is Outcome.PENDING:
            return ""  # undecided: the outcome letter cannot be written yet
        heading = (
            f"{words['rights'][item.right.value]}: {words['outcome_label'][item.outcome.value]}"
        )
        lines = [heading]
        if item.outcome is Outcome.GRANTED:
            lines.append(words["granted"][item.right.value])
            if item.right is Right.ACCESS:
                lines.append(_bullets(list(words["access_info"])))
        elif item.outcome in (Outcome.PARTLY_GRANTED, Outcome.REFUSED) and item.ground:
            ground = words["grounds"][item.ground.value]
            article = _article(GROUND_INFO[item.ground].article, ctx.language)
            key = "partly" if item.outcome is Outcome.PARTLY_GRANTED else "refused"
            lines.append(words[key].format(ground=ground, article=article))
            if item.outcome_note.strip():
                lines.append(item.outcome_note.strip())
            if item.outcome is Outcome.PARTLY_GRANTED and item.right is Right.ACCESS:
                lines.append(_bullets(list(words["access_info"])))
        elif item.outcome is Outcome.NOT_APPLICABLE:
            lines.append(words["not_applicable"])
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _article(article: str, language: Language) -> str:
    """``Art. 17(3)(b)`` in the letter's own way of citing: ``artikel 17(3)(b)``."""
    number = article.removeprefix("Art. ").strip()
    return {Language.NL: "artikel", Language.FR: "article", Language.EN: "Article"}[
        language
    ] + f" {number}"


def _deadline_rule(ctx: LetterContext, words: dict[str, Any]) -> str:
    """Which rule was applied to the time limit: letters always say it (SPEC §4a)."""
    rules = words["deadline_rule"]
    if ctx.waiting_for_identification:
        return str(rules["waiting"])
    if ctx.pause_days > 0:
        return str(rules["paused"]).format(days=ctx.pause_days)
    return str(rules["strict"])


def placeholder_values(ctx: LetterContext) -> dict[str, str]:
    words = phrases(ctx.language)
    lang = ctx.language
    case = ctx.case
    letterhead = ctx.letterhead
    period_end = ctx.first_due
    values = {
        "salutation": words["salutation"],
        "closing": words["closing"],
        "reference": case.reference,
        "requester_name": case.requester.name,
        "received_date": format_date(case.received, lang),
        "due_date": format_date(ctx.due, lang),
        "first_due_date": format_date(ctx.first_due, lang),
        "period_start": format_date(case.received + timedelta(days=1), lang),
        "period_end": format_date(period_end, lang),
        "deadline_rule": _deadline_rule(ctx, words),
        "rights_list": _bullets([words["rights"][r.right.value] for r in case.rights]),
        "missing_items": _bullets(
            [words["missing"][item] for item in ctx.missing_items if item in words["missing"]]
        ),
        "extension_reasons": case.extension_reasons.strip(),
        "outcomes": _outcomes(ctx, words),
        "no_action_reasons": ctx.no_action_reasons.strip(),
        "recipients_list": _bullets(
            [
                f"{n.recipient} ({format_date(n.notified_on, lang)}, {n.how})"
                for n in case.recipients
            ]
        ),
        "controller_contact": str(words["contact"]).format(
            emails=letterhead.emails, address=", ".join(letterhead.address_lines)
        ),
    }
    return values


def fields_of(template: str) -> list[str]:
    """The placeholder names a template uses, in order."""
    try:
        return [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name]
    except ValueError as exc:
        raise TemplateError(f"Het briefsjabloon is ongeldig: {exc}.") from exc


def fill(template: str, values: dict[str, str]) -> str:
    names = fields_of(template)
    unknown = [n for n in names if n not in values]
    if unknown:
        raise TemplateError(
            "Het briefsjabloon gebruikt een onbekende plaatshouder: "
            + ", ".join("{" + n + "}" for n in unknown)
            + "."
        )
    missing = sorted({n for n in names if not str(values[n]).strip()})
    if missing:
        raise MissingPlaceholderError(missing)
    return template.format(**{n: values[n] for n in set(names)})


def compose_text(ctx: LetterContext) -> str:
    """The filled letter body, which the officer may still edit before issuing."""
    return fill(load_template(ctx.kind, ctx.language), placeholder_values(ctx)).strip() + "\n"
