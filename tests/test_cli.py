"""The command line: what the installer, CI and scheduled tasks rely on."""

from __future__ import annotations

import csv
import io
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from privacydesk.cli import main
from privacydesk.core.case import Language
from privacydesk.services import open_services
from privacydesk.store.engine import head_revision
from tests.services.helpers import new_request


def test_selftest_on_a_new_demo_register_prints_one_summary_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "--demo", "--selftest"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    head = head_revision()  # a new register is made at the newest schema
    assert str(path) in out[0] and "40 dossiers" in out[0] and f"schema {head}" in out[0]


def test_demo_never_overwrites_an_existing_register(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "register.sqlite"
    path.write_bytes(b"precious")
    assert main(["--db", str(path), "--demo", "--selftest"]) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert path.read_bytes() == b"precious"


def test_selftest_creates_the_default_register_on_first_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--selftest"]) == 0
    assert "0 dossiers" in capsys.readouterr().out


def test_cases_lists_the_register_as_csv(
    register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(register_path)
    services.cases.register(new_request())
    services.close()
    assert main(["--db", str(register_path), "cases", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][0] == "kenmerk"
    assert rows[1][0].startswith("PD-2026-") and rows[1][1] == "Éloïse Van den Broeck"


def test_a_damaged_register_gives_one_sentence_and_a_nonzero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"garbage" * 1000)
    assert main(["--db", str(path), "cases"]) == 2
    err = capsys.readouterr().err
    assert "geen PrivacyDesk-register" in err and "Traceback" not in err


def test_a_missing_register_is_not_silently_created_by_a_subcommand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "typo.sqlite"
    assert main(["--db", str(path), "cases"]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert not path.exists()


def test_verify_audit_exits_nonzero_naming_the_tampered_event(
    register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(register_path)
    for name in ("Jan Peeters", "Lieve De Smet"):
        services.cases.register(new_request(name))
    services.close()
    assert main(["--db", str(register_path), "verify-audit"]) == 0
    conn = sqlite3.connect(register_path)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET actor='mallory' WHERE id=1")
    conn.commit()
    conn.close()
    assert main(["--db", str(register_path), "verify-audit"]) == 1
    assert "gebeurtenis 1" in capsys.readouterr().err


def test_due_lists_what_needs_attention_and_exits_1_when_overdue(
    register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    services = open_services(register_path)
    services.cases.register(new_request("Te laat", received=date(2025, 1, 6)))
    services.close()
    assert main(["--db", str(register_path), "due", "--format", "csv"]) == 1
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:2] == ["groep", "kenmerk"]
    assert rows[1][0] == "overdue" and rows[1][2] == "Te laat"


def test_due_on_a_quiet_register_exits_0(
    register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_services(register_path).close()
    assert main(["--db", str(register_path), "due"]) == 0
    assert "Niets vraagt aandacht" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["due"], ["cases"], ["export", "--csv", "x.csv"]])
def test_an_empty_register_file_is_refused_not_taken_for_an_empty_register(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = tmp_path / "register.sqlite"
    path.write_bytes(b"")  # wiped: a morning check must not answer "nothing is due"
    assert main(["--db", str(path), *command]) == 2
    assert "leeg (0 bytes)" in capsys.readouterr().err
    assert path.stat().st_size == 0


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["cases", "--format", "x"], "ongeldige keuze: 'x' (kies uit 'text', 'csv')"),
        (["due", "--within", "abc"], "'abc' is geen geheel getal"),
        (["letter"], "deze argumenten ontbreken: REF, KIND, --out"),
        (["--bogus"], "onbekende argumenten: --bogus"),
        (["export"], "een van de argumenten --csv --xlsx is verplicht"),
        (["export", "--csv", "a", "--xlsx", "b"], "niet samen met --csv"),
        (["letter", "X", "Y", "--out"], "verwacht een waarde"),
    ],
)
def test_a_mistyped_command_is_explained_in_dutch(
    capsys: pytest.CaptureFixture[str], command: list[str], said: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(command)
    assert exited.value.code == 2
    assert said in capsys.readouterr().err


def test_the_help_is_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ([], ["cases"]):
        with pytest.raises(SystemExit):
            main([*command, "--help"])
        shown = capsys.readouterr().out
        assert shown.startswith("gebruik: privacydesk") and "opties:" in shown
        assert "toon deze hulp en stop" in shown and "show this help" not in shown


def test_letter_renders_a_draft_for_a_case(
    register_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.letters.conftest import pdf_text

    services = open_services(register_path)
    services.cases.register(new_request())
    services.close()
    out = tmp_path / "brief.pdf"
    assert (
        main(
            [
                "--db",
                str(register_path),
                "letter",
                "PD-2026-0001",
                "acknowledgement",
                "--lang",
                "fr",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    text = pdf_text(out.read_bytes())
    assert "Madame, Monsieur," in text and "PD-2026-0001" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["PD-2026-0099", "acknowledgement"], "geen dossier"),
        (["PD-2026-0001", "reminder"], "Onbekende soort"),
        (["PD-2026-0001", "outcome"], "past niet"),
    ],
    ids=["unknown-case", "unknown-kind", "kind-does-not-fit"],
)
def test_letter_refuses_with_one_sentence(
    register_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    services = open_services(register_path)
    services.cases.register(new_request())
    services.close()
    out = tmp_path / "brief.pdf"
    assert main(["--db", str(register_path), "letter", *args, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_letter_takes_the_extension_reasons_in_the_letters_own_language(
    register_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.letters.conftest import pdf_text

    services = open_services(register_path)
    request = new_request(language=Language.FR, received=date.today() - timedelta(days=3))
    case = services.cases.register(request)
    services.cases.extend(case.id, "Het verzoek raakt vele systemen.")  # noted in Dutch
    services.close()
    out = tmp_path / "lettre.pdf"
    command = ["--db", str(register_path), "letter", case.reference, "extension", "--out", str(out)]
    assert main(command) == 2
    assert "--reasons" in capsys.readouterr().err  # the option, not a box of the window
    assert not out.exists()
    assert main([*command, "--reasons", "La demande touche de nombreux systèmes."]) == 0
    text = pdf_text(out.read_bytes())
    assert "La demande touche de nombreux systèmes." in text
    assert "vele systemen" not in text


def test_an_identification_letter_without_missing_items_names_the_option(
    register_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(register_path)
    case = services.cases.register(new_request())
    services.close()
    out = tmp_path / "brief.pdf"
    command = ["--db", str(register_path), "letter", case.reference, "identification"]
    assert main([*command, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--missing" in err and "vink" not in err
    assert main([*command, "--missing", "id_copy", "--out", str(out)]) == 0


def test_a_letter_that_cannot_be_written_leaves_the_earlier_file_whole(
    register_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno
    import os

    services = open_services(register_path)
    case = services.cases.register(new_request())
    services.close()
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"%PDF- the letter sent last week")

    def disk_full(source: object, target: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(os, "replace", disk_full)
    command = ["letter", case.reference, "acknowledgement", "--out", str(out), "--force"]
    assert main(["--db", str(register_path), *command]) == 2
    assert "de schijf is vol" in capsys.readouterr().err
    assert out.read_bytes() == b"%PDF- the letter sent last week"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("brief")] == ["brief.pdf"]


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--csv", ""],
        ["export", "--xlsx", ""],
        ["report", "--year", "2026", "--out", ""],
        ["letter", "PD-2026-0001", "acknowledgement", "--out", ""],
    ],
    ids=["csv", "xlsx", "report", "letter"],
)
def test_an_empty_output_name_is_refused_with_a_sentence(
    register_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    services = open_services(register_path)
    services.cases.register(new_request())
    services.close()
    assert main(["--db", str(register_path), *command]) == 2  # a script's unset variable
    err = capsys.readouterr().err
    assert "lege waarde" in err or "geen bestandsnaam" in err


def test_a_reader_that_stops_early_is_no_error(
    register_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_services(register_path)
    services.cases.register(new_request())
    services.close()

    class ClosedPipe(io.StringIO):  # `privacydesk cases | head -n 1` once head has gone
        def __init__(self, fd: int) -> None:
            super().__init__()
            self._fd = fd

        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            return self._fd

    with (tmp_path / "pipe").open("w") as stand_in:
        monkeypatch.setattr(sys, "stdout", ClosedPipe(stand_in.fileno()))
        assert main(["--db", str(register_path), "cases"]) == 0


def test_a_folder_the_officer_may_not_read_gives_one_sentence(
    register_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    open_services(register_path).close()
    real_is_file = Path.is_file

    def no_access(path: Path) -> bool:
        if path == register_path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_is_file(path)

    monkeypatch.setattr(Path, "is_file", no_access)
    assert main(["--db", str(register_path), "cases"]) == 2
    assert capsys.readouterr().err.strip() == f"privacydesk: {register_path}: geen toegang."


def test_an_unexpected_error_leaves_its_traceback_in_the_log(
    register_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from privacydesk import cli
    from privacydesk.logs import log_file

    open_services(register_path).close()

    def broken(*_args: object) -> int:
        raise RuntimeError("a bug in the listing")

    monkeypatch.setitem(cli._LISTINGS, "cases", broken)
    assert main(["--db", str(register_path), "cases"]) == 3
    err = capsys.readouterr().err
    assert "onverwachte fout (RuntimeError: a bug in the listing)" in err and str(log_file()) in err
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: a bug in the listing" in logged


def test_export_writes_the_register_as_csv_for_excel(register_path: Path, tmp_path: Path) -> None:
    services = open_services(register_path)
    services.cases.register(new_request("Noël Lemaître"))
    services.close()
    out = tmp_path / "register.csv"
    assert main(["--db", str(register_path), "export", "--csv", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel recognises UTF-8 by its BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "kenmerk" and rows[1][:2] == ["PD-2026-0001", "Noël Lemaître"]


def test_export_to_an_unwritable_place_fails_with_a_sentence(
    register_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_services(register_path).close()
    assert (
        main(["--db", str(register_path), "export", "--csv", str(tmp_path / "missing" / "x.csv")])
        == 2
    )
    assert "kan niet geschreven worden" in capsys.readouterr().err


def test_backup_and_restore_from_the_command_line(
    register_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(register_path)
    services.cases.register(new_request("Voor de back-up"))
    services.close()
    backup = tmp_path / "backup.sqlite"
    assert main(["--db", str(register_path), "backup", str(backup)]) == 0
    assert backup.exists()
    services = open_services(register_path)
    services.cases.register(new_request("Na de back-up"))
    services.close()
    assert main(["--db", str(register_path), "restore", str(backup)]) == 0
    assert "vorige toestand" in capsys.readouterr().out
    services = open_services(register_path)
    assert [c.requester_name for c in services.cases.list_cases()] == ["Voor de back-up"]
    services.close()
    assert main(["--db", str(register_path), "restore", str(tmp_path / "bestaat-niet.sqlite")]) == 2


def test_cases_and_due_as_csv_never_hand_a_formula_to_a_spreadsheet(
    register_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    evil = '=HYPERLINK("http://evil.example","Klik")'
    services = open_services(register_path)
    services.cases.register(new_request(evil, received=date(2026, 1, 5)))  # long overdue
    services.close()
    main(["--db", str(register_path), "cases", "--format", "csv"])
    cases = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    main(["--db", str(register_path), "due", "--format", "csv"])
    due = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert cases[1][1] == "'" + evil
    assert due[1][2] == "'" + evil
    assert int(due[1][4]) < 0  # a negative number of days stays a number


def test_export_writes_excel_that_reads_back(register_path: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    services = open_services(register_path)
    services.cases.register(new_request("Noël Lemaître"))
    services.close()
    out = tmp_path / "register.xlsx"
    assert main(["--db", str(register_path), "export", "--xlsx", str(out)]) == 0
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "kenmerk" and sheet["B2"].value == "Noël Lemaître"


# What a listing command must never load: the letters', documents' and reports' libraries.
_HEAVY_LIBRARIES = ("reportlab", "pypdf", "PIL", "pyhanko", "extract_msg", "openpyxl")


@pytest.mark.parametrize(
    "command", [["cases"], ["cases", "--format", "csv"], ["due"], ["export", "--csv", "OUT"]]
)
def test_listing_commands_never_load_the_pdf_image_or_mail_libraries(
    register_path: Path, tmp_path: Path, command: list[str]
) -> None:
    """`cases`, `due` and `export --csv` start in a blink: the services are built on first
    use, so the letters', documents' and Excel libraries are never imported for them."""
    import subprocess
    import sys

    services = open_services(register_path)
    services.cases.register(new_request())
    services.close()
    argv = [
        "--db",
        str(register_path),
        *(str(tmp_path / "x.csv") if a == "OUT" else a for a in command),
    ]
    code = (
        "import sys\n"
        "from privacydesk.cli import main\n"
        f"code = main({argv!r})\n"
        f"loaded = sorted({{n.split('.')[0] for n in sys.modules}} & set({_HEAVY_LIBRARIES!r}))\n"
        "print('LOADED', loaded, 'EXIT', code, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "LOADED [] EXIT 0" in result.stderr, result.stderr
