"""The case's documents: add (pick or drop), tag, view, compare, check signatures, purge."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QWidget,
)

from privacydesk.core.attachments import ATTACHMENT_ROLE_LABEL_NL, ID_COPY_ROLES, AttachmentRole
from privacydesk.core.role_suggestion import suggest_role
from privacydesk.gui.background import run_in_background
from privacydesk.gui.case_tab import CaseTab, named_button
from privacydesk.gui.document_viewer import CompareDialog, DocumentViewer
from privacydesk.gui.errors import show_error
from privacydesk.gui.folders import remember_folder, start_folder
from privacydesk.gui.labels import tr
from privacydesk.gui.messages import error_text, translated
from privacydesk.gui.purge_dialog import confirm_purge
from privacydesk.gui.record_table_model import RecordTableModel
from privacydesk.services.integrity import StoredContentChangedError

if TYPE_CHECKING:
    from privacydesk.services import Services
    from privacydesk.services.attachments import AddResult, AttachmentInfo


def role_label(role: AttachmentRole) -> str:
    return tr(ATTACHMENT_ROLE_LABEL_NL[role])


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / (1024 * 1024):.1f} MB"


def make_attachments_model(parent: QObject | None = None) -> RecordTableModel[AttachmentInfo]:
    def _tr(text: str) -> str:
        return QCoreApplication.translate("AttachmentsModel", text)

    def tooltip(item: AttachmentInfo, _column: int) -> str:
        return f"SHA-256: {item.sha256}\n{_tr('Toegevoegd door')} {item.added_by}"

    return RecordTableModel(
        [
            (_tr("Naam"), lambda a: ("    ↳ " if a.parent_id else "") + a.name),
            (_tr("Rol"), lambda a: role_label(a.role)),
            (_tr("Type"), lambda a: a.content_type.split("/")[-1].upper()),
            (_tr("Grootte"), lambda a: _size(a.size)),
            (_tr("Toegevoegd"), lambda a: a.added_at.astimezone().strftime("%d/%m/%Y %H:%M")),
        ],
        tooltip,
        parent,
    )


class DocumentsTab(CaseTab):
    """Drop files here (or use Add); an e-mail brings its attachments along."""

    signatureChecked = Signal(list)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsTab")
        self.setAcceptDrops(True)
        self._services = services
        self._case_id: int | None = None

        self.model = make_attachments_model(self)
        self.view = self.record_view(
            "attachmentsView",
            self.tr("Documenten"),
            self.model,
            on_select=self._sync,
            on_open=self.view_selected,
        )
        # Selecting a document shows it, as in a mail program: no double-click needed.
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.view_selected())
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = named_button("addDocumentButton", self.tr("&Toevoegen…"), self.pick_files)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("roleCombo")
        self.role_combo.setAccessibleName(self.tr("Rol van het document"))
        for role in AttachmentRole:
            self.role_combo.addItem(role_label(role), role.value)
        self.role_combo.activated.connect(self._role_chosen)
        self.compare_button = named_button(
            "compareButton", self.tr("Handtekeningen &vergelijken"), self.compare
        )
        self.signature_button = named_button(
            "checkSignatureButton",
            self.tr("Digitale &handtekening controleren"),
            self.check_signature,
        )
        self.remove_button = named_button(
            "removeDocumentButton", self.tr("Verwijderen…"), self.remove_selected
        )
        self.purge_button = named_button(
            "purgeIdButton", self.tr("ID-kopieën &vernietigen…"), self.purge_id_copies
        )
        self.status_label = QLabel(self.tr("Sleep scans of e-mails hierheen, of kies Toevoegen."))
        self.status_label.setObjectName("documentsStatus")
        self.status_label.setWordWrap(True)

        self.viewer = DocumentViewer()
        self.list_above_viewer(
            (
                (self.add_button, QLabel(self.tr("Rol:")), self.role_combo, self.remove_button),
                (self.compare_button, self.signature_button, self.purge_button),
            ),
            self.view,
            self.status_label,
            self.viewer,
            (220, 420),
        )
        self._sync()

    # -- following the case ----------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        if case_id is None:
            self.model.set_items([])
            self._sync()
            return
        try:
            self.model.set_items(self._services.attachments.for_case(case_id))
        except Exception as exc:
            show_error(self, exc)
        self._sync()

    def _selected(self) -> AttachmentInfo | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _sync(self) -> None:
        selected = self._selected()
        has_case = self._case_id is not None
        self.add_button.setEnabled(has_case)
        self.role_combo.setEnabled(selected is not None)
        self.remove_button.setEnabled(selected is not None)
        self.signature_button.setEnabled(
            selected is not None and selected.content_type == "application/pdf"
        )
        if selected is not None:
            self.role_combo.setCurrentIndex(list(AttachmentRole).index(selected.role))
        items = self.model.items()
        self.purge_button.setEnabled(any(a.role in ID_COPY_ROLES for a in items))
        self.compare_button.setEnabled(
            any(a.role is AttachmentRole.SIGNED_REQUEST for a in items)
            and any(a.role in ID_COPY_ROLES for a in items)
        )

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)
        self._sync()

    # -- adding ----------------------------------------------------------------------------

    def pick_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Documenten toevoegen"),
            start_folder("documents"),
            self.tr(
                "Scans en e-mails (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg);;Alle bestanden (*)"
            ),
        )
        if paths:
            remember_folder("documents", Path(paths[0]))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Read, check and store off the GUI thread; report what was added and refused."""
        case_id = self._case_id
        if case_id is None or not paths:
            return
        attachments = self._services.attachments

        def work() -> tuple[list[AddResult], list[str], list[str]]:
            results: list[AddResult] = []
            problems: list[str] = []
            looks_like_id: list[str] = []
            for path in paths:
                try:
                    data = path.read_bytes()
                    suggestion = suggest_role(path.name)
                    result = attachments.add(case_id, path.name, data, suggestion.role)
                    results.append(result)
                    if suggestion.looks_like_id_copy:
                        looks_like_id.extend(a.name for a in result.added[:1])
                except OSError as exc:
                    problems.append(
                        self.tr("{name}: kan niet gelezen worden ({error}).").format(
                            name=path.name, error=exc.strerror
                        )
                    )
                except Exception as exc:
                    from privacydesk.core.errors import UserFacingError

                    if not isinstance(exc, UserFacingError):
                        raise
                    problems.append(error_text(exc))
            return results, problems, looks_like_id

        self.status_label.setText(self.tr("Bezig met toevoegen…"))
        run_in_background(self, work, self._added, lambda exc: show_error(self, exc))

    def _added(self, outcome: tuple[list[AddResult], list[str], list[str]]) -> None:
        results, problems, looks_like_id = outcome
        added = sum(len(r.added) for r in results)
        problems += [translated(p) for r in results for p in r.skipped]
        changed = [change for r in results for change in r.role_changed]
        message = self.tr("{count} document(en) toegevoegd.").format(count=added)
        for change in changed:
            message += " " + self.tr(
                "'{name}' stond al bij het dossier als {old}; de rol is nu {new}."
            ).format(
                name=change.attachment.name,
                old=role_label(change.old_role).lower(),
                new=role_label(change.attachment.role).lower(),
            )
        if looks_like_id:
            # The purge destroys only what the officer tagged: a file name never decides.
            message += " " + self.tr(
                "{names}: lijkt een kopie van een identiteitsdocument; kies zelf de rol "
                "(voorzijde of achterzijde), dan wordt het na de verificatie vernietigd."
            ).format(names=", ".join(f"'{name}'" for name in looks_like_id))
        if problems:
            message += " " + self.tr("Niet toegevoegd: {problems}").format(
                problems=" ".join(problems)
            )
        self.status_label.setText(message)
        if self._case_id is not None:
            self.show_case(self._case_id)
            if added or changed:
                self.caseChanged.emit(self._case_id)
        if problems and not added and not changed:
            QMessageBox.warning(self, self.tr("Niet toegevoegd"), "\n".join(problems))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # -- acting on one ---------------------------------------------------------------------

    def view_selected(self) -> None:
        item = self._selected()
        if item is None:
            return
        try:
            self.viewer.show_untrusted(
                item.name, item.content_type, self._services.attachments.data(item.id)
            )
        except Exception as exc:
            if isinstance(exc, StoredContentChangedError):
                self.viewer.show_message(str(exc))  # the warning instead of forged bytes
            show_error(self, exc)

    def _role_chosen(self, index: int) -> None:
        item = self._selected()
        if item is None:
            return
        role = AttachmentRole(self.role_combo.itemData(index))
        if role is item.role:
            return
        try:
            self._services.attachments.set_role(item.id, role)
        except Exception as exc:
            show_error(self, exc)
            return
        row = self.view.currentIndex().row()
        self.show_case(self._case_id)
        self.select_row(row)
        if self._case_id is not None:
            self.caseChanged.emit(self._case_id)

    def remove_selected(self) -> None:
        item = self._selected()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Document verwijderen"),
            self.tr("'{name}' definitief uit het register verwijderen?").format(name=item.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.attachments.remove(item.id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.viewer.show_message(self.tr("Geen document gekozen."))
        self.show_case(self._case_id)
        if self._case_id is not None:
            self.caseChanged.emit(self._case_id)

    def purge_id_copies(self) -> bool:
        case_id = self._case_id
        if case_id is None:
            return False
        if not confirm_purge(self._services, case_id, after_verification=False, parent=self):
            return False
        try:
            count = self._services.attachments.purge_id_copies(case_id, reason="handmatig")
        except Exception as exc:
            show_error(self, exc)
            return False
        self.viewer.show_message(self.tr("Geen document gekozen."))
        message = self.tr("{count} ID-kopie(ën) vernietigd.").format(count=count)
        if self._services.attachments.journal_holds_removed:
            message += " " + self.tr(
                "Een ander programma leest het register nog; de laatste sporen in het logbestand "
                "verdwijnen bij de volgende opruiming of wanneer iedereen het register sluit."
            )
        self.status_label.setText(message)
        self.show_case(case_id)
        self.caseChanged.emit(case_id)
        return True

    def compare(self) -> None:
        items = self.model.items()
        request = next((a for a in items if a.role is AttachmentRole.SIGNED_REQUEST), None)
        # A Belgian eID carries the holder's signature on its front.
        identity = next(
            (a for a in items if a.role is AttachmentRole.ID_RECTO),
            next((a for a in items if a.role in ID_COPY_ROLES), None),
        )
        if request is None or identity is None:
            return
        dialog = CompareDialog(self)
        data = self._services.attachments.data
        dialog.left.show_untrusted(request.name, request.content_type, data(request.id))
        dialog.right.show_untrusted(identity.name, identity.content_type, data(identity.id))
        self.compare_dialog = dialog
        dialog.show()

    def check_signature(self) -> None:
        item = self._selected()
        if item is None or self._case_id is None:
            return
        self.status_label.setText(self.tr("Handtekening wordt gecontroleerd…"))
        attachments = self._services.attachments

        def work() -> list[tuple[str, bool]]:
            return [(r.summary, matches) for r, matches in attachments.check_signatures(item.id)]

        run_in_background(
            self,
            work,
            self._signature_checked,
            self._signature_failed,
        )

    def _signature_failed(self, exc: BaseException) -> None:
        self.status_label.setText(str(exc))
        show_error(self, exc)

    def _signature_checked(self, reports: list[tuple[str, bool]]) -> None:
        if not reports:
            self.status_label.setText(self.tr("Deze PDF is niet digitaal ondertekend."))
        else:
            lines = []
            for summary, matches in reports:
                lines.append(
                    summary
                    + " "
                    + (
                        self.tr("De naam komt overeen met de aanvrager.")
                        if matches
                        else self.tr("Let op: de naam verschilt van die van de aanvrager.")
                    )
                )
            self.status_label.setText("\n".join(lines))
        self.signatureChecked.emit(reports)
