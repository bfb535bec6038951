"""Display texts for the domain's values, through Qt's translation system.

The core keeps Dutch labels (the officer's language); the English UI translates them in
the "Labels" context of the ``.ts`` files.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from privacydesk.core.case import (
    CHANNEL_LABEL_NL,
    LANGUAGE_LABEL_NL,
    RELATIONSHIP_LABEL_NL,
    Channel,
    Language,
    Relationship,
)
from privacydesk.core.deadlines import DEADLINE_STATE_LABEL_NL, DeadlineState
from privacydesk.core.identity import IDENTITY_STATUS_LABEL_NL, IdentityStatus
from privacydesk.core.rights import (
    GROUND_INFO,
    OUTCOME_LABEL_NL,
    RIGHT_INFO,
    LegalGround,
    Outcome,
    Right,
)
from privacydesk.core.workflow import STATUS_LABEL_NL, Status


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: Status) -> str:
    return tr(STATUS_LABEL_NL[status])


def identity_status_label(status: IdentityStatus) -> str:
    return tr(IDENTITY_STATUS_LABEL_NL[status])


def right_label(right: Right) -> str:
    return tr(RIGHT_INFO[right].label_nl)


def right_with_article(right: Right) -> str:
    return f"{right_label(right)} ({RIGHT_INFO[right].article})"


def outcome_label(outcome: Outcome) -> str:
    return tr(OUTCOME_LABEL_NL[outcome])


def ground_label(ground: LegalGround) -> str:
    info = GROUND_INFO[ground]
    return f"{info.article} – {tr(info.label_nl)}"


def channel_label(channel: Channel) -> str:
    return tr(CHANNEL_LABEL_NL[channel])


def language_label(language: Language) -> str:
    return tr(LANGUAGE_LABEL_NL[language])


def relationship_label(relationship: Relationship) -> str:
    return tr(RELATIONSHIP_LABEL_NL[relationship])


def deadline_state_label(state: DeadlineState) -> str:
    return tr(DEADLINE_STATE_LABEL_NL[state])


def show_date(day: date | None) -> str:
    """Belgian day/month/year, the way the officer writes it."""
    return day.strftime("%d/%m/%Y") if day else "—"
