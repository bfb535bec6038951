"""Every pair of statuses, pinned through the service the GUI and the CLI use.

The table below is written out by hand, not derived from the life-cycle code: a move that
becomes possible or impossible by accident (REFUSED → IN_PROGRESS, say) fails here, with
the pair named. Each allowed move is made on a case brought to its starting status the way
the officer would, and writes its audit event; each forbidden one is refused with a
sentence and leaves the case and the trail as they were.
"""

from __future__ import annotations

import pytest

from privacydesk.core.errors import UserFacingError
from privacydesk.core.workflow import Status
from privacydesk.services import Services
from tests.services.helpers import new_request

S = Status
ALLOWED: frozenset[tuple[Status, Status]] = frozenset(
    {
        (S.RECEIVED, S.AWAITING_IDENTIFICATION),
        (S.RECEIVED, S.IN_PROGRESS),
        (S.RECEIVED, S.EXTENDED),
        (S.RECEIVED, S.ANSWERED),
        (S.RECEIVED, S.REFUSED),
        (S.RECEIVED, S.WITHDRAWN),
        (S.AWAITING_IDENTIFICATION, S.IN_PROGRESS),
        (S.AWAITING_IDENTIFICATION, S.EXTENDED),
        (S.AWAITING_IDENTIFICATION, S.REFUSED),
        (S.AWAITING_IDENTIFICATION, S.WITHDRAWN),
        (S.IN_PROGRESS, S.AWAITING_IDENTIFICATION),
        (S.IN_PROGRESS, S.EXTENDED),
        (S.IN_PROGRESS, S.ANSWERED),
        (S.IN_PROGRESS, S.REFUSED),
        (S.IN_PROGRESS, S.WITHDRAWN),
        (S.EXTENDED, S.AWAITING_IDENTIFICATION),
        (S.EXTENDED, S.ANSWERED),
        (S.EXTENDED, S.REFUSED),
        (S.EXTENDED, S.WITHDRAWN),
        (S.ANSWERED, S.IN_PROGRESS),  # reopened for follow-up work before closing
        (S.ANSWERED, S.CLOSED),
        (S.REFUSED, S.CLOSED),
        (S.WITHDRAWN, S.CLOSED),
    }
)
# Allowed only once identity is established or its check waived (Art. 12(6)).
NEEDS_IDENTITY = frozenset(
    {
        (S.RECEIVED, S.IN_PROGRESS),
        (S.RECEIVED, S.ANSWERED),
        (S.AWAITING_IDENTIFICATION, S.IN_PROGRESS),
    }
)
PAIRS = [(a, b) for a in Status for b in Status if a is not b]

# How the officer brings a case to each status ("waive" settles identity; EXTENDED is
# reached with reasons, through extend()).
ROUTE: dict[Status, list[str | Status]] = {
    S.RECEIVED: [],
    S.AWAITING_IDENTIFICATION: [S.AWAITING_IDENTIFICATION],
    S.IN_PROGRESS: ["waive", S.IN_PROGRESS],
    S.EXTENDED: ["waive", S.IN_PROGRESS, S.EXTENDED],
    S.ANSWERED: ["waive", S.IN_PROGRESS, S.ANSWERED],
    S.CLOSED: ["waive", S.IN_PROGRESS, S.ANSWERED, S.CLOSED],
    S.REFUSED: [S.REFUSED],
    S.WITHDRAWN: [S.WITHDRAWN],
}


def _step(services: Services, case_id: int, step: str | Status) -> None:
    if step == "waive":
        services.identity.waive(case_id, "bekende klant, vanaf het adres in ons bestand")
    elif step is S.EXTENDED:
        services.cases.extend(case_id, "Het verzoek raakt vele systemen.")
    else:
        assert isinstance(step, Status)
        services.cases.change_status(case_id, step)


def _case_at(services: Services, status: Status, *, identity_settled: bool) -> int:
    case_id = services.cases.register(new_request(f"Dossier {status.value}")).id
    for step in ROUTE[status]:
        _step(services, case_id, step)
    if identity_settled and "waive" not in ROUTE[status]:
        _step(services, case_id, "waive")
    assert services.cases.get(case_id).status is status
    return case_id


def test_the_table_names_every_pair() -> None:
    assert len(PAIRS) == 56
    assert len(ALLOWED) == 23 and NEEDS_IDENTITY <= ALLOWED
    assert (S.REFUSED, S.IN_PROGRESS) not in ALLOWED


@pytest.mark.parametrize("start", list(Status), ids=lambda s: s.value)
def test_every_move_from_a_status_is_allowed_or_forbidden_as_pinned(
    services: Services, start: Status
) -> None:
    wrong: list[str] = []
    for target in Status:
        if target is start:
            continue
        pair = (start, target)
        # Identity settled, so that only the life cycle decides (the guard has its own test).
        case_id = _case_at(services, start, identity_settled=True)
        before_case = services.cases.get(case_id)
        before_trail = [(e.id, e.action) for e in services.audit.all()]
        try:
            _step(services, case_id, target)
        except UserFacingError as exc:
            if pair in ALLOWED:
                wrong.append(f"{start.value} → {target.value} was refused: {exc}")
            elif (
                services.cases.get(case_id) != before_case
                or [(e.id, e.action) for e in services.audit.all()] != before_trail
            ):
                wrong.append(f"{start.value} → {target.value} was refused but changed the case")
            continue
        if pair not in ALLOWED:
            wrong.append(f"{start.value} → {target.value} was allowed")
            continue
        if services.cases.get(case_id).status is not target:
            wrong.append(f"{start.value} → {target.value} ended in another status")
        last = services.audit.for_case(case_id)[-1]
        if last.action not in ("case.status_changed", "case.extended"):
            wrong.append(f"{start.value} → {target.value} wrote no event ({last.action})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("pair", sorted(NEEDS_IDENTITY), ids=lambda p: f"{p[0].value}-{p[1].value}")
def test_work_starts_only_once_identity_is_settled(
    services: Services, pair: tuple[Status, Status]
) -> None:
    start, target = pair
    case_id = _case_at(services, start, identity_settled=False)
    with pytest.raises(UserFacingError, match="identiteit"):
        _step(services, case_id, target)
    assert services.cases.get(case_id).status is start
