"""Adjusting the Art. 15 information for one case's access answer, in the letter's language
(e.g. naming the recipients this person's data went to). The settings stay as they are;
the issued letter keeps the adjusted text."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from privacydesk.core.case import Language
from privacydesk.gui.geometry import restore_geometry
from privacydesk.gui.labels import language_label
from privacydesk.gui.processing_info_page import ProcessingInfoPage


class ProcessingInfoDialog(QDialog):
    def __init__(
        self,
        kept: Mapping[str, Mapping[str, str]],
        language: Language,
        for_case: Mapping[str, str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("processingInfoDialog")
        self.setWindowTitle(self.tr("Informatie over de verwerking voor dit dossier"))
        self._language = language
        self._kept = kept
        note = QLabel(
            self.tr(
                "Wat u hier wijzigt, geldt alleen voor deze brief ({language}); de instellingen "
                "blijven ongewijzigd."
            ).format(language=language_label(language))
        )
        note.setWordWrap(True)
        self.page = ProcessingInfoPage(kept, self, languages=(language,), for_case=for_case)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("processingInfoOkButton")
        self.ok_button.setText(self.tr("Overnemen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        restore_geometry(self, "processingInfoDialog", QSize(640, 560))

    def for_case(self) -> dict[str, str]:
        """The items whose text differs from what the settings give for this language."""
        in_settings = ProcessingInfoPage(self._kept, languages=(self._language,))
        standard = in_settings.texts(self._language)
        in_settings.deleteLater()
        shown = self.page.texts(self._language)
        return {item: text for item, text in shown.items() if text != standard.get(item, "")}
