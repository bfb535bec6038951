"""Register-wide work in the Register menu: export, the yearly report, retention.

Kept apart from the main window so that it stays about the register table; the main
window hands over its menu and a way to ask which cases are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from privacydesk.gui.background import run_in_background
from privacydesk.gui.errors import show_error
from privacydesk.gui.export_dialog import ExportDialog
from privacydesk.gui.report_dialog import ReportDialog
from privacydesk.services import Services


class RegisterActions(QObject):
    exportFinished = Signal(int)
    reportFinished = Signal(str)
    retentionApplied = Signal(int)

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        menu: QMenu,
        shown_case_ids: Callable[[], list[int]],
        total: Callable[[], int],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._shown_case_ids = shown_case_ids
        self._total = total
        menu.addSeparator()
        self.export_action = QAction(self.tr("&Exporteren…"), window)
        self.export_action.setObjectName("exportAction")
        self.export_action.triggered.connect(self.export_register)
        menu.addAction(self.export_action)
        self.report_action = QAction(self.tr("&Jaarverslag…"), window)
        self.report_action.setObjectName("reportAction")
        self.report_action.triggered.connect(self.yearly_report)
        menu.addAction(self.report_action)
        self.retention_action = QAction(self.tr("&Bewaartermijn verstreken…"), window)
        self.retention_action.setObjectName("retentionAction")
        self.retention_action.triggered.connect(self.apply_retention)
        menu.addAction(self.retention_action)

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    def export_register(self) -> None:
        shown = self._shown_case_ids()
        dialog = ExportDialog(
            len(shown), self._total(), self._services.backup.folder().parent, self._window
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        path, fmt, only_shown = dialog.path(), dialog.export_format(), dialog.only_shown()
        dialog.deleteLater()  # not kept as a hidden child of the window
        if not accepted:
            return
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix("." + fmt.value)
        if path.exists():
            answer = QMessageBox.question(
                self._window,
                self.tr("Register exporteren"),
                self.tr("{name} bestaat al. Vervangen?").format(name=path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        case_ids = shown if only_shown else None
        self._status(self.tr("Exporteren naar {path}…").format(path=path))
        run_in_background(
            self._window,
            lambda: self._services.export.write(path, fmt, case_ids),
            lambda count: self._exported(count, path),
            lambda error: show_error(self._window, error, self.tr("Exporteren lukt niet")),
        )

    def _exported(self, count: int, path: Path) -> None:
        self._status(
            self.tr("{count} dossiers geëxporteerd naar {path}").format(count=count, path=path)
        )
        self.exportFinished.emit(count)

    def yearly_report(self) -> None:
        settings = self._services.settings.get()
        dialog = ReportDialog(
            self._services.ctx.today().year,
            settings.ui_language if settings.ui_language in ("nl", "en") else "nl",
            self._services.backup.folder().parent,
            self._window,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        year, language, path = dialog.year(), dialog.language(), dialog.path()
        dialog.deleteLater()
        if not accepted:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self._status(self.tr("Jaarverslag {year} wordt opgemaakt…").format(year=year))
        run_in_background(
            self._window,
            lambda: self._services.report.write(year, path, language),
            lambda _size: self._reported(path),
            lambda error: show_error(self._window, error, self.tr("Jaarverslag lukt niet")),
        )

    def _reported(self, path: Path) -> None:
        self._status(self.tr("Jaarverslag bewaard als {path}").format(path=path))
        self.reportFinished.emit(str(path))

    def apply_retention(self) -> None:
        """List the closed cases past their retention period; delete them after a yes."""
        retention = self._services.retention
        try:
            due = retention.due()
        except Exception as exc:
            show_error(self._window, exc)
            return
        title = self.tr("Bewaartermijn verstreken")
        if not due:
            QMessageBox.information(
                self._window,
                title,
                self.tr(
                    "Geen afgesloten dossiers ouder dan de bewaartermijn ({years} jaar)."
                ).format(years=retention.years),
            )
            return
        lines = "\n".join(
            self.tr("{reference} — {name}, afgesloten op {closed}").format(
                reference=d.reference,
                name=d.requester_name,
                closed=d.closed_on.strftime("%d/%m/%Y"),
            )
            for d in due
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            self.tr(
                "Deze {count} dossiers zijn langer dan {years} jaar afgesloten. Hun "
                "persoonsgegevens en documenten worden definitief verwijderd; een anoniem "
                "overzicht blijft voor de jaarverslagen.\n\n{lines}"
            ).format(count=len(due), years=retention.years, lines=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setObjectName("retentionBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Definitief verwijderen"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = retention.apply([d.case_id for d in due])
        except Exception as exc:
            show_error(self._window, exc)
            return
        refresh = getattr(self._window, "refresh", None)
        if callable(refresh):
            refresh()
        self._status(self.tr("{count} dossiers geanonimiseerd.").format(count=len(done)))
        self.retentionApplied.emit(len(done))
