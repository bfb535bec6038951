"""Identity checks on a request and its ID copy (SPEC §5, seed §6.9).

The Belgian numbers are checked with the maintained python-stdnum (``stdnum.be.nn``,
``.bis``, ``.eid``) rather than hand-written arithmetic. Everything here is a pure verdict on
what the officer typed; recording who checked what, and when, is the services' business.

When is identity established from an ID copy? (:func:`identity_established`)

- nothing failed — a wrong checksum, an expired card, a name that differs, a birth date that
  contradicts the national number, an undated or later-dated request: each one blocks;
- the copy shows the whole document (recto and verso; a passport's photo page is the whole
  document), the document was valid on the day the request arrived, and it names the
  requester: these three must have *passed*;
- the card number was read (passed, or not applicable for a document whose number has no
  checksum), since the register keeps its last digits after the purge;
- the national register number may be blacked out (EDPB 01/2022, GBA 40/2022): then it and
  the birth date are *not applicable*, which does not block.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from stdnum.be import bis, eid, nn


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
    # A request made through a representative: the authorisation (mandate) was seen.
    MANDATE = "mandate"


IDENTITY_CHECK_LABEL_NL: dict[IdentityCheck, str] = {
    IdentityCheck.DATED: "Verzoek gedateerd",
    IdentityCheck.SIGNED: "Verzoek ondertekend",
    IdentityCheck.RECTO_VERSO: "Voor- en achterzijde aanwezig",
    IdentityCheck.NOT_EXPIRED: "Niet vervallen op de ontvangstdatum",
    IdentityCheck.NAME_MATCH: "Naam komt overeen met de aanvrager",
    IdentityCheck.CARD_NUMBER: "Kaartnummer geldig",
    IdentityCheck.NATIONAL_NUMBER: "Rijksregisternummer geldig",
    IdentityCheck.BIRTH_DATE: "Geboortedatum past bij het rijksregisternummer",
    IdentityCheck.MANDATE: "Volmacht van de vertegenwoordiger gezien",
}


class IdentityStatus(StrEnum):
    """Where the identity question of a case stands; the value is what the register stores."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    WAIVED = "waived"
    FAILED = "failed"

    @property
    def is_settled(self) -> bool:
        """Established, or the check waived with a reason: the work may go on (Art. 12(6))."""
        return self in (IdentityStatus.VERIFIED, IdentityStatus.WAIVED)


IDENTITY_STATUS_LABEL_NL: dict[IdentityStatus, str] = {
    IdentityStatus.UNVERIFIED: "Nog niet vastgesteld",
    IdentityStatus.VERIFIED: "Vastgesteld",
    IdentityStatus.WAIVED: "Controle overgeslagen",
    IdentityStatus.FAILED: "Niet vastgesteld",
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


# -- Belgian numbers ----------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s.\-/]")


def _compact(text: str) -> str:
    """The number without the spaces, dots, dashes and slashes it is printed with."""
    return _SEPARATORS.sub("", text)


def _ascii_digits(text: str, length: int) -> bool:
    # str.isdigit() would also take "²" or Arabic-Indic digits.
    return re.fullmatch(rf"[0-9]{{{length}}}", text) is not None


def valid_national_number(text: str) -> bool:
    """A Belgian national register number or BIS number (``85.07.30-033.28``).

    Checked by python-stdnum: YYMMDDSSSCC with CC = 97 − (YYMMDDSSS mod 97), a 2 put before
    the number for births from 2000 on; a BIS number has its birth month raised by 20 or 40.
    """
    compact = _compact(text)
    if not _ascii_digits(compact, 11):
        return False
    return bool(nn.is_valid(compact) or bis.is_valid(compact))


def valid_eid_card_number(text: str) -> bool:
    """A Belgian eID card number: 12 digits, the last two the first ten mod 97 (97 for 0)."""
    compact = _compact(text)
    if not _ascii_digits(compact, 12):
        return False
    return bool(eid.is_valid(compact))


def birth_date_from_national_number(text: str) -> date | None:
    """The birth date a national register or BIS number encodes.

    None for an invalid number, and for a valid one whose birth date was not (fully) known
    when it was issued (month or day recorded as 00).
    """
    if not valid_national_number(text):
        return None
    # BIS numbers share the national number's layout; stdnum removes the +20/+40 itself.
    born = nn.get_birth_date(_compact(text))
    return born if isinstance(born, date) else None


def birth_date_consistent(national_number: str, birth_date: date) -> bool:
    """The number is valid and encodes exactly this birth date."""
    return birth_date_from_national_number(national_number) == birth_date


def expired_on(expiry: date, on: date) -> bool:
    """The document was no longer valid on that day (it is valid through its expiry date)."""
    return expiry < on


def last_digits(card_number: str, n: int = 3) -> str:
    """What the register keeps of a card number after the copy is purged (SPEC §5)."""
    if n <= 0:
        return ""
    return re.sub(r"[^0-9A-Za-z]", "", card_number)[-n:]


# -- Names --------------------------------------------------------------------------------

# Letters that Unicode does not decompose into a base letter and an accent.
_LETTER_FOLDS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "ħ": "h",
        "Ħ": "H",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
    }
)
# An apostrophe joins: D'Hondt, D’Hondt and Dhondt are written the same way.
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")


