"""What a letter is made from: the case, the kind, the language, the letterhead, the dates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from stdnum.be import vat as be_vat

from privacydesk.core.case import CaseRecord, Language
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.core.messages import Message, message
from privacydesk.core.rights import LegalGround
from privacydesk.core.settings import Settings, enterprise_number_display


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
    officer_role: str = ""  # Dutch
    officer_role_fr: str = ""
    officer_role_en: str = ""
    legal_form: str = ""
    registered_office: str = ""  # "" = the address above
    enterprise_number: str = ""  # as printed: 0123.456.749
    legal_entities_register: str = ""  # RPR Gent, afdeling Kortrijk
    legal_entities_register_fr: str = ""  # RPM Gand, division Courtrai ("" = the Dutch one)
    legal_entities_register_en: str = ""  # as written in English letters ("" = the Dutch one)

    def register_for(self, language: Language) -> str:
        own = {
            Language.FR: self.legal_entities_register_fr,
            Language.EN: self.legal_entities_register_en,
        }.get(language, "")
        return own or self.legal_entities_register

    def role_for(self, language: Language) -> str:
        """The signer's role in the letter's language (never the Dutch title abroad)."""
        return {
            Language.NL: self.officer_role,
            Language.FR: self.officer_role_fr,
            Language.EN: self.officer_role_en,
        }[language]

    def missing_business_details(self) -> list[Message]:
        """What a Belgian company's letter must show but this letterhead lacks, said in the
        officer's language where the refusal is shown."""
        missing = []
        if not self.legal_form:
            missing.append(message("de rechtsvorm"))
        if not self.enterprise_number:
            missing.append(message("een geldig ondernemingsnummer"))
        if not self.legal_entities_register:
            missing.append(message("het rechtspersonenregister (RPR)"))
        return missing

    @classmethod
    def from_settings(cls, settings: Settings) -> Letterhead:
        number = settings.enterprise_number.strip()
        return cls(
            controller_name=settings.controller_name.strip(),
            address_lines=_lines(settings.controller_address),
            emails=_emails(settings.controller_emails),
            phone=settings.controller_phone.strip(),
            place=settings.letter_place.strip() or "Kortrijk",
            logo_path=settings.logo_path.strip(),
            officer_name=settings.officer_name.strip(),
            officer_role=settings.officer_role.strip(),
            officer_role_fr=settings.officer_role_fr.strip(),
            officer_role_en=settings.officer_role_en.strip(),
            legal_form=settings.legal_form.strip(),
            registered_office=", ".join(_lines(settings.registered_office))
            or ", ".join(_lines(settings.controller_address)),
            # An unchecked number is never printed: issuing then stops with a sentence.
            enterprise_number=enterprise_number_display(number) if be_vat.is_valid(number) else "",
            legal_entities_register=settings.legal_entities_register.strip(),
            legal_entities_register_fr=settings.legal_entities_register_fr.strip(),
            legal_entities_register_en=settings.legal_entities_register_en.strip(),
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
    # The extension's reasons in the letter's language. The register keeps them as the
    # officer typed them on the case, in Dutch; a French or English letter needs its own.
    extension_reasons: str | None = None
    no_action_ground: LegalGround | None = None  # the legal ground of a no-action letter
    pause_days: int = 0  # days added to the deadline while waiting for identification
    waiting_for_identification: bool = False  # the clock stands still right now
    pause_policy: bool = False  # the register pauses the clock while awaiting identification
    pause_on_identification: bool = False  # this identification letter will pause the clock
    # The Art. 15 information as kept in the settings (language -> item -> text, only what
    # differs from phrases.json) and this case's own adjustment (item -> text), if any.
    processing_info_kept: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    processing_info_case: Mapping[str, str] | None = None
    # What goes with an access answer, listed under it (Art. 15(3)); () = the copy alone.
    enclosures: tuple[str, ...] = ()
