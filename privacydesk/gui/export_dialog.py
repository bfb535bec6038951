"""Register › Exporteren…: what to export (the cases shown, or all), as what, and where."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.services.export import ExportFormat


class ExportDialog(QDialog):
    def __init__(self, shown: int, total: int, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Register exporteren"))
        self.shown_radio = QRadioButton(
            self.tr("De {count} getoonde dossiers (zoekopdracht en filter)").format(count=shown)
        )
        self.shown_radio.setObjectName("exportShownRadio")
        self.all_radio = QRadioButton(
            self.tr("Het hele register ({count} dossiers)").format(count=total)
        )
        self.all_radio.setObjectName("exportAllRadio")
        scope = QButtonGroup(self)
        scope.addButton(self.shown_radio)
        scope.addButton(self.all_radio)
        # A narrowed view is most likely what the officer wants to hand on.
        (self.shown_radio if shown < total else self.all_radio).setChecked(True)

        self.xlsx_radio = QRadioButton(self.tr("Excel (.xlsx)"))
        self.xlsx_radio.setObjectName("exportXlsxRadio")
        self.csv_radio = QRadioButton(self.tr("CSV (puntkomma's, UTF-8)"))
        self.csv_radio.setObjectName("exportCsvRadio")
        kind = QButtonGroup(self)
        kind.addButton(self.xlsx_radio)
        kind.addButton(self.csv_radio)
        self.xlsx_radio.setChecked(True)

        self.path_edit = QLineEdit(str(folder / "register.xlsx"))
        self.path_edit.setObjectName("exportPathEdit")
        self.path_edit.setAccessibleName(self.tr("Bestand"))
        choose = QPushButton(self.tr("Kiezen…"))
        choose.setObjectName("exportChooseButton")
        choose.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose)

        scope_box = QVBoxLayout()
        scope_box.addWidget(self.shown_radio)
        scope_box.addWidget(self.all_radio)
        kind_box = QVBoxLayout()
        kind_box.addWidget(self.xlsx_radio)
        kind_box.addWidget(self.csv_radio)
        form = QFormLayout()
        form.addRow(self.tr("Welke dossiers"), scope_box)
        form.addRow(self.tr("Formaat"), kind_box)
        form.addRow(self.tr("Bestand"), path_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.ok_button = QPushButton(self.tr("Exporteren"))
        self.ok_button.setObjectName("exportOkButton")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.xlsx_radio.toggled.connect(self._format_changed)
        self.path_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )

    def export_format(self) -> ExportFormat:
        return ExportFormat.XLSX if self.xlsx_radio.isChecked() else ExportFormat.CSV

    def only_shown(self) -> bool:
        return self.shown_radio.isChecked()

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix("." + self.export_format().value)))

    def _choose(self) -> None:
        pattern = (
            self.tr("Excel (*.xlsx)")
            if self.export_format() is ExportFormat.XLSX
            else self.tr("CSV (*.csv)")
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Exporteren naar"), self.path_edit.text(), pattern
        )
        if chosen:
            self.path_edit.setText(chosen)
