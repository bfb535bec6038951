"""The user-interface language. Source strings are Dutch (the officer's language); English
comes from ``resources/translations/privacydesk_en.ts``, compiled to ``.qm`` by the build.

When running from a checkout the ``.qm`` may not exist yet; the ``.ts`` is then read
directly, so a developer never sees a half-translated program for lack of a build step.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from privacydesk.resources import resource_path

SUPPORTED = ("nl", "en")


class TsTranslator(QTranslator):
    """A translator fed straight from a Qt Linguist ``.ts`` file (finished entries only)."""

    def __init__(self, path: Path, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._messages: dict[tuple[str, str], str] = {}
        # Texts with a count (%n): singular and plural form, as Dutch and English have.
        self._plurals: dict[tuple[str, str], list[str]] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if forms and all(forms):
                    self._plurals[(name, source)] = forms
                elif translation.text:
                    self._messages[(name, source)] = translation.text

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) tells Qt "not here, ask the next translator or use the
        # source"; an empty string would blank the label.
        forms = self._plurals.get((context, source))
        if forms:
            return forms[0] if n == 1 or len(forms) == 1 else forms[1]
        return self._messages.get((context, source))

    def isEmpty(self) -> bool:
        return not self._messages and not self._plurals

    def __len__(self) -> int:
        return len(self._messages)


def translation_file(language: str) -> Path:
    return resource_path("translations", f"privacydesk_{language}.ts")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and PrivacyDesk's translators; returns them so they stay alive."""
    language = language if language in SUPPORTED else "nl"
    installed: list[QTranslator] = []
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.Belgium)
    QLocale.setDefault(locale)
    # Qt's standard buttons and dialogs ("Yes", "Cancel", the print dialog) in the same language.
    qt_translator = QTranslator(app)
    if qt_translator.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    compiled = resource_path("translations", f"privacydesk_{language}.qm")
    own: QTranslator
    if compiled.exists():
        own = QTranslator(app)
        if not own.load(str(compiled)):
            return installed
    else:
        source = translation_file(language)
        if not source.exists():
            return installed
        own = TsTranslator(source, app)
    app.installTranslator(own)
    installed.append(own)
    return installed
