"""Each figure of the yearly report, on a hand-made register whose numbers are worked out here.

2026's requests (A–H), two older cases (X, Y) and one of 2027 (Z):

  A 05/01 e-mail   access granted            answered 20/01 (15 d, due 05/02: on time)
  B 31/01 post     erasure refused 17(3)(b), answered 03/03 (31 d; due Mon 02/03, since
                   DM objection granted        28/02 is a Saturday: late); ID copy verified
                                               05/02, purged 07/02 (2 d)
  C 10/03 form     access refused: no data   answered 12/03 (2 d)
  D 15/03 e-mail   rectification partly (16) extended; answered 20/05 (66 d, due 15/06);
                                               ID copy verified and purged 20/03 (0 d);
                                               Art. 19: two notices in May
  E 01/06 e-mail   access + portability      withdrawn 10/06
  F 11/10 post     erasure granted           extended; answered 12/11 (32 d)
  G 20/12 e-mail   access pending            open at year end
  H 28/12 ticket   objection refused 21(1)   answered 05/01/2027 (8 d): open at year end
  X 20/11/2025     answered 15/01/2026, Art. 19 notice 16/01/2026
  Y 01/12/2025     never answered: open at year end
  Z 03/01/2027     not 2026's
"""

from __future__ import annotations

from datetime import date

from privacydesk.core.case import Channel
from privacydesk.core.deadlines import PausePolicy
from privacydesk.core.identity import IdentityStatus
from privacydesk.core.inquiries import InquiryKind
from privacydesk.core.report import (
    OutcomeGroup,
    ReportCase,
    ReportInquiry,
    ReportRight,
    Settlement,
    nearest_rank,
    year_figures,
)
from privacydesk.core.rights import LegalGround, Outcome, Right

V = IdentityStatus.VERIFIED
REASON = "Veel gegevens in drie systemen"

A = ReportCase(
    date(2026, 1, 5),
    Channel.EMAIL,
    (ReportRight(Right.ACCESS, Outcome.GRANTED),),
    answered_on=date(2026, 1, 20),
    identity_status=V,
    identity_method="known_customer",
)
B = ReportCase(
    date(2026, 1, 31),
    Channel.POST,
    (
        ReportRight(Right.ERASURE, Outcome.REFUSED, LegalGround.LEGAL_OBLIGATION),
        ReportRight(Right.OBJECTION_DIRECT_MARKETING, Outcome.GRANTED),
    ),
    answered_on=date(2026, 3, 3),
    identification_requested_on=date(2026, 2, 2),
    identification_received_on=date(2026, 2, 5),
    identity_status=V,
    identity_method="id_copy",
    identity_settled_on=date(2026, 2, 5),
    id_copies_purged_on=date(2026, 2, 7),
)
C = ReportCase(
    date(2026, 3, 10),
    Channel.CONTACT_FORM,
    (ReportRight(Right.ACCESS, Outcome.REFUSED, LegalGround.NO_DATA_PROCESSED),),
    answered_on=date(2026, 3, 12),
    identity_status=IdentityStatus.WAIVED,
)
D = ReportCase(
    date(2026, 3, 15),
    Channel.EMAIL,
    (ReportRight(Right.RECTIFICATION, Outcome.PARTLY_GRANTED, LegalGround.DATA_ACCURATE),),
    answered_on=date(2026, 5, 20),
    extended=True,
    extension_reasons=REASON,
    identification_requested_on=date(2026, 3, 16),
    identification_received_on=date(2026, 3, 20),
    identity_status=V,
    identity_method="id_copy",
    identity_settled_on=date(2026, 3, 20),
    id_copies_purged_on=date(2026, 3, 20),
    recipient_notices=(date(2026, 5, 21), date(2026, 5, 22)),
)
E = ReportCase(
    date(2026, 6, 1),
    Channel.EMAIL,
    (ReportRight(Right.ACCESS), ReportRight(Right.PORTABILITY)),
    withdrawn_on=date(2026, 6, 10),
    identification_requested_on=date(2026, 6, 2),
)
F = ReportCase(
    date(2026, 10, 11),
    Channel.POST,
    (ReportRight(Right.ERASURE, Outcome.GRANTED),),
    answered_on=date(2026, 11, 12),
    extended=True,
    extension_reasons=REASON + " ",
    identity_status=V,
    identity_method="in_person",
)
G = ReportCase(date(2026, 12, 20), Channel.EMAIL, (ReportRight(Right.ACCESS),))
H = ReportCase(
    date(2026, 12, 28),
    Channel.TICKET,
    (ReportRight(Right.OBJECTION, Outcome.REFUSED, LegalGround.COMPELLING_LEGITIMATE_GROUNDS),),
    answered_on=date(2027, 1, 5),
    identity_status=V,
    identity_method="digital_signature",
)
X = ReportCase(
    date(2025, 11, 20),
    Channel.POST,
    (ReportRight(Right.ACCESS, Outcome.GRANTED),),
    answered_on=date(2026, 1, 15),
    recipient_notices=(date(2026, 1, 16),),
)
Y = ReportCase(date(2025, 12, 1), Channel.EMAIL, (ReportRight(Right.ERASURE),))
Z = ReportCase(date(2027, 1, 3), Channel.EMAIL, (ReportRight(Right.ACCESS),))

