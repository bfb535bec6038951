"""The case file the GBA/APD (or a court) asks for: assembled from the register, laid out in
:mod:`privacydesk.reports.case_file`. Letters go in as issued (their hash is checked on
read); ID copies never do.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from privacydesk.core.attachments import ATTACHMENT_ROLE_LABEL_NL, ID_COPY_ROLES
from privacydesk.core.case import CHANNEL_LABEL_NL, LANGUAGE_LABEL_NL, RELATIONSHIP_LABEL_NL
from privacydesk.core.identity import (
    IDENTITY_METHOD_LABEL_NL,
    IDENTITY_STATUS_LABEL_NL,
    IdentityMethod,
)
from privacydesk.core.inquiries import INQUIRY_KIND_LABEL_NL
from privacydesk.core.letter_kinds import LETTER_KIND_LABEL_NL
from privacydesk.core.rights import GROUND_INFO, OUTCOME_LABEL_NL, RIGHT_INFO
from privacydesk.core.workflow import STATUS_LABEL_NL, Status
from privacydesk.reports.case_file import Annex, CaseFile, render_case_file
from privacydesk.services.audit import AuditEntry
from privacydesk.services.export import write_file

if TYPE_CHECKING:
    from privacydesk.services import Services

_WHAT = {
    "case.registered": "Verzoek geregistreerd",
    "case.status_changed": "Status gewijzigd",
    "case.extended": "Termijn verlengd",
    "case.outcome_recorded": "Uitkomst vastgelegd",
    "case.recipient_notified": "Ontvanger op de hoogte gebracht (art. 19)",
    "case.notes_changed": "Notities gewijzigd",
    "case.answer_date_recorded": "Antwoorddatum vastgelegd",
    "inquiry.recorded": "Vraag van de GBA/rechtbank geregistreerd",
    "inquiry.answered": "Vraag van de GBA/rechtbank beantwoord",
}


def _date(value: object) -> str:
    return value.strftime("%d/%m/%Y") if hasattr(value, "strftime") else "—"


def describe(entry: AuditEntry) -> str:
    """One line for the timeline: what happened, with the details the GBA would ask for."""
    details = entry.details
    what = _WHAT.get(entry.action, entry.action)
    if entry.action == "case.status_changed":
        try:
            old = STATUS_LABEL_NL[Status(str(details.get("old")))]
            new = STATUS_LABEL_NL[Status(str(details.get("new")))]
            what += f": {old} → {new}"
        except ValueError:
            pass
    elif entry.action == "case.extended" and details.get("reasons"):
        what += f": {details['reasons']}"
    elif details:
        # Personal data stays out of a line that names the action (the case data is above).
        # Retention's bookkeeping (which fields it removed, digests) is for verify-audit.
        hidden = ("requester", "note", "reasons", "redacted", "redactions", "resealed")
        keys = [k for k in sorted(details) if k not in hidden]
        shown = [f"{k}={json.dumps(details[k], ensure_ascii=False)}" for k in keys]
        if shown:
            what += " (" + ", ".join(shown) + ")"
    return what


class CaseFileService:
    def __init__(self, services: Services) -> None:
        # The whole set of services: a case file draws on most of them.
        self._s = services

    def render(self, case_id: int) -> bytes:
        s = self._s
        case = s.cases.get(case_id)
        deadline = s.cases.deadline(case_id)
        identity = s.identity.record(case_id)
        settings = s.settings.current()
        person = case.requester
        facts = [
            ("Kenmerk", case.reference),
            ("Aanvrager", person.name),
            ("Adres", person.address.replace("\n", ", ") or "—"),
            ("E-mail", person.email or "—"),
            ("Relatie", RELATIONSHIP_LABEL_NL[person.relationship]),
            ("Vertegenwoordiger", person.representative or "—"),
            ("Taal", LANGUAGE_LABEL_NL[person.language]),
            ("Kanaal", CHANNEL_LABEL_NL[case.channel]),
            ("Ontvangen op", _date(case.received)),
            ("Status", STATUS_LABEL_NL[case.status]),
            ("Uiterste datum", f"{_date(deadline.due)} — {deadline.rule}"),
            ("Verlengd", case.extension_reasons if case.extended else "nee"),
            ("Beantwoord op", _date(case.answered_on)),
        ]
        rights = [
            (
                f"{RIGHT_INFO[r.right].label_nl} ({RIGHT_INFO[r.right].article})",
                OUTCOME_LABEL_NL[r.outcome],
                " — ".join(
                    part
                    for part in (
                        f"{GROUND_INFO[r.ground].article} {GROUND_INFO[r.ground].label_nl}"
                        if r.ground
                        else "",
                        r.outcome_note,
                    )
                    if part
                ),
            )
            for r in case.rights
        ]
        try:
            method = IDENTITY_METHOD_LABEL_NL[IdentityMethod(identity.method)]
        except ValueError:
            method = identity.method or "—"
        identity_rows = [
            ("Beslissing", IDENTITY_STATUS_LABEL_NL[identity.status]),
            ("Hoe", method),
            ("Toelichting", identity.note or "—"),
            ("Door, op", f"{identity.by}, {_date(identity.at)}" if identity.by else "—"),
            ("Identificatie gevraagd", _date(case.identification_requested_on)),
            ("Informatie ontvangen", _date(case.identification_received_on)),
        ]
        if identity.document_type:
            identity_rows += [
                ("Document", identity.document_type),
                ("Geldig tot", _date(identity.expiry)),
                ("Kaartnummer (laatste cijfers)", identity.card_last_digits or "—"),
            ]
        identity_rows.append(("ID-kopieën vernietigd op", _date(identity.copies_purged_at)))
        annexes = [
            Annex(
                title=f"{LETTER_KIND_LABEL_NL[letter.kind]}, {_date(letter.issued_on)}, "
                f"door {letter.issued_by}",
                sha256=letter.sha256,
                pdf=s.letters.pdf(letter.id),
            )
            for letter in s.letters.for_case(case_id)
        ]
        documents = [
            (doc.name, ATTACHMENT_ROLE_LABEL_NL[doc.role], doc.sha256)
            for doc in s.attachments.for_case(case_id)
            if doc.role not in ID_COPY_ROLES
        ]
        event_id, event_hash = s.audit.head()
        case_file = CaseFile(
            reference=case.reference,
            controller=settings.controller_name,
            made_on=s.ctx.today(),
            facts=facts,
            rights=rights,
            identity=identity_rows,
            recipients=[(n.recipient, _date(n.notified_on), n.how) for n in case.recipients],
            inquiries=[
                (
                    INQUIRY_KIND_LABEL_NL[i.kind],
                    _date(i.received_on),
                    i.their_reference or "—",
                    _date(i.deadline),
                )
                for i in s.inquiries.for_case(case_id)
            ],
            timeline=[(e.at, e.actor, describe(e)) for e in s.audit.for_case(case_id)],
            documents=documents,
            annexes=annexes,
            witness=f"PrivacyDesk audit #{event_id} {event_hash}",
        )
        return render_case_file(case_file)

    def write(self, case_id: int, path: Path) -> int:
        pdf = self.render(case_id)
        write_file(path, pdf)
        return len(pdf)
