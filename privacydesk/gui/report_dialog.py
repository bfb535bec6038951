"""Register › Jaarverslag…: which year, in which language, and where to save the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class ReportDialog(QDialog):
    def __init__(
        self, this_year: int, language: str, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Jaarverslag"))
        self._folder = folder
        explanation = QLabel(
            self.tr(
                "Het verslag voor de leiding (art. 38(3) en 39 AVG): aantallen per maand, recht, "
                "kanaal en uitkomst, termijnen, verlengingen, identificatie, vernietigde "
                "ID-kopieën, art. 19-kennisgevingen en vragen van de GBA. Het bevat geen "
                "persoonsgegevens."
            )
        )
        explanation.setWordWrap(True)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("reportYearSpin")
        self.year_spin.setRange(2000, this_year)
        # In January the officer reports on the year that just ended.
        self.year_spin.setValue(this_year)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("reportLanguageCombo")
        for code, label in (
            ("nl", self.tr("Nederlands")),
            ("fr", self.tr("Frans")),
            ("en", self.tr("Engels")),
        ):
            self.language_combo.addItem(label, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("reportPathEdit")
        self.path_edit.setAccessibleName(self.tr("Bestand"))
        choose = QPushButton(self.tr("Kiezen…"))
        choose.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Jaar"), self.year_spin)
        form.addRow(self.tr("Taal"), self.language_combo)
        form.addRow(self.tr("Bestand"), path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.ok_button = QPushButton(self.tr("Opmaken"))
        self.ok_button.setObjectName("reportOkButton")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.year_spin.valueChanged.connect(self._suggest)
        self.language_combo.currentIndexChanged.connect(self._suggest)
        self.path_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        self._suggest()
        # As wide as a file path needs, as high as the wrapped explanation then needs: a
        # height of 0 squeezed every field to a sliver.
        self.resize(560, max(self.sizeHint().height(), layout.heightForWidth(560)))

    def year(self) -> int:
        return self.year_spin.value()

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def _suggest(self) -> None:
        name = f"jaarverslag-{self.year()}-{self.language()}.pdf"
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else self._folder
        self.path_edit.setText(str(folder / name))

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Jaarverslag bewaren als"), self.path_edit.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.path_edit.setText(chosen)
