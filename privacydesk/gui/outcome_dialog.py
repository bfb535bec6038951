"""Recording the decision on one right: granted, partly, refused (with its legal ground), n/a."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from privacydesk.core.case import Language, RightRequest
from privacydesk.core.rights import LegalGround, Outcome, Right, grounds_for
from privacydesk.gui.labels import ground_label, outcome_label, right_with_article


class OutcomeDialog(QDialog):
    def __init__(
        self,
        item: RightRequest,
        parent: QWidget | None = None,
        *,
        language: Language = Language.NL,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("Uitkomst registreren"))
        self._right: Right = item.right

        self.outcome_combo = QComboBox()
        self.outcome_combo.setObjectName("outcomeCombo")
        self.outcome_combo.setAccessibleName(self.tr("Uitkomst"))
        for outcome in Outcome:
            if outcome is not Outcome.PENDING:
                self.outcome_combo.addItem(outcome_label(outcome), outcome)
        self.ground_combo = QComboBox()
        self.ground_combo.setObjectName("groundCombo")
        self.ground_combo.setAccessibleName(self.tr("Rechtsgrond"))
        for ground in grounds_for(item.right):
            self.ground_combo.addItem(ground_label(ground), ground)
        self.note_edit = QPlainTextEdit(item.outcome_note)
        self.note_edit.setObjectName("outcomeNoteEdit")
        self.note_edit.setAccessibleName(self.tr("Toelichting"))
        self.note_edit.setFixedHeight(70)
        self.note_edit.setTabChangesFocus(True)

        if item.outcome is not Outcome.PENDING:
            self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(item.outcome))
        if item.ground is not None:
            self.ground_combo.setCurrentIndex(self.ground_combo.findData(item.ground))

        form = QFormLayout(self)
        words = QLabel(item.words or self.tr("(geen eigen woorden genoteerd)"))
        words.setWordWrap(True)
        form.addRow(self.tr("Recht"), QLabel(right_with_article(item.right)))
        form.addRow(self.tr("Verzoek"), words)
        form.addRow(self.tr("&Uitkomst"), self.outcome_combo)
        form.addRow(self.tr("&Rechtsgrond"), self.ground_combo)
        # The note goes into the letter as typed: it is asked in the letters' language.
        in_language = {
            Language.NL: self.tr("&Toelichting (in het Nederlands)"),
            Language.FR: self.tr("&Toelichting (in het Frans)"),
            Language.EN: self.tr("&Toelichting (in het Engels)"),
        }
        self.note_label = QLabel(in_language[language])
        self.note_label.setObjectName("outcomeNoteLabel")
        self.note_label.setBuddy(self.note_edit)
        self.note_edit.setPlaceholderText(
            self.tr("Komt zo in de brief; typ ze in de taal van de brieven van dit dossier.")
        )
        form.addRow(self.note_label, self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.outcome_combo.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.ground_combo.setEnabled(self.outcome().needs_ground)

    def outcome(self) -> Outcome:
        return Outcome(self.outcome_combo.currentData())

    def ground(self) -> LegalGround | None:
        if not self.outcome().needs_ground or self.ground_combo.currentData() is None:
            return None
        return LegalGround(self.ground_combo.currentData())

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()