REGISTER = [A, B, C, D, E, F, G, H, X, Y, Z]
INQUIRIES = [
    ReportInquiry(InquiryKind.GBA_COMPLAINT, date(2026, 4, 1), date(2026, 5, 1), date(2026, 5, 5)),
    ReportInquiry(
        InquiryKind.GBA_INFORMATION, date(2026, 9, 1), date(2026, 9, 30), date(2026, 9, 20)
    ),
    ReportInquiry(InquiryKind.COURT, date(2025, 12, 1), date(2026, 1, 15), None),
]


def figures(policy: PausePolicy | None = None):
    return year_figures(2026, REGISTER, INQUIRIES, policy=policy or PausePolicy())


def test_requests_are_counted_per_month_right_and_channel() -> None:
    f = figures()
    assert f.requests == 8
    assert f.per_month == (2, 0, 2, 0, 0, 1, 0, 0, 0, 1, 0, 2)
    assert f.per_right == {
        Right.ACCESS: 4,
        Right.ERASURE: 2,
        Right.OBJECTION_DIRECT_MARKETING: 1,
        Right.RECTIFICATION: 1,
        Right.PORTABILITY: 1,
        Right.OBJECTION: 1,
    }
    assert f.per_channel == {
        Channel.EMAIL: 4,
        Channel.POST: 2,
        Channel.CONTACT_FORM: 1,
        Channel.TICKET: 1,
    }


def test_outcomes_per_right_tell_no_data_and_withdrawn_apart_from_refusals() -> None:
    f = figures()
    assert f.outcomes[Right.ACCESS] == {
        OutcomeGroup.GRANTED: 1,
        OutcomeGroup.NO_DATA: 1,
        OutcomeGroup.WITHDRAWN: 1,
        OutcomeGroup.PENDING: 1,
    }
    assert f.outcomes[Right.ERASURE] == {OutcomeGroup.REFUSED: 1, OutcomeGroup.GRANTED: 1}
    assert f.outcomes[Right.RECTIFICATION] == {OutcomeGroup.PARTLY_GRANTED: 1}
    assert f.outcomes[Right.PORTABILITY] == {OutcomeGroup.WITHDRAWN: 1}
    assert f.refusal_grounds == {
        LegalGround.LEGAL_OBLIGATION: 1,
        LegalGround.DATA_ACCURATE: 1,
        LegalGround.COMPELLING_LEGITIMATE_GROUNDS: 1,
    }


def test_answers_on_time_and_late_with_median_and_90th_percentile() -> None:
    t = figures().timing
    assert (t.answered, t.on_time, t.late) == (6, 5, 1)  # B was a day late
    # Days: 2, 8, 15, 31, 32, 66 → median (15 + 31) / 2; 90th: rank ceil(5.4) = 6 → 66.
    assert t.median_days == 23
    assert t.p90_days == 66


def test_the_pause_policy_counts_the_wait_for_identification() -> None:
    # B waited 3 days (2/2 → 5/2, asked 2 days after receipt): due 28/02 + 3 = Tue 03/03.
    t = figures(PausePolicy(enabled=True, max_request_delay_days=5)).timing
    assert (t.on_time, t.late) == (6, 0)
    # Asked too late for the pause to apply: B stays late.
    t = figures(PausePolicy(enabled=True, max_request_delay_days=1)).timing
    assert (t.on_time, t.late) == (5, 1)


def test_extensions_identity_and_purges() -> None:
    f = figures()
    assert f.extended == 2
    assert f.extension_reasons == [(REASON, 2)]
    assert f.identification_requested == 3  # B, D, E
    assert f.settlements == {
        Settlement.KNOWN_CUSTOMER: 1,
        Settlement.ID_COPY: 2,
        Settlement.WAIVED: 1,
        Settlement.UNSETTLED: 2,
        Settlement.IN_PERSON: 1,
        Settlement.DIGITAL_SIGNATURE: 1,
    }
    assert f.id_copies_purged == 2
    assert f.purge_days_median == 1  # 2 days and 0 days
    assert f.purge_days_max == 2


def test_notices_inquiries_and_what_was_open_at_year_end() -> None:
    f = figures()
    assert f.recipient_notices == 3  # D's two and X's one, all made in 2026
    assert f.cases_with_notices == 2
    assert f.inquiries == {InquiryKind.GBA_COMPLAINT: 1, InquiryKind.GBA_INFORMATION: 1}
    assert f.inquiries_answered_late == 1
    assert f.open_at_year_end == 3  # G, H (answered in 2027) and Y (from 2025)


def test_a_report_made_during_the_year_counts_what_is_open_that_day() -> None:
    f = year_figures(2026, REGISTER, today=date(2026, 6, 5))
    assert f.open_on == date(2026, 6, 5)
    assert f.open_at_year_end == 2  # E (withdrawn only on 10/06) and Y; D was answered 20/05


def test_an_empty_year_has_no_median() -> None:
    f = year_figures(2024, REGISTER)
    assert f.requests == 0 and f.timing.median_days is None and f.timing.p90_days is None
    assert f.open_at_year_end == 0


def test_nearest_rank_percentile() -> None:
    assert nearest_rank([5], 90) == 5
    assert nearest_rank(list(range(1, 11)), 90) == 9
    assert nearest_rank(list(range(1, 12)), 90) == 10  # ceil(9.9) = 10
