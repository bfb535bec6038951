"""A case as the rest of the program sees it: plain, frozen values, no Qt, no SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from privacydesk.core.errors import UserFacingError
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.text_checks import is_invisible, lone_surrogate
from privacydesk.core.workflow import CaseFacts, IdentificationWait, Status


class Channel(StrEnum):
    """How the request reached the controller (seed §2, §6.9)."""

    POST = "post"
    EMAIL = "email"
    TICKET = "ticket"
    CONTACT_FORM = "contact_form"
    PHONE = "phone"
    IN_PERSON = "in_person"


CHANNEL_LABEL_NL: dict[Channel, str] = {
    Channel.POST: "Post",
    Channel.EMAIL: "E-mail",
    Channel.TICKET: "Ticket",
    Channel.CONTACT_FORM: "Contactformulier",
    Channel.PHONE: "Telefoon (schriftelijk te bevestigen)",
    Channel.IN_PERSON: "Persoonlijk",
}


class Language(StrEnum):
    NL = "nl"
    FR = "fr"
    EN = "en"


LANGUAGE_LABEL_NL: dict[Language, str] = {
    Language.NL: "Nederlands",
    Language.FR: "Frans",
    Language.EN: "Engels",
}


class Relationship(StrEnum):
    """The requester's relation to the controller (seed §1.2, §2)."""

    CUSTOMER = "customer"
    BUSINESS_RELATION = "business_relation"
    NEWSLETTER_SUBSCRIBER = "newsletter_subscriber"
    JOB_APPLICANT = "job_applicant"
    WEBSITE_VISITOR = "website_visitor"
    OTHER = "other"


RELATIONSHIP_LABEL_NL: dict[Relationship, str] = {
    Relationship.CUSTOMER: "Klant",
    Relationship.BUSINESS_RELATION: "Zakelijke relatie van een klant",
    Relationship.NEWSLETTER_SUBSCRIBER: "Abonnee nieuwsbrief",
    Relationship.JOB_APPLICANT: "Sollicitant",
    Relationship.WEBSITE_VISITOR: "Websitebezoeker",
    Relationship.OTHER: "Andere",
}


@dataclass(frozen=True)
class Requester:
    name: str
    address: str = ""
    email: str = ""
    phone: str = ""
    language: Language = Language.NL
    relationship: Relationship = Relationship.CUSTOMER
    representative: str = ""  # lawyer, parent, … acting on the person's behalf; "" if none
    representative_address: str = ""  # the representative's postal address (letters go there)


@dataclass(frozen=True)
class RightRequest:
    """One right invoked in a request, in the person's own words, with its outcome."""

    right: Right
    words: str = ""
    outcome: Outcome = Outcome.PENDING
    ground: LegalGround | None = None
    outcome_note: str = ""


@dataclass(frozen=True)
class RecipientNotice:
    """An Art. 19 notification to a recipient of the data."""

    recipient: str
    notified_on: date
    how: str


@dataclass(frozen=True)
class CaseRecord:
    id: int
    reference: str
    requester: Requester
    channel: Channel
    received: date
    status: Status
    rights: tuple[RightRequest, ...]
    letter_date: date | None = None
    notes: str = ""
    extended: bool = False
    extension_reasons: str = ""
    extension_late: bool = False  # recorded by override after the first deadline (Art. 12(3))
    answered_on: date | None = None
    identification_requested_on: date | None = None
    identification_received_on: date | None = None
    recipients: tuple[RecipientNotice, ...] = field(default_factory=tuple)
    created_at: datetime | None = None
    # The last audit event about the case when it was read: a save made on this view is
    # refused if the case moved on since (a colleague on a shared register).
    version: int = 0
    identity_status: IdentityStatus = IdentityStatus.UNVERIFIED

    def facts(self) -> CaseFacts:
        """What the life-cycle rules (:mod:`privacydesk.core.workflow`) look at."""
        return CaseFacts(
            status=self.status,
            received=self.received,
            identity=self.identity_status,
            extended=self.extended,
            answered_on=self.answered_on,
            wait=IdentificationWait(
                self.identification_requested_on, self.identification_received_on
            ),
            has_rights=bool(self.rights),
        )


class IntakeError(UserFacingError, ValueError):
    """A new request that cannot be registered as typed; the message names the field."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field_name = field_name


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# Art. 99(2) GDPR: a request received before this day is no request under the GDPR (and a
# year 1 or 1900 is a typing error that would make every deadline centuries late).
GDPR_APPLIES_FROM = date(2018, 5, 25)
# Longer is pasted text, not a name: it would not fit a letter's address window or a table.
NAME_MAX_LENGTH = 200


def intake_problems(
    *,
    name: str,
    email: str,
    received: date,
    letter_date: date | None,
    rights: list[Right],
    today: date,
) -> dict[str, str]:
    """Every reason the intake form cannot be saved yet, keyed by field name.

    The GUI shows these inline; the service refuses to register while any remains.
    """
    problems: dict[str, str] = {}
    if lone_surrogate(name):
        problems["name"] = (
            f"De naam van de aanvrager bevat een ongeldig teken ({lone_surrogate(name)}, de "
            "helft van een tekenpaar); typ of plak de naam opnieuw."
        )
    elif not name.strip():
        problems["name"] = "Vul de naam van de aanvrager in."
    elif is_invisible(name):
        problems["name"] = (
            "De naam van de aanvrager bestaat alleen uit onzichtbare tekens; typ de naam."
        )
    elif len(name.strip()) > NAME_MAX_LENGTH:
        problems["name"] = "De naam is te lang (ten hoogste 200 tekens); kort ze in."
    if email.strip() and not _EMAIL_RE.match(email.strip()):
        problems["email"] = "Dit e-mailadres is niet geldig."
    if received > today:
        problems["received"] = "De ontvangstdatum kan niet in de toekomst liggen."
    elif received < GDPR_APPLIES_FROM:
        problems["received"] = "De AVG geldt sinds 25 mei 2018; controleer de ontvangstdatum."
    if letter_date is not None:
        if letter_date > today:
            problems["letter_date"] = "De datum van de brief kan niet in de toekomst liggen."
        elif letter_date > received:
            problems["letter_date"] = "De brief kan niet gedateerd zijn na de ontvangst."
    if not rights:
        problems["rights"] = "Kies minstens één recht."
    return problems


_REFERENCE_RE = re.compile(r"^PD-(\d{4})-(\d{4,})$")


def format_reference(year: int, number: int) -> str:
    """``PD-2026-0042``: year of receipt and a running number that is never reused."""
    return f"PD-{year:04d}-{number:04d}"


def parse_reference(text: str) -> tuple[int, int] | None:
    match = _REFERENCE_RE.match(text.strip().upper())
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))
