"""With English chosen, no window shows a Dutch sentence of the program's own."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.gui.window_tour import run_tour

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "privacydesk_en.ts"


def _dutch_sources() -> set[str]:
    """The oracle: every Dutch source text whose English differs from it."""
    found: set[str] = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        english = translation.text if translation is not None else ""
        if source and english != source and len(source.replace("&", "")) >= 4:
            found.add(source.replace("&", ""))
    return found


def _dutch_in(text: str, sources: set[str]) -> str | None:
    plain = re.sub(r"<[^>]+>", "\\n", text.replace("&", ""))
    for line in [plain, *plain.splitlines()]:
        line = line.strip()
        if line in sources:
            return line
    for source in sources:
        # A sentence with {fields}: its longest fixed part gives it away.
        parts = [p for p in re.split(r"\\{[^}]*\\}|%n", source) if len(p.strip()) >= 12]
        if parts and max(parts, key=len) in plain:
            return source
    return None


def test_the_main_window_its_tabs_and_dialogs_show_no_dutch_in_english(tmp_path: Path) -> None:
    report = run_tour("en", QT_QPA_PLATFORM="offscreen", PRIVACYDESK_DATA_DIR=str(tmp_path))
    assert {
        "main_window",
        "case_tab0",
        "case_tab1",
        "letter",
        "settings",
        "first_start",
        "reminders",
    } <= set(report)
    sources = _dutch_sources()
    dutch = {
        f"{window}: {text!r}": hit
        for window, seen in report.items()
        for text in seen["texts"]
        if (hit := _dutch_in(text, sources))
    }
    assert dutch == {}
