"""Reading a request that came by e-mail: sender, date, text and attachments (.eml, .msg)."""

from __future__ import annotations

import email
import email.policy
import html
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from privacydesk.core.errors import UserFacingError
from privacydesk.documents.sniffing import EML, MSG, sniff_content_type


class EmailImportError(UserFacingError):
    pass


@dataclass(frozen=True)
class ImportedEmail:
    sender_name: str
    sender_email: str
    sent: datetime | None
    subject: str
    body: str
    attachments: tuple[tuple[str, bytes], ...]


def html_to_text(markup: str) -> str:
    """Readable text from an HTML-only mail: paragraphs and line breaks kept, tags dropped."""
    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "", markup)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</(p|div|li|tr|h[1-6])>", "\n", text)
    text = re.sub(r"(?s)<[^>]+>", "", text)
    text = html.unescape(text)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r"\n\s*\n\s*\n+", "\n\n", text).strip()


def parse_eml(data: bytes) -> ImportedEmail:
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        sender_name, sender_email = "", ""
        addresses = getaddresses([str(message.get("From", ""))])
        if addresses:
            sender_name, sender_email = addresses[0]
        sent: datetime | None = None
        if message.get("Date"):
            try:
                sent = parsedate_to_datetime(str(message["Date"]))
            except (TypeError, ValueError):
                sent = None
        body_part = message.get_body(preferencelist=("plain", "html"))
        body = ""
        if body_part is not None:
            content = body_part.get_content()
            body = html_to_text(content) if body_part.get_content_subtype() == "html" else content
        attachments: list[tuple[str, bytes]] = []
        for index, part in enumerate(message.iter_attachments(), start=1):
            filename = part.get_filename()
            if part.get_content_type() == "message/rfc822":
                inner = part.get_payload(0) if part.is_multipart() else part.get_content()
                payload = inner.as_bytes() if hasattr(inner, "as_bytes") else bytes(inner)
                filename = filename or f"bijgevoegd-bericht-{index}.eml"
            else:
                raw = part.get_payload(decode=True)
                payload = raw if isinstance(raw, bytes) else b""
                filename = filename or f"bijlage-{index}"
            attachments.append((filename, payload))
        return ImportedEmail(
            sender_name=sender_name.strip(),
            sender_email=sender_email.strip(),
            sent=sent,
            subject=str(message.get("Subject", "")).strip(),
            body=body.strip(),
            attachments=tuple(attachments),
        )
    except Exception as exc:  # the stdlib parser is lenient; what still fails is damaged
        raise EmailImportError("Deze e-mail is beschadigd en kan niet gelezen worden.") from exc


def parse_msg(data: bytes) -> ImportedEmail:
    """An Outlook .msg, read with extract-msg."""
    import extract_msg

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bericht.msg"
        path.write_bytes(data)
        try:
            message = extract_msg.openMsg(str(path))
        except Exception as exc:
            raise EmailImportError(
                "Dit Outlook-bericht (.msg) is beschadigd en kan niet gelezen worden."
            ) from exc
        try:
            sender = str(message.sender or "")
            addresses = getaddresses([sender])
            sender_name, sender_email = addresses[0] if addresses else ("", "")
            sent = message.date if isinstance(message.date, datetime) else None
            body = message.body or ""
            if not body.strip() and getattr(message, "htmlBody", None):
                raw_html = message.htmlBody
                body = html_to_text(
                    raw_html.decode("utf-8", "replace") if isinstance(raw_html, bytes) else raw_html
                )
            attachments: list[tuple[str, bytes]] = []
            for index, attachment in enumerate(message.attachments, start=1):
                payload = getattr(attachment, "data", None)
                if isinstance(payload, bytes):
                    name = (
                        getattr(attachment, "longFilename", None)
                        or getattr(attachment, "shortFilename", None)
                        or f"bijlage-{index}"
                    )
                    attachments.append((str(name), payload))
            return ImportedEmail(
                sender_name=sender_name.strip(),
                sender_email=sender_email.strip(),
                sent=sent,
                subject=str(message.subject or "").strip(),
                body=str(body).strip(),
                attachments=tuple(attachments),
            )
        except EmailImportError:
            raise
        except Exception as exc:
            raise EmailImportError(
                "Dit Outlook-bericht (.msg) kan niet volledig gelezen worden."
            ) from exc
        finally:
            message.close()


def parse_email(data: bytes) -> ImportedEmail:
    kind = sniff_content_type(data)
    if kind == EML:
        return parse_eml(data)
    if kind == MSG:
        return parse_msg(data)
    raise EmailImportError("Dit bestand is geen e-mail (.eml of .msg).")


def without_attachments(mail: ImportedEmail) -> bytes:
    """The e-mail as a plain .eml with its text only, naming the attachments it had.

    Attachments are stored as documents of their own; keeping them inside the e-mail too
    would leave a second copy of an ID card after that card is purged.
    """
    from email.message import EmailMessage
    from email.utils import format_datetime, formataddr

    message = EmailMessage()
    if mail.sender_email or mail.sender_name:
        message["From"] = formataddr((mail.sender_name, mail.sender_email))
    if mail.sent is not None:
        message["Date"] = format_datetime(mail.sent)
    message["Subject"] = mail.subject
    message["X-PrivacyDesk"] = "bijlagen apart bewaard"
    body = mail.body
    if mail.attachments:
        names = "\n".join(f"- {name}" for name, _data in mail.attachments)
        body += f"\n\n[Bijlagen, apart bewaard in PrivacyDesk:]\n{names}\n"
    message.set_content(body)
    return message.as_bytes()
