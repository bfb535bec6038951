"""Registering requests and moving them through their life cycle, as the officer does."""

from __future__ import annotations

from datetime import date

import pytest

from privacydesk.core.case import IntakeError
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.workflow import Status
from privacydesk.services import Services
from privacydesk.services.cases import CaseRuleError
from tests.conftest import Clock
from tests.services.helpers import new_request


def test_new_requests_get_running_references_per_year_of_receipt(services: Services) -> None:
    first = services.cases.register(new_request(received=date(2026, 1, 5)))
    second = services.cases.register(new_request("Jan Peeters", received=date(2026, 3, 1)))
    older = services.cases.register(new_request("Noël Lemaître", received=date(2025, 12, 30)))
    assert [first.reference, second.reference, older.reference] == [
        "PD-2026-0001",
        "PD-2026-0002",
        "PD-2025-0001",
    ]


def test_a_reference_is_never_reused_even_after_the_counter_row_was_read(
    services: Services,
) -> None:
    refs = {services.cases.register(new_request(f"Persoon {i}")).reference for i in range(5)}
    assert len(refs) == 5
    assert services.cases.find("pd-2026-0003").requester.name == "Persoon 2"


def test_registering_keeps_every_field_and_the_persons_own_words(services: Services) -> None:
    request = new_request(rights=(Right.ERASURE, Right.OBJECTION_DIRECT_MARKETING))
    case = services.cases.register(request)
    loaded = services.cases.get(case.id)
    assert loaded.requester.name == "Éloïse Van den Broeck"
    assert loaded.requester.address == "Kerkstraat 12\n9000 Gent"
    assert [r.right for r in loaded.rights] == [Right.ERASURE, Right.OBJECTION_DIRECT_MARKETING]
    assert loaded.rights[0].words == "Ik vraag: erasure"
    assert loaded.status is Status.RECEIVED


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"received": date(2026, 11, 26)}, "received"),
        ({"rights": ()}, "rights"),
        ({"email": "not-an-address"}, "email"),
    ],
    ids=["no-name", "received-in-the-future", "no-right", "bad-email"],
)
def test_an_incomplete_request_is_refused_naming_the_field(
    services: Services, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(IntakeError) as caught:
        services.cases.register(new_request(**changes))  # type: ignore[arg-type]
    assert caught.value.field_name == field
    assert services.cases.count() == 0
    assert services.audit.all() == []


def test_registering_writes_an_audit_event_with_who_and_what(services: Services) -> None:
    case = services.cases.register(new_request())
    (event,) = services.audit.for_case(case.id)
    assert event.action == "case.registered"
    assert event.actor == "officer"
    assert event.case_reference == case.reference
    assert event.details["rights"] == ["access"]


def test_status_changes_follow_the_life_cycle(services: Services) -> None:
    case = services.cases.register(new_request())
    with pytest.raises(CaseRuleError):
        services.cases.change_status(case.id, Status.CLOSED)
    services.cases.change_status(case.id, Status.AWAITING_IDENTIFICATION)
    assert services.cases.get(case.id).identification_requested_on == date(2026, 11, 25)


def test_work_starts_only_once_identity_is_verified_or_waived(services: Services) -> None:
    case = services.cases.register(new_request())
    with pytest.raises(CaseRuleError, match="identiteit"):
        services.cases.change_status(case.id, Status.IN_PROGRESS)
    services.identity.waive(case.id, "Bekende klant, schrijft vanaf het adres in ons bestand")
    assert services.cases.change_status(case.id, Status.IN_PROGRESS).status is Status.IN_PROGRESS


def test_answering_records_the_answer_date_and_closing_follows(
    services: Services, clock: Clock
) -> None:
    case = services.cases.register(new_request())
    services.identity.mark_verified(case.id, "known_customer")
    services.cases.change_status(case.id, Status.IN_PROGRESS)
    clock.set_day(date(2026, 12, 1))
    answered = services.cases.change_status(case.id, Status.ANSWERED)
    assert answered.answered_on == date(2026, 12, 1)
    assert services.cases.change_status(case.id, Status.CLOSED).status is Status.CLOSED


def test_a_refusal_needs_a_legal_ground_that_fits_the_right(services: Services) -> None:
    case = services.cases.register(new_request(rights=(Right.ERASURE,)))
    with pytest.raises(CaseRuleError, match="rechtsgrond"):
        services.cases.record_outcome(case.id, 0, Outcome.REFUSED)
    with pytest.raises(CaseRuleError):
        services.cases.record_outcome(case.id, 0, Outcome.REFUSED, LegalGround.DATA_ACCURATE)
    updated = services.cases.record_outcome(
        case.id, 0, Outcome.REFUSED, LegalGround.LEGAL_OBLIGATION, "Fiscale bewaarplicht"
    )
    assert updated.rights[0].outcome is Outcome.REFUSED
    assert updated.rights[0].ground is LegalGround.LEGAL_OBLIGATION


def test_an_objection_to_direct_marketing_cannot_be_refused_on_the_merits(
    services: Services,
) -> None:
    case = services.cases.register(new_request(rights=(Right.OBJECTION_DIRECT_MARKETING,)))
    with pytest.raises(CaseRuleError):
        services.cases.record_outcome(
            case.id, 0, Outcome.REFUSED, LegalGround.COMPELLING_LEGITIMATE_GROUNDS
        )


def test_extension_needs_reasons_and_is_refused_after_the_first_deadline(
    services: Services, clock: Clock
) -> None:
    early = services.cases.register(new_request(received=date(2026, 11, 2)))
    with pytest.raises(CaseRuleError, match="waarom"):
        services.cases.extend(early.id, "  ")
    extended = services.cases.extend(early.id, "Complex: gegevens in drie systemen")
    assert extended.extended and extended.status is Status.EXTENDED
    assert services.cases.deadline(early.id).due == date(2027, 2, 2)

    late = services.cases.register(new_request("Jan Peeters", received=date(2026, 10, 12)))
    with pytest.raises(CaseRuleError, match="eerste termijn"):
        services.cases.extend(late.id, "Complex")
    forced = services.cases.extend(late.id, "Complex", override_reason="Akkoord DPO, zie mail")
    assert forced.extended
    event = services.audit.for_case(late.id)[-1]
    assert event.action == "case.extended"
    assert event.details["override"] == "Akkoord DPO, zie mail"


def test_art_19_recipient_notices_are_kept_on_the_case(services: Services) -> None:
    case = services.cases.register(new_request(rights=(Right.RECTIFICATION,)))
    updated = services.cases.add_recipient_notice(
        case.id, "Boekhoudkantoor Vandamme", date(2026, 11, 24), "e-mail"
    )
    assert [(n.recipient, n.how) for n in updated.recipients] == [
        ("Boekhoudkantoor Vandamme", "e-mail")
    ]
    with pytest.raises(CaseRuleError):
        services.cases.add_recipient_notice(case.id, "X", date(2026, 12, 24), "e-mail")


def test_the_case_list_carries_deadline_state(services: Services, clock: Clock) -> None:
    services.cases.register(new_request(received=date(2026, 10, 1)))
    services.cases.register(new_request("Jan Peeters", received=date(2026, 11, 24)))
    summaries = {s.requester_name: s for s in services.cases.list_cases()}
    assert summaries["Éloïse Van den Broeck"].deadline.state.value == "overdue"
    assert summaries["Jan Peeters"].deadline.state.value == "on_time"


def test_a_case_cannot_be_closed_without_an_answer_date(services: Services) -> None:
    case = services.cases.register(new_request())
    services.identity.waive(case.id, "Bekende klant")
    services.cases.change_status(case.id, Status.IN_PROGRESS)
    services.cases.change_status(case.id, Status.ANSWERED)
    # Someone cleared the answer date by hand in an older version: closing must refuse.
    from privacydesk.store.models import CaseRow

    with services.ctx.transaction() as session:
        row = session.get(CaseRow, case.id)
        row.answered_on = None
        session.add(row)
    with pytest.raises(CaseRuleError, match="antwoorddatum"):
        services.cases.change_status(case.id, Status.CLOSED)
    # The way out: reopen and answer again, with the day the answer went out.
    services.cases.change_status(case.id, Status.IN_PROGRESS)
    services.cases.change_status(case.id, Status.ANSWERED, answered_on=date(2026, 11, 24))
    assert services.cases.change_status(case.id, Status.CLOSED).status is Status.CLOSED


def test_a_refusal_counts_as_the_answer_and_a_withdrawal_closes_without_one(
    services: Services,
) -> None:
    refused = services.cases.register(new_request())
    assert services.cases.change_status(refused.id, Status.REFUSED).answered_on == date(
        2026, 11, 25
    )
    withdrawn = services.cases.register(new_request("Jan Peeters"))
    services.cases.change_status(withdrawn.id, Status.WITHDRAWN)
    closed = services.cases.change_status(withdrawn.id, Status.CLOSED)
    assert closed.status is Status.CLOSED and closed.answered_on is None


def test_the_answer_date_can_be_the_day_the_answer_went_out(
    services: Services, clock: Clock
) -> None:
    case = services.cases.register(new_request(received=date(2026, 10, 20)))
    services.identity.waive(case.id, "Bekende klant")
    services.cases.change_status(case.id, Status.IN_PROGRESS)
    with pytest.raises(CaseRuleError, match="toekomst"):
        services.cases.change_status(case.id, Status.ANSWERED, answered_on=date(2026, 11, 26))
    answered = services.cases.change_status(
        case.id, Status.ANSWERED, answered_on=date(2026, 11, 20)
    )
    assert answered.answered_on == date(2026, 11, 20)
    assert services.cases.deadline(case.id).state.value == "answered_on_time"
