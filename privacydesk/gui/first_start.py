"""The short set-up on a new register: who the letters come from.

A Belgian company's letters name its legal form, enterprise number and register of legal
entities (art. 2:20 WVV); without them no letter is issued. So a register that lacks them
opens this set-up after the main window has painted. "Later" leaves the program usable (the
letters keep saying what is missing); Bestand › Instellingen reopens it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from privacydesk.core.case import Language
from privacydesk.core.settings import Settings, settings_problems
from privacydesk.gui.errors import show_error
from privacydesk.gui.geometry import restore_geometry
from privacydesk.gui.labels import language_label
from privacydesk.gui.messages import translated

if TYPE_CHECKING:
    from privacydesk.services import Services

W = TypeVar("W", bound=QWidget)


@dataclass(frozen=True)
class LegalDetailLines:
    """The company's legal details (art. 2:20 WVV) as typed: the same fields, placeholders
    and reading back for this set-up and for the settings dialog."""

    legal_form: QLineEdit
    enterprise_number: QLineEdit
    register_nl: QLineEdit
    register_fr: QLineEdit
    register_en: QLineEdit

    @classmethod
    def of(cls, settings: Settings) -> LegalDetailLines:
        def line(field: str, placeholder: str) -> QLineEdit:
            edit = QLineEdit(getattr(settings, field))
            edit.setObjectName(field)  # the settings field it holds
            edit.setPlaceholderText(placeholder)
            return edit

        return cls(
            legal_form=line(
                "legal_form", QCoreApplication.translate("FirstStartDialog", "bv. BV, NV, CV, vzw")
            ),
            enterprise_number=line("enterprise_number", "0123.456.749"),
            register_nl=line(
                "legal_entities_register",
                QCoreApplication.translate("FirstStartDialog", "bv. RPR Gent, afdeling Kortrijk"),
            ),
            register_fr=line("legal_entities_register_fr", "RPM Gand, division Courtrai"),
            register_en=line("legal_entities_register_en", "RLE Ghent, Kortrijk division"),
        )

    def applied_to(self, settings: Settings) -> Settings:
        """``settings`` with the legal details as typed."""
        return replace(
            settings,
            legal_form=self.legal_form.text().strip(),
            enterprise_number=self.enterprise_number.text().strip(),
            legal_entities_register=self.register_nl.text().strip(),
            legal_entities_register_fr=self.register_fr.text().strip(),
            legal_entities_register_en=self.register_en.text().strip(),
        )


def needs_first_start(settings: Settings) -> bool:
    """True while the letters would refuse for want of the company's legal details."""
    from privacydesk.letters.context import Letterhead

    return bool(Letterhead.from_settings(settings).missing_business_details())


