"""What a letter is made from: the case, the kind, the language, the letterhead, the dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from privacydesk.core.case import CaseRecord, Language
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.rights import LegalGround
from privacydesk.core.settings import Settings


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _emails(text: str) -> tuple[str, ...]:
    return tuple(part for part in re.split(r"[,;\s]+", text) if part)


@dataclass(frozen=True)
class Letterhead:
    """The controller's letterhead and the officer who signs."""

    controller_name: str
    address_lines: tuple[str, ...]
    emails: tuple[str, ...]
    phone: str = ""
    place: str = "Kortrijk"  # the place in the date line
    logo_path: str = ""  # an image file (PNG/JPEG); "" for none
    officer_name: str = ""
    officer_role: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> Letterhead:
        return cls(
            controller_name=settings.controller_name.strip(),
            address_lines=_lines(settings.controller_address),
            emails=_emails(settings.controller_emails),
            phone=settings.controller_phone.strip(),
            place=settings.letter_place.strip() or "Kortrijk",
            logo_path=settings.logo_path.strip(),
            officer_name=settings.officer_name.strip(),
            officer_role=settings.officer_role.strip(),
        )


@dataclass(frozen=True)
class LetterContext:
    """Everything one letter needs; the text and the PDF are made from this alone.

    ``deadline_rule`` is the deadline engine's own sentence (Dutch, as the register shows
    it). It is not translated: the letter states the rule in its own language from
    ``pause_days`` and ``waiting_for_identification`` (wording in ``phrases.json``), and the
    Dutch sentence is available to templates as ``{deadline_rule_register}``.
    """

    case: CaseRecord
    kind: LetterKind
    language: Language
    issue_date: date
    letterhead: Letterhead
    due: date  # the deadline in force (extended when extended)
    first_due: date  # the one-month deadline
    deadline_rule: str = ""
    missing_items: tuple[str, ...] = ()  # keys of MISSING_ITEMS, for the identification letter
    no_action_reasons: str = ""
    no_action_ground: LegalGround | None = None  # the legal ground of a no-action letter
    pause_days: int = 0  # days added to the deadline while waiting for identification
    waiting_for_identification: bool = False  # the clock stands still right now
    pause_policy: bool = False  # the register pauses the clock while awaiting identification
    pause_on_identification: bool = False  # this identification letter will pause the clock
