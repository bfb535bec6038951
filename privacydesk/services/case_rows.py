"""The whole register as light rows: one select of plain columns, no ORM object per case.

The register table, ``cases``, ``due`` and the export list every case. Building an ORM
object per row costs seconds at 100,000 cases; these rows are plain named tuples made
from two selects of the columns they need (the cases, then their rights), run on the
driver's own cursor (:mod:`privacydesk.services.reading`), on SQLite and on a server alike.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from privacydesk.core.attachments import ID_COPY_ROLES
from privacydesk.core.case import Language
from privacydesk.core.deadlines import DeadlineInfo, PausePolicy, deadline_info
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.reminders import AttentionFacts, needs_attention
from privacydesk.core.rights import RIGHT_INFO, Right
from privacydesk.core.settings import Settings
from privacydesk.core.workflow import OPEN_STATUSES, Status
from privacydesk.services.reading import Reading, column_list, reading_of, sql_list, stored_day

if TYPE_CHECKING:
    from privacydesk.services.context import ServiceContext

_IDENTITY = {i.value: i for i in IdentityStatus}
_STATUS = {s.value: s for s in Status}
_RIGHTS = {r.value: r for r in Right}
_LANGUAGE = {lang.value: lang for lang in Language}
# Only a withdrawal ends a case without an answer (a closed one without an answer date was
# withdrawn first): the same rule as ``services.cases.deadline_for``, which a test holds.
_NO_ANSWER_NEEDED = frozenset({Status.WITHDRAWN, Status.CLOSED})


def pause_policy(settings: Settings) -> PausePolicy:
    """The clock pause the officer's settings choose (SPEC §4a), for every deadline."""
    return PausePolicy(
        enabled=settings.pause_while_awaiting_identification,
        max_request_delay_days=settings.pause_request_max_delay_days,
    )


# The stored values a case's deadline depends on, in this order: every listing's query
# selects them first, so its row's first seven values are the deadline's memo key.
DEADLINE_FACTS = (
    "received",
    "extended",
    "answered_on",
    "identification_requested_on",
    "identification_received_on",
    "status",
    # An extension recorded late (by override) leaves the one-month date in force (Art. 12(3)).
    "extension_override_reason",
)
FACTS = len(DEADLINE_FACTS)


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


# Dates come as the driver gives them (text on SQLite) and are parsed once per distinct day
# (``stored_day``): parsing them per row costs more than the rest of the query at 100,000.
_COLUMNS = (
    *DEADLINE_FACTS,
    "id",
    "reference",
    "year",
    "number",
    "requester_name",
    "requester_email",
    "language",
    "identity_status",
)
_NEWEST_FIRST = "ORDER BY received DESC, id DESC"


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
    with reading_of(ctx, settings, today) as reading:
        return lines_of(
            reading,
            ids=ids,
            statuses=statuses,
            newest=newest,
            may_need_attention=may_need_attention,
        )


def iter_case_lines(
    ctx: ServiceContext,
    settings: Settings,
    *,
    today: date | None = None,
    newest: int | None = None,
) -> Iterator[CaseLine]:
    """``case_lines`` one at a time, read as they are used: a caller that keeps less than
    the whole row (the register table) never holds 100,000 of them at once."""
    with reading_of(ctx, settings, today) as reading:
        yield from _read_lines(reading, None, None, newest, False)


def lines_of(
    reading: Reading,
    *,
    ids: Collection[int] | None = None,
    statuses: Collection[Status] | None = None,
    newest: int | None = None,
    may_need_attention: bool = False,
) -> list[CaseLine]:
    """``case_lines`` from a reading the caller holds (the command line's, or a service's)."""
    return list(_read_lines(reading, ids, statuses, newest, may_need_attention))


def _read_lines(
    reading: Reading,
    ids: Collection[int] | None,
    statuses: Collection[Status] | None,
    newest: int | None,
    may_need_attention: bool,
) -> Iterator[CaseLine]:
    held_query = "SELECT case_id FROM attachment WHERE role IN " + sql_list(
        role.value for role in ID_COPY_ROLES
    )
    conditions = []
    if ids is not None:
        conditions.append("id IN " + sql_list(ids))
    if statuses is not None:
        conditions.append("status IN " + sql_list(s.value for s in statuses))
    if may_need_attention:
        # Open cases, and closed ones still holding an ID copy: no other case can be on
        # the reminder list (core.reminders), so the rest of the register is not read.
        conditions.append(
            f"(status IN {sql_list(s.value for s in OPEN_STATUSES)} OR id IN ({held_query}))"
        )
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    limit = f" LIMIT {int(newest)}" if newest is not None else ""
    query = f'SELECT {column_list(_COLUMNS)} FROM "case"{where} {_NEWEST_FIRST}{limit}'
    chosen = ""
    if where or limit:
        # The selection's rights only, chosen by the database: no list of ids to send.
        chosen = f'SELECT id FROM "case"{where}' + (f" {_NEWEST_FIRST}{limit}" if limit else "")
    rights = _rights_by_case(reading, chosen)
    held = {case_id for (case_id,) in reading.rows(held_query)}
    rows = reading.stream(query)
    try:
        yield from _lines(rows, rights, held, reading.settings, reading.today)
    finally:
        rows.close()  # now, while the connection is open, not whenever it is collected


