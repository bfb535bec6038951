"""``privacydesk``: no subcommand starts the program; subcommands serve scripts and checks.

Errors go to stderr as one clear sentence with a non-zero exit; never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import gc
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from privacydesk import __version__
from privacydesk.core.errors import UserFacingError
from privacydesk.locations import register_location

if TYPE_CHECKING:  # the services load only when a command needs them (a fast --help)
    from privacydesk.services import Services
    from privacydesk.services.reading import Reading
from privacydesk.store.addresses import is_server_url

EXIT_OK = 0
EXIT_FOUND = 1  # `due`: something is overdue; `verify-audit`: the trail was tampered with
EXIT_ERROR = 2
EXIT_BUG = 3


class CliError(UserFacingError):
    pass


# argparse speaks English; the command line speaks Dutch like the rest of the program.
_ARGPARSE_DUTCH = [
    (r"invalid choice: (.*) \(choose from (.*)\)", r"ongeldige keuze: \1 (kies uit \2)"),
    (r"invalid int value: (.*)", r"\1 is geen geheel getal"),
    (r"invalid \w+ value: (.*)", r"ongeldige waarde: \1"),
    (r"the following arguments are required: (.*)", r"deze argumenten ontbreken: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
    (r"one of the arguments (.*) is required", r"een van de argumenten \1 is verplicht"),
    (r"not allowed with argument (.*)", r"niet samen met \1"),
    (r"expected one argument", "verwacht een waarde"),
    (r"expected at least one argument", "verwacht minstens één waarde"),
    (r"ambiguous option: (.*) could match (.*)", r"dubbelzinnige optie: \1 kan \2 zijn"),
]


def _in_dutch(message: str) -> str:
    for english, dutch in _ARGPARSE_DUTCH:
        message = re.sub(english, dutch, message)
    return message


class _DutchHelp(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _DutchHelp)
        kwargs["add_help"] = False  # ours, in Dutch, below
        super().__init__(**kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        # One sentence, like every other error, instead of a usage block.
        self.exit(
            EXIT_ERROR,
            f"privacydesk: ongeldige opdracht ({_in_dutch(message)}); zie privacydesk --help.\n",
        )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="privacydesk",
        description="PrivacyDesk: het register van verzoeken van betrokkenen (AVG).",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"PrivacyDesk {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument("--db", metavar="PATH", help="het register (bestand of databank-URL)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="vul een NIEUW register (op PATH of tijdelijk) met voorbeelddossiers",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="open het register, bouw het hoofdvenster zonder scherm, druk een samenvatting af",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    cases = sub.add_parser("cases", help="lijst van de dossiers")
    cases.add_argument("--format", choices=["text", "csv"], default="text")

    due = sub.add_parser("due", help="wat aandacht vraagt (exit 1 als iets te laat is)")
    due.add_argument("--within", type=int, metavar="N", help="venster in dagen")
    due.add_argument("--format", choices=["text", "csv"], default="text")

    letter = sub.add_parser("letter", help="een ontwerpbrief voor een dossier als PDF")
    letter.add_argument("reference", metavar="REF")
    letter.add_argument("kind", metavar="KIND")
    letter.add_argument("--lang", choices=["nl", "fr", "en"])
    letter.add_argument("--out", required=True, metavar="FILE")
    letter.add_argument(
        "--reasons",
        metavar="TEXT",
        help="de redenen, in de taal van de brief: waarom geen gevolg (no-action) of waarom "
        "verlengd (extension)",
    )
    letter.add_argument("--force", action="store_true", help="overschrijf FILE als het al bestaat")
    letter.add_argument(
        "--enclosure",
        action="append",
        metavar="TEXT",
        help="een bijlage bij een antwoord op inzage (herhaal per bijlage)",
    )
    letter.add_argument(
        "--missing",
        metavar="ITEMS",
        default="",
        help="wat de identificatiebrief vraagt: date, signature, id_copy, mandate",
    )
    letter.add_argument(
        "--ground",
        metavar="GROUND",
        help="rechtsgrond voor een no-action-brief, bv. art_12_5_unfounded of art_12_5_excessive",
    )

    export = sub.add_parser("export", help="het register als CSV of Excel (.xlsx)")
    export_to = export.add_mutually_exclusive_group(required=True)
    export_to.add_argument("--csv", metavar="FILE")
    export_to.add_argument("--xlsx", metavar="FILE")

    case_file = sub.add_parser(
        "case-file", help="het dossier voor de GBA: gegevens, tijdlijn, brieven als bijlagen"
    )
    case_file.add_argument("reference", metavar="REF")
    case_file.add_argument("--out", required=True, metavar="FILE")

    retention = sub.add_parser(
        "retention", help="afgesloten dossiers voorbij de bewaartermijn (en ze anonimiseren)"
    )
    retention.add_argument(
        "--apply", action="store_true", help="verwijder hun persoonsgegevens en documenten"
    )
    retention.add_argument("--yes", action="store_true", help="niet bevestigen (voor scripts)")

    report = sub.add_parser("report", help="het jaarverslag (verantwoording) als PDF")
    report.add_argument("--year", type=int, required=True, metavar="JAAR")
    report.add_argument("--out", required=True, metavar="FILE")
    report.add_argument("--lang", choices=["nl", "fr", "en"], default="nl")

    backup = sub.add_parser("backup", help="maak een back-up van het register")
    backup.add_argument("file", metavar="FILE")
    restore = sub.add_parser("restore", help="zet een back-up terug")
    restore.add_argument("file", metavar="FILE")

    verify = sub.add_parser(
        "verify-audit",
        help="controleer het auditspoor, de dossiers ertegen, de brieven en de documenten",
    )
    verify.add_argument(
        "--witness",
        metavar="FILE",
        help="getuige van de keten: het bestand naast een back-up, of '#nummer hash' op een brief",
    )

    setup = sub.add_parser(
        "server-setup", help="richt een gedeeld register in op een PostgreSQL-server"
    )
    setup.add_argument(
        "url", metavar="URL", help="van een beheerder: postgresql://postgres@server/postgres"
    )
    setup.add_argument("--database", default="privacydesk", metavar="NAAM")
    setup.add_argument(
        "--officer", action="append", default=[], metavar="LOGIN", help="login van een collega"
    )
    move = sub.add_parser(
        "move-register", help="verhuis dit register naar een lege PostgreSQL-databank"
    )
    move.add_argument("--to", required=True, metavar="URL")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # The windowed Windows build has no console: write into the void, not into None.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--render-worker"]:  # the document viewer's separate process
        from privacydesk.gui.render_worker import serve

        return serve(arguments[1:])
    if arguments[:1] == ["--verify-worker"]:  # verify-audit's checks beside the walk
        from privacydesk.services.verify_beside import serve_worker

        return serve_worker(arguments[1:])
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except UserFacingError as exc:
        print(f"privacydesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except UnicodeEncodeError as exc:
        # On Linux, bytes in an argument that are no UTF-8 arrive as lone surrogates.
        print(
            f"privacydesk: een argument bevat een teken dat niet gelezen kan worden "
            f"(U+{ord(exc.object[exc.start]):04X}); controleer de tekens of de codering van "
            "de opdracht.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (`cases | head`): what it read is what it wanted.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return EXIT_OK
    except OSError as exc:
        # The computer refused a file or folder: the officer's to fix, not a bug.
        from privacydesk.core.os_errors import os_reason

        where = f"{exc.filename}: " if exc.filename else ""
        print(f"privacydesk: {where}{os_reason(exc)}.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug: short message here, the traceback in the log
        import logging

        from privacydesk.logs import log_file, setup_logging

        setup_logging()
        logging.getLogger("privacydesk").exception("Unexpected error in the command line")
        print(
            f"privacydesk: onverwachte fout ({type(exc).__name__}: {exc}). De details staan "
            f"in {log_file()}.",
            file=sys.stderr,
        )
        return EXIT_BUG


def _location(args: argparse.Namespace) -> str:
    if args.db is not None and not args.db.strip():
        # A script's unset variable: never fall back on the default register unasked.
        raise CliError("--db kreeg een lege waarde; geef het pad van het register.")
    if args.db and is_server_url(args.db):  # a server, never a file name
        if args.demo:
            raise CliError("--demo maakt alleen een nieuw register in een bestand.")
        return str(args.db)
    if args.demo:
        if args.db:
            path = Path(args.db)
            if path.exists():
                raise CliError(
                    f"{path} bestaat al; --demo maakt alleen een nieuw register en "
                    "overschrijft niets."
                )
            return str(path)
        folder = Path(tempfile.mkdtemp(prefix="privacydesk-demo-"))
        return str(folder / "demo.sqlite")
    return register_location(args.db)


# These still work on a damaged register: they are how it is saved or replaced.
_RESCUE_COMMANDS = frozenset({"backup", "restore"})


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "server-setup":  # works on the server itself, not on a register
        return _cmd_server_setup(args)
    location = _location(args)
    if args.command is None:
        if args.selftest:
            return _selftest(location, demo=args.demo)
        from privacydesk.gui.app import run_gui

        return run_gui(location, demo=args.demo, fill_demo_cases=args.demo)
    listing = _LISTINGS.get(args.command)
    if listing is not None and not args.demo and not is_server_url(location):
        done = _list_from_file(Path(location), listing, args)
        if done is not None:
            return done
    # A subcommand never creates an empty register by mistake (a typo in --db); only the
    # default register is created on first use.
    create = args.demo or location == register_location(None)
    services = _open(location, demo=args.demo, create=create)
    try:
        if args.command not in _RESCUE_COMMANDS and services.register.path is not None:
            # A value the program never writes stops here with its name, not in a traceback
            # (a server database types its columns, so it cannot hold such values).
            from privacydesk.services.register_health import check_register

            check_register(services.register.path, services.register.location)
        if listing is not None:
            from privacydesk.services.reading import reading_of

            with reading_of(services.ctx, services.settings.current()) as reading:
                return _list(listing, reading, args)
        handler = _COMMANDS[args.command]
        return handler(services, args)
    finally:
        services.close()


def _list_from_file(
    path: Path, listing: Callable[..., int], args: argparse.Namespace
) -> int | None:
    """A listing of a file register at the newest schema, read with the standard library
    alone and checked for damage beside the reading; None when the register must first be
    created or upgraded (then it is opened the full way)."""
    from privacydesk.services.reading import open_file_reading
    from privacydesk.services.register_health import CheckBeside

    with open_file_reading(path, date.today()) as reading:
        if reading is None:
            return None
        check = CheckBeside(path, str(path))
        reading.damage_check = check.result
        try:
            code = _list(listing, reading, args)
        except Exception as exc:
            # A damaged value is what to report, before whatever it made go wrong.
            damage = check.result()
            if damage is not None:
                raise damage from exc
            raise
        reading.before_output()  # a listing that printed nothing is held to it as well
        return code


def _list(listing: Callable[..., int], reading: Reading, args: argparse.Namespace) -> int:
    # A listing builds a row per case and lets go of nothing until it is done: Python's
    # cycle collector would walk those 100,000 rows over and over (a third of the time of
    # `cases`) without ever finding garbage. It runs again as soon as the listing is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return listing(reading, args)
    finally:
        if collecting:
            gc.enable()


def _open(location: str, *, demo: bool, create: bool = True) -> Services:
    from privacydesk.services import open_services

    services = open_services(location, create=create)
    if demo:
        from privacydesk.services.demo import fill_demo

        fill_demo(services)
    return services


def _selftest(location: str, *, demo: bool) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from privacydesk.gui.app import application, build_main_window
    from privacydesk.logs import setup_logging

    app = application()
    setup_logging()
    services = _open(location, demo=demo)
    try:
        window = build_main_window(services)
        window.show()
        app.processEvents()
        count = services.cases.count()
        window.close()
        print(
            f"PrivacyDesk {__version__} selftest ok: register {services.register.location}, "
            f"{count} dossiers, schema {services.register.schema_version}"
        )
    finally:
        services.close()
    return EXIT_OK


def _write_rows(
    rows: Sequence[Sequence[str]], header: list[str], fmt: str, out: TextIO | None = None
) -> None:
    out = out or sys.stdout  # looked up now: tests and callers may have replaced it
    if fmt == "csv":
        from privacydesk.core.spreadsheet import safe_cell

        # A requester's name is typed by a stranger: never a formula in a spreadsheet. A
        # register repeats its days, rights and statuses: each cell is made safe once.
        safe: dict[str, str] = {}
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(
            [safe.get(cell) or safe.setdefault(cell, safe_cell(cell)) for cell in row]
            for row in rows
        )
        return
    if not rows:
        return
    widths = [
        max(len(title), *map(len, map(itemgetter(index), rows)))
        for index, title in enumerate(header)
    ]
    # One format for every line and one write: 100,000 cases print in a blink.
    line = "  ".join(f"%-{width}s" for width in widths)
    out.write("\n".join([(line % tuple(cells)).rstrip() for cells in [header, *rows]]) + "\n")


class _IsoDays(dict[date, str]):
    """Each day's ISO text, made once: a register repeats its days on every row."""

    def __missing__(self, day: date) -> str:
        text = self[day] = day.isoformat()
        return text


