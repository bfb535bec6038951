"""Documents on a case, identity verification, and purging ID copies for good."""

from __future__ import annotations

import base64
import hashlib
import io
from dataclasses import replace
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.identity import CheckResult, IdCopyFields, IdentityCheck
from privacydesk.documents.email_import import parse_email
from privacydesk.documents.sniffing import AttachmentError
from privacydesk.services import Services
from privacydesk.services.attachments import AttachmentRuleError
from privacydesk.services.cases import CaseRuleError
from tests.documents.conftest import make_image, make_pdf
from tests.services.helpers import new_request


def _case(services: Services) -> int:
    return services.cases.register(new_request()).id


def test_a_document_is_stored_in_the_register_with_its_hash(services: Services) -> None:
    case_id = _case(services)
    pdf = make_pdf()
    result = services.attachments.add(case_id, "verzoek.pdf", pdf, AttachmentRole.SIGNED_REQUEST)
    (info,) = result.added
    assert info.sha256 == hashlib.sha256(pdf).hexdigest()
    assert info.content_type == "application/pdf" and info.role is AttachmentRole.SIGNED_REQUEST
    assert services.attachments.data(info.id) == pdf
    assert services.audit.for_case(case_id)[-1].action == "attachment.added"


def test_the_same_document_twice_on_a_case_is_refused(services: Services) -> None:
    case_id = _case(services)
    pdf = make_pdf()
    services.attachments.add(case_id, "verzoek.pdf", pdf, AttachmentRole.SIGNED_REQUEST)
    with pytest.raises(AttachmentRuleError, match="zit al bij het dossier"):
        services.attachments.add(case_id, "kopie.pdf", pdf, AttachmentRole.CORRESPONDENCE)
    assert len(services.attachments.for_case(case_id)) == 1


def test_a_refused_file_leaves_nothing_behind(services: Services) -> None:
    case_id = _case(services)
    events = len(services.audit.all())
    with pytest.raises(AttachmentError):
        services.attachments.add(
            case_id, "x.pdf", b"MZ" + b"\0" * 100, AttachmentRole.SIGNED_REQUEST
        )
    assert services.attachments.for_case(case_id) == []
    assert len(services.audit.all()) == events


def test_the_size_limit_follows_the_settings(services: Services) -> None:

    services.settings.save(replace(services.settings.get(), attachment_size_limit_mb=1))
    case_id = _case(services)
    with pytest.raises(AttachmentError, match="limiet is 1 MB"):
        services.attachments.add(
            case_id, "groot.pdf", make_pdf() + b"\0" * 1_100_000, AttachmentRole.CORRESPONDENCE
        )


def test_an_email_brings_its_attachments_along(services: Services) -> None:
    case_id = _case(services)
    message = EmailMessage()
    message["From"] = "Jan Peeters <jan@example.be>"
    message["Subject"] = "Inzage"
    message.set_content("Zie bijlagen.")
    message.add_attachment(make_image("JPEG"), maintype="image", subtype="jpeg", filename="id.jpg")
    message.add_attachment(
        b"MZ" + b"\0" * 50, maintype="application", subtype="pdf", filename="virus.pdf"
    )
    result = services.attachments.add(
        case_id, "mail.eml", message.as_bytes(), AttachmentRole.CORRESPONDENCE
    )
    assert [a.name for a in result.added] == ["mail.eml", "id.jpg"]
    assert result.added[1].parent_id == result.added[0].id
    assert len(result.skipped) == 1 and "virus.pdf" in str(result.skipped[0])


def _id_image(marker: bytes) -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (64, 40), (10, 120, 200))
    image.save(buffer, format="PNG", pnginfo=_text_chunk(marker))
    return buffer.getvalue()


def _text_chunk(marker: bytes):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", marker.decode())
    return info


