"""Reading a request that came by e-mail: sender, date, text and attachments (.eml, .msg).

A damaged or foreign file raises :class:`EmailImportError` with one Dutch sentence, never a
raw exception from the parsers underneath.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from privacydesk.core.errors import UserFacingError
from privacydesk.documents.sniffing import (
    EML,
    MSG,
    OLE_STORAGE,
    describe_content_type,
    sniff_content_type,
)


class EmailImportError(UserFacingError):
    """An e-mail that cannot be read; the message says why, in one sentence."""


@dataclass(frozen=True)
class ImportedEmail:
    sender_name: str
    sender_email: str
    sent: datetime | None
    subject: str
    body: str  # plain text; an HTML-only mail converted to readable text
    attachments: tuple[tuple[str, bytes], ...]  # (name as sent, bytes); e-mails as .eml/.msg


# -- Text --------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "table",
        "tr",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
    }
)
_HIDDEN_TAGS = frozenset({"script", "style", "head", "title", "template"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag in ("p", "blockquote", "table") else "\n")
        if tag == "pre":
            self._pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag in ("p", "blockquote", "table") else "\n")
        if tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        self.parts.append(data if self._pre else re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """Readable text from an HTML mail: paragraphs, line breaks and list items kept."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    text = "".join(extractor.parts).replace("\u00a0", " ")
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _repair(text: str) -> str:
    """Undo the stdlib's surrogate escapes for raw 8-bit bytes in headers and names."""
    if not any("\udc80" <= char <= "\udcff" for char in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


# Control characters (a bell, a NUL) in a header show as nothing, and no workbook or file
# format can hold some of them: a header value keeps none.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", _CONTROLS.sub("", _repair(text))).strip()


def _decode_bytes(data: bytes, charset: str | None) -> str:
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", "replace")


# -- .eml ---------------------------------------------------------------------------------


def _header(message: Message, name: str) -> str:
    """A header as text; a malformed one is decoded by hand rather than refused."""
    try:
        value = message.get(name)
        return "" if value is None else _one_line(str(value))
    except Exception:
        raw = next((v for k, v in message.raw_items() if k.lower() == name.lower()), "")
        try:
            return _one_line(str(make_header(decode_header(str(raw)))))
        except Exception:
            return _one_line(str(raw))


def _sender(message: Message) -> tuple[str, str]:
    for name in ("From", "Sender", "Reply-To"):
        try:
            header: Any = message.get(name)
            addresses = getattr(header, "addresses", None)
            if addresses:
                first = addresses[0]
                return _one_line(first.display_name), _one_line(first.addr_spec)
        except Exception:
            pass
        text = _header(message, name)
        if text:
            display_name, address = getaddresses([text])[0]
            return display_name.strip(), address.strip()
    return "", ""


def _sent(message: Message) -> datetime | None:
    try:
        header: Any = message.get("Date")
        moment = getattr(header, "datetime", None)
        if isinstance(moment, datetime):
            return moment
    except Exception:
        pass
    text = _header(message, "Date")
    if not text:
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    text = _decode_bytes(payload, part.get_content_charset())
    return html_to_text(text) if part.get_content_subtype() == "html" else text


def _body(message: EmailMessage) -> tuple[str, set[int]]:
    """The text of the message, and the parts it was read from (they are no attachments)."""
    used: set[int] = set()
    for preference in (("plain",), ("html",)):
        part = message.get_body(preferencelist=preference)
        if part is None:
            continue
        used.add(id(part))
        text = _part_text(part)
        if text.strip():
            return text, used
    return "", used


_SIGNATURE_TYPES = frozenset(
    {"application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature"}
)


_EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/tiff": ".tif",
    "image/gif": ".gif",
    "message/rfc822": ".eml",
    "text/plain": ".txt",
    "text/html": ".html",
}


def _name_for(part: Message, index: int, default_extension: str) -> str:
    filename = part.get_filename()
    if filename:
        return _one_line(filename)
    content_type = part.get_content_type()
    extension = (
        _EXTENSIONS.get(content_type)
        or mimetypes.guess_extension(content_type)
        or default_extension
    )
    return f"bijlage-{index}{extension}"


