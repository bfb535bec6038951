"""The verification panel: type what the ID copy shows, see each check live, record it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.core.attachments import AttachmentRole
from privacydesk.core.identity import (
    CHECK_RESULT_LABEL_NL,
    IDENTITY_CHECK_LABEL_NL,
    IDENTITY_METHOD_LABEL_NL,
    CheckResult,
    IdCopyFields,
    IdentityCheck,
    IdentityMethod,
    blocking_checks,
)
from privacydesk.gui.case_tab import CaseTab
from privacydesk.gui.date_edit import DateEdit
from privacydesk.gui.errors import show_error
from privacydesk.gui.identity_decisions import fail_identity, verify_identity, waive_identity
from privacydesk.gui.labels import identity_status_label, show_date, tr
from privacydesk.services import Services

_MARK = {
    CheckResult.PASSED: ("✔", "#1b7f3b"),
    CheckResult.FAILED: ("✘", "#b00020"),
    CheckResult.NOT_APPLICABLE: ("–", "#666666"),
    CheckResult.NOT_CHECKED: ("?", "#8a6d00"),
}


class IdentityTab(CaseTab):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityTab")
        self._services = services
        self._case_id: int | None = None
        self._loading = False
        self._stored: dict[IdentityCheck, CheckResult] = {}
        self._stored_on: dict[IdentityCheck, datetime] = {}

        self.name_edit = self._line("idNameEdit", self.tr("Naam op het document"))
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("idTypeCombo")
        self.type_combo.setAccessibleName(self.tr("Soort document"))
        self.type_combo.setEditable(True)
        self.type_combo.addItems(
            ["eID", self.tr("paspoort"), self.tr("verblijfskaart"), self.tr("rijbewijs")]
        )
        self.card_edit = self._line("cardNumberEdit", self.tr("Kaartnummer"))
        self.card_edit.setPlaceholderText("000-0000000-00")
        self.national_edit = self._line("nationalNumberEdit", self.tr("Rijksregisternummer"))
        self.national_edit.setPlaceholderText(self.tr("mag onleesbaar gemaakt zijn"))
        self.birth_edit = self._date("birthDateEdit", self.tr("Geboortedatum"))
        self.expiry_edit = self._date("expiryEdit", self.tr("Geldig tot"))
        self.recto_check = QCheckBox(self.tr("Voorzijde"))
        self.recto_check.setObjectName("rectoCheck")
        self.verso_check = QCheckBox(self.tr("Achterzijde"))
        self.verso_check.setObjectName("versoCheck")
        sides = QHBoxLayout()
        sides.addWidget(self.recto_check)
        sides.addWidget(self.verso_check)
        sides.addStretch(1)
        self.signed_combo = QComboBox()
        self.signed_combo.setObjectName("signedCombo")
        self.signed_combo.setAccessibleName(self.tr("Verzoek ondertekend"))
        for result in (CheckResult.NOT_CHECKED, CheckResult.PASSED, CheckResult.FAILED):
            self.signed_combo.addItem(tr(CHECK_RESULT_LABEL_NL[result]), result.value)

        # The representative's authorisation, a checked item like the ID copy's sides.
        self.mandate_combo = QComboBox()
        self.mandate_combo.setObjectName("mandateCombo")
        self.mandate_combo.setAccessibleName(self.tr("Volmacht van de vertegenwoordiger gezien"))
        for result in (CheckResult.NOT_CHECKED, CheckResult.PASSED, CheckResult.FAILED):
            self.mandate_combo.addItem(tr(CHECK_RESULT_LABEL_NL[result]), result.value)

        self.letter_date_label = QLabel()
        self.letter_date_label.setObjectName("letterDateLabel")
        # One row per field, its verdict beside it: the officer sees each result live,
        # next to what was typed, and the panel fits the case pane.
        fields = QGroupBox(self.tr("Wat het verzoek en het identiteitsdocument tonen"))
        grid = QGridLayout(fields)
        self.result_labels: dict[IdentityCheck, QLabel] = {}
        rows: list[tuple[str, QWidget | QHBoxLayout, IdentityCheck | None]] = [
            (self.tr("Datum van het verzoek"), self.letter_date_label, IdentityCheck.DATED),
            (self.tr("Naam"), self.name_edit, IdentityCheck.NAME_MATCH),
            (self.tr("Soort"), self.type_combo, None),
            (self.tr("Kaartnummer"), self.card_edit, IdentityCheck.CARD_NUMBER),
            (self.tr("Rijksregisternummer"), self.national_edit, IdentityCheck.NATIONAL_NUMBER),
            (self.tr("Geboortedatum"), self.birth_edit, IdentityCheck.BIRTH_DATE),
            (self.tr("Geldig tot"), self.expiry_edit, IdentityCheck.NOT_EXPIRED),
            (self.tr("Kopie aanwezig"), sides, IdentityCheck.RECTO_VERSO),
            (self.tr("Handtekening vergeleken"), self.signed_combo, IdentityCheck.SIGNED),
            (self.tr("Volmacht gezien"), self.mandate_combo, IdentityCheck.MANDATE),
        ]
        for row, (text, widget, check) in enumerate(rows):
            grid.addWidget(QLabel(text), row, 0)
            if isinstance(widget, QHBoxLayout):
                grid.addLayout(widget, row, 1)
            else:
                grid.addWidget(widget, row, 1)
            if check is not None:
                value = QLabel()
                value.setObjectName(f"check_{check.value}")
                value.setToolTip(tr(IDENTITY_CHECK_LABEL_NL[check]))
                value.setAccessibleDescription(tr(IDENTITY_CHECK_LABEL_NL[check]))
                grid.addWidget(value, row, 2)
                self.result_labels[check] = value
        grid.setColumnStretch(1, 1)

        self.record_label = QLabel()
        self.record_label.setObjectName("verificationRecord")
        self.record_label.setWordWrap(True)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("methodCombo")
        self.method_combo.setAccessibleName(self.tr("Hoe werd de identiteit vastgesteld"))
        for method in IdentityMethod:
            self.method_combo.addItem(tr(IDENTITY_METHOD_LABEL_NL[method]), method.value)
        self.method_combo.setCurrentIndex(list(IdentityMethod).index(IdentityMethod.ID_COPY))
        self.save_button = QPushButton(self.tr("Controles &opslaan"))
        self.save_button.setObjectName("saveChecksButton")
        self.save_button.clicked.connect(self.save_checks)
        self.verify_button = QPushButton(self.tr("Identiteit &vastgesteld"))
        self.verify_button.setObjectName("verifyIdentityButton")
        self.verify_button.clicked.connect(self.mark_verified)
        self.fail_button = QPushButton(self.tr("&Niet vastgesteld…"))
        self.fail_button.setObjectName("failIdentityButton")
        self.fail_button.clicked.connect(self.mark_failed)
        self.waive_button = QPushButton(self.tr("Controle &overslaan…"))
        self.waive_button.setObjectName("waiveIdentityButton")
        self.waive_button.clicked.connect(self.waive)
        decide = QGroupBox(self.tr("Besluit"))
        decide_layout = QVBoxLayout(decide)
        method_row = QHBoxLayout()
        method_row.addWidget(QLabel(self.tr("Methode:")))
        method_row.addWidget(self.method_combo, 1)
        decide_layout.addLayout(method_row)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.verify_button, self.fail_button, self.waive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        decide_layout.addLayout(buttons)
        decide_layout.addWidget(self.record_label)
        advice = QLabel(
            self.tr(
                "Vraag een kopie van het identiteitsdocument alleen bij redelijke twijfel "
                "(art. 12(6) AVG). De persoon mag de foto en het rijksregisternummer onleesbaar "
                "maken; de kopie wordt na verificatie vernietigd."
            )
        )
        advice.setWordWrap(True)
        advice.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(fields)
        layout.addWidget(decide)
        layout.addWidget(advice)
        layout.addStretch(1)

        for edit in (self.name_edit, self.card_edit, self.national_edit):
            edit.textChanged.connect(self.refresh_results)
        for date_edit in (self.birth_edit, self.expiry_edit):
            date_edit.dateChanged.connect(self.refresh_results)
        for box in (self.recto_check, self.verso_check):
            box.toggled.connect(self.refresh_results)
        self.type_combo.currentTextChanged.connect(self.refresh_results)
        self.signed_combo.currentIndexChanged.connect(self.refresh_results)
        self.mandate_combo.currentIndexChanged.connect(self.refresh_results)
        self.show_case(None)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _date(self, name: str, accessible: str) -> DateEdit:
        edit = DateEdit(optional=True, today=self._services.ctx.today())
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    # -- following the case ----------------------------------------------------------------

    def _clear_fields(self) -> None:
        """What was read off one person's ID must never show up on another's case."""
        self._loading = True
        try:
            for edit in (self.name_edit, self.card_edit, self.national_edit):
                edit.clear()
            for date_edit in (self.birth_edit, self.expiry_edit):
                date_edit.clear()
            self.type_combo.setCurrentIndex(0)
            self.recto_check.setChecked(False)
            self.verso_check.setChecked(False)
        finally:
            self._loading = False

    def show_case(self, case_id: int | None) -> None:
        other_case = case_id != self._case_id
        self._case_id = case_id
        self.setEnabled(case_id is not None)
        if other_case:
            self._clear_fields()
            self._stored = {}
        if case_id is None:
            return
        self._loading = True
        try:
            case = self._services.cases.get(case_id)
            letter_date = case.letter_date
            attachments = self._services.attachments.for_case(case_id)
            record = self._services.identity.record(case_id)
            stored = self._services.identity.checks(case_id)
        except Exception as exc:
            show_error(self, exc)
            return
        finally:
            self._loading = False
        self.letter_date_label.setText(
            show_date(letter_date) if letter_date else self.tr("niet gedateerd")
        )
        roles = {a.role for a in attachments}
        # Tick the sides that are on file; the officer can still correct it.
        self.recto_check.setChecked(
            AttachmentRole.ID_RECTO in roles or self.recto_check.isChecked()
        )
        self.verso_check.setChecked(
            AttachmentRole.ID_VERSO in roles or self.verso_check.isChecked()
        )
        # A case verified earlier shows the verdicts the register keeps, not "not checked".
        self._stored = {check: record.result for check, record in stored.items()}
        self._stored_on = {check: record.checked_at for check, record in stored.items()}
        signed = stored.get(IdentityCheck.SIGNED)
        self.signed_combo.setCurrentIndex(
            self.signed_combo.findData(
                signed.result.value if signed else CheckResult.NOT_CHECKED.value
            )
        )
        mandate = stored.get(IdentityCheck.MANDATE)
        self.mandate_combo.setCurrentIndex(
            self.mandate_combo.findData(
                mandate.result.value if mandate else CheckResult.NOT_CHECKED.value
            )
        )
        # Only someone acting for another has an authorisation to show.
        self.mandate_combo.setEnabled(bool(case.requester.representative.strip()))
        lines = [self.tr("Status: {status}").format(status=identity_status_label(record.status))]
        if record.by:
            lines.append(
                self.tr("Door {who} op {when}").format(
                    who=record.by,
                    when=record.at.astimezone().strftime("%d/%m/%Y %H:%M") if record.at else "—",
                )
            )
        if record.document_type or record.card_last_digits:
            lines.append(
                self.tr(
                    "Verificatierecord: {doc}, geldig tot {expiry}, kaartnummer eindigend op {digits}"
                ).format(
                    doc=record.document_type or "—",
                    expiry=show_date(record.expiry),
                    digits=record.card_last_digits or "—",
                )
            )
        if record.copies_purged_at:
            lines.append(
                self.tr("ID-kopieën vernietigd op {when}").format(
                    when=record.copies_purged_at.astimezone().strftime("%d/%m/%Y")
                )
            )
        if record.note:
            lines.append(record.note)
        self.record_label.setText("\n".join(lines))
        self.refresh_results()

    def fields(self) -> IdCopyFields:
        return IdCopyFields(
            name=self.name_edit.text(),
            card_number=self.card_edit.text(),
            national_number=self.national_edit.text(),
            birth_date=self.birth_edit.value(),
            expiry=self.expiry_edit.value(),
            document_type=self.type_combo.currentText(),
            recto_present=self.recto_check.isChecked(),
            verso_present=self.verso_check.isChecked(),
        )

    def results(self) -> dict[IdentityCheck, CheckResult]:
        if self._case_id is None:
            return {}
        results = self._services.identity.evaluate(self._case_id, self.fields())
        results[IdentityCheck.SIGNED] = CheckResult(self.signed_combo.currentData())
        if self.mandate_combo.isEnabled():
            results[IdentityCheck.MANDATE] = CheckResult(self.mandate_combo.currentData())
        return results

    def refresh_results(self, *_args: Any) -> None:
        if self._loading or self._case_id is None:
            return
        try:
            results = self.results()
        except Exception as exc:
            show_error(self, exc)
            return
        stored = self._stored
        for check, label in self.result_labels.items():
            result = results.get(check, CheckResult.NOT_CHECKED)
            text = tr(CHECK_RESULT_LABEL_NL[result])
            if result is CheckResult.NOT_CHECKED and check in stored:
                result = stored[check]
                text = self.tr("{verdict} (opgeslagen {day})").format(
                    verdict=tr(CHECK_RESULT_LABEL_NL[result]),
                    day=self._stored_on[check].astimezone().strftime("%d/%m/%Y"),
                )
            if result is CheckResult.FAILED:
                text = f"{text} — {self._why(check)}"  # red alone does not say what to fix
            mark, colour = _MARK[result]
            label.setText(f"{mark}  {text}")
            label.setWordWrap(result is CheckResult.FAILED)  # only the reason needs lines
            label.setStyleSheet(f"color: {colour};")

    def _why(self, check: IdentityCheck) -> str:
        return {
            IdentityCheck.DATED: self.tr("het verzoek is niet of te laat gedateerd"),
            IdentityCheck.SIGNED: self.tr("de handtekening komt niet overeen"),
            IdentityCheck.RECTO_VERSO: self.tr("voor- of achterzijde ontbreekt"),
            IdentityCheck.NOT_EXPIRED: self.tr("vervallen vóór de ontvangst van het verzoek"),
            IdentityCheck.NAME_MATCH: self.tr("de naam verschilt van die van de aanvrager"),
            IdentityCheck.CARD_NUMBER: self.tr(
                "de controlecijfers van het kaartnummer kloppen niet"
            ),
            IdentityCheck.NATIONAL_NUMBER: self.tr("geen geldig rijksregisternummer"),
            IdentityCheck.BIRTH_DATE: self.tr("past niet bij het rijksregisternummer"),
            IdentityCheck.MANDATE: self.tr("de volmacht ontbreekt of volstaat niet"),
        }[check]

    # -- recording -------------------------------------------------------------------------

    def _after(self) -> None:
        if self._case_id is not None:
            self.show_case(self._case_id)
            self.caseChanged.emit(self._case_id)

    def save_checks(self) -> bool:
        if self._case_id is None:
            return False
        try:
            self._services.identity.record_checks(
                self._case_id, self.results(), fields=self.fields()
            )
        except Exception as exc:
            show_error(self, exc)
            return False
        self._after()
        return True

    def mark_verified(self) -> bool:
        if self._case_id is None:
            return False
        method = IdentityMethod(self.method_combo.currentData())
        by_copy = method is IdentityMethod.ID_COPY
        case_id = self._case_id

        def record_checks() -> None:
            self._services.identity.record_checks(case_id, self.results(), fields=self.fields())

        done = verify_identity(
            self,
            self._services,
            case_id,
            method,
            before=record_checks if by_copy else None,
            # A copy that does not yet suffice is refused without asking about a purge.
            copy_suffices=not (by_copy and blocking_checks(self.results())),
        )
        if done:
            self._after()
        return done

    def mark_failed(self) -> None:
        if self._case_id is not None and fail_identity(self, self._services, self._case_id):
            self._after()

    def waive(self) -> None:
        if self._case_id is not None and waive_identity(self, self._services, self._case_id):
            self._after()
