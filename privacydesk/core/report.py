"""The yearly accountability report's figures (Art. 38(3), 39 GDPR), from plain data.

The services hand over one light record per case and per GBA inquiry; everything the
report says is computed here, so each figure can be checked by hand in a test.

Which cases a figure is about:
- the *year's requests* are those received in the year (1 January to 31 December): every
  count, outcome, timing, extension, identity and purge figure is about them;
- *open at year end* is every case received on or before 31 December that had not been
  answered, refused, withdrawn or closed by then, whatever its year of receipt (for a year
  not yet over: open on the day the report is made);
- Art. 19 notifications and GBA inquiries are counted by the day they were made/received.

Deadlines are counted by :func:`privacydesk.core.deadlines.deadline_info`
(Reg. 1182/71, Belgian public holidays, the register's clock-pause policy). Days to answer
are calendar days from receipt to the answer; the 90th percentile is the nearest-rank one
(the smallest value that at least 90 % of the answers do not exceed).
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from privacydesk.core.case import Channel
from privacydesk.core.deadlines import PausePolicy, deadline_info
from privacydesk.core.identity import IdentityMethod, IdentityStatus
from privacydesk.core.inquiries import InquiryKind
from privacydesk.core.rights import LegalGround, Outcome, Right


class OutcomeGroup(StrEnum):
    """How a right ended, as the report groups it."""

    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REFUSED = "refused"
    NO_DATA = "no_data"  # nothing about the person is processed
    NOT_APPLICABLE = "not_applicable"
    WITHDRAWN = "withdrawn"
    PENDING = "pending"


class Settlement(StrEnum):
    """How the identity question of a case ended."""

    KNOWN_CUSTOMER = "known_customer"
    DIGITAL_SIGNATURE = "digital_signature"
    ID_COPY = "id_copy"
    IN_PERSON = "in_person"
    OTHER = "other"  # verified by a method the register does not name
    WAIVED = "waived"
    FAILED = "failed"
    UNSETTLED = "unsettled"


@dataclass(frozen=True)
class ReportRight:
    right: Right
    outcome: Outcome = Outcome.PENDING
    ground: LegalGround | None = None


@dataclass(frozen=True)
class ReportCase:
    """What the report needs of one case; no names, so anonymised cases count the same."""

    received: date
    channel: Channel
    rights: tuple[ReportRight, ...]
    answered_on: date | None = None
    withdrawn_on: date | None = None
    closed_on: date | None = None
    extended: bool = False
    extension_reasons: str = ""
    identification_requested_on: date | None = None
    identification_received_on: date | None = None
    identity_status: IdentityStatus = IdentityStatus.UNVERIFIED
    identity_method: str = ""
    identity_settled_on: date | None = None
    id_copies_purged_on: date | None = None
    recipient_notices: tuple[date, ...] = ()


@dataclass(frozen=True)
class ReportInquiry:
    kind: InquiryKind
    received: date
    deadline: date | None = None
    answered_on: date | None = None


@dataclass(frozen=True)
class Timing:
    answered: int
    on_time: int
    late: int
    median_days: float | None
    p90_days: int | None


@dataclass(frozen=True)
class YearFigures:
    year: int
    requests: int
    per_month: tuple[int, ...]  # January … December
    per_right: dict[Right, int]
    per_channel: dict[Channel, int]
    outcomes: dict[Right, dict[OutcomeGroup, int]]
    refusal_grounds: dict[LegalGround, int]  # refused or partly refused rights, by ground
    timing: Timing
    extended: int
    extension_reasons: list[tuple[str, int]]  # most frequent first
    identification_requested: int
    settlements: dict[Settlement, int]
    id_copies_purged: int
    purge_days_median: float | None
    purge_days_max: int | None
    recipient_notices: int
    cases_with_notices: int
    inquiries: dict[InquiryKind, int]
    inquiries_answered_late: int
    open_at_year_end: int
    open_on: date  # 31 December, or the day the report was made during the year
    rules: PausePolicy = field(default_factory=PausePolicy)


def outcome_group(case: ReportCase, item: ReportRight) -> OutcomeGroup:
    if case.withdrawn_on is not None and item.outcome is Outcome.PENDING:
        return OutcomeGroup.WITHDRAWN
    if item.ground is LegalGround.NO_DATA_PROCESSED:
        return OutcomeGroup.NO_DATA
    return OutcomeGroup(item.outcome.value)


def settlement(case: ReportCase) -> Settlement:
    if case.identity_status is IdentityStatus.WAIVED:
        return Settlement.WAIVED
    if case.identity_status is IdentityStatus.FAILED:
        return Settlement.FAILED
    if case.identity_status is IdentityStatus.UNVERIFIED:
        return Settlement.UNSETTLED
    try:
        return Settlement(IdentityMethod(case.identity_method).value)
    except ValueError:
        return Settlement.OTHER


def nearest_rank(values: Sequence[int], percent: int) -> int:
    """The smallest value that at least ``percent`` % of ``values`` do not exceed."""
    ordered = sorted(values)
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[rank - 1]


def _ended_by(case: ReportCase, day: date) -> bool:
    return any(
        end is not None and end <= day
        for end in (case.answered_on, case.withdrawn_on, case.closed_on)
    )


def year_figures(
    year: int,
    cases: Sequence[ReportCase],
    inquiries: Sequence[ReportInquiry] = (),
    *,
    policy: PausePolicy = PausePolicy(),  # noqa: B008 - frozen
    today: date | None = None,
) -> YearFigures:
    """The year's figures; ``today`` (when the year is not over yet) bounds "open at year end"."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    open_on = min(end, today) if today is not None else end
    mine = [c for c in cases if start <= c.received <= end]

    per_month = [0] * 12
    per_right: Counter[Right] = Counter()
    per_channel: Counter[Channel] = Counter()
    outcomes: dict[Right, Counter[OutcomeGroup]] = {}
    grounds: Counter[LegalGround] = Counter()
    days: list[int] = []
    on_time = late = 0
    reasons: Counter[str] = Counter()
    settlements: Counter[Settlement] = Counter()
    purge_days: list[int] = []
    for case in mine:
        per_month[case.received.month - 1] += 1
        per_channel[case.channel] += 1
        for item in case.rights:
            per_right[item.right] += 1
            group = outcome_group(case, item)
            outcomes.setdefault(item.right, Counter())[group] += 1
            if (
                item.outcome in (Outcome.REFUSED, Outcome.PARTLY_GRANTED)
                and item.ground is not None
                and group is not OutcomeGroup.NO_DATA
            ):
                grounds[item.ground] += 1
        if case.answered_on is not None:
            info = deadline_info(
                case.received,
                today=case.answered_on,
                extended=case.extended,
                answered_on=case.answered_on,
                identification_requested_on=case.identification_requested_on,
                identification_received_on=case.identification_received_on,
                policy=policy,
            )
            days.append((case.answered_on - case.received).days)
            if case.answered_on <= info.due:
                on_time += 1
            else:
                late += 1
        if case.extended:
            reasons[case.extension_reasons.strip()] += 1
        settlements[settlement(case)] += 1
        if case.id_copies_purged_on is not None:
            since = case.identity_settled_on or case.received
            purge_days.append(max(0, (case.id_copies_purged_on - since).days))

    notices = [day for case in cases for day in case.recipient_notices if start <= day <= end]
    year_inquiries = [i for i in inquiries if start <= i.received <= end]
    inquiries_late = sum(
        1
        for i in year_inquiries
        if i.deadline is not None and i.answered_on is not None and i.answered_on > i.deadline
    )
    return YearFigures(
        year=year,
        requests=len(mine),
        per_month=tuple(per_month),
        per_right=dict(per_right),
        per_channel=dict(per_channel),
        outcomes={right: dict(groups) for right, groups in outcomes.items()},
        refusal_grounds=dict(grounds),
        timing=Timing(
            answered=len(days),
            on_time=on_time,
            late=late,
            median_days=statistics.median(days) if days else None,
            p90_days=nearest_rank(days, 90) if days else None,
        ),
        extended=sum(reasons.values()),
        extension_reasons=sorted(reasons.items(), key=lambda item: (-item[1], item[0])),
        identification_requested=sum(1 for c in mine if c.identification_requested_on is not None),
        settlements=dict(settlements),
        id_copies_purged=len(purge_days),
        purge_days_median=statistics.median(purge_days) if purge_days else None,
        purge_days_max=max(purge_days) if purge_days else None,
        recipient_notices=len(notices),
        cases_with_notices=sum(
            1 for c in cases if any(start <= day <= end for day in c.recipient_notices)
        ),
        inquiries=dict(Counter(i.kind for i in year_inquiries)),
        inquiries_answered_late=inquiries_late,
        open_at_year_end=sum(
            1 for c in cases if c.received <= open_on and not _ended_by(c, open_on)
        ),
        open_on=open_on,
        rules=policy,
    )
