"""The case's actions bar: change its status, settle the identity, extend the deadline,
record an outcome, note a recipient informed (art. 19).

Which actions a case offers is asked of the core (core/workflow.py), never decided here.
Each change goes through ``run``, handed over by the case view: it shows the case again
afterwards and tells the register. The dialogs load when asked for, not with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QMenu, QMessageBox, QToolButton, QWidget

from privacydesk.core.case import CaseRecord
from privacydesk.core.identity import IdentityMethod
from privacydesk.core.workflow import (
    CaseAction,
    Status,
    available_actions,
    move_blocked_because,
    offered_moves,
)
from privacydesk.gui.case_tab import named_button
from privacydesk.gui.labels import status_label
from privacydesk.gui.messages import translated

if TYPE_CHECKING:
    from privacydesk.services import Services

# Statuses that end the work on a case: ask before going there.
_FINAL = {Status.CLOSED, Status.REFUSED, Status.WITHDRAWN}


class CaseActionsBar(QWidget):
    def __init__(
        self,
        services: Services,
        run: Callable[[Callable[[], object]], bool],
        after_identity: Callable[[], None],
        selected_right: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._run = run
        self._after_identity = after_identity
        self._selected_right = selected_right
        self._case: CaseRecord | None = None

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
            "outcomeButton", self.tr("&Uitkomst registreren…"), self.record_outcome
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.status_button,
            self.identity_button,
            self.extend_button,
            self.outcome_button,
            self.recipient_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_case(self, case: CaseRecord | None) -> None:
        """Offer what the life cycle allows for this case now."""
        self._case = case
        if case is None:
            return
        self._rebuild_status_menu(case)
        actions = available_actions(case.facts())
        self.extend_button.setEnabled(CaseAction.EXTEND in actions)
        self.outcome_button.setEnabled(CaseAction.RECORD_OUTCOME in actions)

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
            from privacydesk.gui.day_dialog import answer_day_dialog

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
        from privacydesk.gui.identity_decisions import verify_identity

        if self._case is not None and verify_identity(self, self._services, self._case.id, method):
            self._after_identity()

    def _waive(self) -> None:
        from privacydesk.gui.identity_decisions import waive_identity

        if self._case is not None and waive_identity(self, self._services, self._case.id):
            self._after_identity()

    def _extend(self) -> None:
        case = self._case
        if case is None:
            return
        from privacydesk.gui.text_prompt_dialog import TextPromptDialog

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

    def record_outcome(self, row: int | None = None) -> None:
        """The outcome of one right: the given row, else the one selected, else the first."""
        case = self._case
        if case is None or not case.rights:
            return
        if row is None:
            selected = self._selected_right()
            row = selected if selected is not None else 0
        from privacydesk.gui.outcome_dialog import OutcomeDialog

        dialog = OutcomeDialog(case.rights[row], self, language=case.requester.language)
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
        from privacydesk.gui.recipient_dialog import RecipientDialog

        dialog = RecipientDialog(self._services.ctx.today(), self)
        if dialog.exec():
            recipient, day, how = dialog.values()
            self._run(
                lambda: self._services.cases.add_recipient_notice(case.id, recipient, day, how)
            )
