"""The selected case: its data, deadline, rights and outcomes, notes and timeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.core.case import CaseRecord
from privacydesk.core.deadlines import DeadlineInfo
from privacydesk.core.identity import IdentityMethod, IdentityStatus
from privacydesk.core.workflow import (
    CaseAction,
    Status,
    available_actions,
    move_blocked_because,
    offered_moves,
)
from privacydesk.gui.day_dialog import answer_day_dialog
from privacydesk.gui.deadline_text import DeadlineText
from privacydesk.gui.errors import show_error
from privacydesk.gui.identity_decisions import verify_identity, waive_identity
from privacydesk.gui.labels import (
    channel_label,
    deadline_state_label,
    identity_status_label,
    language_label,
    relationship_label,
    show_date,
    status_label,
)
from privacydesk.gui.messages import translated
from privacydesk.gui.outcome_dialog import OutcomeDialog
from privacydesk.gui.recipient_dialog import RecipientDialog
from privacydesk.gui.rights_model import make_rights_model
from privacydesk.gui.text_prompt_dialog import TextPromptDialog
from privacydesk.gui.timeline_model import TimelineModel
from privacydesk.services import Services
from privacydesk.services.concurrency import CaseChangedError


def named_button(name: str, text: str, slot: Callable[[], object]) -> QPushButton:
    """A push button tests and screen readers can find; the slot gets no 'checked' flag."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    button.clicked.connect(lambda: slot())
    return button


class CaseTab(QWidget):
    """A tab of the case view. Subclasses show one case and emit caseChanged after a change."""

    caseChanged = Signal(int)

    def show_case(self, case_id: int | None) -> None:
        raise NotImplementedError

    @staticmethod
    def record_view(
        name: str,
        accessible_name: str,
        model: QAbstractItemModel,
        *,
        on_select: Callable[[], object],
        on_open: Callable[[], object],
    ) -> QTableView:
        """The tab's list: one row selected at a time, double-click opens it in the viewer."""
        view = QTableView()
        view.setObjectName(name)
        view.setAccessibleName(accessible_name)
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.doubleClicked.connect(lambda _index: on_open())
        view.selectionModel().currentRowChanged.connect(lambda *_: on_select())
        return view

    def list_above_viewer(
        self,
        button_rows: Sequence[Sequence[QWidget]],
        view: QTableView,
        footer: QWidget,
        viewer: QWidget,
        sizes: tuple[int, int],
    ) -> None:
        """Rows of buttons, the list and a footer line on top; the viewer below, resizable."""
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for buttons in button_rows:
            row = QHBoxLayout()
            for widget in buttons:
                row.addWidget(widget)
            row.addStretch(1)
            top_layout.addLayout(row)
        top_layout.addWidget(view)
        top_layout.addWidget(footer)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(viewer)
        splitter.setSizes(list(sizes))
        QVBoxLayout(self).addWidget(splitter)


# Statuses that end the work on a case: ask before going there.
_FINAL = {Status.CLOSED, Status.REFUSED, Status.WITHDRAWN}


