"""Requests that arrive by e-mail: sender, date, text and attachments are taken in."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from privacydesk.documents.email_import import EmailImportError, parse_email
from tests.documents.conftest import make_image, make_pdf


def _mail(*, html_only: bool = False) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Éloïse Van den Broeck <eloise@example.be>"
    message["To"] = "info@bimsoft.be"
    message["Subject"] = "Verzoek tot inzage — GDPR"
    message["Date"] = format_datetime(datetime(2026, 11, 20, 9, 30, tzinfo=UTC))
    if html_only:
        message.set_content(
            "<p>Geachte,</p><p>Graag <b>inzage</b> in mijn gegevens.</p>", subtype="html"
        )
    else:
        message.set_content("Geachte,\n\nGraag inzage in mijn gegevens.\n\nÉloïse")
    return message


def test_sender_date_subject_and_body_are_read() -> None:
    mail = parse_email(bytes(_mail()))
    assert mail.sender_name == "Éloïse Van den Broeck"
    assert mail.sender_email == "eloise@example.be"
    assert mail.sent == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    assert mail.subject == "Verzoek tot inzage — GDPR"
    assert "Graag inzage in mijn gegevens." in mail.body


def test_an_html_only_mail_becomes_readable_text() -> None:
    mail = parse_email(bytes(_mail(html_only=True)))
    assert "Graag inzage in mijn gegevens." in mail.body
    assert "<" not in mail.body


def test_attachments_come_along_with_their_names() -> None:
    message = _mail()
    pdf, jpeg = make_pdf(), make_image("JPEG")
    message.add_attachment(
        pdf, maintype="application", subtype="pdf", filename="verzoek ondertekend.pdf"
    )
    message.add_attachment(
        jpeg, maintype="image", subtype="jpeg", filename="identiteitskaart-voorzijde-é.jpg"
    )
    forwarded = _mail()
    message.add_attachment(forwarded)
    mail = parse_email(message.as_bytes())
    names = [name for name, _data in mail.attachments]
    assert names[:2] == ["verzoek ondertekend.pdf", "identiteitskaart-voorzijde-é.jpg"]
    assert mail.attachments[0][1] == pdf and mail.attachments[1][1] == jpeg
    assert names[2].endswith(".eml")
    assert b"Verzoek tot inzage" in mail.attachments[2][1] or b"=?utf-8?" in mail.attachments[2][1]


def test_encoded_word_headers_are_decoded() -> None:
    raw = (
        b"From: =?utf-8?q?Fran=C3=A7ois_Dubois?= <francois@example.be>\r\n"
        b"Subject: =?utf-8?q?Demande_d=27acc=C3=A8s?=\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nBonjour"
    )
    mail = parse_email(raw)
    assert mail.sender_name == "François Dubois"
    assert mail.subject == "Demande d'accès"


def test_something_that_is_not_an_email_is_refused() -> None:
    with pytest.raises(EmailImportError, match="geen e-mail"):
        parse_email(make_pdf())


def test_a_damaged_outlook_message_is_refused_with_a_sentence() -> None:
    garbage_ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(EmailImportError, match="Outlook"):
        parse_email(garbage_ole)
