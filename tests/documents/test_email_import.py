"""Requests that arrive by e-mail: sender, date, text and attachments are taken in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from privacydesk.documents.email_import import (
    EmailImportError,
    ImportedEmail,
    parse_email,
    parse_eml,
    parse_msg,
    without_attachments,
)
from tests.documents.conftest import make_image, make_pdf
from tests.documents.msg_builder import make_msg

SENT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _mail(*, html_only: bool = False, subject: str = "Verzoek tot inzage — GDPR") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Éloïse Van den Broeck <eloise@example.be>"
    message["To"] = "privacy@bimsoft.be"
    message["Subject"] = subject
    message["Date"] = format_datetime(SENT)
    if html_only:
        message.set_content(
            "<html><head><style>p {color: red}</style><title>Verzoek</title></head><body>"
            "<p>Geachte,</p><p>Graag <b>inzage</b> in mijn gegevens &amp; een kopie.<br>"
            "Het gaat om:</p><ul><li>mijn klantendossier</li><li>camerabeelden</li></ul>"
            "<script>alert('x')</script><p>Met vriendelijke groeten,<br>&Eacute;lo&iuml;se</p>"
            "</body></html>",
            subtype="html",
        )
    else:
        message.set_content("Geachte,\n\nGraag inzage in mijn gegevens.\n\nÉloïse")
    return message


# -- .eml: the essentials -----------------------------------------------------------------


def test_sender_date_subject_and_body_are_read() -> None:
    mail = parse_email(bytes(_mail()))
    assert mail.sender_name == "Éloïse Van den Broeck"
    assert mail.sender_email == "eloise@example.be"
    assert mail.sent == SENT
    assert mail.subject == "Verzoek tot inzage — GDPR"
    assert mail.body == "Geachte,\n\nGraag inzage in mijn gegevens.\n\nÉloïse"
    assert mail.attachments == ()


def test_an_html_only_mail_becomes_readable_text() -> None:
    mail = parse_email(bytes(_mail(html_only=True)))
    assert mail.body.splitlines() == [
        "Geachte,",
        "",
        "Graag inzage in mijn gegevens & een kopie.",
        "Het gaat om:",
        "",
        "- mijn klantendossier",
        "- camerabeelden",
        "",
        "Met vriendelijke groeten,",
        "Éloïse",
    ]


def test_with_text_and_html_the_text_is_taken_and_the_html_is_no_attachment() -> None:
    message = _mail()
    message.add_alternative("<p>Geachte, <b>HTML</b></p>", subtype="html")
    mail = parse_email(bytes(message))
    assert mail.body.startswith("Geachte,\n\nGraag inzage")
    assert mail.attachments == ()


def test_an_empty_text_part_falls_back_to_the_html() -> None:
    message = _mail()
    message.set_content(" \n")
    message.add_alternative("<p>Alleen hier staat de vraag.</p>", subtype="html")
    assert parse_email(bytes(message)).body == "Alleen hier staat de vraag."


@pytest.mark.parametrize(
    ("header", "name", "address"),
    [
        (
            b"=?utf-8?q?Fran=C3=A7ois_Dubois?= <francois@example.be>",
            "François Dubois",
            "francois@example.be",
        ),
        (
            b"=?iso-8859-1?q?Fran=E7ois_Dubois?= <francois@example.be>",
            "François Dubois",
            "francois@example.be",
        ),
        (
            b"=?utf-8?b?w4lsb8Ovc2UgVmFuIGRlbiBCcm9lY2s=?= <e@example.be>",
            "Éloïse Van den Broeck",
            "e@example.be",
        ),
        (
            b'"Dubois, Fran\xc3\xa7ois" <francois@example.be>',
            "Dubois, François",
            "francois@example.be",
        ),
        (b"francois@example.be", "", "francois@example.be"),
    ],
)
def test_sender_headers_in_any_encoding_are_decoded(header: bytes, name: str, address: str) -> None:
    raw = (
        b"From: "
        + header
        + b"\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour"
    )
    mail = parse_email(raw)
    assert (mail.sender_name, mail.sender_email) == (name, address)


def test_control_characters_in_a_header_do_not_reach_the_register() -> None:
    # A stranger's From name with a bell and a NUL: no file format the register writes to
    # (a workbook, a letter) can hold them, and they show as nothing.
    raw = (
        b"From: =?utf-8?q?Piet=07Bel=00?= <piet@example.be>\r\n"
        b"Subject: =?utf-8?q?Inzage=1B?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHallo"
    )
    mail = parse_email(raw)
    assert (mail.sender_name, mail.subject) == ("PietBel", "Inzage")


def test_an_encoded_word_subject_is_decoded() -> None:
    raw = (
        b"From: Jan <jan@example.be>\r\n"
        b"Subject: =?utf-8?q?Demande_d=27acc=C3=A8s?= =?utf-8?q?_=E2=80=94_RGPD?=\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nBonjour"
    )
    assert parse_email(raw).subject == "Demande d'accès — RGPD"


def test_a_folded_subject_is_one_line() -> None:
    raw = b"From: Jan <jan@example.be>\r\nSubject: Verzoek tot\r\n inzage\r\n\r\nHallo"
    assert parse_email(raw).subject == "Verzoek tot inzage"


@pytest.mark.parametrize(
    ("date_header", "sent"),
    [
        (
            b"Fri, 20 Nov 2026 10:30:00 +0100",
            datetime(2026, 11, 20, 10, 30, tzinfo=timezone(timedelta(hours=1))),
        ),
        (b"20 Nov 2026 09:30:00 GMT", datetime(2026, 11, 20, 9, 30, tzinfo=UTC)),
        (b"gisteren rond de middag", None),
    ],
)
def test_the_sending_date_is_read_or_left_empty(date_header: bytes, sent: datetime | None) -> None:
    raw = b"From: jan@example.be\r\nDate: " + date_header + b"\r\nSubject: x\r\n\r\nHallo"
    assert parse_email(raw).sent == sent


def test_a_body_in_an_unknown_charset_is_still_read() -> None:
    raw = (
        b"From: jan@example.be\r\nSubject: x\r\n"
        b"Content-Type: text/plain; charset=x-onbekend\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\nGraag inzage, \xc3\xa9\xc3\xa9n kopie."
    )
    assert parse_email(raw).body == "Graag inzage, één kopie."


def test_a_latin1_body_is_read_in_its_charset() -> None:
    raw = (
        b"From: jan@example.be\r\nSubject: x\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\nDemande d'acc=E8s"
    )
    assert parse_email(raw).body == "Demande d'accès"


# -- .eml: attachments --------------------------------------------------------------------


def test_attachments_come_along_with_their_names_and_exact_bytes() -> None:
    message = _mail()
    pdf, jpeg = make_pdf(), make_image("JPEG")
    message.add_attachment(
        pdf, maintype="application", subtype="pdf", filename="verzoek ondertekend.pdf"
    )
    message.add_attachment(
        jpeg, maintype="image", subtype="jpeg", filename="identiteitskaart-voorzijde-é.jpg"
    )
    mail = parse_email(message.as_bytes())
    assert mail.attachments == (
        ("verzoek ondertekend.pdf", pdf),
        ("identiteitskaart-voorzijde-é.jpg", jpeg),
    )
    assert mail.body.startswith("Geachte,")


def test_a_forwarded_mail_is_kept_whole_as_an_eml() -> None:
    message = _mail()
    forwarded = _mail(subject="Mijn eerste verzoek")
    forwarded.make_mixed()
    forwarded.add_attachment(make_image("PNG"), maintype="image", subtype="png", filename="id.png")
    message.add_attachment(forwarded)
    mail = parse_email(message.as_bytes())
    ((name, data),) = mail.attachments
    assert name == "Mijn eerste verzoek.eml"
    inner = parse_email(data)  # the forwarded mail, with its own attachment, reads again
    assert inner.subject == "Mijn eerste verzoek"
    assert [n for n, _ in inner.attachments] == ["id.png"]


def test_a_filename_in_raw_utf8_is_not_mangled() -> None:
    raw = (
        b"From: jan@example.be\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="grens"\r\n\r\n'
        b"--grens\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nZie bijlage.\r\n"
        b"--grens\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="r\xc3\xa9sum\xc3\xa9.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--grens--\r\n"
    )
    mail = parse_email(raw)
    assert mail.attachments == (("résumé.pdf", b"%PDF-1.4\n"),)


def test_an_id_photo_pasted_into_the_text_is_taken_in_too() -> None:
    message = _mail()
    message.add_alternative('<p>Hierbij mijn kaart:</p><img src="cid:kaart">', subtype="html")
    html_part = message.get_payload()[1]
    photo = make_image("JPEG")
    html_part.add_related(photo, maintype="image", subtype="jpeg", cid="<kaart>")
    mail = parse_email(message.as_bytes())
    assert [data for _name, data in mail.attachments] == [photo]
    assert mail.attachments[0][0].endswith(".jpg")


def test_an_email_signature_is_no_document() -> None:
    raw = (
        b"From: jan@example.be\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary="g"\r\n\r\n'
        b"--g\r\nContent-Type: text/plain\r\n\r\nOndertekend verzoek.\r\n"
        b"--g\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\n"
        b"Content-Disposition: attachment; filename=smime.p7s\r\n\r\nMIIB\r\n--g--\r\n"
    )
    mail = parse_email(raw)
    assert mail.body == "Ondertekend verzoek."
    assert mail.attachments == ()


# -- .eml: damaged and foreign files ------------------------------------------------------


def test_something_that_is_not_an_email_is_refused_saying_what_it_is() -> None:
    with pytest.raises(
        EmailImportError, match=r"geen e-mail \(\.eml of \.msg\) maar een PDF-document"
    ):
        parse_email(make_pdf())


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(EmailImportError, match="leeg"):
        parse_email(b"")


def test_bytes_without_mail_headers_are_refused_by_the_eml_reader() -> None:
    with pytest.raises(EmailImportError, match="geen leesbare e-mail"):
        parse_eml(b"\x00\x01\x02 willekeurige bytes \xff\xfe")


def test_a_mail_cut_off_anywhere_gives_a_sentence_or_what_was_readable() -> None:
    message = _mail()
    message.add_attachment(make_pdf(), maintype="application", subtype="pdf", filename="v.pdf")
    data = message.as_bytes()
    for end in range(0, len(data), 37):
        try:
            mail = parse_email(data[:end])
        except EmailImportError as refused:
            assert str(refused).endswith(".")
        else:
            assert isinstance(mail, ImportedEmail)


# -- .msg ---------------------------------------------------------------------------------


def test_an_outlook_message_is_read_with_its_attachments() -> None:
    pdf, jpeg = make_pdf(), make_image("JPEG")
    data = make_msg(attachments=(("verzoek.pdf", pdf), ("identiteitskaart-é.jpg", jpeg)))
    mail = parse_email(data)
    assert mail.sender_name == "Éloïse Van den Broeck"
    assert mail.sender_email == "eloise@example.be"
    assert mail.sent == SENT
    assert mail.subject == "Verzoek tot inzage"
    assert mail.body == "Geachte,\n\nGraag inzage in mijn gegevens.\n\nÉloïse"
    assert mail.attachments == (("verzoek.pdf", pdf), ("identiteitskaart-é.jpg", jpeg))


def test_an_outlook_sender_written_surname_comma_given_name_stays_one_person() -> None:
    mail = parse_email(make_msg(sender_name="Dubois, François", sender_email="f@example.be"))
    assert (mail.sender_name, mail.sender_email) == ("Dubois, François", "f@example.be")


def test_an_outlook_message_with_only_html_becomes_readable_text() -> None:
    data = make_msg(body=None, html_body=b"<html><body><p>Graag <b>inzage</b>.</p></body></html>")
    assert parse_msg(data).body == "Graag inzage."


def test_a_forwarded_outlook_message_is_kept_as_a_msg_that_reads_again() -> None:
    mail = parse_email(make_msg(forwarded_subject="Eerder verzoek"))
    ((name, data),) = mail.attachments
    assert name == "Eerder verzoek.msg"
    inner = parse_email(data)
    assert inner.subject == "Eerder verzoek"
    assert inner.body == "Het doorgestuurde bericht."


def test_an_outlook_contact_is_not_an_email() -> None:
    with pytest.raises(EmailImportError, match="geen e-mailbericht"):
        parse_email(make_msg(message_class="IPM.Contact"))


@pytest.mark.parametrize(
    "damaged",
    [
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,  # compound-file magic, then nothing
        make_msg()[:1536],  # cut off after the first sectors
    ],
)
def test_a_damaged_outlook_message_is_refused_with_a_sentence(damaged: bytes) -> None:
    with pytest.raises(EmailImportError, match=r"Outlook-bericht \(\.msg\)"):
        parse_email(damaged)


# -- Keeping the mail without its attachments ---------------------------------------------


def test_the_mail_kept_in_the_register_names_its_attachments_but_holds_none() -> None:
    message = _mail()
    id_card = make_image("JPEG")
    message.add_attachment(id_card, maintype="image", subtype="jpeg", filename="id-kaart.jpg")
    mail = parse_email(message.as_bytes())
    kept = without_attachments(mail)
    assert id_card not in kept
    again = parse_email(kept)
    assert again.attachments == ()
    assert (again.sender_name, again.sender_email, again.sent, again.subject) == (
        mail.sender_name,
        mail.sender_email,
        mail.sent,
        mail.subject,
    )
    assert "- id-kaart.jpg" in again.body


def test_a_subject_with_line_breaks_does_not_break_the_kept_mail() -> None:
    mail = ImportedEmail("Jan", "jan@example.be", None, "Verzoek\r\ntot inzage", "Hallo", ())
    assert parse_email(without_attachments(mail)).subject == "Verzoek tot inzage"
