"""The register's tables. Typed columns or JSON text; nothing pickled.

The schema itself is created and upgraded by the Alembic migrations in
``privacydesk/store/migrations`` — never by ``create_all`` on a user's register.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from privacydesk.core.identity import IdentityStatus


class CaseRow(SQLModel, table=True):
    __tablename__ = "case"

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(unique=True, index=True)
    year: int
    number: int

    requester_name: str = Field(index=True)
    requester_address: str = ""
    requester_email: str = ""
    requester_phone: str = ""
    language: str = "nl"
    relationship: str = "customer"
    representative: str = ""
    representative_address: str = ""  # where letters to the representative go

    channel: str
    received: date = Field(index=True)
    letter_date: date | None = None
    status: str = Field(index=True)
    notes: str = ""

    acknowledged_on: date | None = None
    extended: bool = False
    extended_on: date | None = None
    extension_reasons: str = ""
    extension_override_reason: str = ""
    answered_on: date | None = None
    closed_on: date | None = None
    identification_requested_on: date | None = None
    identification_received_on: date | None = None

    identity_status: str = IdentityStatus.UNVERIFIED.value  # an IdentityStatus value
    identity_method: str = ""  # an IdentityMethod value, or "" when not verified
    identity_note: str = ""  # the waiver's reason, or what the officer noted
    identity_by: str = ""
    identity_at: datetime | None = None
    id_document_type: str = ""
    id_expiry: date | None = None
    id_card_last_digits: str = ""
    id_copies_purged_at: datetime | None = None
    # Set when the retention period ended and the personal data was removed: what is left
    # is an anonymous record that keeps past years' report figures right.
    anonymised_on: date | None = None

    created_at: datetime
    updated_at: datetime


class CaseRightRow(SQLModel, table=True):
    __tablename__ = "case_right"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True, ondelete="CASCADE")
    position: int = 0
    right: str
    words: str = ""
    outcome: str = "pending"
    ground: str | None = None
    outcome_note: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None


class RecipientNoticeRow(SQLModel, table=True):
    __tablename__ = "recipient_notice"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True, ondelete="CASCADE")
    recipient: str
    notified_on: date
    how: str
    recorded_by: str
    recorded_at: datetime


class IdentityCheckRow(SQLModel, table=True):
    __tablename__ = "identity_check"
    __table_args__ = (UniqueConstraint("case_id", "check"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True, ondelete="CASCADE")
    check: str
    result: str
    checked_by: str
    checked_at: datetime
    note: str = ""


class AttachmentRow(SQLModel, table=True):
    """An attachment's description; its bytes live in ``attachment_blob`` so lists stay light."""

    __tablename__ = "attachment"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True, ondelete="CASCADE")
    sha256: str = Field(index=True)
    original_name: str
    size: int
    content_type: str
    role: str
    added_by: str
    added_at: datetime
    parent_id: int | None = Field(default=None, foreign_key="attachment.id")


class AttachmentBlobRow(SQLModel, table=True):
    __tablename__ = "attachment_blob"

    attachment_id: int = Field(foreign_key="attachment.id", primary_key=True, ondelete="CASCADE")
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class LetterRow(SQLModel, table=True):
    """An issued letter: frozen bytes, never regenerated."""

    __tablename__ = "letter"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True, ondelete="CASCADE")
    kind: str
    language: str
    issued_on: date
    issued_at: datetime
    issued_by: str
    sha256: str
    body_text: str = ""
    pdf: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class InquiryRow(SQLModel, table=True):
    """A complaint or information request from the GBA, or a court's question, about a case."""

    __tablename__ = "inquiry"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True, ondelete="CASCADE")
    kind: str  # core.report.InquiryKind
    received_on: date
    their_reference: str = ""
    deadline: date | None = None
    answered_on: date | None = None
    what_was_sent: str = ""
    recorded_by: str
    recorded_at: datetime


class AuditEventRow(SQLModel, table=True):
    """One line of the accountability trail. Append-only (triggers) and hash-chained."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: str  # ISO 8601 UTC, as hashed
    actor: str
    action: str
    case_id: int | None = Field(default=None, index=True)
    case_reference: str = ""
    details: str = "{}"  # JSON object, as hashed
    prev_hash: str
    hash: str


class SettingRow(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str  # JSON


class ReferenceCounterRow(SQLModel, table=True):
    """The last number handed out per year, so a reference is never reused."""

    __tablename__ = "reference_counter"

    year: int = Field(primary_key=True)
    last_number: int = 0