def _cmd_cases(reading: Reading, args: argparse.Namespace) -> int:
    from privacydesk.core.workflow import STATUS_LABEL_NL
    from privacydesk.services.case_rows import register_rows

    status = STATUS_LABEL_NL if args.format == "text" else {s: s.value for s in STATUS_LABEL_NL}
    iso = _IsoDays()
    rows = [
        (
            c.reference,
            c.requester_name,
            c.rights,
            iso[c.received],
            iso[c.deadline.due],
            status[c.status],
        )
        for c in sorted(register_rows(reading), key=attrgetter("year", "number"))
    ]
    header = ["kenmerk", "aanvrager", "rechten", "ontvangen", "uiterste datum", "status"]
    reading.before_output()
    _write_rows(rows, header, args.format)
    if args.format == "text":
        print(f"{len(rows)} dossiers")
    return EXIT_OK


def _cmd_due(reading: Reading, args: argparse.Namespace) -> int:
    from privacydesk.services.reminders import REMINDER_LABEL_NL, ReminderKind, due_reminders

    if args.within is not None and not 0 <= args.within <= 365:
        raise CliError("--within verwacht een aantal dagen van 0 tot 365.")
    reminders = due_reminders(reading, within=args.within)
    header = ["groep", "kenmerk", "aanvrager", "uiterste datum", "dagen", "toelichting"]
    rows = [
        [
            REMINDER_LABEL_NL[r.kind] if args.format == "text" else r.kind.name.lower(),
            r.reference,
            r.requester_name,
            r.due.isoformat(),
            str(r.days_left),
            str(r.detail),
        ]
        for r in reminders
    ]
    reading.before_output()
    _write_rows(rows, header, args.format)
    if args.format == "text" and not rows:
        print("Niets vraagt aandacht.")
    late = any(
        r.kind is ReminderKind.OVERDUE or (r.kind is ReminderKind.INQUIRY_DUE and r.days_left < 0)
        for r in reminders
    )
    return EXIT_FOUND if late else EXIT_OK


