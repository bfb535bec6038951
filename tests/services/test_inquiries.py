"""The GBA asks about a case: its question is recorded, reminded, and answered with a case file."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from privacydesk.cli import main
from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.inquiries import InquiryKind
from privacydesk.core.letter_kinds import LetterKind
from privacydesk.services import Services, open_services
from privacydesk.services.inquiries import InquiryError
from privacydesk.services.reminders import ReminderKind
from tests.conftest import Clock
from tests.documents.conftest import make_pdf
from tests.services.helpers import new_request


def test_a_gba_question_joins_the_reminders_until_it_is_answered(
    services: Services, clock: Clock
) -> None:
    case = services.cases.register(new_request(received=date(2026, 10, 1)))
    inquiry = services.inquiries.record(
        case.id,
        InquiryKind.GBA_COMPLAINT,
        date(2026, 11, 20),
        their_reference="DOS-2026-01234",
        deadline=date(2026, 12, 4),
    )
    due = [r for r in services.reminders.due() if r.kind is ReminderKind.INQUIRY_DUE]
    assert [(r.reference, r.due, r.days_left) for r in due] == [
        (case.reference, date(2026, 12, 4), 9)
    ]
    assert "DOS-2026-01234" in str(due[0].detail)
    services.inquiries.record_answer(inquiry.id, date(2026, 11, 25), "Dossieroverzicht en brieven")
    assert not [r for r in services.reminders.due() if r.kind is ReminderKind.INQUIRY_DUE]
    actions = [e.action for e in services.audit.for_case(case.id)]
    assert actions[-2:] == ["inquiry.recorded", "inquiry.answered"]
    assert services.report.figures(2026).inquiries == {InquiryKind.GBA_COMPLAINT: 1}


def test_an_inquiry_with_impossible_dates_is_refused_with_a_sentence(services: Services) -> None:
    case = services.cases.register(new_request())
    with pytest.raises(InquiryError, match="toekomst"):
        services.inquiries.record(case.id, InquiryKind.COURT, date(2026, 12, 1))
    with pytest.raises(InquiryError, match="vóór de ontvangst"):
        services.inquiries.record(
            case.id, InquiryKind.COURT, date(2026, 11, 20), deadline=date(2026, 11, 1)
        )
    assert services.inquiries.for_case(case.id) == []


def test_the_case_file_holds_the_data_timeline_and_letters_but_never_the_id_copy(
    services: Services,
) -> None:
    case = services.cases.register(new_request("Noël Lemaître"))
    id_copy = make_pdf()
    services.attachments.add(case.id, "id-recto.pdf", id_copy, AttachmentRole.ID_RECTO)
    draft = services.letters.draft(case.id, LetterKind.ACKNOWLEDGEMENT, None)
    letter = services.letters.issue(draft)
    services.inquiries.record(
        case.id, InquiryKind.GBA_INFORMATION, date(2026, 11, 24), their_reference="INF-77"
    )
    pdf = services.case_file.render(case.id)
    reader = PdfReader(io.BytesIO(pdf))
    front = "\n".join(page.extract_text() for page in reader.pages)
    assert f"Dossier {case.reference}" in front and "Noël Lemaître" in front
    assert "Verzoek geregistreerd" in front and "INF-77" in front
    assert letter.sha256 in front.replace("\n", "")
    # An ID copy is never part of it: not as an annex, not in the list of documents.
    assert id_copy not in pdf and "Documenten in het register" not in front
    # The issued letter follows as an annex, page for page as issued.
    issued_pages = len(PdfReader(io.BytesIO(services.letters.pdf(letter.id))).pages)
    assert len(reader.outline) == 1
    annex = reader.pages[-issued_pages].extract_text()
    assert case.reference in annex and "Noël Lemaître" in annex


def test_case_file_from_the_command_line(
    register_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(register_path)
    case = services.cases.register(new_request())
    services.close()
    out = tmp_path / "dossier.pdf"
    assert main(["--db", str(register_path), "case-file", case.reference, "--out", str(out)]) == 0
    assert case.reference in PdfReader(out).pages[0].extract_text()
    assert main(["--db", str(register_path), "case-file", "PD-1999-0001", "--out", str(out)]) == 2
    assert "geen dossier" in capsys.readouterr().err
