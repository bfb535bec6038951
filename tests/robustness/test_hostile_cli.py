"""Command lines typed wrong, scripted wrong or aimed at the wrong file: each answers with
one sentence on stderr and exit 2 (or does its job), and never changes the register when
it refuses."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from privacydesk.cli import main
from privacydesk.services import open_services
from tests.robustness.conftest import assert_sentence


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse and --help end this way
        code = int(exit_.code or 0)
    return code, capsys.readouterr().err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


@pytest.fixture
def db(template_register: Path, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "register.sqlite"
    shutil.copyfile(template_register, path)
    yield path


# {placeholders}: DB the register, TMP a fresh folder, REF the case's reference.
_ARGUMENTS: dict[str, list[str]] = {
    "unknown-command": ["{DB}", "wis-alles"],
    "no-such-option": ["{DB}", "cases", "--kleur"],
    "bad-format": ["{DB}", "cases", "--format", "xlsx"],
    "within-not-a-number": ["{DB}", "due", "--within", "tien"],
    "within-negative": ["{DB}", "due", "--within", "-5"],
    "within-huge": ["{DB}", "due", "--within", "99999999999999999999"],
    "letter-missing-out": ["{DB}", "letter", "{REF}", "acknowledgement"],
    "letter-unknown-kind": ["{DB}", "letter", "{REF}", "liefdesbrief", "--out", "{TMP}/b.pdf"],
    "letter-unknown-reference": [
        "{DB}",
        "letter",
        "PD-1999-9999",
        "acknowledgement",
        "--out",
        "{TMP}/b.pdf",
    ],
    "letter-garbage-reference": [
        "{DB}",
        "letter",
        "'; DROP TABLE case;--",
        "acknowledgement",
        "--out",
        "{TMP}/b.pdf",
    ],
    "letter-surrogate-reference": [
        "{DB}",
        "letter",
        "PD-\udc80",
        "acknowledgement",
        "--out",
        "{TMP}/b.pdf",
    ],
    "letter-bad-language": [
        "{DB}",
        "letter",
        "{REF}",
        "acknowledgement",
        "--lang",
        "de",
        "--out",
        "{TMP}/b.pdf",
    ],
    "letter-out-is-a-folder": ["{DB}", "letter", "{REF}", "acknowledgement", "--out", "{TMP}"],
    "letter-out-in-missing-folder": [
        "{DB}",
        "letter",
        "{REF}",
        "acknowledgement",
        "--out",
        "{TMP}/nee/nee/b.pdf",
    ],
    "letter-out-exists": [
        "{DB}",
        "letter",
        "{REF}",
        "acknowledgement",
        "--out",
        "{TMP}/bestaat.pdf",
    ],
    "export-to-folder": ["{DB}", "export", "--csv", "{TMP}"],
    "export-missing-folder": ["{DB}", "export", "--csv", "{TMP}/nee/x.csv"],
    "export-no-file": ["{DB}", "export"],
    "backup-onto-itself": ["{DB}", "backup", "{DBPATH}"],
    "backup-over-the-register-file-name": ["{DB}", "backup", "{DBPATH}-wal/x"],
    "restore-missing-file": ["{DB}", "restore", "{TMP}/nergens.sqlite"],
    "restore-garbage-file": ["{DB}", "restore", "{TMP}/bestaat.pdf"],
    "restore-empty-file": ["{DB}", "restore", "{TMP}/leeg.sqlite"],
    "restore-a-folder": ["{DB}", "restore", "{TMP}"],
    "db-is-a-folder": ["--db", "{TMP}", "cases"],
    "db-missing": ["--db", "{TMP}/typo.sqlite", "cases"],
    "db-is-garbage": ["--db", "{TMP}/bestaat.pdf", "cases"],
    "db-empty-string": ["--db", "", "cases"],
    "db-memory-url": ["--db", "sqlite:///:memory:", "cases"],
    "db-unknown-url": ["--db", "mongodb://localhost/x", "cases"],
    "db-with-nul": ["--db", "{TMP}/a\x00b.sqlite", "cases"],
    "demo-over-existing": ["--db", "{DBPATH}", "--demo", "cases"],
    "verify-audit-extra-arg": ["{DB}", "verify-audit", "nu"],
}


def test_the_argument_corpus_is_large_enough() -> None:
    assert len(_ARGUMENTS) >= 30


@pytest.mark.parametrize("key", sorted(_ARGUMENTS))
def test_a_wrong_command_line_gets_one_sentence_and_leaves_the_register_alone(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str
) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "bestaat.pdf").write_bytes(b"ondertekend exemplaar")
    (folder / "leeg.sqlite").write_bytes(b"")
    argv: list[str] = []
    for arg in _ARGUMENTS[key]:
        if arg == "{DB}":
            argv += ["--db", str(db)]
        else:
            argv.append(
                arg.replace("{TMP}", str(folder))
                .replace("{DBPATH}", str(db))
                .replace("{REF}", "PD-2026-0001")
            )
    before = _digest(db)
    code, err = _run(argv, capsys)
    assert code == 2, f"exit {code}: {err}"
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("privacydesk: ")
    assert_sentence(lines[0].removeprefix("privacydesk: ").replace("--help.", "help."))
    assert _digest(db) == before
    assert (folder / "bestaat.pdf").read_bytes() == b"ondertekend exemplaar"


def test_letter_out_overwrites_an_existing_file_only_with_force(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"het ondertekende exemplaar")
    argv = ["--db", str(db), "letter", "PD-2026-0001", "acknowledgement", "--out", str(out)]
    code, err = _run(argv, capsys)
    assert code == 2 and "bestaat al" in err and "--force" in err
    assert out.read_bytes() == b"het ondertekende exemplaar"
    code, err = _run([*argv, "--force"], capsys)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("folder_name", ["50%41", "a%20b", "100%"])
def test_a_folder_whose_name_looks_url_encoded_is_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folder_name: str
) -> None:
    folder = tmp_path / folder_name
    folder.mkdir()
    path = folder / "register.sqlite"
    open_services(path).close()  # creates it where it was asked
    assert path.stat().st_size > 0
    assert _run(["--db", str(path), "cases"], capsys)[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder_name]


@pytest.mark.skipif(
    __import__("os").name == "nt", reason="Windows forbids '?' and '#' in file names"
)
@pytest.mark.parametrize("file_name", ["a?b.sqlite", "a#b.sqlite", "a?mode=ro.sqlite"])
def test_a_question_mark_in_a_path_never_opens_a_register_elsewhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], file_name: str
) -> None:
    path = tmp_path / file_name
    open_services(path).close()
    assert _run(["--db", str(path), "cases"], capsys)[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [file_name]
    assert path.stat().st_size > 0
