"""Identity checks on a request and its ID copy."""

from __future__ import annotations

from datetime import date

import pytest

from privacydesk.core.identity import (
    CheckResult,
    IdCopyFields,
    IdentityCheck,
    birth_date_consistent,
    birth_date_from_national_number,
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


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("85.07.30-033.28", True),  # born 1985, separators as printed on the card
        ("85073003328", True),
        ("85 07 30 033 28", True),
        ("85073003329", False),  # wrong check digits
        ("17073003384", True),  # born 2017: a 2 is put before the number for the mod 97
        ("17073003312", False),  # check digits wrong for either century
        ("98472899765", True),  # BIS number (month + 40): a foreigner's identifier
        ("8507300332", False),  # too short
        ("850730033288", False),  # too long
        ("85O73003328", False),  # a letter O instead of a zero
        ("", False),
    ],
)
def test_national_register_numbers(number: str, valid: bool) -> None:
    assert valid_national_number(number) is valid


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("591-1917064-58", True),
        ("591191706458", True),
        ("591191706459", False),
        ("000000009797", True),  # first ten digits mod 97 = 0: check digits are 97
        ("000000009700", False),
        ("59119170645", False),  # 11 digits
        ("", False),
    ],
)
def test_eid_card_numbers(number: str, valid: bool) -> None:
    assert valid_eid_card_number(number) is valid


def test_birth_date_from_the_national_number() -> None:
    assert birth_date_from_national_number("85.07.30-033.28") == date(1985, 7, 30)
    assert birth_date_from_national_number("17073003384") == date(2017, 7, 30)
    assert birth_date_consistent("85073003328", date(1985, 7, 30))
    assert not birth_date_consistent("85073003328", date(1985, 7, 31))


def test_an_id_is_valid_through_its_expiry_date() -> None:
    assert not expired_on(date(2026, 11, 20), date(2026, 11, 20))
    assert expired_on(date(2026, 11, 19), date(2026, 11, 20))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Éloïse Van den Broeck", "van den broeck eloise", True),
        ("Dubois-Mérö, François", "François Dubois Mérö", True),
        ("  JAN   PEETERS ", "Peeters Jan", True),
        ("Jan Peeters", "Jan Peters", False),
        ("Jan Peeters", "Jan Peeters Junior", False),
        ("", "", False),
    ],
)
def test_names_match_regardless_of_accents_case_and_order(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same


@pytest.mark.parametrize(
    ("requester", "document", "same"),
    [
        (
            "Éloïse Van den Broeck",
            "VAN DEN BROECK Éloïse Marie",
            True,
        ),  # all given names on the card
        ("Éloïse Marie Van den Broeck", "VAN DEN BROECK Éloïse", False),  # more than the card says
        ("Éloïse Van den Broeck", "VAN DEN BROECK Chloé Marie", False),
        ("Broeck", "VAN DEN BROECK Éloïse", False),  # one word identifies no one
    ],
)
def test_the_requester_is_named_on_the_document(requester: str, document: str, same: bool) -> None:
    assert name_on_document(requester, document) is same


def test_only_the_last_digits_of_a_card_number_are_kept() -> None:
    assert last_digits("591-1917064-58") == "458"


def _fields(**changes: object) -> IdCopyFields:
    values: dict[str, object] = {
        "name": "Van den Broeck Éloïse",
        "card_number": "591-1917064-58",
        "national_number": "85.07.30-033.28",
        "birth_date": date(1985, 7, 30),
        "expiry": date(2030, 1, 1),
        "document_type": "eID",
        "recto_present": True,
        "verso_present": True,
    }
    values.update(changes)
    return IdCopyFields(**values)  # type: ignore[arg-type]


def test_a_good_id_copy_passes_every_check() -> None:
    results = evaluate_id_copy(
        _fields(), requester_name="Éloïse Van den Broeck", received=date(2026, 11, 20)
    )
    assert all(r is CheckResult.PASSED for r in results.values())
    assert identity_established(results)


def test_a_blacked_out_national_number_is_allowed() -> None:
    results = evaluate_id_copy(
        _fields(national_number=""),
        requester_name="Éloïse Van den Broeck",
        received=date(2026, 11, 20),
    )
    assert results[IdentityCheck.NATIONAL_NUMBER] is CheckResult.NOT_APPLICABLE
    assert identity_established(results)


@pytest.mark.parametrize(
    ("changes", "check"),
    [
        ({"verso_present": False}, IdentityCheck.RECTO_VERSO),
        ({"expiry": date(2026, 11, 19)}, IdentityCheck.NOT_EXPIRED),
        ({"name": "Jan Peeters"}, IdentityCheck.NAME_MATCH),
        ({"card_number": "591191706459"}, IdentityCheck.CARD_NUMBER),
        ({"birth_date": date(1985, 7, 31)}, IdentityCheck.BIRTH_DATE),
    ],
)
def test_each_failed_check_blocks_identification(
    changes: dict[str, object], check: IdentityCheck
) -> None:
    results = evaluate_id_copy(
        _fields(**changes), requester_name="Éloïse Van den Broeck", received=date(2026, 11, 20)
    )
    assert results[check] is CheckResult.FAILED
    assert not identity_established(results)


def test_empty_fields_are_not_checked_yet_and_do_not_establish_identity() -> None:
    results = evaluate_id_copy(IdCopyFields(), requester_name="X", received=date(2026, 11, 20))
    assert results[IdentityCheck.NAME_MATCH] is CheckResult.NOT_CHECKED
    assert not identity_established(results)


def test_a_request_must_be_dated_not_after_receipt() -> None:
    assert evaluate_request_date(None, date(2026, 11, 20)) is CheckResult.FAILED
    assert evaluate_request_date(date(2026, 11, 21), date(2026, 11, 20)) is CheckResult.FAILED
    assert evaluate_request_date(date(2026, 11, 18), date(2026, 11, 20)) is CheckResult.PASSED
