"""The case's overview tab: its data, the rights asked with their outcomes, notes, timeline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacydesk.core.case import CaseRecord
from privacydesk.core.identity import IdentityStatus
from privacydesk.gui.case_tab import named_button
from privacydesk.gui.labels import (
    channel_label,
    identity_status_label,
    language_label,
    relationship_label,
    show_date,
    status_label,
)
from privacydesk.gui.rights_model import make_rights_model
from privacydesk.gui.timeline_model import TimelineModel
from privacydesk.services import Services
from privacydesk.services.audit import AuditEntry


class CaseOverview(QWidget):
    rightActivated = Signal(int)  # a right's row double-clicked: record its outcome

    def __init__(
        self,
        services: Services,
        run: Callable[[Callable[[], object]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._run = run
        self._case: CaseRecord | None = None

        self.info_form = QFormLayout()
        self.info: dict[str, QLabel] = {}
        for key, label in [
            ("status", self.tr("Status")),
            ("identity", self.tr("Identiteit")),
            ("received", self.tr("Ontvangen")),
            ("letter_date", self.tr("Gedateerd")),
            ("channel", self.tr("Kanaal")),
            ("address", self.tr("Adres")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Telefoon")),
            ("language", self.tr("Taal")),
            ("relationship", self.tr("Relatie")),
            ("representative", self.tr("Vertegenwoordiger")),
            ("extension", self.tr("Verlenging")),
            ("recipients", self.tr("Ontvangers (art. 19)")),
        ]:
            value = QLabel()
            value.setObjectName(f"info_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info[key] = value
            self.info_form.addRow(label, value)
        info_box = QGroupBox(self.tr("Gegevens"))
        info_box.setLayout(self.info_form)

        self.rights_model = make_rights_model(self)
        self.rights_view = QTableView()
        self.rights_view.setObjectName("rightsView")
        self.rights_view.setAccessibleName(self.tr("Rechten en uitkomsten"))
        self.rights_view.setModel(self.rights_model)
        self.rights_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.rights_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.rights_view.verticalHeader().hide()
        rights_header = self.rights_view.horizontalHeader()
        # Every column shares the width and long texts wrap: a legal ground's long name must
        # not squeeze the person's own words to one character.
        rights_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rights_header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Verzoek in eigen w…"
        rights_header.sectionResized.connect(lambda *_: self.rights_view.resizeRowsToContents())
        self.rights_view.setWordWrap(True)
        self.rights_view.doubleClicked.connect(lambda index: self.rightActivated.emit(index.row()))
        self.rights_view.setMinimumHeight(120)
        rights_box = QGroupBox(self.tr("Rechten en uitkomsten"))
        QVBoxLayout(rights_box).addWidget(self.rights_view)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("caseNotesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notities"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.save_notes_button = named_button(
            "saveNotesButton", self.tr("Notities opslaan"), self.save_notes
        )
        self.save_notes_button.setEnabled(False)
        self.notes_edit.textChanged.connect(self._notes_dirty)
        notes_box = QGroupBox(self.tr("Notities"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes_edit)
        notes_layout.addWidget(self.save_notes_button)
        QShortcut(QKeySequence.StandardKey.Save, self.notes_edit, self.save_notes)

        self.timeline_model = TimelineModel(self)
        self.timeline_view = QListView()
        self.timeline_view.setObjectName("timelineView")
        self.timeline_view.setAccessibleName(self.tr("Tijdlijn"))
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setWordWrap(True)
        self.timeline_view.setMinimumHeight(140)
        timeline_box = QGroupBox(self.tr("Tijdlijn"))
        QVBoxLayout(timeline_box).addWidget(self.timeline_view)

        layout = QVBoxLayout(self)
        layout.addWidget(info_box)
        layout.addWidget(rights_box)
        layout.addWidget(notes_box)
        layout.addWidget(timeline_box)

    def show_case(
        self,
        case: CaseRecord,
        identity: tuple[IdentityStatus, str, str],
        timeline: list[AuditEntry],
    ) -> None:
        self._case = case
        requester = case.requester
        info = self.info
        info["status"].setText(status_label(case.status))
        info["identity"].setText(self._identity_text(*identity))
        info["received"].setText(show_date(case.received))
        info["letter_date"].setText(
            show_date(case.letter_date) if case.letter_date else self.tr("niet gedateerd")
        )
        info["channel"].setText(channel_label(case.channel))
        info["address"].setText(requester.address or "—")
        info["email"].setText(requester.email or "—")
        info["phone"].setText(requester.phone or "—")
        info["language"].setText(language_label(requester.language))
        info["relationship"].setText(relationship_label(requester.relationship))
        info["representative"].setText(requester.representative or "—")
        info["extension"].setText(
            self.tr("Verlengd: {reasons}").format(reasons=case.extension_reasons)
            if case.extended
            else self.tr("niet verlengd")
        )
        info["recipients"].setText(
            "\n".join(
                f"{n.recipient} — {show_date(n.notified_on)} ({n.how})" for n in case.recipients
            )
            or "—"
        )
        self.rights_model.set_items(case.rights)
        self.rights_view.resizeRowsToContents()
        self.notes_edit.blockSignals(True)
        self.notes_edit.setPlainText(case.notes)
        self.notes_edit.blockSignals(False)
        self.save_notes_button.setEnabled(False)
        self.timeline_model.set_entries(timeline)

    def forget_case(self) -> None:
        self._case = None

    def selected_right(self) -> int | None:
        selected = self.rights_view.selectionModel().selectedRows()
        return selected[0].row() if selected else None

    def _identity_text(self, status: IdentityStatus, method: str, note: str) -> str:
        text = identity_status_label(status)
        if note:
            text += f" — {note}"
        return text

    # -- notes -----------------------------------------------------------------------------

    def _notes_dirty(self) -> None:
        self.save_notes_button.setEnabled(
            self._case is not None and self.notes_edit.toPlainText() != self._case.notes
        )

    def save_notes(self) -> None:
        case = self._case
        if case is not None and self.save_notes_button.isEnabled():
            text = self.notes_edit.toPlainText()
            self._run(
                lambda: self._services.cases.update_notes(
                    case.id, text, expected_version=case.version
                )
            )

    def has_unsaved_notes(self) -> bool:
        return self.save_notes_button.isEnabled()
