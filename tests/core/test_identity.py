"""Identity checks on a request and its ID copy, as the officer types what the copy shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from privacydesk.core.identity import (
    CHECK_RESULT_LABEL_NL,
    IDENTITY_CHECK_LABEL_NL,
    IDENTITY_METHOD_LABEL_NL,
    CheckResult,
    IdCopyFields,
    IdentityCheck,
    IdentityMethod,
    birth_date_consistent,
    birth_date_from_national_number,
    blocking_checks,
    evaluate_id_copy,
    evaluate_request_date,
    expired_on,
    identity_established,
    last_digits,
    name_on_document,
    names_match,
    valid_eid_card_number,
    valid_national_number,
)

RECEIVED = date(2026, 11, 20)
REQUESTER = "Éloïse Van den Broeck"


# -- National register numbers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("85.07.30-033.28", True),  # born 1985, printed as on the card
        ("85073003328", True),
        ("85 07 30 033 28", True),
        (" 85.07.30-033.28 ", True),
        ("17073003384", True),  # born 2017: a 2 goes before the number for the mod 97
        ("01010112301", True),  # born 2001
        ("00022900244", True),  # born 29 February 2000
        ("98472899765", True),  # BIS number, month + 40 (sex known): a foreigner
        ("98272899722", True),  # BIS number, month + 20 (sex unknown)
        ("85000112380", True),  # birth month and day unknown when the number was issued
        ("85073003329", False),  # check digits off by one
        ("17073003312", False),  # check digits wrong for either century
        ("85130100102", False),  # right check digits, but there is no 13th month
        ("85330100145", False),  # BIS month out of range (only +20 or +40)
        ("85610100147", False),
        ("8507300332", False),  # ten digits
        ("850730033288", False),  # twelve digits
        ("85O73003328", False),  # a letter O instead of a zero
        ("8507300332A", False),
        ("٨٥٠٧٣٠٠٣٣٢٨", False),  # Arabic-Indic digits are digits to Python, not to the register
        ("", False),
        ("onleesbaar", False),
    ],
)
def test_national_register_numbers(number: str, valid: bool) -> None:
    assert valid_national_number(number) is valid


@pytest.mark.parametrize(
    ("number", "born"),
    [
        ("85.07.30-033.28", date(1985, 7, 30)),
        ("17073003384", date(2017, 7, 30)),  # not 1917: the checksum tells the century
        ("00022900244", date(2000, 2, 29)),
        ("98472899765", date(1998, 7, 28)),  # BIS: the +40 is taken off the month
        ("98272899722", date(1998, 7, 28)),  # BIS: the +20 likewise
        ("85000112380", None),  # issued without a known birth date
        ("99022900257", None),  # 29 February 1999 does not exist: day unknown
        ("85073003329", None),  # invalid numbers encode nothing
    ],
)
def test_the_birth_date_in_a_national_register_number(number: str, born: date | None) -> None:
    assert birth_date_from_national_number(number) == born


def test_the_birth_date_on_the_card_must_be_the_one_in_the_number() -> None:
    assert birth_date_consistent("85.07.30-033.28", date(1985, 7, 30))
    assert not birth_date_consistent("85.07.30-033.28", date(1985, 7, 31))
    assert not birth_date_consistent("17073003384", date(1917, 7, 30))
    assert birth_date_consistent("98472899765", date(1998, 7, 28))
    assert not birth_date_consistent("85073003329", date(1985, 7, 30))  # invalid number


# -- eID card numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("591-1917064-58", True),  # as printed on the card
        ("591191706458", True),
        ("591 1917064 58", True),
        ("000-0011032-71", True),
        ("591-2010999-97", True),  # first ten digits a multiple of 97: check digits are 97
        ("000000009797", True),
        ("591-2010999-00", False),  # …not 00
        ("591191706459", False),  # check digits off by one
        ("59119170645", False),  # eleven digits
        ("5911917064580", False),  # thirteen digits
        ("591-191706A-58", False),
        ("000000000000", False),
        ("", False),
    ],
)
def test_eid_card_numbers(number: str, valid: bool) -> None:
    assert valid_eid_card_number(number) is valid


def test_only_the_last_digits_of_a_card_number_are_kept() -> None:
    assert last_digits("591-1917064-58") == "458"
    assert last_digits("591-1917064-58", 4) == "6458"
    assert last_digits("EH 12 34 56") == "456"  # a passport number has letters
    assert last_digits("591-1917064-58", 0) == ""
    assert last_digits("") == ""


# -- Expiry -------------------------------------------------------------------------------


def test_an_id_expiring_on_the_day_of_receipt_was_still_valid_that_day() -> None:
    assert not expired_on(date(2026, 11, 20), RECEIVED)
    assert expired_on(date(2026, 11, 19), RECEIVED)
    assert not expired_on(date(2031, 1, 1), RECEIVED)


# -- Names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Éloïse Van den Broeck", "van den broeck eloise", True),
        ("Dubois-Mérö, François", "François Dubois Mérö", True),  # hyphen and comma
        ("  JAN   PEETERS ", "Peeters Jan", True),
        ("Jean-Pierre Lefèvre", "LEFEVRE Jean Pierre", True),
        ("Søren Kierkegaard", "Soren Kierkegaard", True),  # ø has no decomposition
        ("Łucja Wiśniewska", "Lucja Wisniewska", True),
        ("Bénédicte D'Hondt", "Benedicte D’Hondt", True),  # straight or curly apostrophe
        ("Bénédicte D'Hondt", "Bénédicte Dhondt", True),
        ("Иван Петров", "петров иван", True),  # names in other scripts compare too
        ("Jan Peeters", "Jan Peters", False),  # a near miss is for the officer to judge
        ("Jan Peeters", "Jan Peeters Junior", False),
        ("Jan Peeters", "Jan Jan Peeters", False),
        ("Jan Peeters", "Peeters", False),
        ("Łukasz Nowak", "Ukasz Nowak", False),  # Ł is a letter, not decoration
        ("Van den Broeck Éloïse", "Vandenbroeck Éloïse", False),  # a different spelling
        ("", "", False),
        ("---", "...", False),
    ],
)
def test_names_match_regardless_of_accents_case_order_and_punctuation(
    a: str, b: str, same: bool
) -> None:
    assert names_match(a, b) is same
    assert names_match(b, a) is same


@pytest.mark.parametrize(
    ("requester", "document", "same"),
    [
        ("Éloïse Van den Broeck", "VAN DEN BROECK Éloïse Marie", True),  # all given names
        ("Éloïse Van den Broeck", "VAN DEN BROECK, ÉLOÏSE", True),
        ("Éloïse Marie Van den Broeck", "VAN DEN BROECK Éloïse", False),  # more than the card
        ("Éloïse Van den Broeck", "VAN DEN BROECK Chloé Marie", False),
        ("Broeck", "VAN DEN BROECK Éloïse", False),  # one word identifies no one
        ("Madonna", "MADONNA", True),  # unless the document says no more either
        ("", "VAN DEN BROECK Éloïse", False),
    ],
)
def test_the_requester_is_named_on_the_document(requester: str, document: str, same: bool) -> None:
    assert name_on_document(requester, document) is same


# -- The request's date -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("letter_date", "result"),
    [
        (None, CheckResult.FAILED),  # undated
        (date(2026, 11, 18), CheckResult.PASSED),
        (RECEIVED, CheckResult.PASSED),  # written and delivered the same day
        (date(2026, 11, 21), CheckResult.FAILED),  # dated after it arrived
    ],
)
def test_a_request_must_be_dated_and_not_after_receipt(
    letter_date: date | None, result: CheckResult
) -> None:
    assert evaluate_request_date(letter_date, RECEIVED) is result


def test_a_request_dated_in_the_future_fails() -> None:
    assert (
        evaluate_request_date(date(2026, 11, 20), date(2026, 11, 25), today=date(2026, 11, 19))
        is CheckResult.FAILED
    )
    assert (
        evaluate_request_date(date(2026, 11, 19), date(2026, 11, 19), today=date(2026, 11, 19))
        is CheckResult.PASSED
    )


# -- The ID copy --------------------------------------------------------------------------

GOOD = IdCopyFields(
    name="VAN DEN BROECK Éloïse Marie",
    card_number="591-1917064-58",
    national_number="85.07.30-033.28",
    birth_date=date(1985, 7, 30),
    expiry=date(2030, 1, 1),
    document_type="eID",
    recto_present=True,
    verso_present=True,
)


def _evaluate(fields: IdCopyFields) -> dict[IdentityCheck, CheckResult]:
    return evaluate_id_copy(fields, requester_name=REQUESTER, received=RECEIVED)


def test_a_good_eid_copy_passes_every_check_and_establishes_identity() -> None:
    results = _evaluate(GOOD)
    assert set(results) == {
        IdentityCheck.RECTO_VERSO,
        IdentityCheck.NOT_EXPIRED,
        IdentityCheck.NAME_MATCH,
        IdentityCheck.CARD_NUMBER,
        IdentityCheck.NATIONAL_NUMBER,
        IdentityCheck.BIRTH_DATE,
    }
    assert all(result is CheckResult.PASSED for result in results.values())
    assert identity_established(results)


@pytest.mark.parametrize("blacked_out", ["", "   ", "xx.xx.xx-xxx.xx", "85.07.30-***.**", "████"])
def test_a_blacked_out_national_number_is_allowed(blacked_out: str) -> None:
    results = _evaluate(replace(GOOD, national_number=blacked_out))
    assert results[IdentityCheck.NATIONAL_NUMBER] is CheckResult.NOT_APPLICABLE
    assert results[IdentityCheck.BIRTH_DATE] is CheckResult.NOT_APPLICABLE
    assert identity_established(results)


@pytest.mark.parametrize(
    ("changes", "check"),
    [
        ({"verso_present": False}, IdentityCheck.RECTO_VERSO),
        ({"recto_present": False}, IdentityCheck.RECTO_VERSO),
        ({"expiry": date(2026, 11, 19)}, IdentityCheck.NOT_EXPIRED),  # the day before receipt
        ({"name": "PEETERS Jan"}, IdentityCheck.NAME_MATCH),
        ({"name": "VAN DEN BROEK Éloïse"}, IdentityCheck.NAME_MATCH),  # one letter off
        ({"card_number": "591-1917064-59"}, IdentityCheck.CARD_NUMBER),
        ({"national_number": "85.07.30-033.29"}, IdentityCheck.NATIONAL_NUMBER),
        ({"birth_date": date(1985, 7, 31)}, IdentityCheck.BIRTH_DATE),
    ],
)
def test_each_failed_check_blocks_identification(
    changes: dict[str, object], check: IdentityCheck
) -> None:
    results = _evaluate(replace(GOOD, **changes))  # type: ignore[arg-type]
    assert results[check] is CheckResult.FAILED
    assert not identity_established(results)


def test_an_id_expiring_on_the_day_of_receipt_passes() -> None:
    results = _evaluate(replace(GOOD, expiry=RECEIVED))
    assert results[IdentityCheck.NOT_EXPIRED] is CheckResult.PASSED


def test_an_empty_form_is_not_checked_yet_and_establishes_nothing() -> None:
    results = _evaluate(IdCopyFields())
    for check in (
        IdentityCheck.RECTO_VERSO,
        IdentityCheck.NOT_EXPIRED,
        IdentityCheck.NAME_MATCH,
        IdentityCheck.CARD_NUMBER,
    ):
        assert results[check] is CheckResult.NOT_CHECKED
    assert not identity_established(results)


def test_what_blocks_identification_is_named_in_the_panels_order() -> None:
    results = _evaluate(replace(GOOD, verso_present=False, card_number="", expiry=None))
    assert blocking_checks(results) == [
        IdentityCheck.RECTO_VERSO,  # failed: one side only
        IdentityCheck.NOT_EXPIRED,  # required, not read
        IdentityCheck.CARD_NUMBER,  # must be read
    ]
    assert blocking_checks(_evaluate(GOOD)) == []


@pytest.mark.parametrize("missing", ["expiry", "name", "card_number"])
def test_identity_needs_the_expiry_the_name_and_the_card_number_read(missing: str) -> None:
    empty: object = None if missing == "expiry" else ""
    results = _evaluate(replace(GOOD, **{missing: empty}))  # type: ignore[arg-type]
    assert CheckResult.FAILED not in results.values()
    assert not identity_established(results)


def test_a_birth_date_left_empty_is_not_checked_but_does_not_block() -> None:
    results = _evaluate(replace(GOOD, birth_date=None))
    assert results[IdentityCheck.NATIONAL_NUMBER] is CheckResult.PASSED
    assert results[IdentityCheck.BIRTH_DATE] is CheckResult.NOT_CHECKED
    assert identity_established(results)


def test_a_number_issued_without_a_known_birth_date_has_nothing_to_compare() -> None:
    results = _evaluate(replace(GOOD, national_number="85000112380"))
    assert results[IdentityCheck.NATIONAL_NUMBER] is CheckResult.PASSED
    assert results[IdentityCheck.BIRTH_DATE] is CheckResult.NOT_APPLICABLE


def test_a_foreigners_bis_number_is_checked_like_a_national_number() -> None:
    results = _evaluate(
        replace(
            GOOD,
            document_type="verblijfskaart",
            card_number="B 1234567 89",
            national_number="98.47.28-997.65",
            birth_date=date(1998, 7, 28),
        )
    )
    assert results[IdentityCheck.NATIONAL_NUMBER] is CheckResult.PASSED
    assert results[IdentityCheck.BIRTH_DATE] is CheckResult.PASSED
    # A residence card's number carries no eID checksum: read, but nothing to verify.
    assert results[IdentityCheck.CARD_NUMBER] is CheckResult.NOT_APPLICABLE
    assert identity_established(results)


def test_a_passport_has_only_a_photo_page_to_copy() -> None:
    passport = replace(GOOD, document_type="paspoort", card_number="EH123456", verso_present=False)
    results = _evaluate(passport)
    assert results[IdentityCheck.RECTO_VERSO] is CheckResult.PASSED
    assert results[IdentityCheck.CARD_NUMBER] is CheckResult.NOT_APPLICABLE
    assert identity_established(results)
    no_copy = _evaluate(replace(passport, recto_present=False))
    assert no_copy[IdentityCheck.RECTO_VERSO] is CheckResult.NOT_CHECKED
    assert not identity_established(no_copy)


@pytest.mark.parametrize("document_type", ["eID", "EID", "e-ID", "Kids-ID", "identiteitskaart"])
def test_the_eid_checksum_applies_to_belgian_identity_cards(document_type: str) -> None:
    results = _evaluate(replace(GOOD, document_type=document_type, card_number="591191706459"))
    assert results[IdentityCheck.CARD_NUMBER] is CheckResult.FAILED


def test_a_failed_request_date_or_signature_blocks_even_a_perfect_copy() -> None:
    results = _evaluate(GOOD)
    assert not identity_established({**results, IdentityCheck.DATED: CheckResult.FAILED})
    assert not identity_established({**results, IdentityCheck.SIGNED: CheckResult.FAILED})
    assert identity_established({**results, IdentityCheck.SIGNED: CheckResult.NOT_APPLICABLE})


def test_every_value_has_a_dutch_label() -> None:
    assert set(IDENTITY_CHECK_LABEL_NL) == set(IdentityCheck)
    assert set(CHECK_RESULT_LABEL_NL) == set(CheckResult)
    assert set(IDENTITY_METHOD_LABEL_NL) == set(IdentityMethod)
    assert all(label.strip() for label in IDENTITY_CHECK_LABEL_NL.values())