def _message_bytes(inner: Message) -> bytes:
    try:
        return inner.as_bytes(policy=policy.default.clone(linesep="\r\n"))
    except Exception:
        return inner.as_string().encode("utf-8", "surrogateescape")


def _attachments(message: EmailMessage, body_parts: set[int]) -> list[tuple[str, bytes]]:
    """Every part that is not the text: attachments, inline images, forwarded e-mails."""
    found: list[tuple[str, bytes]] = []

    def visit(part: Message) -> None:
        content_type = part.get_content_type()
        if content_type == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, Message):
                name = _one_line(part.get_filename() or "")
                if not name.lower().endswith(".eml"):
                    name = f"{name or _header(inner, 'Subject') or 'doorgestuurd bericht'}.eml"
                found.append((name, _message_bytes(inner)))
            return
        if part.is_multipart():
            for child in part.get_payload():
                if isinstance(child, Message):
                    visit(child)
            return
        if id(part) in body_parts or content_type in _SIGNATURE_TYPES:
            return
        is_attachment = part.get_content_disposition() == "attachment" or part.get_filename()
        if part.get_content_maintype() == "text" and not is_attachment:
            return  # the other rendering of the text (HTML beside plain), not a document
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        found.append((_name_for(part, len(found) + 1, ".bin"), data))

    if message.is_multipart():
        for child in message.get_payload():
            if isinstance(child, Message):
                visit(child)
    elif id(message) not in body_parts:
        visit(message)
    return found


