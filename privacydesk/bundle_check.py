"""The frozen build's check of what PrivacyDesk loads only when the officer uses it.

    PrivacyDesk --bundle-check DIR

Run by packaging/build_and_smoke.sh on the built program, never by the officer: the spec
leaves out of the bundle what the program never loads (pyHanko's network clients with
aiohttp, ...), and some features load their modules only when used, in the window. This
uses them the way the window does, on samples the smoke test wrote into DIR:

- ``signed.pdf`` signed by a key whose root is ``root.pem``: its signature must validate as
  intact and trusted (pyHanko, asn1crypto, cryptography, lxml);
- ``mail.msg``, an Outlook message: it must be read with its sender (extract_msg, olefile,
  the RTF and HTML readers).

One line per check on standard output; exit 0 when all pass, 1 with the failing check on
standard error otherwise.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def _signature(folder: Path) -> str:
    from privacydesk.documents.signatures import validate_pdf_signatures

    reports = validate_pdf_signatures(
        (folder / "signed.pdf").read_bytes(), trusted_roots=[(folder / "root.pem").read_bytes()]
    )
    if len(reports) != 1 or not (reports[0].intact and reports[0].trusted):
        raise AssertionError(f"signed.pdf did not validate: {reports}")
    return reports[0].summary


def _outlook_message(folder: Path) -> str:
    from privacydesk.documents.email_import import parse_email

    mail = parse_email((folder / "mail.msg").read_bytes())
    if not mail.sender_email:
        raise AssertionError(f"mail.msg was read without its sender: {mail}")
    return f"{mail.sender_name} <{mail.sender_email}>: {mail.subject}"


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print("usage: PrivacyDesk --bundle-check DIR", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    for name, check in (("signature", _signature), ("outlook message", _outlook_message)):
        try:
            print(f"bundle check {name}: {check(folder)}")
        except Exception as exc:  # the smoke test shows the whole failure
            print(f"bundle check {name} failed: {exc!r}", file=sys.stderr)
            return 1
    return 0