def _cmd_letter(services: Services, args: argparse.Namespace) -> int:
    """A draft of a letter for a case, to a PDF file (nothing is issued or stored)."""
    from privacydesk.core.case import Language
    from privacydesk.core.letter_kinds import LetterKind, parse_kind
    from privacydesk.letters.errors import MissingPlaceholderError
    from privacydesk.letters.placeholders import PLACEHOLDER_HELP_NL

    if not args.out.strip():
        raise CliError("--out kreeg een lege waarde; geef de naam van het PDF-bestand.")
    out = Path(args.out)
    if out.exists() and not args.force:
        # It may be the signed copy of a letter already sent: never replaced unasked.
        raise CliError(f"{out} bestaat al; kies een andere naam of voeg --force toe.")
    case = services.cases.find(args.reference)
    kind = parse_kind(args.kind)
    language = Language(args.lang) if args.lang else None
    from privacydesk.core.rights import NO_ACTION_GROUNDS, LegalGround

    ground = None
    if args.ground:
        try:
            ground = LegalGround(args.ground.strip().lower())
        except ValueError:
            choices = ", ".join(g.value for g in NO_ACTION_GROUNDS)
            raise CliError(f"Onbekende rechtsgrond '{args.ground}'; kies uit: {choices}.") from None
    reasons = args.reasons or ""
    extension = kind is LetterKind.EXTENSION
    try:
        draft = services.letters.draft(
            case.id,
            kind,
            language,
            missing_items=tuple(p.strip() for p in args.missing.split(",") if p.strip()),
            no_action_reasons="" if extension else reasons,
            no_action_ground=ground,
            extension_reasons=reasons if extension else None,
            enclosures=args.enclosure or (),
        )
        pdf = services.letters.render(draft)
    except MissingPlaceholderError as exc:
        # The window's hints name its boxes; here the officer needs the option to give.
        raise MissingPlaceholderError(
            exc.names, {**PLACEHOLDER_HELP_NL, **_LETTER_OPTIONS}
        ) from exc
    for warning in draft.warnings:
        print(warning, file=sys.stderr)
    from privacydesk.services.export import write_file

    write_file(out, pdf)  # whole or not at all: never a broken PDF where a letter was
    print(
        f"{out}: {kind.value} ({draft.context.language.value}) voor {case.reference}, "
        f"{len(pdf)} bytes"
    )
    return EXIT_OK


