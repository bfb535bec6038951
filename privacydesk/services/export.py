"""The register (or the cases the officer is looking at) as CSV or Excel, for the CLI and GUI.

One query reads every case with its rights; rows are plain values. Both formats have the
same columns. Cells a stranger can type (a name, an e-mail's From) never run as formulas:
CSV cells are neutralised (:mod:`privacydesk.core.spreadsheet`), .xlsx cells are stored as
text. A file is written beside its target and moved into place, so a failed export never
leaves half a file where the officer expects one.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from privacydesk.core.case import CHANNEL_LABEL_NL, Channel
from privacydesk.core.deadlines import DEADLINE_STATE_LABEL_NL
from privacydesk.core.errors import UserFacingError
from privacydesk.core.messages import message
from privacydesk.core.os_errors import os_reason
from privacydesk.core.spreadsheet import safe_cell
from privacydesk.core.workflow import STATUS_LABEL_NL
from privacydesk.services.case_rows import register_rows
from privacydesk.services.reading import Reading, reading_of

if TYPE_CHECKING:
    from privacydesk.services.context import ServiceContext
    from privacydesk.services.settings import SettingsService

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
    """UTF-8 with BOM and semicolons, as Excel in Belgium opens it; formula-safe cells.

    Quoted as the ``csv`` module quotes (minimal, quotes doubled; a test holds the two
    together), but each distinct cell once: a register repeats its days and labels on every
    row, and the module's writer would look at 1.1 million cells one by one.
    """
    texts = _CsvCells()
    lines = [";".join(map(texts.__getitem__, table.header))]
    lines += [";".join(map(texts.__getitem__, row)) for row in table.rows]
    lines.append("")  # every line ends in CRLF, the last one too
    return "\r\n".join(lines).encode("utf-8-sig")


_NEEDS_QUOTES = re.compile('[;"\r\n]')


class _CsvCells(dict[Cell, str]):
    """Each distinct cell as it stands in the file: formula-safe, then quoted if it must be."""

    def __missing__(self, cell: Cell) -> str:
        text = safe_cell(_text(cell))
        if _NEEDS_QUOTES.search(text):
            text = '"' + text.replace('"', '""') + '"'
        self[cell] = text
        return text


def export_bytes(table: ExportTable, fmt: ExportFormat) -> bytes:
    return csv_bytes(table) if fmt is ExportFormat.CSV else xlsx_bytes(table)


def xlsx_bytes(table: ExportTable) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
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
            if isinstance(value, str) and ILLEGAL_CHARACTERS_RE.search(value):
                # A control character (from an e-mail header) cannot be stored in .xlsx:
                # shown as the replacement character rather than failing the whole export.
                value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
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


# Where a file the officer may have open is locked (Windows): say which program to close.
_IN_EXCEL = message("(is het bestand nog open in Excel?)")
_OPEN_IN = {
    ".csv": _IN_EXCEL,
    ".xlsx": _IN_EXCEL,
    ".pdf": message("(is het bestand nog open in een PDF-lezer?)"),
}


def write_file(path: Path, data: bytes) -> None:
    """Write beside the target, then move into place: never half a file under its name, and
    a file already there stays as it was until the new one is whole."""
    if not path.name or path.name in (".", ".."):
        raise ExportError("Er werd geen bestandsnaam opgegeven; geef de naam van het bestand.")
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, path)
    except OSError as exc:
        with contextlib.suppress(OSError):  # a folder we may not even list: nothing was made
            part.unlink(missing_ok=True)
        hint = _OPEN_IN.get(path.suffix.lower()) if isinstance(exc, PermissionError) else None
        if hint is not None:
            raise ExportError(
                "{path} kan niet geschreven worden: {reason} {hint}.",
                path=str(path),
                reason=os_reason(exc),
                hint=hint,
            ) from exc
        raise ExportError(
            "{path} kan niet geschreven worden: {reason}.", path=str(path), reason=os_reason(exc)
        ) from exc


class ExportService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService) -> None:
        self._ctx = ctx
        self._settings = settings

    def table(self, case_ids: Sequence[int] | None = None) -> ExportTable:
        """The register's rows, by reference; or the given cases, in the order given."""
        with reading_of(self._ctx, self._settings.current()) as reading:
            return export_table(reading, case_ids)

    def write(self, path: Path, fmt: ExportFormat, case_ids: Sequence[int] | None = None) -> int:
        """Write the export; returns how many cases it holds."""
        table = self.table(case_ids)
        write_file(path, export_bytes(table, fmt))
        return len(table.rows)


def export_table(reading: Reading, case_ids: Sequence[int] | None = None) -> ExportTable:
    """The register's rows, by reference; or the given cases, in the order given."""
    found = register_rows(reading)
    rows = {
        row.id: (
            row.reference,
            row.requester_name,
            row.rights,
            _CHANNEL_LABEL[row.channel],
            row.received,
            row.deadline.due,
            "ja" if row.extended else "nee",
            row.answered_on,
            DEADLINE_STATE_LABEL_NL[row.deadline.state],
            STATUS_LABEL_NL[row.status],
            row.closed_on,
        )
        for row in sorted(found, key=attrgetter("reference"))
    }
    if case_ids is None:
        return ExportTable(HEADER, list(rows.values()))
    return ExportTable(HEADER, [rows[i] for i in case_ids if i in rows])
