"""Real Outlook .msg files for the tests, written with extract-msg's own OLE writer.

A .msg is an OLE2 compound file holding MAPI properties ([MS-OXMSG]): fixed-size values in
``__properties_version1.0`` streams, strings and binaries in ``__substg1.0_<tag>`` streams,
each attachment in an ``__attach_version1.0_#<n>`` storage. Outlook is not needed to write
one, and extract-msg (what PrivacyDesk reads them with) ships a compound-file writer.
"""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime

from extract_msg.ole_writer import OleWriter

PT_LONG = 0x0003
PT_SYSTIME = 0x0040
PT_UNICODE = 0x001F
PT_BINARY = 0x0102
_READABLE_WRITABLE = 0x6

_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


def _filetime(moment: datetime) -> int:
    return int((moment - _FILETIME_EPOCH).total_seconds() * 10_000_000)


def _fixed(prop_id: int, prop_type: int, value: bytes) -> bytes:
    return struct.pack("<HHI", prop_type, prop_id, _READABLE_WRITABLE) + value.ljust(8, b"\0")


def _variable(prop_id: int, prop_type: int, size: int) -> bytes:
    return struct.pack("<HHIII", prop_type, prop_id, _READABLE_WRITABLE, size, 0)


class _Storage:
    """The streams of one property set (the message, or one attachment)."""

    def __init__(self, writer: OleWriter, prefix: str) -> None:
        self.writer, self.prefix = writer, prefix
        self.properties: list[bytes] = []

    def string(self, prop_id: int, text: str) -> None:
        data = text.encode("utf-16-le")
        self.writer.addEntry(f"{self.prefix}__substg1.0_{prop_id:04X}001F", data)
        self.properties.append(_variable(prop_id, PT_UNICODE, len(data) + 2))

    def binary(self, prop_id: int, data: bytes) -> None:
        self.writer.addEntry(f"{self.prefix}__substg1.0_{prop_id:04X}0102", data)
        self.properties.append(_variable(prop_id, PT_BINARY, len(data)))

    def long(self, prop_id: int, value: int) -> None:
        self.properties.append(_fixed(prop_id, PT_LONG, struct.pack("<I", value)))

    def time(self, prop_id: int, moment: datetime) -> None:
        self.properties.append(_fixed(prop_id, PT_SYSTIME, struct.pack("<Q", _filetime(moment))))

    def close(self, header: bytes) -> None:
        self.writer.addEntry(
            f"{self.prefix}__properties_version1.0", header + b"".join(self.properties)
        )


def _write_message(
    writer: OleWriter,
    prefix: str,
    *,
    sender_name: str,
    sender_email: str,
    subject: str,
    body: str | None,
    html_body: bytes | None,
    sent: datetime | None,
    attachments: tuple[tuple[str, bytes], ...],
    forwarded_subject: str | None,
    message_class: str,
) -> None:
    message = _Storage(writer, prefix)
    message.string(0x001A, message_class)  # PR_MESSAGE_CLASS
    message.string(0x0037, subject)  # PR_SUBJECT
    message.string(0x0C1A, sender_name)  # PR_SENDER_NAME
    message.string(0x5D01, sender_email)  # PR_SENDER_SMTP_ADDRESS
    if body is not None:
        message.string(0x1000, body)  # PR_BODY
    if html_body is not None:
        message.binary(0x1013, html_body)  # PR_HTML
    if sent is not None:
        message.time(0x0039, sent)  # PR_CLIENT_SUBMIT_TIME
    message.long(0x0E07, 0x1)  # PR_MESSAGE_FLAGS: read, and sent (no "unsent" bit)
    message.long(0x340D, 0x40000)  # PR_STORE_SUPPORT_MASK: strings are Unicode
    count = len(attachments) + (forwarded_subject is not None)
    for number, (name, data) in enumerate(attachments):
        attachment = _Storage(writer, f"{prefix}__attach_version1.0_#{number:08X}/")
        attachment.long(0x3705, 1)  # PR_ATTACH_METHOD: by value
        attachment.long(0x0E21, number)  # PR_ATTACH_NUM
        attachment.string(0x3707, name)  # PR_ATTACH_LONG_FILENAME
        attachment.string(0x3001, name)  # PR_DISPLAY_NAME
        attachment.binary(0x3701, data)  # PR_ATTACH_DATA_BIN
        attachment.close(b"\0" * 8)
    if forwarded_subject is not None:
        number = len(attachments)
        folder = f"{prefix}__attach_version1.0_#{number:08X}/"
        attachment = _Storage(writer, folder)
        attachment.long(0x3705, 5)  # PR_ATTACH_METHOD: an embedded message
        attachment.long(0x0E21, number)
        attachment.string(0x3001, forwarded_subject)
        writer.addEntry(f"{folder}__substg1.0_3701000D", storage=True)
        _write_message(
            writer,
            f"{folder}__substg1.0_3701000D/",
            sender_name="Jan Peeters",
            sender_email="jan@example.be",
            subject=forwarded_subject,
            body="Het doorgestuurde bericht.",
            html_body=None,
            sent=None,
            attachments=(),
            forwarded_subject=None,
            message_class="IPM.Note",
        )
        attachment.close(b"\0" * 8)
    # Header: reserved, next recipient id, next attachment id, recipients, attachments;
    # a top-level message has 8 more reserved bytes, an embedded one not.
    header = struct.pack("<8x4I", 0, count, 0, count) + (b"\0" * 8 if not prefix else b"")
    message.close(header)


def make_msg(
    *,
    sender_name: str = "Éloïse Van den Broeck",
    sender_email: str = "eloise@example.be",
    subject: str = "Verzoek tot inzage",
    body: str | None = "Geachte,\r\n\r\nGraag inzage in mijn gegevens.\r\n\r\nÉloïse",
    html_body: bytes | None = None,
    sent: datetime | None = datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
    attachments: tuple[tuple[str, bytes], ...] = (),
    forwarded_subject: str | None = None,
    message_class: str = "IPM.Note",
) -> bytes:
    """A .msg as Outlook saves a received message, with its attachments."""
    writer = OleWriter()
    # Named properties: an empty mapping is a valid one.
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    _write_message(
        writer,
        "",
        sender_name=sender_name,
        sender_email=sender_email,
        subject=subject,
        body=body,
        html_body=html_body,
        sent=sent,
        attachments=attachments,
        forwarded_subject=forwarded_subject,
        message_class=message_class,
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