# What a letter can miss, and the option of `letter` that gives it.
_LETTER_OPTIONS = {
    "missing_items": "de ontbrekende stukken (geef ze op met --missing, bv. --missing "
    "id_copy,signature)",
    "extension_reasons": "de redenen voor de verlenging in de taal van de brief (geef ze op "
    "met --reasons; een Nederlandse brief neemt anders de redenen uit het dossier)",
    "no_action_reasons": "de redenen waarom geen gevolg gegeven wordt (geef ze op met "
    "--reasons, in de taal van de brief)",
    "no_action_ground": "de rechtsgrond om geen gevolg te geven (geef ze op met --ground)",
}


def _cmd_export(reading: Reading, args: argparse.Namespace) -> int:
    """The register as CSV (UTF-8 with BOM and semicolons, as Excel in Belgium expects) or .xlsx."""
    from privacydesk.services.export import ExportFormat, export_bytes, export_table, write_file

    to_csv = args.csv is not None
    out = Path(args.csv if to_csv else args.xlsx)
    table = export_table(reading)
    data = export_bytes(table, ExportFormat.CSV if to_csv else ExportFormat.XLSX)
    reading.before_output()
    write_file(out, data)
    print(f"{len(table.rows)} dossiers geëxporteerd naar {out}")
    return EXIT_OK


