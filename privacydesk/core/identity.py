"""Identity checks on a request and its ID copy (SPEC §5, seed §6.9).

The numbers are checked with the maintained python-stdnum (``stdnum.be.nn``, ``.bis``,
``.eid``) rather than hand-written arithmetic.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from stdnum.be import bis, eid, nn
from stdnum.exceptions import ValidationError


class CheckResult(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_APPLICABLE = "not_applicable"
    NOT_CHECKED = "not_checked"


CHECK_RESULT_LABEL_NL: dict[CheckResult, str] = {
    CheckResult.PASSED: "In orde",
    CheckResult.FAILED: "Niet in orde",
    CheckResult.NOT_APPLICABLE: "Niet van toepassing",
    CheckResult.NOT_CHECKED: "Nog niet gecontroleerd",
}


class IdentityCheck(StrEnum):
    DATED = "dated"
    SIGNED = "signed"
    RECTO_VERSO = "recto_verso"
    NOT_EXPIRED = "not_expired"
    NAME_MATCH = "name_match"
    CARD_NUMBER = "card_number"
    NATIONAL_NUMBER = "national_number"
    BIRTH_DATE = "birth_date"


IDENTITY_CHECK_LABEL_NL: dict[IdentityCheck, str] = {
    IdentityCheck.DATED: "Verzoek gedateerd",
    IdentityCheck.SIGNED: "Verzoek ondertekend",
    IdentityCheck.RECTO_VERSO: "Voor- en achterzijde aanwezig",
    IdentityCheck.NOT_EXPIRED: "Niet vervallen op de ontvangstdatum",
    IdentityCheck.NAME_MATCH: "Naam komt overeen met de aanvrager",
    IdentityCheck.CARD_NUMBER: "Kaartnummer geldig",
    IdentityCheck.NATIONAL_NUMBER: "Rijksregisternummer geldig",
    IdentityCheck.BIRTH_DATE: "Geboortedatum past bij het rijksregisternummer",
}


class IdentityMethod(StrEnum):
    KNOWN_CUSTOMER = "known_customer"
    DIGITAL_SIGNATURE = "digital_signature"
    ID_COPY = "id_copy"
    IN_PERSON = "in_person"


IDENTITY_METHOD_LABEL_NL: dict[IdentityMethod, str] = {
    IdentityMethod.KNOWN_CUSTOMER: "Bekende klant, schrijft vanaf het adres in ons bestand",
    IdentityMethod.DIGITAL_SIGNATURE: "Digitaal ondertekend verzoek (eID)",
    IdentityMethod.ID_COPY: "Kopie van het identiteitsdocument",
    IdentityMethod.IN_PERSON: "Persoonlijk vastgesteld",
}


def _digits(text: str) -> str:
    return re.sub(r"[\s.\-/]", "", text)


def valid_national_number(text: str) -> bool:
    """A Belgian national register number or BIS number (``85.07.30-033.28``)."""
    compact = _digits(text)
    if not compact.isdigit() or len(compact) != 11:
        return False
    return bool(nn.is_valid(compact) or bis.is_valid(compact))


def valid_eid_card_number(text: str) -> bool:
    """A Belgian eID card number: 12 digits, the last two the first ten mod 97 (97 for 0)."""
    compact = _digits(text)
    if not compact.isdigit() or len(compact) != 12:
        return False
    return bool(eid.is_valid(compact))


def birth_date_from_national_number(text: str) -> date | None:
    """The birth date encoded in a national register or BIS number, when it has one."""
    compact = _digits(text)
    for module in (nn, bis):
        try:
            if module.is_valid(compact):
                born = module.get_birth_date(compact)
                return born if isinstance(born, date) else None
        except (ValidationError, ValueError):
            continue
    return None


def birth_date_consistent(national_number: str, birth_date: date) -> bool:
    return birth_date_from_national_number(national_number) == birth_date


def expired_on(expiry: date, on: date) -> bool:
    """The document was no longer valid on that day (it is valid through its expiry date)."""
    return expiry < on


def _name_words(name: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return sorted(re.findall(r"[a-z0-9]+", plain.casefold()))


def names_match(a: str, b: str) -> bool:
    """The same words, whatever the accents, case, order, hyphens or spaces.

    ``Éloïse Van den Broeck`` matches ``van den broeck eloise``; ``Jan Peeters`` does not
    match ``Jan Peters``: a near miss is for the officer to judge, not for the program.
    """
    words_a, words_b = _name_words(a), _name_words(b)
    return bool(words_a) and words_a == words_b


def name_on_document(requester_name: str, document_name: str) -> bool:
    """The requester's name as it stands on an ID, which may list more given names.

    Every word the requester used must be on the document (``Éloïse Van den Broeck`` is
    on ``VAN DEN BROECK Éloïse Marie``); a single word is not enough to identify anyone.
    """
    requester, document = _name_words(requester_name), _name_words(document_name)
    if len(requester) < 2 and requester != document:
        return False
    remaining = list(document)
    for word in requester:
        if word not in remaining:
            return False
        remaining.remove(word)
    return True


def last_digits(card_number: str, n: int = 3) -> str:
    """What the register keeps of a card number after the copy is purged."""
    return _digits(card_number)[-n:]


@dataclass(frozen=True)
class IdCopyFields:
    """What the officer reads off the copy of the identity document."""

    name: str = ""
    card_number: str = ""
    national_number: str = ""  # may be blacked out by the person (SPEC §5)
    birth_date: date | None = None
    expiry: date | None = None
    document_type: str = "eID"
    recto_present: bool = False
    verso_present: bool = False


def evaluate_request_date(letter_date: date | None, received: date) -> CheckResult:
    """A request must be dated, and not after the day it arrived."""
    if letter_date is None:
        return CheckResult.FAILED
    return CheckResult.PASSED if letter_date <= received else CheckResult.FAILED


def evaluate_id_copy(
    fields: IdCopyFields, *, requester_name: str, received: date
) -> dict[IdentityCheck, CheckResult]:
    """The checks an ID copy allows, as the officer types what it shows."""
    results: dict[IdentityCheck, CheckResult] = {}
    if fields.recto_present and fields.verso_present:
        results[IdentityCheck.RECTO_VERSO] = CheckResult.PASSED
    elif fields.recto_present or fields.verso_present:
        results[IdentityCheck.RECTO_VERSO] = CheckResult.FAILED
    else:
        results[IdentityCheck.RECTO_VERSO] = CheckResult.NOT_CHECKED

    if fields.expiry is None:
        results[IdentityCheck.NOT_EXPIRED] = CheckResult.NOT_CHECKED
    else:
        results[IdentityCheck.NOT_EXPIRED] = (
            CheckResult.FAILED if expired_on(fields.expiry, received) else CheckResult.PASSED
        )

    if not fields.name.strip():
        results[IdentityCheck.NAME_MATCH] = CheckResult.NOT_CHECKED
    else:
        results[IdentityCheck.NAME_MATCH] = (
            CheckResult.PASSED
            if name_on_document(requester_name, fields.name)
            else CheckResult.FAILED
        )

    is_eid = fields.document_type.strip().casefold() in ("eid", "identiteitskaart", "e-id")
    if not fields.card_number.strip():
        results[IdentityCheck.CARD_NUMBER] = CheckResult.NOT_CHECKED
    elif not is_eid:
        results[IdentityCheck.CARD_NUMBER] = CheckResult.NOT_APPLICABLE
    else:
        results[IdentityCheck.CARD_NUMBER] = (
            CheckResult.PASSED if valid_eid_card_number(fields.card_number) else CheckResult.FAILED
        )

    if not fields.national_number.strip():
        # Blacked out, as the person may do: nothing to check, and nothing wrong.
        results[IdentityCheck.NATIONAL_NUMBER] = CheckResult.NOT_APPLICABLE
        results[IdentityCheck.BIRTH_DATE] = CheckResult.NOT_APPLICABLE
    else:
        valid = valid_national_number(fields.national_number)
        results[IdentityCheck.NATIONAL_NUMBER] = CheckResult.PASSED if valid else CheckResult.FAILED
        if fields.birth_date is None or not valid:
            results[IdentityCheck.BIRTH_DATE] = CheckResult.NOT_CHECKED
        else:
            results[IdentityCheck.BIRTH_DATE] = (
                CheckResult.PASSED
                if birth_date_consistent(fields.national_number, fields.birth_date)
                else CheckResult.FAILED
            )
    return results


# For an ID copy these must have passed; the rest may be not applicable (blacked out).
REQUIRED_FOR_ID_COPY = frozenset(
    {IdentityCheck.RECTO_VERSO, IdentityCheck.NOT_EXPIRED, IdentityCheck.NAME_MATCH}
)


def identity_established(results: Mapping[IdentityCheck, CheckResult]) -> bool:
    """Nothing failed and every required check passed."""
    if any(result is CheckResult.FAILED for result in results.values()):
        return False
    return all(results.get(check) is CheckResult.PASSED for check in REQUIRED_FOR_ID_COPY)