def test_purged_id_copies_are_gone_from_the_database_file(
    services: Services, register_path: Path
) -> None:
    case_id = _case(services)
    marker = b"UNIQUE-ID-MARKER-7f3a9c51e2"
    services.attachments.add(case_id, "id-voor.png", _id_image(marker), AttachmentRole.ID_RECTO)
    services.attachments.add(
        case_id, "id-achter.png", _id_image(marker + b"-verso"), AttachmentRole.ID_VERSO
    )
    services.attachments.add(case_id, "verzoek.pdf", make_pdf(), AttachmentRole.SIGNED_REQUEST)

    def on_disk() -> bytes:
        wal = Path(str(register_path) + "-wal")
        return register_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")

    assert marker in on_disk()
    assert services.attachments.purge_id_copies(case_id) == 2
    assert marker not in on_disk()
    assert [a.role for a in services.attachments.for_case(case_id)] == [
        AttachmentRole.SIGNED_REQUEST
    ]
    event = services.audit.for_case(case_id)[-1]
    assert event.action == "identity.id_copies_purged" and event.details["count"] == 2


_GOOD_COPY = IdCopyFields(
    name="Van den Broeck Éloïse",
    card_number="591-1917064-58",
    expiry=date(2030, 1, 1),
    recto_present=True,
    verso_present=True,
)


def _record_copy_checks(services: Services, case_id: int, fields: IdCopyFields) -> None:
    results = services.identity.evaluate(case_id, fields)
    services.identity.record_checks(case_id, results, fields=fields)


def test_verifying_identity_keeps_a_record_and_purges_the_copy(services: Services) -> None:
    case_id = _case(services)
    services.attachments.add(case_id, "id-voor.png", _id_image(b"recto"), AttachmentRole.ID_RECTO)
    services.attachments.add(case_id, "id-achter.png", _id_image(b"verso"), AttachmentRole.ID_VERSO)
    results = services.identity.evaluate(case_id, _GOOD_COPY)
    assert results[IdentityCheck.NAME_MATCH] is CheckResult.PASSED
    stored = services.identity.record_checks(case_id, results, fields=_GOOD_COPY)
    assert stored[IdentityCheck.CARD_NUMBER].result is CheckResult.PASSED
    assert stored[IdentityCheck.CARD_NUMBER].checked_by == "officer"
    purged = services.identity.mark_verified(case_id, "id_copy")
    assert purged == 2
    record = services.identity.record(case_id)
    assert record.card_last_digits == "458" and record.document_type == "eID"
    assert record.copies_purged_at is not None
    assert services.attachments.id_copies(case_id) == []


def test_an_id_copy_that_fails_a_check_does_not_establish_identity(services: Services) -> None:
    case_id = _case(services)
    services.attachments.add(case_id, "id-voor.png", _id_image(b"recto"), AttachmentRole.ID_RECTO)
    services.attachments.add(case_id, "id-achter.png", _id_image(b"verso"), AttachmentRole.ID_VERSO)
    with pytest.raises(CaseRuleError, match="nog niet gecontroleerd: voor- en achterzijde"):
        services.identity.mark_verified(case_id, "id_copy")  # nothing checked yet
    expired = replace(_GOOD_COPY, expiry=date(2026, 1, 1))
    _record_copy_checks(services, case_id, expired)
    with pytest.raises(CaseRuleError, match="niet vervallen op de ontvangstdatum"):
        services.identity.mark_verified(case_id, "id_copy")
    assert services.identity.record(case_id).status.value == "unverified"
    assert len(services.attachments.id_copies(case_id)) == 2  # nothing purged on a refusal
    # Another way of establishing identity stays open to the officer.
    assert services.identity.mark_verified(case_id, "in_person") == 2


def test_with_automatic_purge_off_the_copy_stays_until_purged_by_hand(services: Services) -> None:

    services.settings.save(replace(services.settings.get(), auto_purge_id_copies=False))
    case_id = _case(services)
    services.attachments.add(case_id, "id.png", _id_image(b"x"), AttachmentRole.ID_RECTO)
    services.attachments.add(case_id, "id-2.png", _id_image(b"y"), AttachmentRole.ID_VERSO)
    _record_copy_checks(services, case_id, _GOOD_COPY)
    assert services.identity.mark_verified(case_id, "id_copy") == 0
    assert len(services.attachments.id_copies(case_id)) == 2
    from privacydesk.services.reminders import ReminderKind

    assert [r.kind for r in services.reminders.due()] == [ReminderKind.ID_COPY_HELD]


