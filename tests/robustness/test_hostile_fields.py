"""Field values typed, pasted or imported into a case: each is stored and reads back as
given, or is refused with a sentence that leaves the register as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from privacydesk.core.identity import IdCopyFields
from privacydesk.core.rights import Right
from privacydesk.services import Services
from tests.conftest import TODAY
from tests.robustness.conftest import refused_or_done
from tests.services.helpers import new_request

STRANGE_TEXTS = {
    "empty": "",
    "spaces": "   ",
    "tabs-newlines": "\t\n\r\n",
    "zero-width": "\u200b\u200c\u200d",
    "word-joiners": "\u2060\ufeff",
    "bidi-override": "\u202egnaL\u202c",
    "bidi-only": "\u202e\u202c",
    "hangul-filler": "\u3164",
    "combining-only": "\u0301\u0308",
    "lone-high-surrogate": "Jan \ud800",
    "lone-low-surrogate": "\udc80Piet",
    "nul": "Jan\x00Janssens",
    "escape-sequence": "\x1b[31mrood\x1b[0m",
    "formula": '=HYPERLINK("http://x","klik")',
    "formula-plus": "+32 9 123 45 67",
    "formula-at": "@SUM(A1)",
    "sql": 'Robert\'); DROP TABLE "case";--',
    "html": "<script>alert(1)</script>",
    "very-long": "Van den Broeck " * 2000,
    "emoji": "Éloïse 👩‍💻",
    "rtl": "محمد العلي",
    "cjk": "山田太郎",
    "private-use": "\ue000\ue001",
    "noncharacter": "\ufffe\uffff",
    "line-separator": "Jan\u2028Piet",
}


def test_the_field_corpus_is_large_enough() -> None:
    assert len(STRANGE_TEXTS) * 3 + len(_BAD_DATES) >= 75


@pytest.mark.parametrize("key", sorted(STRANGE_TEXTS))
def test_a_strange_requester_name(register: Services, key: str) -> None:
    text = STRANGE_TEXTS[key]
    case, refusal = refused_or_done(register, lambda: register.cases.register(new_request(text)))
    if refusal is None:
        assert register.cases.get(case.id).requester.name == text.strip()
    if key in (
        "empty",
        "spaces",
        "tabs-newlines",
        "zero-width",
        "word-joiners",
        "bidi-only",
        "hangul-filler",
        "combining-only",
        "lone-high-surrogate",
        "lone-low-surrogate",
    ):
        assert refusal is not None, "a name nobody can read was registered"


@pytest.mark.parametrize("key", sorted(STRANGE_TEXTS))
def test_strange_notes(register: Services, case_id: int, key: str) -> None:
    text = STRANGE_TEXTS[key]
    _case, refusal = refused_or_done(register, lambda: register.cases.update_notes(case_id, text))
    if refusal is None:
        assert register.cases.get(case_id).notes == text
    if "surrogate" in key:
        assert refusal is not None and "ongeldig teken" in refusal


@pytest.mark.parametrize("key", sorted(STRANGE_TEXTS))
def test_strange_reasons_and_id_copy_fields(register: Services, case_id: int, key: str) -> None:
    text = STRANGE_TEXTS[key]
    refused_or_done(register, lambda: register.cases.extend(case_id, text))
    refused_or_done(register, lambda: register.identity.waive(case_id, text))
    fields = IdCopyFields(name=text, card_number=text, national_number=text, document_type=text)
    refused_or_done(
        register,
        lambda: register.identity.record_checks(
            case_id, register.identity.evaluate(case_id, fields), fields=fields
        ),
    )


_BAD_DATES = {
    "received-tomorrow": {"received": date.fromordinal(TODAY.toordinal() + 1)},
    "received-year-1": {"received": date(1, 1, 1)},
    "received-year-9999": {"received": date(9999, 12, 31)},
    "letter-after-receipt": {"letter_date": TODAY},
    "letter-in-future": {"letter_date": date(2100, 1, 1)},
    "no-rights": {"rights": []},
}


@pytest.mark.parametrize("key", sorted(_BAD_DATES))
def test_impossible_dates_and_empty_rights_are_refused(register: Services, key: str) -> None:
    request = replace(
        new_request(received=date(2026, 11, 20), rights=(Right.ACCESS,)), **_BAD_DATES[key]
    )
    if key == "letter-after-receipt":
        request = replace(request, received=date(2026, 11, 1))
    _case, refusal = refused_or_done(register, lambda: register.cases.register(request))
    assert refusal is not None


@pytest.mark.parametrize(
    "email", ["a", "a@", "@b.be", "a b@c.be", "a@b", "\ud800@b.be", "x" * 5000 + "@b.be"]
)
def test_strange_email_addresses(register: Services, email: str) -> None:
    refused_or_done(register, lambda: register.cases.register(new_request(email=email)))
