"""E-mails a stranger can send (the From name, the headers, the parts are all theirs): each
pre-fills a case and is attached, or is refused with a sentence that leaves no trace."""

from __future__ import annotations

import base64
from datetime import date

import pytest

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.case import Channel, Requester, RightRequest
from privacydesk.core.rights import Right
from privacydesk.documents.email_import import parse_email as email_prefill
from privacydesk.services import Services
from privacydesk.services.cases import NewRequest
from tests.documents.conftest import make_image, make_pdf
from tests.documents.hostile_pdfs import self_referencing_page_tree
from tests.documents.msg_builder import make_msg
from tests.robustness.conftest import refused_or_done


def _eml(headers: str, body: bytes = b"Graag inzage.\r\n") -> bytes:
    return headers.replace("\n", "\r\n").encode("utf-8", "surrogateescape") + b"\r\n" + body


def _with_attachment(name: str, data: bytes, content_type: str = "application/pdf") -> bytes:
    encoded = base64.encodebytes(data).decode()
    return _eml(
        "From: Jan <jan@example.be>\nTo: dpo@example.be\nSubject: Verzoek\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="XX"\n',
        (
            "--XX\r\nContent-Type: text/plain\r\n\r\nZie bijlage.\r\n--XX\r\n"
            f'Content-Type: {content_type}\r\nContent-Disposition: attachment; filename="{name}"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}\r\n--XX--\r\n"
        ).encode("utf-8", "surrogateescape"),
    )


BASE = "To: dpo@example.be\nSubject: Verzoek\nDate: Mon, 23 Nov 2026 10:00:00 +0100\n"

_EMAILS: dict[str, bytes] = {
    "formula-name": _eml('From: "=HYPERLINK(""http://x"",""klik"")" <a@b.be>\n' + BASE),
    "invisible-name": _eml("From: \u200b\u200b <a@b.be>\n" + BASE),
    "bidi-name": _eml("From: \u202eneJ <a@b.be>\n" + BASE),
    "encoded-word-garbage": _eml("From: =?utf-8?b?////?= <a@b.be>\n" + BASE),
    "encoded-word-bad-charset": _eml("From: =?x-unknown?q?Jan?= <a@b.be>\n" + BASE),
    "latin1-raw-header": _eml("From: Andr\udce9 <a@b.be>\n" + BASE),
    "no-from": _eml(BASE),
    "empty-from": _eml("From: \n" + BASE),
    "from-without-address": _eml("From: Jan Janssens\n" + BASE),
    "two-froms": _eml("From: a <a@b.be>\nFrom: b <b@b.be>\n" + BASE),
    "from-10k": _eml(f"From: {'J' * 10000} <a@b.be>\n" + BASE),
    "date-garbage": _eml("From: a <a@b.be>\nTo: x@y.be\nSubject: s\nDate: gisteren\n"),
    "date-year-9999": _eml(
        "From: a <a@b.be>\nTo: x@y.be\nSubject: s\nDate: Fri, 31 Dec 9999 23:59:59 +1400\n"
    ),
    "date-year-0001": _eml(
        "From: a <a@b.be>\nTo: x@y.be\nSubject: s\nDate: Mon, 1 Jan 0001 00:00:00 -1200\n"
    ),
    "date-in-future": _eml(
        "From: a <a@b.be>\nTo: x@y.be\nSubject: s\nDate: Mon, 1 Jan 2046 10:00:00 +0100\n"
    ),
    "subject-crlf-injection": _eml(
        "From: a <a@b.be>\nTo: x@y.be\nSubject: a\n Bcc: z@z.be\nDate: x\n"
    ),
    "body-nul": _eml("From: a <a@b.be>\n" + BASE, b"\x00\x00\x00"),
    "body-huge-line": _eml("From: a <a@b.be>\n" + BASE, b"x" * 200_000),
    "html-only-script": _eml(
        "From: a <a@b.be>\n" + BASE + "MIME-Version: 1.0\nContent-Type: text/html\n",
        b"<script>alert(1)</script><p>Inzage</p>",
    ),
    "bad-base64": _eml(
        "From: a <a@b.be>\n" + BASE + "Content-Transfer-Encoding: base64\n", b"!!!!not base64"
    ),
    "multipart-no-boundary": _eml(
        "From: a <a@b.be>\n" + BASE + "MIME-Version: 1.0\nContent-Type: multipart/mixed\n",
        b"--\r\n--\r\n",
    ),
    "multipart-unclosed": _eml(
        "From: a <a@b.be>\n"
        + BASE
        + 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="B"\n',
        b"--B\r\nContent-Type: text/plain\r\n\r\nhallo",
    ),
    "attachment-exe": _with_attachment("factuur.pdf", b"MZ" + b"\x00" * 300),
    "attachment-loop-pdf": _with_attachment("id.pdf", self_referencing_page_tree()),
    "attachment-traversal-name": _with_attachment("../../x.pdf", make_pdf()),
    "attachment-surrogate-name": _with_attachment("id\udcff.png", make_image("PNG"), "image/png"),
    "attachment-empty": _with_attachment("leeg.pdf", b""),
    "attachment-ok": _with_attachment("verzoek.pdf", make_pdf()),
    "msg-ok": make_msg(),
    "msg-formula-name": make_msg(sender_name="@SUM(1+1)*cmd|' /C calc'!A0"),
    "msg-invisible-name": make_msg(sender_name="\u2060\u200b"),
    "msg-truncated": make_msg()[:700],
    "not-an-email": b"Dit is geen e-mail maar gewone tekst.\n",
}


def test_the_email_corpus_is_large_enough() -> None:
    assert len(_EMAILS) >= 30


@pytest.mark.parametrize("key", sorted(_EMAILS))
def test_a_hostile_email_prefills_a_case_or_is_refused_with_a_sentence(
    register: Services, key: str
) -> None:
    data = _EMAILS[key]
    mail, refusal = refused_or_done(register, lambda: email_prefill(data))
    if refusal is not None:
        return
    today = register.ctx.today()
    received = min(mail.sent.astimezone().date() if mail.sent else today, today)
    request = NewRequest(
        requester=Requester(name=mail.sender_name or mail.sender_email, email=mail.sender_email),
        channel=Channel.EMAIL,
        received=max(received, date(2000, 1, 1)),
        rights=[RightRequest(right=Right.ACCESS, words="inzage")],
        notes=f"{mail.subject}\n\n{mail.body}".strip()[:4000],
    )
    case, refusal = refused_or_done(register, lambda: register.cases.register(request))
    if refusal is not None:
        return
    refused_or_done(
        register,
        lambda: register.attachments.add(
            case.id, "bericht.eml", data, AttachmentRole.CORRESPONDENCE
        ),
    )
    # What was stored reads back as it went in.
    assert register.cases.get(case.id).requester.name == request.requester.name.strip()