def test_a_signed_request_is_trusted_once_its_root_is_configured(
    services: Services, tmp_path: Path
) -> None:

    from tests.documents.test_signatures import make_pki, make_signed_pdf

    material = make_pki()
    signed = make_signed_pdf(material)
    case_id = services.cases.register(new_request("Jan Peeters")).id
    (info,) = services.attachments.add(
        case_id, "verzoek.pdf", signed, AttachmentRole.SIGNED_REQUEST
    ).added
    ((report, matches),) = services.attachments.check_signatures(info.id)
    assert report.intact and not report.trusted and matches
    roots = tmp_path / "roots"
    roots.mkdir()
    (roots / "test-root.pem").write_bytes(material["ca"])
    services.settings.save(replace(services.settings.get(), trusted_roots_folder=str(roots)))
    ((report, matches),) = services.attachments.check_signatures(info.id)
    assert report.trusted and matches


def test_an_id_copy_that_came_by_email_leaves_no_copy_inside_the_email(
    services: Services, register_path: Path
) -> None:
    case_id = _case(services)
    marker = b"ID-IN-MAIL-MARKER-41c9"
    card = _id_image(marker)
    message = EmailMessage()
    message["From"] = "Éloïse <eloise@example.be>"
    message["Subject"] = "Mijn identiteitskaart"
    message.set_content("In bijlage mijn identiteitskaart.")
    message.add_attachment(card, maintype="image", subtype="png", filename="eid-voorzijde.png")
    raw = message.as_bytes()
    # A line of the card as the e-mail carries it (base64): it must not survive either.
    encoded_line = base64.encodebytes(card).splitlines()[2]
    assert encoded_line in raw

    mail, image = services.attachments.add(
        case_id, "mail.eml", raw, AttachmentRole.CORRESPONDENCE
    ).added
    stored_mail = services.attachments.data(mail.id)
    assert b"eid-voorzijde.png" in stored_mail  # named, not contained
    assert parse_email(stored_mail).attachments == ()
    services.attachments.set_role(image.id, AttachmentRole.ID_RECTO)
    services.attachments.purge_id_copies(case_id)

    wal = Path(str(register_path) + "-wal")
    on_disk = register_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert marker not in on_disk and encoded_line not in on_disk
    assert [a.name for a in services.attachments.for_case(case_id)] == ["mail.eml"]


def _mail_with(card: bytes, filename: str = "eid-voorzijde.png") -> bytes:
    message = EmailMessage()
    message["From"] = "Éloïse <eloise@example.be>"
    message["Subject"] = "Mijn identiteitskaart"
    message.set_content("In bijlage mijn identiteitskaart.")
    message.add_attachment(card, maintype="image", subtype="png", filename=filename)
    return message.as_bytes()


def test_an_id_scan_that_came_by_email_becomes_an_id_copy_when_added_again(
    services: Services,
) -> None:
    case_id = _case(services)
    card = _id_image(b"scan-uit-de-mail")
    mail, image = services.attachments.add(
        case_id, "mail.eml", _mail_with(card), AttachmentRole.CORRESPONDENCE
    ).added
    assert image.role is AttachmentRole.CORRESPONDENCE

    result = services.attachments.add(case_id, "eid-voorzijde.png", card, AttachmentRole.ID_RECTO)

    assert result.added == () and result.skipped == ()
    (change,) = result.role_changed
    assert change.old_role is AttachmentRole.CORRESPONDENCE
    assert change.attachment.id == image.id and change.attachment.role is AttachmentRole.ID_RECTO
    assert [a.id for a in services.attachments.id_copies(case_id)] == [image.id]
    event = services.audit.for_case(case_id)[-1]
    assert event.action == "attachment.role_changed"
    assert event.details == {
        "name": "eid-voorzijde.png",
        "old": "correspondence",
        "new": "id_recto",
    }
    # Now the purge after verification finds it, and the e-mail stays.
    assert services.attachments.purge_id_copies(case_id) == 1
    assert [a.id for a in services.attachments.for_case(case_id)] == [mail.id]