class CaseDetailPane(QWidget):
    caseChanged = Signal(int)  # a service changed the case; the register view refreshes

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetailPane")
        self._services = services
        self._case: CaseRecord | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("caseTitle")
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadlineLabel")
        self.deadline_label.setWordWrap(True)

        self.status_button = QToolButton()
        self.status_button.setObjectName("statusButton")
        self.status_button.setText(self.tr("&Status wijzigen"))
        self.status_button.setAccessibleName(self.tr("Status wijzigen"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_menu.setObjectName("statusMenu")
        self.status_button.setMenu(self.status_menu)

        self.identity_button = QToolButton()
        self.identity_button.setObjectName("identityButton")
        self.identity_button.setText(self.tr("&Identiteit"))
        self.identity_button.setAccessibleName(self.tr("Identiteit"))
        self.identity_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        identity_menu = QMenu(self.identity_button)
        identity_menu.addAction(
            self.tr("Vastgesteld: bekende klant, vanaf het adres in ons bestand"),
            lambda: self._verify(IdentityMethod.KNOWN_CUSTOMER),
        )
        identity_menu.addAction(
            self.tr("Vastgesteld: digitaal ondertekend verzoek (eID)"),
            lambda: self._verify(IdentityMethod.DIGITAL_SIGNATURE),
        )
        identity_menu.addAction(
            self.tr("Vastgesteld: kopie identiteitsdocument"),
            lambda: self._verify(IdentityMethod.ID_COPY),
        )
        identity_menu.addAction(
            self.tr("Vastgesteld: persoonlijk"), lambda: self._verify(IdentityMethod.IN_PERSON)
        )
        identity_menu.addSeparator()
        identity_menu.addAction(self.tr("Controle overslaan met reden…"), self._waive)
        self.identity_button.setMenu(identity_menu)

        self.extend_button = named_button(
            "extendButton", self.tr("Termijn &verlengen…"), self._extend
        )
        self.recipient_button = named_button(
            "recipientButton", self.tr("Ontvanger &gemeld…"), self._add_recipient
        )
        self.outcome_button = named_button(
            "outcomeButton", self.tr("&Uitkomst registreren…"), self._record_outcome
        )

        actions = QHBoxLayout()
        for widget in (
            self.status_button,
            self.identity_button,
            self.extend_button,
            self.outcome_button,
            self.recipient_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)

        self.info_form = QFormLayout()
        self._info: dict[str, QLabel] = {}
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
            self._info[key] = value
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
        self.rights_view.doubleClicked.connect(lambda index: self._record_outcome(index.row()))
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

        self.empty_label = QLabel(
            self.tr("Kies een dossier in de lijst, of registreer een nieuw verzoek (Ctrl+N).")
        )
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)

        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(info_box)
        overview_layout.addWidget(rights_box)
        overview_layout.addWidget(notes_box)
        overview_layout.addWidget(timeline_box)
        scroll = QScrollArea()
        scroll.setWidget(overview)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        # Other parts of the case (documents, letters) plug in as tabs beside the overview.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(scroll, self.tr("&Overzicht"))
        self._tab_views: list[CaseTab] = []

        self._case_view = QWidget()
        case_layout = QVBoxLayout(self._case_view)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addWidget(self.title_label)
        case_layout.addWidget(self.deadline_label)
        case_layout.addLayout(actions)
        case_layout.addWidget(self.tabs, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty_label)
        outer.addWidget(self._case_view)
        self.show_case(None)

    # -- building --------------------------------------------------------------------------

    # -- showing ---------------------------------------------------------------------------

    @property
    def case(self) -> CaseRecord | None:
        return self._case

    def show_case(self, case_id: int | None) -> None:
        if case_id is None:
            self._case = None
            self.empty_label.show()
            self._case_view.hide()
            for tab in self._tab_views:
                tab.show_case(None)
            return
        try:
            case = self._services.cases.get(case_id)
            deadline = self._services.cases.deadline(case_id)
            identity = self._services.identity.status(case_id)
            timeline = self._services.audit.for_case(case_id)
        except Exception as exc:  # the case vanished or the register went away
            show_error(self, exc)
            self.show_case(None)
            return
        self._case = case
        self.empty_label.hide()
        self._case_view.show()
        requester = case.requester
        self.title_label.setText(f"{case.reference} — {escape(requester.name)}")
        self.deadline_label.setText(self._deadline_html(case, deadline))
        info = self._info
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
        self._rebuild_status_menu(case)
        actions = available_actions(case.facts())
        self.extend_button.setEnabled(CaseAction.EXTEND in actions)
        self.outcome_button.setEnabled(CaseAction.RECORD_OUTCOME in actions)
        for tab in self._tab_views:
            tab.show_case(case.id)

    def add_tab(self, view: CaseTab, title: str) -> None:
        """Add a part of the case view; it follows the selected case and reports changes."""
        self._tab_views.append(view)
        # In a scroll area, so a wide tab never squeezes the register's table beside it.
        scroll = QScrollArea()
        scroll.setWidget(view)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(scroll, title)
        view.caseChanged.connect(self._tab_changed_case)
        view.show_case(self._case.id if self._case else None)

    def _tab_changed_case(self, case_id: int) -> None:
        self.show_case(case_id)
        self.caseChanged.emit(case_id)

    def _deadline_html(self, case: CaseRecord, info: DeadlineInfo) -> str:
        state = deadline_state_label(info.state)
        lines = [
            self.tr("<b>Uiterste antwoorddatum: {due}</b> — {state}").format(
                due=show_date(info.due), state=escape(state)
            )
        ]
        words = DeadlineText(self)
        if case.status.is_open:
            lines.append(escape(words.time_left(info)))
        elif case.answered_on:
            lines.append(self.tr("Beantwoord op {day}.").format(day=show_date(case.answered_on)))
        if info.extended:
            lines.append(self.tr("Eerste termijn: {day}.").format(day=show_date(info.first_due)))
        lines.append(f"<i>{escape(words.rule(info))}</i>")
        if words.pause(info):
            lines.append(f"<i>{escape(words.pause(info))}</i>")
        return "<br>".join(lines)

    def _identity_text(self, status: IdentityStatus, method: str, note: str) -> str:
        text = identity_status_label(status)
        if note:
            text += f" — {note}"
        return text

    def _rebuild_status_menu(self, case: CaseRecord) -> None:
        """The moves the life cycle offers; one blocked for now is greyed out with the reason."""
        self.status_menu.clear()
        self.status_menu.setToolTipsVisible(True)
        facts = case.facts()
        targets = offered_moves(facts)
        for status in targets:
            action = self.status_menu.addAction(status_label(status))
            action.setObjectName(f"statusAction_{status.value}")
            action.setData(status.value)
            blocked = move_blocked_because(facts, status)
            if blocked is not None:
                action.setEnabled(False)
                action.setToolTip(translated(blocked))
                action.setStatusTip(translated(blocked))
            action.triggered.connect(lambda _=False, s=status: self.change_status(s))
        self.status_button.setEnabled(bool(targets))

    # -- actions ---------------------------------------------------------------------------

    def _run(self, change: Callable[[], object]) -> bool:
        if self._case is None:
            return False
        case_id = self._case.id
        try:
            change()
        except Exception as exc:
            show_error(self, exc)
            if isinstance(exc, CaseChangedError):  # a colleague saved first: show their case
                self.show_case(case_id)
                self.caseChanged.emit(case_id)
            return False
        self.show_case(case_id)
        self.caseChanged.emit(case_id)
        return True

    def change_status(self, status: Status) -> bool:
        case = self._case
        if case is None:
            return False
        if status in _FINAL:
            answer = QMessageBox.question(
                self,
                self.tr("Status wijzigen"),
                self.tr("Dossier {ref} op '{status}' zetten?").format(
                    ref=case.reference, status=status_label(status)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        answered_on = None
        if status is Status.ANSWERED:
            dialog = answer_day_dialog(case.received, self._services.ctx.today(), self)
            if not dialog.exec():
                return False
            answered_on = dialog.day()
        return self._run(
            lambda: self._services.cases.change_status(
                case.id, status, answered_on=answered_on, expected_version=case.version
            )
        )

    def _verify(self, method: IdentityMethod) -> None:
        if self._case is not None:
            self._after_identity(verify_identity(self, self._services, self._case.id, method))

    def _waive(self) -> None:
        if self._case is not None:
            self._after_identity(waive_identity(self, self._services, self._case.id))

    def _after_identity(self, done: bool) -> None:
        if done and self._case is not None:
            self.show_case(self._case.id)
            self.caseChanged.emit(self._case.id)

    def _extend(self) -> None:
        case = self._case
        if case is None:
            return
        dialog = TextPromptDialog(
            self.tr("Termijn verlengen"),
            self.tr(
                "De termijn wordt met twee maanden verlengd (art. 12(3) AVG). Vermeld de "
                "redenen: ze komen in de brief, die binnen de eerste maand moet vertrekken."
            ),
            self.tr("Verlengen"),
            self,
            object_name="extendDialog",
        )
        if not dialog.exec():
            return
        reasons = dialog.text()
        cases = self._services.cases
        if not cases.can_extend_now(case.id):
            override = TextPromptDialog(
                self.tr("Eerste termijn verstreken"),
                self.tr(
                    "De eerste termijn van dit dossier is al verstreken: een verlenging moest "
                    "binnen de eerste maand gemeld worden. Wilt u toch verlengen, vermeld dan "
                    "waarom; dit wordt in het auditspoor vastgelegd."
                ),
                self.tr("Toch verlengen"),
                self,
                object_name="extendOverrideDialog",
            )
            if not override.exec():
                return
            self._run(lambda: cases.extend(case.id, reasons, override_reason=override.text()))
            return
        self._run(lambda: cases.extend(case.id, reasons))

    def _record_outcome(self, row: int | None = None) -> None:
        case = self._case
        if case is None or not case.rights:
            return
        if row is None:
            selected = self.rights_view.selectionModel().selectedRows()
            row = selected[0].row() if selected else 0
        dialog = OutcomeDialog(case.rights[row], self)
        if dialog.exec():
            self._run(
                lambda: self._services.cases.record_outcome(
                    case.id,
                    row,
                    dialog.outcome(),
                    dialog.ground(),
                    dialog.note(),
                    expected_version=case.version,
                )
            )

    def _add_recipient(self) -> None:
        case = self._case
        if case is None:
            return
        dialog = RecipientDialog(self._services.ctx.today(), self)
        if dialog.exec():
            recipient, day, how = dialog.values()
            self._run(
                lambda: self._services.cases.add_recipient_notice(case.id, recipient, day, how)
            )

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