def _cmd_case_file(services: Services, args: argparse.Namespace) -> int:
    case = services.cases.find(args.reference)
    out = Path(args.out)
    size = services.case_file.write(case.id, out)
    print(f"{out}: dossier {case.reference} voor de GBA, {size} bytes")
    return EXIT_OK


def _cmd_retention(services: Services, args: argparse.Namespace) -> int:
    due = services.retention.due()
    years = services.retention.years
    if not due:
        print(f"Geen afgesloten dossiers ouder dan de bewaartermijn ({years} jaar).")
        return EXIT_OK
    header = ["kenmerk", "aanvrager", "afgesloten op", "te verwijderen sinds"]
    rows = [
        [d.reference, d.requester_name, d.closed_on.isoformat(), d.delete_from.isoformat()]
        for d in due
    ]
    _write_rows(rows, header, "text")
    if not args.apply:
        print(f"{len(due)} dossiers voorbij de bewaartermijn van {years} jaar.")
        return EXIT_OK
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError("Bevestig met --yes om zonder vraag te verwijderen.")
        answer = input(
            f"De persoonsgegevens en documenten van deze {len(due)} dossiers definitief "
            "verwijderen? [j/N] "
        )
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            print("Er werd niets verwijderd.")
            return EXIT_OK
    done = services.retention.apply([d.case_id for d in due])
    print(f"{len(done)} dossiers geanonimiseerd: {', '.join(done)}")
    # Where the deletion reached, and where not (a backup on a drive not plugged in).
    print(
        "Ook verwijderd uit hun gebeurtenissen in het auditspoor en uit de back-ups die het "
        "programma kent; een back-up van elders verwijdert ze opnieuw als ze wordt teruggezet."
    )
    reached = [
        e
        for e in services.audit.for_case(due[0].case_id)
        if e.action == "retention.reached_backups"
    ]
    missed = reached[-1].details.get("backups_unreachable", []) if reached else []
    if missed:
        print("Niet bereikt (bevatten ze nog): " + ", ".join(str(path) for path in missed))
    return EXIT_OK


def _cmd_report(services: Services, args: argparse.Namespace) -> int:
    out = Path(args.out)
    size = services.report.write(args.year, out, args.lang)
    print(f"{out}: jaarverslag {args.year} ({args.lang}), {size} bytes")
    return EXIT_OK


def _cmd_backup(services: Services, args: argparse.Namespace) -> int:
    info = services.backup.backup_to(Path(args.file))
    print(f"Back-up gemaakt: {info.path} ({info.size} bytes, SHA-256 {info.sha256})")
    return EXIT_OK


def _cmd_restore(services: Services, args: argparse.Namespace) -> int:
    safety = services.backup.restore_from(Path(args.file))
    print(f"Back-up teruggezet uit {args.file}. De vorige toestand staat in {safety}.")
    return EXIT_OK


