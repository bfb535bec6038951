"""The whole register as light rows: one select of plain columns, no ORM object per case.

The register table, ``cases``, ``due`` and the export list every case. Building an ORM
object per row costs seconds at 100,000 cases; these rows are plain named tuples made
from two selects of the columns they need (the cases, then their rights), read as
SQLAlchemy Core rows so dates come back as dates on SQLite and on a server alike.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import String, select, type_coerce

from privacydesk.core.attachments import ID_COPY_ROLES
from privacydesk.core.case import Language
from privacydesk.core.deadlines import DeadlineInfo, deadline_info
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.reminders import AttentionFacts, needs_attention
from privacydesk.core.rights import Right
from privacydesk.core.settings import Settings
from privacydesk.core.workflow import Status
from privacydesk.services.case_lookup import pause_policy
from privacydesk.services.context import ServiceContext
from privacydesk.store.engine import READER_OPTION
from privacydesk.store.models import AttachmentRow, CaseRightRow, CaseRow

_CASE = CaseRow.__table__.c  # type: ignore[attr-defined]
_RIGHT = CaseRightRow.__table__.c  # type: ignore[attr-defined]
_ATTACHMENT = AttachmentRow.__table__.c  # type: ignore[attr-defined]
_IDENTITY = {i.value: i for i in IdentityStatus}
_STATUS = {s.value: s for s in Status}
_RIGHTS = {r.value: r for r in Right}
_LANGUAGE = {lang.value: lang for lang in Language}
# Only a withdrawal ends a case without an answer (a closed one without an answer date was
# withdrawn first): the same rule as ``services.cases.deadline_for``, which a test holds.
_NO_ANSWER_NEEDED = frozenset({Status.WITHDRAWN, Status.CLOSED})


@lru_cache(maxsize=8192)
def _day(value: Any) -> date | None:
    """A date as the driver hands it: text on SQLite, a date on a server; a few thousand
    distinct days in a register, so each is parsed once."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class CaseLine(NamedTuple):
    """One case as a list shows it: what it is, who asked, where its deadline stands."""

    id: int
    reference: str
    year: int
    number: int
    requester_name: str
    requester_email: str
    rights: tuple[Right, ...]
    received: date
    status: Status
    language: Language
    extended: bool
    answered_on: date | None
    identification_requested_on: date | None
    identification_received_on: date | None
    identity_status: str
    deadline: DeadlineInfo
    # On today's reminder list (core.reminders.needs_attention): the "needs attention" filter.
    attention: bool = False


# Dates are read as the driver's text and parsed once per distinct day (``_day``):
# SQLAlchemy's own date processing costs more than the rest of the query at 100,000 rows.
_COLUMNS = (
    _CASE.id,
    _CASE.reference,
    _CASE.year,
    _CASE.number,
    _CASE.requester_name,
    _CASE.requester_email,
    type_coerce(_CASE.received, String),
    _CASE.status,
    _CASE.language,
    _CASE.extended,
    type_coerce(_CASE.answered_on, String),
    type_coerce(_CASE.identification_requested_on, String),
    type_coerce(_CASE.identification_received_on, String),
    _CASE.identity_status,
    # An extension recorded late (by override) leaves the one-month date in force (Art. 12(3)).
    _CASE.extension_override_reason,
)


def case_lines(
    ctx: ServiceContext,
    settings: Settings,
    *,
    today: date | None = None,
    ids: Collection[int] | None = None,
    statuses: Collection[Status] | None = None,
    newest: int | None = None,
) -> list[CaseLine]:
    """Every case (or those with ``ids``/``statuses``; or the ``newest`` received), newest first.

    Reads only; safe to call from a worker thread (each call uses its own connection).
    """
    return list(
        iter_case_lines(ctx, settings, today=today, ids=ids, statuses=statuses, newest=newest)
    )


def iter_case_lines(
    ctx: ServiceContext,
    settings: Settings,
    *,
    today: date | None = None,
    ids: Collection[int] | None = None,
    statuses: Collection[Status] | None = None,
    newest: int | None = None,
) -> Iterator[CaseLine]:
    """``case_lines`` one at a time, read as they are used: a caller that keeps less than
    the whole row (the register table) never holds 100,000 of them at once."""
    day = today or ctx.today()
    query = select(*_COLUMNS).order_by(_CASE.received.desc(), _CASE.id.desc())
    if ids is not None:
        query = query.where(_CASE.id.in_(list(ids)))
    if statuses is not None:
        query = query.where(_CASE.status.in_([s.value for s in statuses]))
    if newest is not None:
        query = query.limit(newest)
    whole = ids is None and statuses is None and newest is None
    with ctx.engine.connect() as conn:
        conn.execution_options(**{READER_OPTION: True})
        # The whole register streams; a selection is small and fetched at once.
        rows = conn.execute(query) if whole else conn.execute(query).all()
        rights_query = select(_RIGHT.case_id, _RIGHT.right).order_by(
            _RIGHT.case_id, _RIGHT.position
        )
        if not whole:
            rights_query = rights_query.where(_RIGHT.case_id.in_([row[0] for row in rows]))
        collected: dict[int, list[Right]] = {}
        for case_id, right in conn.execute(rights_query).all():
            collected.setdefault(case_id, []).append(_RIGHTS[right])
        # Many cases share a combination of rights: one tuple each keeps the register light.
        shared: dict[tuple[Right, ...], tuple[Right, ...]] = {}
        rights = {
            case_id: shared.setdefault(tuple(found), tuple(found))
            for case_id, found in collected.items()
        }
        del collected
        held_query = select(_ATTACHMENT.case_id).where(
            _ATTACHMENT.role.in_([role.value for role in ID_COPY_ROLES])
        )
        held = {case_id for (case_id,) in conn.execute(held_query).all()}
        yield from _lines(rows, rights, held, settings, day)


def _lines(
    rows: Iterable[Any],
    rights: dict[int, tuple[Right, ...]],
    held: set[int],
    settings: Settings,
    day: date,
) -> Iterator[CaseLine]:
    policy = pause_policy(settings)
    window = settings.reminder_window_days
    for (
        case_id,
        reference,
        year,
        number,
        name,
        email,
        received,
        status_text,
        language,
        extended,
        answered_on,
        asked,
        arrived,
        identity_status,
        override_reason,
    ) in rows:
        status = _STATUS[status_text]
        received, answered_on, asked, arrived = (
            _day(received),
            _day(answered_on),
            _day(asked),
            _day(arrived),
        )
        assert received is not None
        deadline = deadline_info(
            received,
            today=day,
            extended=bool(extended),
            answered_on=answered_on,
            identification_requested_on=asked,
            identification_received_on=arrived,
            policy=policy,
            soon_window=window,
            answer_needed=status not in _NO_ANSWER_NEEDED,
            extension_late=bool(override_reason and override_reason.strip()),
        )
        yield CaseLine(
            case_id,
            reference,
            year,
            number,
            name,
            email,
            rights.get(case_id, ()),
            received,
            status,
            _LANGUAGE[language],
            bool(extended),
            answered_on,
            asked,
            arrived,
            identity_status,
            deadline,
            # Only an open case or a kept ID copy can need attention: the rest (most of a
            # register) skips the rule.
            (status.is_open or case_id in held)
            and needs_attention(
                AttentionFacts(
                    status,
                    deadline,
                    _IDENTITY[identity_status],
                    asked,
                    arrived,
                    holds_id_copy=case_id in held,
                ),
                day,
                settings,
            ),
        )
