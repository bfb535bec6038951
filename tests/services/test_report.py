"""The yearly report PDF: made from the register, in each language, with the trail's head."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from privacydesk.cli import main
from privacydesk.core.rights import LegalGround, Outcome, Right
from privacydesk.core.workflow import Status
from privacydesk.services import Services, open_services
from privacydesk.services.report import ReportError
from tests.conftest import Clock
from tests.services.helpers import new_request


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _register(services: Services, clock: Clock) -> None:
    clock.set_day(date(2026, 3, 2))
    a = services.cases.register(new_request("Jan Peeters", received=date(2026, 2, 2)))
    services.cases.record_outcome(a.id, 0, Outcome.REFUSED, LegalGround.EXCESSIVE)
    services.cases.change_status(a.id, Status.REFUSED, answered_on=date(2026, 2, 12))
    b = services.cases.register(
        new_request("Lieve De Smet", received=date(2026, 2, 20), rights=(Right.ERASURE,))
    )
    services.cases.change_status(b.id, Status.WITHDRAWN)
    clock.set_day(date(2026, 11, 25))


def test_the_report_counts_the_register_and_carries_the_trails_head(
    services: Services, clock: Clock
) -> None:
    _register(services, clock)
    figures = services.report.figures(2026)
    assert figures.requests == 2
    assert figures.per_month[1] == 2
    assert figures.refusal_grounds == {LegalGround.EXCESSIVE: 1}
    assert figures.timing.answered == 1 and figures.timing.median_days == 10
    text = _text(services.report.render(2026, "nl"))
    event_id, event_hash = services.audit.head()
    events = len(services.audit.all())
    assert event_id == events
    assert "Jaarverslag verzoeken van betrokkenen 2026" in text
    assert "1182/71" in text and "Pauzeregeling: uit" in text
    assert f"{events} gebeurtenissen" in text
    assert f"#{event_id} {event_hash}" in text.replace("\n", "")
    assert f"PrivacyDesk audit #{event_id} {event_hash[:16]}" in text  # as on letters
    assert "Jan Peeters" not in text  # no personal data in a report for management


@pytest.mark.parametrize(
    ("language", "title", "rule"),
    [
        ("nl", "Jaarverslag verzoeken van betrokkenen 2026", "Verordening (EEG, Euratom)"),
        ("fr", "Rapport annuel des demandes des personnes concernées 2026", "règlement (CEE"),
        ("en", "Data subject requests: annual report 2026", "Regulation (EEC, Euratom)"),
    ],
)
def test_the_report_speaks_each_language(
    services: Services, clock: Clock, language: str, title: str, rule: str
) -> None:
    _register(services, clock)
    text = _text(services.report.render(2026, language)).replace("\n", " ")
    assert title in text and rule in text


def test_a_year_in_the_future_is_refused_with_a_sentence(services: Services) -> None:
    with pytest.raises(ReportError, match="jaar van 2000 tot 2026"):
        services.report.render(2027, "nl")


def test_report_from_the_command_line(
    register_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(register_path)
    services.cases.register(new_request(received=date(2026, 1, 12)))
    services.close()
    out = tmp_path / "report.pdf"
    args = ["--db", str(register_path), "report", "--year", "2026", "--out", str(out)]
    assert main([*args, "--lang", "fr"]) == 0
    assert "Demandes reçues" in _text(out.read_bytes())
    assert main(["--db", str(register_path), "report", "--year", "1999", "--out", str(out)]) == 2
    assert "jaar van 2000" in capsys.readouterr().err