def _cmd_verify_audit(services: Services, args: argparse.Namespace) -> int:
    from privacydesk.services.audit_replay import CHECKED_CASE_FIELDS
    from privacydesk.services.witness import witness_argument

    path = services.register.path
    # A witness that is none (a wrong file, an empty one, a mistyped line) is bad input:
    # refused (exit 2) before anything is checked, never reported as tampering.
    witness = None if args.witness is None else witness_argument(args.witness)
    try:
        # With the whole-file check that opening no longer does on every start (issue 17).
        result = services.audit.verify(witness=witness, whole_file=True)
    except Exception:
        # A damaged file is what to report, before whatever it made go wrong.
        if path is not None:
            from privacydesk.store.register_file import integrity_problem

            if _report_damage(integrity_problem(path)):
                return EXIT_FOUND
        raise
    if _report_damage(result.file_damage):
        return EXIT_FOUND
    for note in result.notes:
        print(f"Let op: {note}")
    if result.ok:
        # What was checked, no more: the trail holds no address, e-mail or notes to check.
        seen = (
            f", en gebeurtenis {witness.event_id} die de getuige zag staat er ongewijzigd in"
            if witness is not None
            else ""
        )
        print(
            f"Auditspoor intact: {result.checked} gebeurtenissen gecontroleerd{seen}. "
            f"Kop: #{result.head_id} {result.head_hash[:16]}."
        )
        print(
            f"Ermee vergeleken: van elk dossier {CHECKED_CASE_FIELDS}; van elke brief en elk "
            "document de inhoud (SHA-256). Andere gegevens van een dossier, zoals adres, "
            "e-mail en notities, staan niet in het spoor en werden niet vergeleken."
        )
        return EXIT_OK
    where = f" bij gebeurtenis {result.first_bad_id}" if result.first_bad_id else ""
    print(f"privacydesk: auditspoor aangetast{where}: {result.problem}.", file=sys.stderr)
    for problem in result.problems[1:]:
        print(f"privacydesk: ook: {problem}.", file=sys.stderr)
    return EXIT_FOUND


def _report_damage(problem: str | None) -> bool:
    if problem is None:
        return False
    print(
        f"privacydesk: het registerbestand is beschadigd (integriteitscontrole: "
        f"{problem}). Zet een back-up terug.",
        file=sys.stderr,
    )
    return True


def _cmd_server_setup(args: argparse.Namespace) -> int:
    from privacydesk.services.shared_register import setup_server

    report = setup_server(args.url, database=args.database, officers=tuple(args.officer))
    made = "aangemaakt" if report.created_database else "bijgewerkt"
    print(f"Databank {report.database} {made}; rollen privacydesk_owner en privacydesk_officers.")
    for login, password in report.officers.items():
        if password:
            print(f"Login {login}: wachtwoord {password} (geef het de collega; het staat nergens)")
        else:
            print(f"Login {login}: bestond al, wachtwoord ongewijzigd")
    print(f"De collega's openen het register met: privacydesk --db {report.officer_url}")
    return EXIT_OK


def _cmd_move_register(services: Services, args: argparse.Namespace) -> int:
    from privacydesk.services.shared_register import move_register

    report = move_register(services.register, args.to)
    print(
        f"Register verhuisd naar {report.target} en gecontroleerd: "
        f"{report.rows.get('case', 0)} dossiers, {report.rows.get('attachment', 0)} documenten, "
        f"{report.rows.get('letter', 0)} brieven, {report.audit_events} auditgebeurtenissen "
        "(aantallen, hashes en auditspoor kloppen)."
    )
    if report.password_kept:
        print("Het wachtwoord staat in de kluis van het besturingssysteem, niet in het register.")
    else:
        print("Het wachtwoord werd niet bewaard (geen kluis op deze computer of geen wachtwoord).")
    print(f"Open het register voortaan met: privacydesk --db {report.target}")
    return EXIT_OK


# The listings read the register and print or export it: they take a reading of it
# (services.reading), on a file register without loading the services at all.
_LISTINGS: dict[str, Callable[..., int]] = {
    "cases": _cmd_cases,
    "due": _cmd_due,
    "export": _cmd_export,
}
_COMMANDS: dict[str, Callable[..., int]] = {
    "move-register": _cmd_move_register,
    "verify-audit": _cmd_verify_audit,
    "letter": _cmd_letter,
    "report": _cmd_report,
    "case-file": _cmd_case_file,
    "retention": _cmd_retention,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}
