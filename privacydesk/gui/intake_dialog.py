"""Registering a new request: who, how, when, and which rights in the person's own words."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from privacydesk.core.case import (
    Channel,
    Language,
    Relationship,
    Requester,
    RightRequest,
    intake_problems,
)
from privacydesk.core.rights import Right
from privacydesk.gui.date_edit import DateEdit
from privacydesk.gui.geometry import restore_geometry
from privacydesk.gui.labels import (
    channel_label,
    language_label,
    relationship_label,
    right_with_article,
    tr,
)
from privacydesk.services.cases import NewRequest

_GDPR_APPLIES = date(2018, 5, 25)


class IntakeDialog(QDialog):
    """The OK button stays disabled until the form is valid; problems show beside their field."""

    def __init__(
        self,
        today: date,
        parent: QWidget | None = None,
        *,
        default_language: Language = Language.NL,
        prefill: NewRequest | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("Nieuw verzoek registreren"))
        self._today = today
        self._errors: dict[str, QLabel] = {}

        # Requester.
        self.name_edit = self._line("nameEdit", self.tr("Naam van de aanvrager"))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setObjectName("addressEdit")
        self.address_edit.setAccessibleName(self.tr("Adres"))
        self.address_edit.setPlaceholderText(self.tr("Straat en nummer\nPostcode en gemeente"))
        self.address_edit.setFixedHeight(60)
        self.address_edit.setTabChangesFocus(True)
        self.email_edit = self._line("emailEdit", self.tr("E-mailadres"))
        self.phone_edit = self._line("phoneEdit", self.tr("Telefoon"))
        self.language_combo = self._combo(
            "languageCombo", self.tr("Taal"), [(language_label(lg), lg) for lg in Language]
        )
        self.language_combo.setCurrentIndex(list(Language).index(default_language))
        self.relationship_combo = self._combo(
            "relationshipCombo",
            self.tr("Relatie"),
            [(relationship_label(r), r) for r in Relationship],
        )
        self.representative_edit = self._line("representativeEdit", self.tr("Vertegenwoordiger"))
        self.representative_edit.setPlaceholderText(
            self.tr("Advocaat, ouder, … (leeg als de persoon zelf schrijft)")
        )

        who = QGroupBox(self.tr("Aanvrager"))
        who_form = QFormLayout(who)
        who_form.addRow(self.tr("&Naam *"), self._with_error("name", self.name_edit))
        who_form.addRow(self.tr("&Adres"), self.address_edit)
        who_form.addRow(self.tr("&E-mail"), self._with_error("email", self.email_edit))
        who_form.addRow(self.tr("&Telefoon"), self.phone_edit)
        who_form.addRow(self.tr("&Taal van de brieven"), self.language_combo)
        who_form.addRow(self.tr("Re&latie"), self.relationship_combo)
        who_form.addRow(self.tr("&Vertegenwoordiger"), self.representative_edit)

        # The request itself.
        self.channel_combo = self._combo(
            "channelCombo", self.tr("Kanaal"), [(channel_label(c), c) for c in Channel]
        )
        self.received_edit = self._date("receivedEdit", self.tr("Ontvangen op"))
        self.received_edit.setDate(today)
        self.letter_date_check = QCheckBox(self.tr("Verzoek is gedateerd op"))
        self.letter_date_check.setObjectName("letterDateCheck")
        self.letter_date_edit = self._date("letterDateEdit", self.tr("Datum van het verzoek"))
        self.letter_date_edit.setDate(today)
        self.letter_date_edit.setEnabled(False)
        self.letter_date_check.toggled.connect(self.letter_date_edit.setEnabled)
        letter_row = QHBoxLayout()
        letter_row.addWidget(self.letter_date_check)
        letter_row.addWidget(self.letter_date_edit)
        letter_row.addStretch(1)
        letter_widget = QWidget()
        letter_widget.setLayout(letter_row)
        letter_row.setContentsMargins(0, 0, 0, 0)

        how = QGroupBox(self.tr("Verzoek"))
        how_form = QFormLayout(how)
        how_form.addRow(self.tr("&Kanaal"), self.channel_combo)
        how_form.addRow(
            self.tr("&Ontvangen op *"), self._with_error("received", self.received_edit)
        )
        how_form.addRow(self.tr("Datum"), self._with_error("letter_date", letter_widget))

        # Rights: a check box and the person's own words for each.
        rights_box = QGroupBox(self.tr("Ingeroepen rechten *"))
        grid = QGridLayout(rights_box)
        self.right_checks: dict[Right, QCheckBox] = {}
        self.right_words: dict[Right, QLineEdit] = {}
        for row, right in enumerate(Right):
            check = QCheckBox(right_with_article(right))
            check.setObjectName(f"rightCheck_{right.value}")
            words = QLineEdit()
            words.setObjectName(f"rightWords_{right.value}")
            words.setAccessibleName(self.tr("Woorden van de aanvrager"))
            words.setPlaceholderText(self.tr("In de woorden van de aanvrager"))
            words.setEnabled(False)
            check.toggled.connect(words.setEnabled)
            check.toggled.connect(self._validate)
            grid.addWidget(check, row, 0)
            grid.addWidget(words, row, 1)
            self.right_checks[right] = check
            self.right_words[right] = words
        grid.setColumnStretch(1, 1)
        rights_error = self._error_label("rights")
        grid.addWidget(rights_error, len(Right), 0, 1, 2)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notities"))
        self.notes_edit.setPlaceholderText(self.tr("Vrije notities"))
        self.notes_edit.setFixedHeight(60)
        self.notes_edit.setTabChangesFocus(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("intakeButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Registreren"))
        self.ok_button.setObjectName("registerButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        content = QWidget()
        layout = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(who, 3)
        top.addWidget(how, 2)
        layout.addLayout(top)
        layout.addWidget(rights_box)
        layout.addWidget(QLabel(self.tr("Notities")))
        layout.addWidget(self.notes_edit)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(self.buttons)

        for signal in (
            self.name_edit.textChanged,
            self.email_edit.textChanged,
            self.received_edit.dateChanged,
            self.letter_date_edit.dateChanged,
            self.letter_date_check.toggled,
        ):
            signal.connect(self._validate)
        if prefill is not None:
            self._prefill(prefill)
        restore_geometry(self, "intakeDialog", QSize(980, 720))
        self._validate()
        self.name_edit.setFocus()

    # -- building blocks -------------------------------------------------------------------

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _combo(self, name: str, accessible: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _date(self, name: str, accessible: str) -> DateEdit:
        edit = DateEdit(today=self._today)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaximumDate(self._today)
        edit.setMinimumDate(_GDPR_APPLIES)  # the GDPR applies from this day
        return edit

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.hide()
        self._errors[key] = label
        return label

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self._error_label(key))
        return box

    def _prefill(self, request: NewRequest) -> None:
        requester = request.requester
        self.name_edit.setText(requester.name)
        self.address_edit.setPlainText(requester.address)
        self.email_edit.setText(requester.email)
        self.phone_edit.setText(requester.phone)
        self.language_combo.setCurrentIndex(list(Language).index(requester.language))
        self.channel_combo.setCurrentIndex(list(Channel).index(request.channel))
        self.received_edit.setDate(min(request.received, self._today))
        if request.letter_date:
            self.letter_date_check.setChecked(True)
            self.letter_date_edit.setDate(request.letter_date)
        for item in request.rights:
            self.right_checks[item.right].setChecked(True)
            self.right_words[item.right].setText(item.words)
        self.notes_edit.setPlainText(request.notes)

    # -- validation and result -------------------------------------------------------------

    def _selected_rights(self) -> list[Right]:
        return [right for right, check in self.right_checks.items() if check.isChecked()]

    def _validate(self) -> None:
        received = self.received_edit.value()
        letter_date = self.letter_date_edit.value() if self.letter_date_check.isChecked() else None
        problems = {
            key: tr(text)
            for key, text in intake_problems(
                name=self.name_edit.text(),
                email=self.email_edit.text(),
                received=received or self._today,
                letter_date=letter_date,
                rights=self._selected_rights(),
                today=self._today,
            ).items()
        }
        # A date the field cannot take: the field says why beside it; keep OK off.
        if received is None:
            problems["received"] = self.received_edit.problem()
        if self.letter_date_check.isChecked() and letter_date is None:
            problems["letter_date"] = self.letter_date_edit.problem()
        # An empty form is not an error yet: say "required" only once the officer started.
        started = bool(self.name_edit.text() or self._selected_rights() or self.email_edit.text())
        for key, label in self._errors.items():
            message = problems.get(key, "")
            visible = bool(message) and (started or key not in ("name", "rights"))
            label.setText(message)
            label.setVisible(visible)
        self.ok_button.setEnabled(not problems)

    def request(self) -> NewRequest:
        """What was typed, as a new request for the case service."""
        return NewRequest(
            requester=Requester(
                name=self.name_edit.text().strip(),
                address=self.address_edit.toPlainText().strip(),
                email=self.email_edit.text().strip(),
                phone=self.phone_edit.text().strip(),
                language=Language(self.language_combo.currentData()),
                relationship=Relationship(self.relationship_combo.currentData()),
                representative=self.representative_edit.text().strip(),
            ),
            channel=Channel(self.channel_combo.currentData()),
            received=self.received_edit.value() or self._today,
            letter_date=self.letter_date_edit.value()
            if self.letter_date_check.isChecked()
            else None,
            rights=[
                RightRequest(right=right, words=self.right_words[right].text().strip())
                for right in self._selected_rights()
            ],
            notes=self.notes_edit.toPlainText().strip(),
        )