def parse_eml(data: bytes) -> ImportedEmail:
    """A .eml (RFC 822) message, read with the standard library."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:
        raise EmailImportError("Deze e-mail is beschadigd en kan niet gelezen worden.") from exc
    present = {name.lower() for name, _value in message.raw_items()}
    if not isinstance(message, EmailMessage) or not present & {"from", "date", "subject", "to"}:
        raise EmailImportError(
            "Dit bestand is geen leesbare e-mail: afzender, onderwerp en datum ontbreken."
        )
    try:
        sender_name, sender_email = _sender(message)
        body, body_parts = _body(message)
        attachments = _attachments(message, body_parts)
        return ImportedEmail(
            sender_name=sender_name,
            sender_email=sender_email,
            sent=_sent(message),
            subject=_header(message, "Subject"),
            body=_repair(body).strip(),
            attachments=tuple(attachments),
        )
    except Exception as exc:  # the parser is lenient; what still fails is damaged
        raise EmailImportError(
            "Deze e-mail is beschadigd en kan niet volledig gelezen worden."
        ) from exc


# -- .msg ---------------------------------------------------------------------------------

_MSG_DAMAGED = "Dit Outlook-bericht (.msg) is beschadigd en kan niet gelezen worden."


def _split_address(text: str) -> tuple[str, str]:
    """``Dubois, François <f@example.be>`` → name and address (a comma is no separator)."""
    match = re.fullmatch(r"\s*\"?(.*?)\"?\s*<([^<>]*)>\s*", text)
    if match:
        return match.group(1).strip(), match.group(2).strip()
    return ("", text.strip()) if "@" in text else (text.strip(), "")


def _msg_sender(message: Any) -> tuple[str, str]:
    parsed_name, parsed_email = _split_address(_one_line(str(message.sender or "")))
    name = _one_line(message.getStringStream("__substg1.0_0C1A") or "") or parsed_name
    # Inside an Exchange organisation the sender's address is an X.500 path; the SMTP
    # address is kept in properties of its own.
    candidates = [parsed_email] + [
        message.getStringStream(stream) or ""
        for stream in ("__substg1.0_5D01", "__substg1.0_0C1F", "__substg1.0_0065")
    ]
    address = next((c.strip() for c in candidates if "@" in c and "/" not in c), "")
    return name, address


def _msg_sent(message: Any) -> datetime | None:
    if isinstance(message.date, datetime):
        return message.date
    try:  # the transport headers a received message keeps
        return parsedate_to_datetime(str(message.header["Date"]))
    except Exception:
        return None


def _msg_body(message: Any) -> str:
    body = message.body or ""
    if str(body).strip():
        return str(body)
    markup = message.htmlBody
    if isinstance(markup, bytes) and markup.strip():
        charset = re.search(rb"charset=[\"']?([A-Za-z0-9_\-]+)", markup[:2048])
        return html_to_text(
            _decode_bytes(markup, charset.group(1).decode("ascii") if charset else None)
        )
    return ""


def _msg_attachments(message: Any) -> list[tuple[str, bytes]]:
    from extract_msg.msg_classes import MSGFile

    found: list[tuple[str, bytes]] = []
    for index, attachment in enumerate(message.attachments, start=1):
        data = attachment.data
        name = (
            getattr(attachment, "longFilename", None)
            or getattr(attachment, "shortFilename", None)
            or getattr(attachment, "name", None)
            or ""
        )
        name = _one_line(str(name))
        if isinstance(data, MSGFile):  # a forwarded Outlook message: kept as a .msg
            if not name.lower().endswith(".msg"):
                subject = _one_line(str(getattr(data, "subject", "") or ""))
                name = f"{subject or 'doorgestuurd bericht'}.msg"
            found.append((name, data.exportBytes()))
        elif isinstance(data, bytes):
            found.append((name or f"bijlage-{index}", data))
        # A link to a file in the cloud has no bytes: the text of the mail mentions it.
    return found


def parse_msg(data: bytes) -> ImportedEmail:
    """An Outlook .msg, read with extract-msg."""
    import extract_msg
    from extract_msg.msg_classes import Message as OutlookMessage
    from extract_msg.msg_classes import MessageSignedBase, Post

    try:
        message = extract_msg.openMsg(data)
    except Exception as exc:
        raise EmailImportError(_MSG_DAMAGED) from exc
    try:
        if not isinstance(message, OutlookMessage | MessageSignedBase | Post):
            raise EmailImportError(
                "Dit Outlook-bestand (.msg) is geen e-mailbericht maar bijvoorbeeld een "
                "afspraak, contactpersoon of taak."
            )
        sender_name, sender_email = _msg_sender(message)
        return ImportedEmail(
            sender_name=sender_name,
            sender_email=sender_email,
            sent=_msg_sent(message),
            subject=_one_line(str(message.subject or "")),
            body=_repair(_msg_body(message)).replace("\r\n", "\n").strip(),
            attachments=tuple(_msg_attachments(message)),
        )
    except EmailImportError:
        raise
    except Exception as exc:
        raise EmailImportError(
            "Dit Outlook-bericht (.msg) kan niet volledig gelezen worden, misschien is een "
            "bijlage beschadigd; bewaar de bijlagen dan afzonderlijk vanuit Outlook."
        ) from exc
    finally:
        message.close()


# -- Either -------------------------------------------------------------------------------


def parse_email(data: bytes) -> ImportedEmail:
    """A .eml or .msg, recognised by its bytes rather than its name."""
    kind = sniff_content_type(data)
    if kind == EML:
        return parse_eml(data)
    if kind in (MSG, OLE_STORAGE):  # an unrecognisable compound file: a damaged .msg?
        return parse_msg(data)
    if not data:
        raise EmailImportError("Dit bestand is leeg en bevat geen e-mail.")
    raise EmailImportError(
        "Dit bestand is geen e-mail (.eml of .msg) maar {kind}.", kind=describe_content_type(kind)
    )


def without_attachments(mail: ImportedEmail) -> bytes:
    """The e-mail as a plain .eml with its text only, naming the attachments it had.

    Attachments are stored as documents of their own; keeping them inside the e-mail too
    would leave a second copy of an ID card after that card is purged.
    """
    message = EmailMessage()
    if mail.sender_email or mail.sender_name:
        message["From"] = formataddr((_one_line(mail.sender_name), _one_line(mail.sender_email)))
    if mail.sent is not None:
        message["Date"] = format_datetime(mail.sent)
    message["Subject"] = _one_line(mail.subject)
    message["X-PrivacyDesk"] = "bijlagen apart bewaard"
    body = _repair(mail.body)
    if mail.attachments:
        names = "\n".join(f"- {_one_line(name)}" for name, _data in mail.attachments)
        body += f"\n\n[Bijlagen, apart bewaard in PrivacyDesk:]\n{names}\n"
    message.set_content(body)
    return message.as_bytes()
