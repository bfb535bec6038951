"""Keep ``resources/translations/*.ts`` in step with the code, and compile ``.qm`` files.

    uv run python packaging/update_translations.py           # update the .ts sources
    uv run python packaging/update_translations.py --release # also build the .qm files

Source strings are Dutch. ``pyside6-lupdate`` collects ``self.tr(...)`` from the GUI; the
domain's Dutch labels (statuses, rights, outcomes, …) and the strings passed through the
small ``_tr``/``parent_tr`` helpers are added here, in their translation contexts.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
HELPER_CONTEXTS = {
    "privacydesk/gui/timeline_model.py": ("_tr", "Timeline"),
    "privacydesk/gui/errors.py": ("parent_tr", "Errors"),
    "privacydesk/gui/day_dialog.py": ("_tr", "DayDialog"),
    "privacydesk/gui/rights_model.py": ("_tr", "RightsModel"),
    "privacydesk/gui/letters_tab.py": ("_tr", "LettersModel"),
    "privacydesk/gui/documents_tab.py": ("_tr", "AttachmentsModel"),
    "privacydesk/gui/identity_decisions.py": ("_tr", "IdentityDecisions"),
    "privacydesk/gui/inquiries_tab.py": ("_tr", "InquiriesModel"),
}


def label_strings() -> list[str]:
    """Every Dutch label the GUI shows through ``labels.tr`` (context "Labels")."""
    sys.path.insert(0, str(ROOT))
    from privacydesk.core import case, deadlines, rights, workflow
    from privacydesk.services import reminders

    texts: list[str] = []
    for table in (
        workflow.STATUS_LABEL_NL,
        rights.OUTCOME_LABEL_NL,
        case.CHANNEL_LABEL_NL,
        case.LANGUAGE_LABEL_NL,
        case.RELATIONSHIP_LABEL_NL,
        deadlines.DEADLINE_STATE_LABEL_NL,
        reminders.REMINDER_LABEL_NL,
    ):
        texts.extend(table.values())
    texts.extend(info.label_nl for info in rights.RIGHT_INFO.values())
    texts.extend(info.label_nl for info in rights.GROUND_INFO.values())
    for module_name in ("identity", "attachments", "letter_kinds", "inquiries"):
        try:
            module = __import__(f"privacydesk.core.{module_name}", fromlist=["_"])
        except ImportError:
            continue
        for name in dir(module):
            if name.endswith("_LABEL_NL"):
                texts.extend(getattr(module, name).values())
    # The intake form's validation sentences (core/case.py), shown through labels.tr.
    case_source = (ROOT / "privacydesk" / "core" / "case.py").read_text(encoding="utf-8")
    texts.extend(re.findall(r'problems\["\w+"\] = "([^"\n]+)"', case_source))
    return list(dict.fromkeys(texts))


# Where sentences for the officer are raised or built below the GUI (core/messages.py).
MESSAGE_DIRS = ("core", "services", "documents", "store", "letters")
NOT_FOR_THE_WINDOW = {"server_setup.py", "server.py"}  # command-line set-up only


def message_strings() -> list[str]:
    """Dutch sources of ``message("…")`` and ``SomeError("…")`` (context "Messages")."""
    texts: list[str] = []
    for folder in MESSAGE_DIRS:
        for path in sorted((ROOT / "privacydesk" / folder).rglob("*.py")):
            if path.name in NOT_FOR_THE_WINDOW or "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                name = getattr(func, "id", None) or getattr(func, "attr", "")
                first = node.args[0]
                raising = name == "message" or (name[:1].isupper() and name.endswith("Error"))
                literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                if raising and literal and first.value.strip():
                    texts.append(first.value)
    return list(dict.fromkeys(texts))


def helper_strings() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for relative, (function, context) in HELPER_CONTEXTS.items():
        text = (ROOT / relative).read_text(encoding="utf-8")
        pattern = re.compile(rf'\b{function}\(\s*((?:"[^"\n]*"\s*)+)\)')
        for match in pattern.finditer(text):
            parts = re.findall(r'"[^"\n]*"', match.group(1))
            found.setdefault(context, []).append("".join(ast.literal_eval(p) for p in parts))
    return found


def existing_translations(ts_path: Path) -> dict[tuple[str, str], str]:
    """Finished translations in a .ts, to carry over what lupdate does not know about."""
    if not ts_path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def merge_contexts(
    ts_path: Path, extra: dict[str, list[str]], known: dict[tuple[str, str], str]
) -> None:
    """Add the extra contexts' messages (keeping their translations), drop stale ones."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    for context_name, sources in extra.items():
        context = next(
            (c for c in root.iter("context") if c.findtext("name") == context_name), None
        )
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        existing = {m.findtext("source"): m for m in context.iter("message")}
        for source in sources:
            if source in existing:
                # lupdate keeps contexts it cannot see in the code but forgets their
                # translations: put them back.
                translation = existing[source].find("translation")
                if translation is not None and (context_name, source) in known:
                    translation.text = known[(context_name, source)]
                    translation.attrib.pop("type", None)
                continue
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            if (context_name, source) in known:
                ET.SubElement(message, "translation").text = known[(context_name, source)]
            else:
                ET.SubElement(message, "translation", type="unfinished")
        wanted = set(sources)
        for source, message in existing.items():
            if source not in wanted:
                context.remove(message)
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found; run through `uv run`.")
    return found


def update(ts_dir: Path = TS_DIR) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "privacydesk" / "gui").glob("*.py"))
    extra = {"Labels": label_strings(), "Messages": message_strings(), **helper_strings()}
    for language in LANGUAGES:
        ts_path = ts_dir / f"privacydesk_{language}.ts"
        known = existing_translations(ts_path)
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-source-language",
                "nl",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts_path),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        merge_contexts(ts_path, extra, known)
    # The source language needs its own singular and plural of every text with a count
    # (%n): Qt would otherwise say "1 dagen". Only those texts are in the Dutch file.
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-pluralonly",
            "-source-language",
            "nl",
            "-target-language",
            "nl",
            *sources,
            "-ts",
            str(ts_dir / "privacydesk_nl.ts"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def release(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for language in (*LANGUAGES, "nl"):
        ts_path = TS_DIR / f"privacydesk_{language}.ts"
        qm_path = out_dir / f"privacydesk_{language}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)],
            check=True,
            capture_output=True,
        )
        built.append(qm_path)
    return built


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--release", action="store_true", help="also compile the .qm files")
    parser.add_argument("--qm-dir", type=Path, default=TS_DIR)
    args = parser.parse_args()
    update()
    if args.release:
        for path in release(args.qm_dir):
            print(path)


if __name__ == "__main__":
    main()
