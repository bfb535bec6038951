"""A request by e-mail: the case and its mail are registered together, or not at all."""

from __future__ import annotations

from dataclasses import replace
from email.message import EmailMessage

import pytest

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.case import Channel, RightRequest
from privacydesk.core.errors import UserFacingError
from privacydesk.core.rights import Right
from privacydesk.services import Services
from privacydesk.services.attachments import AttachmentService


def _mail() -> bytes:
    message = EmailMessage()
    message["From"] = "Chloë Mertens <chloe@example.be>"
    message["To"] = "privacy@example.be"
    message["Subject"] = "Inzage in mijn gegevens"
    message["Date"] = "Mon, 23 Nov 2026 09:15:00 +0100"
    message.set_content("Graag een kopie van alle gegevens die u over mij bijhoudt.")
    return message.as_bytes()


def _request(services: Services, data: bytes):
    prefill = services.email_intake.prefill(data)
    # The officer names the right in the intake dialog before registering.
    return replace(prefill, rights=[RightRequest(Right.ACCESS, "kopie van alle gegevens")])


def test_the_mail_prefills_the_request(services: Services) -> None:
    prefill = services.email_intake.prefill(_mail())
    assert prefill.requester.name == "Chloë Mertens"
    assert prefill.requester.email == "chloe@example.be"
    assert prefill.channel is Channel.EMAIL
    assert prefill.received.isoformat() == "2026-11-23"
    assert prefill.notes.startswith("Inzage in mijn gegevens")


def test_the_case_is_registered_with_its_mail_attached(services: Services) -> None:
    created = services.email_intake.register(_request(services, _mail()), "verzoek.eml", _mail())
    documents = services.attachments.for_case(created.case.id)
    assert [(d.name, d.role) for d in documents] == [("verzoek.eml", AttachmentRole.CORRESPONDENCE)]
    assert created.case.reference == "PD-2026-0001"


def test_a_mail_that_cannot_be_stored_leaves_no_case(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = _request(services, _mail())

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise UserFacingError("De schijf is vol; er werd niets gewijzigd.")

    monkeypatch.setattr(AttachmentService, "_store", disk_full)
    with pytest.raises(UserFacingError, match="schijf is vol"):
        services.email_intake.register(request, "verzoek.eml", _mail())
    assert services.cases.list_cases() == []
    assert services.audit.all() == []  # no trace of a case that never was
    monkeypatch.undo()
    # The reference was not used up either.
    created = services.email_intake.register(request, "verzoek.eml", _mail())
    assert created.case.reference == "PD-2026-0001"


def test_a_refused_file_registers_nothing(services: Services) -> None:
    request = _request(services, _mail())
    with pytest.raises(UserFacingError):
        services.email_intake.register(request, "verzoek.eml", b"MZ\x90\x00 not a mail at all")
    assert services.cases.list_cases() == []