def _words(text: str) -> list[str]:
    """The words of a text without accents, case or punctuation, in their order."""
    folded = unicodedata.normalize("NFKD", text.translate(_LETTER_FOLDS))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = _APOSTROPHES.sub("", folded.casefold())
    return re.findall(r"[^\W_]+", folded)


def _name_words(name: str) -> list[str]:
    """The words of a name, without accents, case, punctuation or order."""
    return sorted(_words(name))


def names_match(a: str, b: str) -> bool:
    """The same words, whatever the accents, case, order, hyphens, punctuation or spaces.

    ``Éloïse Van den Broeck`` matches ``van den broeck eloise``; ``Jan Peeters`` does not
    match ``Jan Peters``: a near miss is for the officer to judge, not for the program.
    """
    words_a, words_b = _name_words(a), _name_words(b)
    return bool(words_a) and words_a == words_b


def name_on_document(requester_name: str, document_name: str) -> bool:
    """The requester's name as it stands on an ID, which may list more given names.

    Every word the requester used must be on the document (``Éloïse Van den Broeck`` is
    on ``VAN DEN BROECK Éloïse Marie``), compared as :func:`names_match` compares; a single
    word is not enough to identify anyone unless the document says no more either.
    """
    requester, document = _name_words(requester_name), _name_words(document_name)
    if not requester:
        return False
    if len(requester) < 2:
        return requester == document
    remaining = list(document)
    for word in requester:
        if word not in remaining:
            return False
        remaining.remove(word)
    return True


# -- The request and the ID copy ----------------------------------------------------------


def evaluate_request_date(
    letter_date: date | None, received: date, *, today: date | None = None
) -> CheckResult:
    """DATED: the request carries a date, not after the day it arrived nor in the future."""
    if letter_date is None:
        return CheckResult.FAILED
    if letter_date > received:
        return CheckResult.FAILED
    if today is not None and letter_date > today:
        return CheckResult.FAILED
    return CheckResult.PASSED


@dataclass(frozen=True)
class IdCopyFields:
    """What the officer reads off the copy of the identity document."""

    name: str = ""  # surname and given names as printed, in any order
    card_number: str = ""
    national_number: str = ""  # may be blacked out by the person (SPEC §5)
    birth_date: date | None = None
    expiry: date | None = None
    document_type: str = "eID"  # "eID", "paspoort", "verblijfskaart", "rijbewijs", …
    recto_present: bool = False
    verso_present: bool = False


def _kind(document_type: str) -> str:
    return "".join(_words(document_type))


# Documents whose card number carries the eID check digits (the Kids-ID is numbered alike).
_EID_KINDS = frozenset(
    {"eid", "beid", "identiteitskaart", "elektronischeidentiteitskaart", "kidsid", "cartedidentite"}
)
# A passport has no back to copy: its photo page is the whole document.
_ONE_SIDED_KINDS = frozenset({"paspoort", "reispas", "passport", "passeport"})
# What a person may type or draw over a blacked-out number: 85.07.30-xxx.xx, ***, ████.
_MASKED = re.compile(r"[xX*•●■█▇_#?]")


def _blacked_out(national_number: str) -> bool:
    text = national_number.strip()
    return not re.search(r"[0-9]", text) or _MASKED.search(text) is not None


def _passed(ok: bool) -> CheckResult:
    return CheckResult.PASSED if ok else CheckResult.FAILED


