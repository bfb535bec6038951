"""The register (or the cases the officer is looking at) as CSV or Excel, for the CLI and GUI.

One query reads every case with its rights; rows are plain values. Both formats have the
same columns. Cells a stranger can type (a name, an e-mail's From) never run as formulas:
CSV cells are neutralised (:mod:`privacydesk.core.spreadsheet`), .xlsx cells are stored as
text. A file is written beside its target and moved into place, so a failed export never
leaves half a file where the officer expects one.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import String, select, type_coerce

from privacydesk.core.case import CHANNEL_LABEL_NL, Channel
from privacydesk.core.deadlines import DEADLINE_STATE_LABEL_NL
from privacydesk.core.errors import UserFacingError
from privacydesk.core.rights import RIGHT_INFO, Right
from privacydesk.core.spreadsheet import safe_cell
from privacydesk.core.workflow import STATUS_LABEL_NL, Status
from privacydesk.services.case_rows import Deadlines, driver_cursor, stored_day
from privacydesk.services.context import ServiceContext
from privacydesk.services.settings import SettingsService
from privacydesk.store.engine import READER_OPTION
from privacydesk.store.models import CaseRightRow, CaseRow

Cell = str | date | None

HEADER: tuple[str, ...] = (
    "kenmerk",
    "aanvrager",
    "rechten",
    "kanaal",
    "ontvangen",
    "uiterste datum",
    "verlengd",
    "beantwoord op",
    "termijn",
    "status",
    "afgesloten op",
)


_CASE = CaseRow.__table__.c  # type: ignore[attr-defined]
_RIGHT = CaseRightRow.__table__.c  # type: ignore[attr-defined]
# Dates as the driver's text (parsed once per distinct day), as in services.case_rows.
_COLUMNS = (
    _CASE.id,
    _CASE.reference,
    _CASE.requester_name,
    _CASE.channel,
    type_coerce(_CASE.received, String),
    _CASE.extended,
    type_coerce(_CASE.answered_on, String),
    type_coerce(_CASE.identification_requested_on, String),
    type_coerce(_CASE.identification_received_on, String),
    _CASE.status,
    type_coerce(_CASE.closed_on, String),
    _CASE.extension_override_reason,
)
_STATUS = {s.value: s for s in Status}
_RIGHT_LABEL = {r.value: RIGHT_INFO[r].label_nl for r in Right}
_CHANNEL_LABEL = {c.value: CHANNEL_LABEL_NL[c] for c in Channel}


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class ExportError(UserFacingError, OSError):
    pass


@dataclass(frozen=True)
class ExportTable:
    header: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, date):
        return cell.isoformat()
    return cell


def csv_bytes(table: ExportTable) -> bytes:
    """UTF-8 with BOM and semicolons, as Excel in Belgium opens it; formula-safe cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.header)
    texts = _CellTexts()
    writer.writerows(map(texts.__getitem__, row) for row in table.rows)
    return buffer.getvalue().encode("utf-8-sig")


class _CellTexts(dict[Cell, str]):
    """Each distinct cell's text, formula-safe, made once: a register repeats its days and
    labels on every row."""

    def __missing__(self, cell: Cell) -> str:
        text = self[cell] = safe_cell(_text(cell))
        return text


def xlsx_bytes(table: ExportTable) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.freeze_panes = "A2"
    widths = [len(h) for h in table.header]
    for row in table.rows:
        for index, cell in enumerate(row):
            widths[index] = max(widths[index], len(_text(cell)))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(60, width + 2)
    bold = Font(bold=True)
    header_cells = []
    for title in table.header:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in table.rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                # openpyxl makes a formula of any text starting with "=": keep it text.
                cell.data_type = "s"
            elif isinstance(value, date):
                cell.number_format = "DD/MM/YYYY"
            cells.append(cell)
        sheet.append(cells)
    if table.rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.header))}{len(table.rows) + 1}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_file(path: Path, data: bytes) -> None:
    """Write beside the target, then move into place: never half a file under its name."""
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        if isinstance(exc, PermissionError):
            raise ExportError(
                "{path} kan niet geschreven worden: {reason} (is het bestand nog open in Excel?).",
                path=str(path),
                reason=reason,
            ) from exc
        raise ExportError(
            "{path} kan niet geschreven worden: {reason}.", path=str(path), reason=reason
        ) from exc


class ExportService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService) -> None:
        self._ctx = ctx
        self._settings = settings

    def table(self, case_ids: Sequence[int] | None = None) -> ExportTable:
        """The register's rows, by reference; or the given cases, in the order given."""
        settings = self._settings.current()
        deadlines = Deadlines(settings, self._ctx.today())
        with self._ctx.engine.connect() as conn:
            conn.execution_options(**{READER_OPTION: True})
            conn.begin()  # one snapshot for both reads
            # Plain columns on the driver's cursor: no ORM object per case (seconds at
            # 100,000), each deadline computed once per distinct set of dates.
            cases = driver_cursor(conn, select(*_COLUMNS).order_by(_CASE.reference)).fetchall()
            labels: dict[int, list[str]] = {}
            for case_id, right in driver_cursor(
                conn, select(_RIGHT.case_id, _RIGHT.right).order_by(_RIGHT.case_id, _RIGHT.position)
            ):
                labels.setdefault(case_id, []).append(_RIGHT_LABEL[right])
        joined: dict[tuple[str, ...], str] = {}
        rows: dict[int, tuple[Cell, ...]] = {}
        for (
            case_id,
            reference,
            name,
            channel,
            received_value,
            extended,
            answered_value,
            asked_value,
            arrived_value,
            status_text,
            closed_value,
            override_reason,
        ) in cases:
            status = _STATUS[status_text]
            facts = (
                received_value,
                extended,
                answered_value,
                asked_value,
                arrived_value,
                status,
                override_reason,
            )
            deadline, received, answered_on, _asked, _arrived = deadlines.get(
                facts
            ) or deadlines.compute(*facts)
            found = tuple(labels.get(case_id, ()))
            rights = joined.get(found)
            if rights is None:
                rights = joined[found] = "; ".join(found)
            rows[case_id] = (
                reference,
                name,
                rights,
                _CHANNEL_LABEL[channel],
                received,
                deadline.due,
                "ja" if extended else "nee",
                answered_on,
                DEADLINE_STATE_LABEL_NL[deadline.state],
                STATUS_LABEL_NL[status],
                stored_day(closed_value),
            )
        if case_ids is None:
            return ExportTable(HEADER, list(rows.values()))
        return ExportTable(HEADER, [rows[i] for i in case_ids if i in rows])

    def write(self, path: Path, fmt: ExportFormat, case_ids: Sequence[int] | None = None) -> int:
        """Write the export; returns how many cases it holds."""
        table = self.table(case_ids)
        data = csv_bytes(table) if fmt is ExportFormat.CSV else xlsx_bytes(table)
        write_file(path, data)
        return len(table.rows)
