"""The officer's settings: letterhead, deadlines, identity documents, backups, language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacydesk.core.case import Language
from privacydesk.core.settings import Settings, settings_problems
from privacydesk.gui.first_start import LegalDetailLines, open_first_start_over
from privacydesk.gui.geometry import restore_geometry
from privacydesk.gui.labels import language_label
from privacydesk.gui.messages import translated
from privacydesk.gui.processing_info_page import ProcessingInfoPage


class SettingsDialog(QDialog):
    """Every change is checked as it is typed; OK stays disabled while a value is invalid."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        backups_held: tuple[int, int] | None = None,
    ) -> None:
        """``backups_held``: how many automatic backups the folder holds now, and their
        bytes (services.backup.held()); None for a register without a backup folder."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self._original = settings
        self._errors: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}

        # Letterhead.
        self.controller_name = self._line("controller_name", settings.controller_name)
        self.controller_address = QPlainTextEdit(settings.controller_address)
        self.controller_address.setObjectName("controller_address")
        self.controller_address.setFixedHeight(64)
        self.controller_address.setTabChangesFocus(True)
        self.controller_emails = self._line("controller_emails", settings.controller_emails)
        self.controller_phone = self._line("controller_phone", settings.controller_phone)
        self.logo_path = self._line("logo_path", settings.logo_path)
        logo_widget = self._with_chooser(self.logo_path, "chooseLogoButton", self._choose_logo)
        self.letter_place = self._line("letter_place", settings.letter_place)
        self.officer_name = self._line("officer_name", settings.officer_name)
        self.officer_role = self._line("officer_role", settings.officer_role)
        self.officer_role_fr = self._line("officer_role_fr", settings.officer_role_fr)
        self.officer_role_en = self._line("officer_role_en", settings.officer_role_en)
        # The company's legal details (art. 2:20 WVV): without them no letter is issued.
        self._legal = LegalDetailLines.of(settings)
        self.legal_form = self._legal.legal_form
        self.enterprise_number = self._legal.enterprise_number
        self.register_nl = self._legal.register_nl
        self.register_fr = self._legal.register_fr
        self.register_en = self._legal.register_en
        self.registered_office = self._line("registered_office", settings.registered_office)
        self.registered_office.setPlaceholderText(self.tr("leeg: het adres hierboven"))
        self.default_language = QComboBox()
        self.default_language.setObjectName("default_letter_language")
        for language in Language:
            self.default_language.addItem(language_label(language), language.value)
        self.default_language.setCurrentIndex(
            list(Language).index(settings.default_letter_language)
        )

        letterhead = QWidget()
        form = QFormLayout(letterhead)
        form.addRow(
            self.tr("Naam verwerkingsverantwoordelijke"),
            self._checked("controller_name", self.controller_name),
        )
        form.addRow(self.tr("Rechtsvorm"), self.legal_form)
        form.addRow(self.tr("Adres"), self._checked("controller_address", self.controller_address))
        form.addRow(self.tr("Maatschappelijke zetel"), self.registered_office)
        form.addRow(
            self.tr("Ondernemingsnummer (KBO)"),
            self._checked("enterprise_number", self.enterprise_number),
        )
        form.addRow(self.tr("Rechtspersonenregister (NL)"), self.register_nl)
        form.addRow(self.tr("Rechtspersonenregister (FR)"), self.register_fr)
        form.addRow(self.tr("Rechtspersonenregister (EN)"), self.register_en)
        form.addRow(self.tr("E-mailadressen"), self.controller_emails)
        form.addRow(self.tr("Telefoon"), self.controller_phone)
        form.addRow(self.tr("Logo (afbeelding)"), logo_widget)
        form.addRow(
            self.tr("Plaats in de datumregel"), self._checked("letter_place", self.letter_place)
        )
        form.addRow(self.tr("Naam van de ondertekenaar"), self.officer_name)
        form.addRow(self.tr("Functie van de ondertekenaar (NL)"), self.officer_role)
        form.addRow(self.tr("Functie van de ondertekenaar (FR)"), self.officer_role_fr)
        form.addRow(self.tr("Functie van de ondertekenaar (EN)"), self.officer_role_en)
        form.addRow(self.tr("Standaardtaal van de brieven"), self.default_language)

        # Deadlines and reminders.
        self.reminder_window = self._spin(
            "reminder_window_days", settings.reminder_window_days, self.tr(" dagen")
        )
        self.wait_limit = self._spin(
            "identification_wait_limit_days",
            settings.identification_wait_limit_days,
            self.tr(" dagen"),
        )
        self.pause = QCheckBox(self.tr("Termijn pauzeren zolang de identificatie uitblijft"))
        self.pause.setObjectName("pause_while_awaiting_identification")
        self.pause.setChecked(settings.pause_while_awaiting_identification)
        self.pause_delay = self._spin(
            "pause_request_max_delay_days", settings.pause_request_max_delay_days, self.tr(" dagen")
        )
        self.pause.toggled.connect(self.pause_delay.setEnabled)
        self.pause_delay.setEnabled(settings.pause_while_awaiting_identification)
        pause_note = QLabel(
            self.tr(
                "Standaard loopt de termijn door (strikte lezing van art. 12(3) AVG). De EDPB "
                "aanvaardt een pauze als de identificatie zonder onnodige vertraging werd gevraagd "
                "(richtsnoeren 01/2022 §159)."
            )
        )
        pause_note.setWordWrap(True)
        deadlines = QWidget()
        form = QFormLayout(deadlines)
        form.addRow(
            self.tr("Herinneren vanaf"), self._checked("reminder_window_days", self.reminder_window)
        )
        form.addRow(
            self.tr("Wachten op identificatie melden na"),
            self._checked("identification_wait_limit_days", self.wait_limit),
        )
        form.addRow(self.pause)
        form.addRow(
            self.tr("…als de identificatie gevraagd werd binnen"),
            self._checked("pause_request_max_delay_days", self.pause_delay),
        )
        form.addRow(pause_note)

        # Identity documents.
        self.auto_purge = QCheckBox(
            self.tr("Kopie identiteitsdocument automatisch verwijderen na verificatie")
        )
        self.auto_purge.setObjectName("auto_purge_id_copies")
        self.auto_purge.setChecked(settings.auto_purge_id_copies)
        self.size_limit = self._spin(
            "attachment_size_limit_mb", settings.attachment_size_limit_mb, " MB"
        )
        self.roots_folder = self._line("trusted_roots_folder", settings.trusted_roots_folder)
        self.roots_folder.setPlaceholderText(
            self.tr("geen: digitale handtekeningen tonen als 'niet vertrouwd'")
        )
        roots_widget = self._with_chooser(
            self.roots_folder, "chooseRootsFolderButton", self._choose_roots
        )
        documents = QWidget()
        form = QFormLayout(documents)
        form.addRow(self.auto_purge)
        form.addRow(self.tr("Vertrouwde basiscertificaten (map)"), roots_widget)
        form.addRow(
            self.tr("Maximale grootte van een bijlage"),
            self._checked("attachment_size_limit_mb", self.size_limit),
        )

        # Backups and language.
        self.backup_folder = self._line("backup_folder", settings.backup_folder)
        self.backup_folder.setPlaceholderText(self.tr("Map 'backups' naast het register"))
        folder_widget = self._with_chooser(
            self.backup_folder, "chooseBackupFolderButton", self._choose_folder
        )
        self.backup_count = self._spin("backup_count", settings.backup_count, "")
        self.backup_budget = self._spin("backup_budget_gb", settings.backup_budget_gb, " GB")
        # What the budget is measured against, so a 2 GB register's ten copies are seen.
        self.backups_held = QLabel()
        self.backups_held.setObjectName("backupsHeld")
        self.backups_held.setWordWrap(True)
        if backups_held is not None:
            count, size = backups_held
            self.backups_held.setText(
                self.tr("Nu: %n automatische back-ups, samen {size}.", "", count).format(
                    # In the budget's unit (GB = 10^9 bytes), smaller units below it.
                    size=QLocale().formattedDataSize(
                        size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
                    )
                )
            )
        self.backups_held.setVisible(backups_held is not None)
        self.retention_years = self._spin(
            "retention_years", settings.retention_years, self.tr(" jaar")
        )
        self.ui_language = QComboBox()
        self.ui_language.setObjectName("ui_language")
        self.ui_language.addItem(self.tr("Nederlands"), "nl")
        self.ui_language.addItem(self.tr("Engels"), "en")
        self.ui_language.setCurrentIndex(0 if settings.ui_language == "nl" else 1)
        other = QWidget()
        form = QFormLayout(other)
        form.addRow(self.tr("Map voor back-ups"), folder_widget)
        form.addRow(
            self.tr("Aantal back-ups bewaren"), self._checked("backup_count", self.backup_count)
        )
        form.addRow(
            self.tr("Ruimte voor back-ups, ten hoogste"),
            self._checked("backup_budget_gb", self.backup_budget),
        )
        form.addRow("", self.backups_held)  # under the budget it is measured against
        budget_note = QLabel(
            self.tr(
                "Elke back-up is een volledige kopie van het register. De oudste gaan weg "
                "zodra het aantal of de ruimte overschreden wordt; de nieuwste blijft altijd."
            )
        )
        budget_note.setWordWrap(True)
        form.addRow(budget_note)
        form.addRow(
            self.tr("Afgesloten dossiers bewaren"),
            self._checked("retention_years", self.retention_years),
        )
        form.addRow(self.tr("Taal van het programma"), self.ui_language)
        restart = QLabel(self.tr("Een andere taal wordt actief na het herstarten van PrivacyDesk."))
        restart.setWordWrap(True)
        form.addRow(restart)

        tabs = QTabWidget()
        tabs.setObjectName("settingsTabs")
        tabs.addTab(letterhead, self.tr("&Briefhoofd"))
        tabs.addTab(deadlines, self.tr("&Termijnen"))
        tabs.addTab(documents, self.tr("&Documenten"))
        tabs.addTab(other, self.tr("Back-ups en &taal"))
        self.processing_info = ProcessingInfoPage(settings.processing_info)
        tabs.addTab(self.processing_info, self.tr("&Informatie over de verwerking"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("saveSettingsButton")
        self.ok_button.setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The short set-up of a new register (gui/first_start.py), again: it fills these fields.
        self.first_start_button = QPushButton(self.tr("Set-up eerste start…"))
        self.first_start_button.setObjectName("firstStartButton")
        self.first_start_button.clicked.connect(lambda: open_first_start_over(self))
        self.buttons.addButton(self.first_start_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.buttons)

        for widget in (self.controller_name, self.letter_place, self.enterprise_number):
            widget.textChanged.connect(self._validate)
        self.controller_address.textChanged.connect(self._validate)
        for spin in (
            self.reminder_window,
            self.wait_limit,
            self.pause_delay,
            self.size_limit,
            self.backup_count,
            self.backup_budget,
            self.retention_years,
        ):
            spin.valueChanged.connect(self._validate)
        restore_geometry(self, "settingsDialog", QSize(640, 520))
        self._validate()

    # -- building blocks -------------------------------------------------------------------

    def _with_chooser(self, edit: QLineEdit, name: str, choose: Callable[[], None]) -> QWidget:
        """A path field with its "Kiezen…" button beside it."""
        button = QPushButton(self.tr("Kiezen…"))
        button.setObjectName(name)
        button.clicked.connect(lambda: choose())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        row.addWidget(button)
        widget = QWidget()
        widget.setLayout(row)
        return widget

    def _line(self, name: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        return edit

    def _spin(self, name: str, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        # Wide bounds: out-of-range values get a sentence, not a silent clamp.
        spin.setRange(-1, 10_000)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _checked(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget()
        # Only as tall as its field: a form row must not soak up the dialog's spare height.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #b00020;")
        error.hide()
        layout.addWidget(error)
        self._errors[key] = error
        return box

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo kiezen"), "", self.tr("Afbeeldingen (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_path.setText(path)

    def _choose_roots(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Map met vertrouwde certificaten"))
        if path:
            self.roots_folder.setText(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Map voor back-ups"))
        if path:
            self.backup_folder.setText(path)

    # -- result ----------------------------------------------------------------------------

    def settings(self) -> Settings:
        return replace(
            self._legal.applied_to(self._original),
            controller_name=self.controller_name.text().strip(),
            controller_address=self.controller_address.toPlainText().strip(),
            controller_emails=self.controller_emails.text().strip(),
            controller_phone=self.controller_phone.text().strip(),
            logo_path=self.logo_path.text().strip(),
            letter_place=self.letter_place.text().strip(),
            officer_name=self.officer_name.text().strip(),
            officer_role=self.officer_role.text().strip(),
            officer_role_fr=self.officer_role_fr.text().strip(),
            officer_role_en=self.officer_role_en.text().strip(),
            registered_office=self.registered_office.text().strip(),
            default_letter_language=Language(self.default_language.currentData()),
            reminder_window_days=self.reminder_window.value(),
            identification_wait_limit_days=self.wait_limit.value(),
            pause_while_awaiting_identification=self.pause.isChecked(),
            pause_request_max_delay_days=self.pause_delay.value(),
            auto_purge_id_copies=self.auto_purge.isChecked(),
            attachment_size_limit_mb=self.size_limit.value(),
            trusted_roots_folder=self.roots_folder.text().strip(),
            backup_folder=self.backup_folder.text().strip(),
            backup_count=self.backup_count.value(),
            backup_budget_gb=self.backup_budget.value(),
            retention_years=self.retention_years.value(),
            ui_language=str(self.ui_language.currentData()),
            processing_info=self.processing_info.processing_info(),
        )

    def _validate(self) -> None:
        problems = settings_problems(self.settings())
        for key, label in self._errors.items():
            label.setText(translated(problems[key]) if key in problems else "")
            label.setVisible(key in problems)
        self.ok_button.setEnabled(not problems)
