"""What a letter is made from: the case, the kind, the language, the letterhead, the dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from privacydesk.core.case import CaseRecord, Language
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.settings import Settings


@dataclass(frozen=True)
class Letterhead:
    controller_name: str
    address_lines: tuple[str, ...]
    emails: str
    phone: str = ""
    place: str = "Kortrijk"
    logo_path: str = ""
    officer_name: str = ""
    officer_role: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> Letterhead:
        return cls(
            controller_name=settings.controller_name,
            address_lines=tuple(
                line.strip() for line in settings.controller_address.splitlines() if line.strip()
            ),
            emails=settings.controller_emails,
            phone=settings.controller_phone,
            place=settings.letter_place,
            logo_path=settings.logo_path,
            officer_name=settings.officer_name,
            officer_role=settings.officer_role,
        )


@dataclass(frozen=True)
class LetterContext:
    case: CaseRecord
    kind: LetterKind
    language: Language
    issue_date: date
    letterhead: Letterhead
    due: date
    first_due: date
    pause_days: int = 0
    waiting_for_identification: bool = False  # the clock stands still right now
    missing_items: tuple[str, ...] = field(default_factory=tuple)
    no_action_reasons: str = ""