def _rights_by_case(reading: Reading, chosen: str = "") -> dict[int, tuple[Right, ...]]:
    """Each case's rights in its own order (only of the cases the SQL ``chosen`` selects,
    when given). Many cases share a combination: one tuple each keeps the register light."""
    where = f" WHERE case_id IN ({chosen})" if chosen else ""
    collected: dict[int, list[Right]] = {}
    for case_id, right in reading.rows(
        f'SELECT case_id, "right" FROM case_right{where} ORDER BY case_id, position'
    ):
        collected.setdefault(case_id, []).append(_RIGHTS[right])
    shared: dict[tuple[Right, ...], tuple[Right, ...]] = {}
    return {
        case_id: shared.setdefault(tuple(found), tuple(found))
        for case_id, found in collected.items()
    }


class RegisterRow(NamedTuple):
    """One case as the register's lists show it (``cases``, the export)."""

    id: int
    reference: str
    year: int
    number: int
    requester_name: str
    channel: str
    rights: str  # the rights' Dutch names, "; " between them
    received: date
    deadline: DeadlineInfo
    extended: bool
    answered_on: date | None
    status: Status
    closed_on: date | None


_REGISTER_COLUMNS = (
    *DEADLINE_FACTS,
    "id",
    "reference",
    "year",
    "number",
    "requester_name",
    "channel",
    "closed_on",
)


def register_rows(reading: Reading) -> list[RegisterRow]:
    """Every case of the register, in no particular order (each list sorts its own way).

    Two plain selects and each distinct deadline worked out once: the whole of ``cases``
    and the export at 100,000 cases, so nothing per row that a list does not show.
    """
    rights = _rights_by_case(reading)
    # A register repeats its combinations of rights: each is named once.
    names = {
        combination: "; ".join(RIGHT_INFO[right].label_nl for right in combination)
        for combination in {*rights.values(), ()}
    }
    deadlines = Deadlines(reading.settings, reading.today)
    rows = []
    for row in reading.rows(f'SELECT {column_list(_REGISTER_COLUMNS)} FROM "case"'):
        deadline, received, answered_on, _asked, _arrived, status = deadlines[row[:FACTS]]
        case_id, reference, year, number, name, channel, closed_value = row[FACTS:]
        rows.append(
            RegisterRow(
                case_id,
                reference,
                year,
                number,
                name,
                channel,
                names[rights.get(case_id, ())],
                received,
                deadline,
                bool(row[1]),
                answered_on,
                status,
                stored_day(closed_value),
            )
        )
    return rows


# A deadline with what it was computed from, parsed once: (deadline, received, answered_on,
# identification asked, identification arrived, status).
_Known = tuple[DeadlineInfo, date, date | None, date | None, date | None, Status]


class Deadlines(dict[tuple[Any, ...], _Known]):
    """The deadlines of one listing, by the stored values they depend on.

    Most cases share their dates and flags with others (10,000 distinct among 100,000),
    so each deadline is computed once per listing. A memo lives for one listing only: it
    always holds the day and the settings (window, pause policy) it was made with.
    Look up ``row[:FACTS]`` of a row that starts with the ``DEADLINE_FACTS`` as the driver
    gives them; what is not there yet is computed on the spot.
    """

    def __init__(self, settings: Settings, day: date) -> None:
        super().__init__()
        self._policy = pause_policy(settings)
        self._window = settings.reminder_window_days
        self._today = day

    def __missing__(self, facts: tuple[Any, ...]) -> _Known:
        received_value, extended, answered_value, asked_value, arrived_value = facts[:5]
        status_text, override_reason = facts[5:]
        status = _STATUS[status_text]
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
        known = self[facts] = (deadline, received, answered_on, asked, arrived, status)
        return known


def _lines(
    rows: Iterable[Any],
    rights: dict[int, tuple[Right, ...]],
    held: set[int],
    settings: Settings,
    day: date,
) -> Iterator[CaseLine]:
    deadlines = Deadlines(settings, day)
    for row in rows:
        deadline, received, answered_on, asked, arrived, status = deadlines[row[:FACTS]]
        case_id, reference, year, number, name, email, language, identity_status = row[FACTS:]
        extended = row[1]
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
