"""One officer's worth of writing, as the GUI does it, for the many-writers test.

Runs in its own process: register a request, add a document, waive identity, start work.
Every operation that returned is written to the results file; every exception is counted.
"""

from __future__ import annotations

import io
import json
import time
import traceback
from datetime import date
from pathlib import Path

from PIL import Image

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.workflow import Status
from tests.services.helpers import new_request


def _document(worker: int, round_no: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (worker * 40 % 256, round_no % 256, 90)).save(buffer, "PNG")
    return buffer.getvalue()


def write_for(location: str, seconds: float, worker: int, results: str) -> None:
    from privacydesk.services import open_services

    services = open_services(location, actor=f"officer{worker}")
    operations = 0
    failures: list[str] = []
    committed: list[dict[str, object]] = []
    stop = time.monotonic() + seconds
    round_no = 0
    try:
        while time.monotonic() < stop:
            round_no += 1
            try:
                case = services.cases.register(
                    new_request(f"Verzoeker {worker}-{round_no}", received=date(2026, 11, 20))
                )
                operations += 1
                committed.append({"reference": case.reference, "id": case.id})
                services.attachments.add(
                    case.id, "brief.png", _document(worker, round_no), AttachmentRole.CORRESPONDENCE
                )
                operations += 1
                services.identity.waive(case.id, "bekende klant, zelfde adres")
                operations += 1
                services.cases.change_status(case.id, Status.IN_PROGRESS)
                operations += 1
            except Exception:
                failures.append(traceback.format_exc(limit=3))
    finally:
        services.close()
        Path(results).write_text(
            json.dumps({"operations": operations, "failures": failures, "committed": committed}),
            encoding="utf-8",
        )
