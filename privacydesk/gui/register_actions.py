"""The Register menu: work on the register as a whole.

Checking the audit trail, backups made and put back, moving to a server, export, the
yearly report, retention. Kept apart from the main window so that it stays about the
register table; the window hands over its menu and a way to ask which cases are shown,
and reloads the register when told it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QMessageBox

from privacydesk.gui.background import run_in_background
from privacydesk.gui.errors import show_error

if TYPE_CHECKING:
    from privacydesk.services import Services


class RegisterActions(QObject):
    exportFinished = Signal(int)
    reportFinished = Signal(str)
    retentionApplied = Signal(int)
    registerChanged = Signal()  # cases went away: reload the register
    registerReplaced = Signal()  # a backup was put back: no case on screen is current

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
        self.verify_action = self._add(
            menu, "verifyAuditAction", self.tr("Auditspoor &controleren"), self.verify_audit
        )
        menu.addSeparator()
        self.backup_action = self._add(
            menu, "backupAction", self.tr("Nu een &back-up maken…"), lambda: self.backup_now()
        )
        self.restore_action = self._add(
            menu, "restoreAction", self.tr("Back-up &terugzetten…"), lambda: self.restore_backup()
        )
        menu.addSeparator()
        self.server_action = self._add(
            menu, "moveToServerAction", self.tr("Naar een &server verhuizen…"), self.move_to_server
        )
        menu.addSeparator()
        self.export_action = self._add(
            menu, "exportAction", self.tr("&Exporteren…"), self.export_register
        )
        self.report_action = self._add(
            menu, "reportAction", self.tr("&Jaarverslag…"), self.yearly_report
        )
        self.retention_action = self._add(
            menu, "retentionAction", self.tr("&Bewaartermijn verstreken…"), self.apply_retention
        )

    def _add(self, menu: QMenu, name: str, text: str, slot: Callable[[], object]) -> QAction:
        # The window owns the action: its shortcuts and findChild reach it there.
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    def export_register(self) -> None:
        from privacydesk.gui.export_dialog import ExportDialog

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
        from privacydesk.gui.report_dialog import ReportDialog

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
        self.registerChanged.emit()
        self._status(self.tr("{count} dossiers geanonimiseerd.").format(count=len(done)))
        self.retentionApplied.emit(len(done))

    def verify_audit(self) -> None:
        result = self._services.audit.verify()
        # Every finding and note, not only the first (the service's own sentences).
        notes = "".join(f"\n\n{note}" for note in result.notes)
        if result.ok:
            QMessageBox.information(
                self._window,
                self.tr("Auditspoor"),
                # What was compared, no more (services/audit_replay.py): the trail holds no
                # address, e-mail or notes to compare a case's with.
                self.tr(
                    "Het auditspoor is intact ({count} gebeurtenissen gecontroleerd).\n\n"
                    "Ermee vergeleken: van elk dossier kenmerk, naam van de aanvrager, "
                    "ontvangstdatum, status, identiteitsbeslissing, verlenging, antwoorddatum en "
                    "uitkomst per recht; van elke brief en elk document de inhoud (SHA-256). "
                    "Andere gegevens van een dossier, zoals adres, e-mail en notities, staan "
                    "niet in het spoor en werden niet vergeleken."
                ).format(count=result.checked)
                + notes,
            )
        else:
            more = "".join(f"\n• {problem}" for problem in result.problems[1:20])
            QMessageBox.critical(
                self._window,
                self.tr("Auditspoor"),
                self.tr("Het auditspoor werd aangetast: {problem}.").format(problem=result.problem)
                + more
                + notes,
            )

    def backup_now(self, target: Path | None = None) -> Path | None:
        if target is None:
            backup = self._services.backup
            suggested = (
                backup.folder() / f"register-{self._services.ctx.today():%Y-%m-%d}-handmatig.sqlite"
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Back-up maken"),
                str(suggested),
                self.tr("Registers (*.sqlite)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            info = self._services.backup.backup_to(target)
        except Exception as exc:
            show_error(self._window, exc)
            return None
        self._status(self.tr("Back-up gemaakt: {path}").format(path=info.path))
        return info.path

    def restore_backup(self, source: Path | None = None) -> bool:
        if source is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self._window,
                self.tr("Back-up terugzetten"),
                str(self._services.backup.folder()),
                self.tr("Registers (*.sqlite)"),
            )
            if not chosen:
                return False
            source = Path(chosen)
        answer = QMessageBox.question(
            self._window,
            self.tr("Back-up terugzetten"),
            self.tr(
                "Het register wordt vervangen door de back-up '{name}'. Wat sindsdien gebeurde, "
                "verdwijnt uit het register; de huidige toestand wordt eerst zelf als back-up "
                "bewaard. Doorgaan?"
            ).format(name=source.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            safety = self._services.backup.restore_from(source)
        except Exception as exc:
            show_error(self._window, exc)
            return False
        self._services.reload_settings()
        self.registerReplaced.emit()
        QMessageBox.information(
            self._window,
            self.tr("Back-up teruggezet"),
            self.tr("De back-up werd teruggezet. De vorige toestand staat in:\n{path}").format(
                path=safety
            ),
        )
        return True

    def move_to_server(self) -> None:
        from privacydesk.gui.server_dialog import ServerRegisterDialog

        self.server_dialog = ServerRegisterDialog(self._services, self._window)
        self.server_dialog.open()
