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

from sqlalchemy import Connection, Select, String, select, type_coerce

from privacydesk.core.attachments import ID_COPY_ROLES
from privacydesk.core.case import Language
from privacydesk.core.deadlines import DeadlineInfo, deadline_info
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.reminders import AttentionFacts, needs_attention
from privacydesk.core.rights import Right
from privacydesk.core.settings import Settings
from privacydesk.core.workflow import OPEN_STATUSES, Status
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
def stored_day(value: Any) -> date | None:
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
    # An ID copy (recto or verso) is still stored on the case.
    held_id_copy: bool = False


# Dates are read as the driver's text and parsed once per distinct day (``stored_day``):
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
    may_need_attention: bool = False,
) -> list[CaseLine]:
    """Every case (or those with ``ids``/``statuses``; or the ``newest`` received; or those
    that ``may_need_attention``: open, or closed with an ID copy kept), newest first.

    Reads only; safe to call from a worker thread (each call uses its own connection).
    """
    return list(
        iter_case_lines(
            ctx,
            settings,
            today=today,
            ids=ids,
            statuses=statuses,
            newest=newest,
            may_need_attention=may_need_attention,
        )
    )


def iter_case_lines(
    ctx: ServiceContext,
    settings: Settings,
    *,
    today: date | None = None,
    ids: Collection[int] | None = None,
    statuses: Collection[Status] | None = None,
    newest: int | None = None,
    may_need_attention: bool = False,
) -> Iterator[CaseLine]:
    """``case_lines`` one at a time, read as they are used: a caller that keeps less than
    the whole row (the register table) never holds 100,000 of them at once."""
    day = today or ctx.today()
    held_query = select(_ATTACHMENT.case_id).where(
        _ATTACHMENT.role.in_([role.value for role in ID_COPY_ROLES])
    )
    query = select(*_COLUMNS).order_by(_CASE.received.desc(), _CASE.id.desc())
    chosen = select(_CASE.id)
    if ids is not None:
        query = query.where(_CASE.id.in_(list(ids)))
        chosen = chosen.where(_CASE.id.in_(list(ids)))
    if statuses is not None:
        query = query.where(_CASE.status.in_([s.value for s in statuses]))
        chosen = chosen.where(_CASE.status.in_([s.value for s in statuses]))
    if may_need_attention:
        # Open cases, and closed ones still holding an ID copy: no other case can be on
        # the reminder list (core.reminders), so the rest of the register is not read.
        could = _CASE.status.in_([s.value for s in OPEN_STATUSES]) | _CASE.id.in_(
            held_query.scalar_subquery()
        )
        query = query.where(could)
        chosen = chosen.where(could)
    if newest is not None:
        query = query.limit(newest)
        chosen = chosen.order_by(_CASE.received.desc(), _CASE.id.desc()).limit(newest)
    rights_query = select(_RIGHT.case_id, _RIGHT.right).order_by(_RIGHT.case_id, _RIGHT.position)
    if ids is not None or statuses is not None or newest is not None or may_need_attention:
        # The selection's rights only, chosen by the database: no list of ids to send.
        rights_query = rights_query.where(_RIGHT.case_id.in_(chosen.scalar_subquery()))
    with ctx.engine.connect() as conn:
        conn.execution_options(**{READER_OPTION: True})
        conn.begin()  # one snapshot for the three reads (a read, never the write lock)
        # The driver's own cursor: plain tuples, read as they are used. SQLAlchemy's rows
        # cost more than the rest of the listing at 100,000 cases.
        rows = driver_cursor(conn, query)
        collected: dict[int, list[Right]] = {}
        for case_id, right in driver_cursor(conn, rights_query).fetchall():
            collected.setdefault(case_id, []).append(_RIGHTS[right])
        # Many cases share a combination of rights: one tuple each keeps the register light.
        shared: dict[tuple[Right, ...], tuple[Right, ...]] = {}
        rights = {
            case_id: shared.setdefault(tuple(found), tuple(found))
            for case_id, found in collected.items()
        }
        del collected
        held = {case_id for (case_id,) in driver_cursor(conn, held_query).fetchall()}
        yield from _lines(rows, rights, held, settings, day)


def driver_cursor(conn: Connection, query: Select[Any]) -> Any:
    """``query`` run on the driver's cursor, its values written into the SQL (they are ids
    and the program's own status and role names, never text a person typed)."""
    sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.cursor()
    cursor.execute(sql)
    return cursor


# A deadline with the dates it was computed from, parsed once.
_Known = tuple[DeadlineInfo, date, date | None, date | None, date | None]


class Deadlines(dict[tuple[Any, ...], _Known]):
    """The deadlines of one listing, by the stored values they depend on.

    Most cases share their dates and flags with others (10,000 distinct among 100,000),
    so each deadline is computed once per listing. A memo lives for one listing only: it
    always holds the day and the settings (window, pause policy) it was made with.
    Look up ``(received, extended, answered_on, identification_requested_on,
    identification_received_on, status, extension_override_reason)`` as the driver gives
    them; ``compute`` what is not there yet.
    """

    def __init__(self, settings: Settings, day: date) -> None:
        super().__init__()
        self._policy = pause_policy(settings)
        self._window = settings.reminder_window_days
        self._today = day

    def compute(
        self,
        received_value: Any,
        extended: Any,
        answered_value: Any,
        asked_value: Any,
        arrived_value: Any,
        status: Status,
        override_reason: str | None,
    ) -> _Known:
        received = stored_day(received_value)
        assert received is not None
        answered_on, asked, arrived = (
            stored_day(answered_value),
            stored_day(asked_value),
            stored_day(arrived_value),
        )
        deadline = deadline_info(
            received,
            today=self._today,
            extended=bool(extended),
            answered_on=answered_on,
            identification_requested_on=asked,
            identification_received_on=arrived,
            policy=self._policy,
            soon_window=self._window,
            answer_needed=status not in _NO_ANSWER_NEEDED,
            # An extension recorded late (by override) leaves the one-month date in force.
            extension_late=bool(override_reason and override_reason.strip()),
        )
        key = (received_value, extended, answered_value, asked_value, arrived_value)
        known = self[(*key, status, override_reason)] = (
            deadline,
            received,
            answered_on,
            asked,
            arrived,
        )
        return known


def _lines(
    rows: Iterable[Any],
    rights: dict[int, tuple[Right, ...]],
    held: set[int],
    settings: Settings,
    day: date,
) -> Iterator[CaseLine]:
    deadlines = Deadlines(settings, day)
    for (
        case_id,
        reference,
        year,
        number,
        name,
        email,
        received_value,
        status_text,
        language,
        extended,
        answered_value,
        asked_value,
        arrived_value,
        identity_status,
        override_reason,
    ) in rows:
        status = _STATUS[status_text]
        facts = (
            received_value,
            extended,
            answered_value,
            asked_value,
            arrived_value,
            status,
            override_reason,
        )
        known = deadlines.get(facts) or deadlines.compute(*facts)
        deadline, received, answered_on, asked, arrived = known
        holds = case_id in held
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
            (status.is_open or holds)
            and needs_attention(
                AttentionFacts(
                    status,
                    deadline,
                    _IDENTITY[identity_status],
                    asked,
                    arrived,
                    holds_id_copy=holds,
                ),
                day,
                settings,
            ),
            holds,
        )
