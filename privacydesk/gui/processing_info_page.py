"""The settings page with the Art. 15 information an access answer gives ("Informatie over
de verwerking"): one text per item of Art. 15(1)(a)-(h) and 15(2), per letter language,
pre-filled with the wording taken from the company's privacy statement."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacydesk.core.case import Language
from privacydesk.core.processing_info import (
    PROCESSING_INFO_ITEMS,
    kept_differences,
    merged_processing_info,
)
from privacydesk.gui.labels import language_label


class ProcessingInfoPage(QWidget):
    """Per language a tab with one field per item; an emptied field leaves the item out of
    the letter, and only texts that differ from the default are kept in the settings."""

    def __init__(
        self,
        kept: Mapping[str, Mapping[str, str]],
        parent: QWidget | None = None,
        *,
        languages: tuple[Language, ...] = tuple(Language),
        for_case: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("processingInfoPage")
        labels = {
            "purposes": self.tr("(a) Doeleinden"),
            "categories": self.tr("(b) Categorieën van gegevens"),
            "recipients": self.tr("(c) Ontvangers (bij naam waar bekend)"),
            "retention": self.tr("(d) Bewaartermijn of criteria"),
            "rights": self.tr("(e) Rechten op verbetering, wissing, beperking, bezwaar"),
            "complaint": self.tr("(f) Klacht bij de GBA"),
            "source": self.tr("(g) Bron van de gegevens"),
            "automated": self.tr("(h) Geautomatiseerde besluitvorming"),
            "transfers": self.tr("Doorgifte buiten de EER (art. 15, lid 2)"),
        }
        from privacydesk.letters.placeholders import default_processing_info

        self._defaults = {language: default_processing_info(language) for language in Language}
        self.edits: dict[Language, dict[str, QPlainTextEdit]] = {}
        intro = QLabel(
            self.tr(
                "Een antwoord dat inzage geeft (art. 15 AVG) vermeldt deze informatie, in de "
                "taal van de brief. Per dossier kunt u ze nog aanpassen in het briefvenster."
            )
        )
        intro.setWordWrap(True)
        tabs = QTabWidget()
        tabs.setObjectName("processingInfoLanguages")
        for language in languages:
            texts = merged_processing_info(self._defaults[language], kept, language, for_case)
            form_widget = QWidget()
            form = QFormLayout(form_widget)
            self.edits[language] = {}
            for item in PROCESSING_INFO_ITEMS:
                edit = QPlainTextEdit(texts.get(item, ""))
                edit.setObjectName(f"processingInfo_{language.value}_{item}")
                edit.setAccessibleName(labels[item])
                edit.setFixedHeight(64)
                edit.setTabChangesFocus(True)
                self.edits[language][item] = edit
                form.addRow(labels[item], edit)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(form_widget)
            tabs.addTab(scroll, language_label(language))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(tabs)

    def texts(self, language: Language) -> dict[str, str]:
        """Item -> text as shown on one language's tab."""
        return {item: edit.toPlainText().strip() for item, edit in self.edits[language].items()}

    def processing_info(self) -> dict[str, dict[str, str]]:
        """What the settings keep: the texts that differ from the default wording."""
        shown = {
            language: {item: edit.toPlainText() for item, edit in edits.items()}
            for language, edits in self.edits.items()
        }
        return kept_differences(self._defaults, shown)
