"""Samples for the frozen program's ``--bundle-check`` (run by packaging/build_and_smoke.sh).

    uv run python packaging/smoke_samples.py DIR

Writes into DIR a PDF signed by a key of a test PKI with that PKI's root (``signed.pdf``,
``root.pem``) and an Outlook message with an HTML body (``mail.msg``), made by the test
suite's own builders in the development environment; the built program then reads them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout: tests.*

from tests.documents.msg_builder import make_msg
from tests.documents.test_signatures import make_pki, make_signed_pdf


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    material = make_pki()
    (folder / "signed.pdf").write_bytes(make_signed_pdf(material))
    (folder / "root.pem").write_bytes(material["ca"])
    html = "<html><body><p>Graag <b>inzage</b> in mijn gegevens.</p></body></html>"
    (folder / "mail.msg").write_bytes(make_msg(body=None, html_body=html.encode()))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