def test_a_duplicate_refusal_names_the_document_and_its_role(services: Services) -> None:
    case_id = _case(services)
    pdf = make_pdf()
    services.attachments.add(case_id, "verzoek.pdf", pdf, AttachmentRole.SIGNED_REQUEST)
    with pytest.raises(AttachmentRuleError) as refused:
        services.attachments.add(case_id, "kopie.pdf", pdf, AttachmentRole.MANDATE)
    assert str(refused.value) == (
        "'kopie.pdf' zit al bij het dossier als 'verzoek.pdf', met de rol ondertekend verzoek."
    )
    assert [a.role for a in services.attachments.for_case(case_id)] == [
        AttachmentRole.SIGNED_REQUEST
    ]


def test_an_id_copy_added_again_as_the_other_side_is_refused_not_retagged(
    services: Services,
) -> None:
    """Re-adding a side as the other one is a mix-up; the role list corrects a wrong side."""
    case_id = _case(services)
    card = _id_image(b"voorzijde")
    services.attachments.add(case_id, "voor.png", card, AttachmentRole.ID_RECTO)
    events = len(services.audit.all())
    with pytest.raises(AttachmentRuleError, match="met de rol identiteitsdocument \\(voorzijde\\)"):
        services.attachments.add(case_id, "achter.png", card, AttachmentRole.ID_VERSO)
    assert [a.role for a in services.attachments.for_case(case_id)] == [AttachmentRole.ID_RECTO]
    assert len(services.audit.all()) == events


def test_an_email_added_again_as_an_id_copy_stays_correspondence(services: Services) -> None:
    """The e-mail's attachments are split off, so the e-mail itself is never the ID copy."""
    case_id = _case(services)
    raw = _mail_with(_id_image(b"kaart"))
    services.attachments.add(case_id, "mail.eml", raw, AttachmentRole.CORRESPONDENCE)
    with pytest.raises(AttachmentRuleError, match="zit al bij het dossier"):
        services.attachments.add(case_id, "eid.eml", raw, AttachmentRole.ID_RECTO)
    assert services.attachments.id_copies(case_id) == []


def test_an_email_attachment_already_on_the_case_is_skipped_with_its_name_and_role(
    services: Services,
) -> None:
    case_id = _case(services)
    card = _id_image(b"al-gekregen")
    services.attachments.add(case_id, "id.png", card, AttachmentRole.ID_RECTO)
    result = services.attachments.add(
        case_id, "mail.eml", _mail_with(card, "kaart.png"), AttachmentRole.CORRESPONDENCE
    )
    assert [a.name for a in result.added] == ["mail.eml"]
    assert tuple(str(s) for s in result.skipped) == (
        "'kaart.png' zit al bij het dossier als 'id.png', met de rol "
        "identiteitsdocument (voorzijde).",
    )


def test_a_signed_request_added_again_as_an_id_copy_is_refused_not_retagged(
    services: Services,
) -> None:
    # Retagging it would have the purge after verification destroy the signed request.
    case_id = _case(services)
    pdf = make_pdf()
    services.attachments.add(case_id, "verzoek-voor-inzage.pdf", pdf, AttachmentRole.SIGNED_REQUEST)
    with pytest.raises(AttachmentRuleError, match="ondertekend verzoek"):
        services.attachments.add(case_id, "id-voor.pdf", pdf, AttachmentRole.ID_RECTO)
    assert [a.role for a in services.attachments.for_case(case_id)] == [
        AttachmentRole.SIGNED_REQUEST
    ]