def evaluate_id_copy(
    fields: IdCopyFields, *, requester_name: str, received: date
) -> dict[IdentityCheck, CheckResult]:
    """The checks an ID copy allows, as the officer types what it shows (the live panel).

    An empty field is NOT_CHECKED; a blacked-out national register number makes it and the
    birth date NOT_APPLICABLE. DATED and SIGNED are not on the copy: see
    :func:`evaluate_request_date` and the officer's own judgement of the signature.
    """
    kind = _kind(fields.document_type)
    results: dict[IdentityCheck, CheckResult] = {}

    if kind in _ONE_SIDED_KINDS:
        results[IdentityCheck.RECTO_VERSO] = (
            CheckResult.PASSED if fields.recto_present else CheckResult.NOT_CHECKED
        )
    elif fields.recto_present and fields.verso_present:
        results[IdentityCheck.RECTO_VERSO] = CheckResult.PASSED
    elif fields.recto_present or fields.verso_present:
        results[IdentityCheck.RECTO_VERSO] = CheckResult.FAILED
    else:
        results[IdentityCheck.RECTO_VERSO] = CheckResult.NOT_CHECKED

    if fields.expiry is None:
        results[IdentityCheck.NOT_EXPIRED] = CheckResult.NOT_CHECKED
    else:
        results[IdentityCheck.NOT_EXPIRED] = _passed(not expired_on(fields.expiry, received))

    if not fields.name.strip():
        results[IdentityCheck.NAME_MATCH] = CheckResult.NOT_CHECKED
    else:
        results[IdentityCheck.NAME_MATCH] = _passed(name_on_document(requester_name, fields.name))

    if not fields.card_number.strip():
        results[IdentityCheck.CARD_NUMBER] = CheckResult.NOT_CHECKED
    elif kind in _EID_KINDS:
        results[IdentityCheck.CARD_NUMBER] = _passed(valid_eid_card_number(fields.card_number))
    else:
        # Passports and residence cards have numbers without a checksum we can verify.
        results[IdentityCheck.CARD_NUMBER] = CheckResult.NOT_APPLICABLE

    if _blacked_out(fields.national_number):
        # Blacked out, as the person may do: nothing to check, and nothing wrong.
        results[IdentityCheck.NATIONAL_NUMBER] = CheckResult.NOT_APPLICABLE
        results[IdentityCheck.BIRTH_DATE] = CheckResult.NOT_APPLICABLE
    else:
        valid = valid_national_number(fields.national_number)
        results[IdentityCheck.NATIONAL_NUMBER] = _passed(valid)
        if not valid or fields.birth_date is None:
            results[IdentityCheck.BIRTH_DATE] = CheckResult.NOT_CHECKED
        elif birth_date_from_national_number(fields.national_number) is None:
            # Issued without a known birth date (month or day 00): nothing to compare.
            results[IdentityCheck.BIRTH_DATE] = CheckResult.NOT_APPLICABLE
        else:
            results[IdentityCheck.BIRTH_DATE] = _passed(
                birth_date_consistent(fields.national_number, fields.birth_date)
            )
    return results


# For an ID copy these must have passed (see the module's docstring) …
REQUIRED_FOR_ID_COPY = frozenset(
    {IdentityCheck.RECTO_VERSO, IdentityCheck.NOT_EXPIRED, IdentityCheck.NAME_MATCH}
)
# … and these must at least have been looked at: passed, or not applicable.
MUST_BE_CHECKED_FOR_ID_COPY = frozenset({IdentityCheck.CARD_NUMBER})


def blocking_checks(results: Mapping[IdentityCheck, CheckResult]) -> list[IdentityCheck]:
    """The checks that keep an ID copy from establishing identity, in the panel's order.

    Every failed check; every required check that has not passed; the card number while it
    has not been read.
    """
    blocking: list[IdentityCheck] = []
    for check in IdentityCheck:
        result = results.get(check, CheckResult.NOT_CHECKED)
        if (
            result is CheckResult.FAILED
            or (check in REQUIRED_FOR_ID_COPY and result is not CheckResult.PASSED)
            or (
                check in MUST_BE_CHECKED_FOR_ID_COPY
                and result not in (CheckResult.PASSED, CheckResult.NOT_APPLICABLE)
            )
        ):
            blocking.append(check)
    return blocking


def identity_established(results: Mapping[IdentityCheck, CheckResult]) -> bool:
    """Nothing failed, the required checks passed and the card number was read."""
    return not blocking_checks(results)