class FirstStartDialog(QDialog):
    """One compact page: the company, its legal details, the signer, the letters' language.

    "Opslaan" stays disabled until the letters could be issued; each missing or wrong field
    says why beside it.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Eerste start — gegevens voor uw brieven"))
        self._original = settings
        self._errors: dict[str, QLabel] = {}

        intro = QLabel(
            self.tr(
                "Elke brief van PrivacyDesk vermeldt wie hem stuurt. Een Belgische vennootschap "
                "vermeldt ook haar rechtsvorm, ondernemingsnummer en rechtspersonenregister "
                "(art. 2:20 WVV); zonder die gegevens wordt geen brief uitgegeven. U kunt dit "
                "later aanvullen of wijzigen bij Bestand › Instellingen."
            )
        )
        intro.setWordWrap(True)

        self.controller_name = self._line("controller_name", settings.controller_name)
        self._legal = LegalDetailLines.of(settings)
        self.legal_form = self._legal.legal_form
        self.enterprise_number = self._legal.enterprise_number
        self.register_nl = self._legal.register_nl
        self.register_fr = self._legal.register_fr
        self.register_en = self._legal.register_en
        self.controller_address = QPlainTextEdit(settings.controller_address)
        self.controller_address.setObjectName("controller_address")
        # Three lines of address, whatever the font and scaling.
        lines = self.controller_address.fontMetrics().lineSpacing() * 3
        self.controller_address.setFixedHeight(lines + 12)
        self.controller_address.setTabChangesFocus(True)
        self.letter_place = self._line("letter_place", settings.letter_place)
        self.officer_name = self._line("officer_name", settings.officer_name)
        self.officer_role = self._line("officer_role", settings.officer_role)
        self.officer_role_fr = self._line("officer_role_fr", settings.officer_role_fr)
        self.officer_role_en = self._line("officer_role_en", settings.officer_role_en)
        self.default_language = QComboBox()
        self.default_language.setObjectName("default_letter_language")
        for language in Language:
            self.default_language.addItem(language_label(language), language.value)
        self.default_language.setCurrentIndex(
            list(Language).index(settings.default_letter_language)
        )

        form = QFormLayout()
        form.addRow(
            self.tr("Naam van de organisatie"),
            self._checked("controller_name", self.controller_name),
        )
        form.addRow(self.tr("Rechtsvorm"), self._checked("legal_form", self.legal_form))
        form.addRow(self.tr("Adres"), self._checked("controller_address", self.controller_address))
        form.addRow(
            self.tr("Ondernemingsnummer (KBO)"),
            self._checked("enterprise_number", self.enterprise_number),
        )
        form.addRow(
            self.tr("Rechtspersonenregister (NL)"),
            self._checked("legal_entities_register", self.register_nl),
        )
        form.addRow(self.tr("Rechtspersonenregister (FR)"), self.register_fr)
        form.addRow(self.tr("Rechtspersonenregister (EN)"), self.register_en)
        form.addRow(
            self.tr("Plaats in de datumregel"), self._checked("letter_place", self.letter_place)
        )
        form.addRow(self.tr("Naam van de ondertekenaar"), self.officer_name)
        form.addRow(self.tr("Functie van de ondertekenaar (NL)"), self.officer_role)
        form.addRow(self.tr("Functie van de ondertekenaar (FR)"), self.officer_role_fr)
        form.addRow(self.tr("Functie van de ondertekenaar (EN)"), self.officer_role_en)
        form.addRow(self.tr("Standaardtaal van de brieven"), self.default_language)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveFirstStartButton")
        self.save_button.setText(self.tr("Opslaan"))
        self.later_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.later_button.setObjectName("laterFirstStartButton")
        self.later_button.setText(self.tr("Later"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for edit in (
            self.controller_name,
            self.legal_form,
            self.enterprise_number,
            self.register_nl,
            self.letter_place,
        ):
            edit.textChanged.connect(self._validate)
        self.controller_address.textChanged.connect(self._validate)
        # As tall as the form needs (no empty band above the buttons), never above the screen.
        restore_geometry(self, "firstStartDialog", QSize(720, self.sizeHint().height()))
        self._validate()

    # -- building blocks -------------------------------------------------------------------

    def _line(self, name: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        return edit

    def _checked(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self._errors[key] = error
        return box

    # -- result ----------------------------------------------------------------------------

    def settings(self) -> Settings:
        return replace(
            self._legal.applied_to(self._original),
            controller_name=self.controller_name.text().strip(),
            controller_address=self.controller_address.toPlainText().strip(),
            letter_place=self.letter_place.text().strip(),
            officer_name=self.officer_name.text().strip(),
            officer_role=self.officer_role.text().strip(),
            officer_role_fr=self.officer_role_fr.text().strip(),
            officer_role_en=self.officer_role_en.text().strip(),
            default_letter_language=Language(self.default_language.currentData()),
        )

    def problems(self) -> dict[str, str]:
        """Per field, why the letters could not be issued with what is typed."""
        chosen = self.settings()
        found = {key: translated(text) for key, text in settings_problems(chosen).items()}
        if not chosen.legal_form:
            found["legal_form"] = self.tr("De rechtsvorm staat op elke brief (bv. BV).")
        if not chosen.enterprise_number:
            found["enterprise_number"] = self.tr("Het ondernemingsnummer staat op elke brief.")
        if not chosen.legal_entities_register:
            found["legal_entities_register"] = self.tr(
                "Het rechtspersonenregister staat op elke brief (bv. RPR Gent)."
            )
        return {key: text for key, text in found.items() if key in self._errors}

    def _validate(self) -> None:
        problems = self.problems()
        for key, label in self._errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        self.save_button.setEnabled(not problems)


def open_first_start(window: QMainWindow, services: Services) -> FirstStartDialog:
    """Show the set-up over the main window; "Opslaan" saves through the settings service
    (so the audit trail records it), "Later" changes nothing."""
    dialog = FirstStartDialog(services.settings.get(), window)

    def save() -> None:
        try:
            services.settings.save(dialog.settings())
        except Exception as exc:
            show_error(window, exc)
            return
        refresh = getattr(window, "refresh", None)
        if callable(refresh):
            refresh()

    dialog.accepted.connect(save)
    dialog.open()
    return dialog


def offer_first_start(window: QMainWindow, services: Services) -> FirstStartDialog | None:
    """At start: the set-up only on a register whose letters lack the company's details."""
    if not needs_first_start(services.settings.current()):
        return None
    return open_first_start(window, services)


def fill_from_first_start(form: QWidget, chosen: Settings) -> None:
    """Put what the set-up chose into another form's fields of the same name (the settings
    dialog), so that form's own Save/Cancel decides."""
    for name in (
        "controller_name",
        "legal_form",
        "enterprise_number",
        "letter_place",
        "legal_entities_register",
        "legal_entities_register_fr",
        "legal_entities_register_en",
        "officer_name",
        "officer_role",
        "officer_role_fr",
        "officer_role_en",
    ):
        for edit in _own(form, QLineEdit, name):
            edit.setText(getattr(chosen, name))
    for address in _own(form, QPlainTextEdit, "controller_address"):
        address.setPlainText(chosen.controller_address)
    for language in _own(form, QComboBox, "default_letter_language"):
        language.setCurrentIndex(language.findData(chosen.default_letter_language.value))


def _own(form: QWidget, kind: type[W], name: str) -> list[W]:
    """The form's own fields of that name, not those of a dialog it opened."""
    return [w for w in form.findChildren(kind, name) if w.window() is form]


def open_first_start_over(form: QDialog) -> FirstStartDialog:
    """From the settings dialog: the set-up on what that dialog holds now; what it chooses
    goes back into the dialog's fields, saved (or not) by the dialog's own buttons."""
    chosen = getattr(form, "settings", None)
    current = chosen() if callable(chosen) else Settings()
    dialog = FirstStartDialog(current, form)
    dialog.accepted.connect(lambda: fill_from_first_start(form, dialog.settings()))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
