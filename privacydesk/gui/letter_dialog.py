"""Writing a letter: choose the kind, read and adjust the text, preview the PDF, then issue."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from privacydesk.core.case import Language
from privacydesk.core.letter_kinds import LETTER_KIND_LABEL_NL, MISSING_ITEM_LABEL_NL, LetterKind
from privacydesk.core.rights import NO_ACTION_GROUNDS, LegalGround, Outcome, Right
from privacydesk.gui.document_viewer import DocumentViewer
from privacydesk.gui.errors import show_error
from privacydesk.gui.geometry import restore_geometry
from privacydesk.gui.labels import ground_label, language_label, tr
from privacydesk.gui.messages import error_text
from privacydesk.gui.processing_info_dialog import ProcessingInfoDialog
from privacydesk.services import Services
from privacydesk.services.letters import IssuedLetter, LetterDraft


class LetterDialog(QDialog):
    def __init__(self, services: Services, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Nieuwe brief"))
        self._services = services
        self._case_id = case_id
        self._draft: LetterDraft | None = None
        self._composed = ""
        self.issued: IssuedLetter | None = None
        case = services.cases.get(case_id)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("letterKindCombo")
        self.kind_combo.setAccessibleName(self.tr("Soort brief"))
        for kind in services.letters.kinds(case_id):
            self.kind_combo.addItem(tr(LETTER_KIND_LABEL_NL[kind]), kind.value)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("letterLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Taal van de brief"))
        for language in Language:
            self.language_combo.addItem(language_label(language), language.value)
        self.language_combo.setCurrentIndex(list(Language).index(case.requester.language))

        self.missing_checks: dict[str, QCheckBox] = {}
        missing_row = QGridLayout()  # two per line: four in a row overflow a 1280 screen
        for key, label in MISSING_ITEM_LABEL_NL.items():
            check = QCheckBox(tr(label))
            check.setObjectName(f"missing_{key}")
            # Nothing is ticked beforehand: the officer asks only what is needed (Art. 12(6));
            # an ID copy only when that is the method chosen (EDPB 01/2022 §§65-79).
            check.setChecked(False)
            if key == "mandate":
                if not case.requester.representative.strip():
                    check.setEnabled(False)  # no representative: no mandate to ask for
                elif not services.letters.mandate_seen(case_id):
                    # The authorisation is missing: the letter asks for it, whatever else.
                    check.setChecked(True)
                    check.setEnabled(False)
            check.toggled.connect(self.recompose)
            place = divmod(len(self.missing_checks), 2)
            missing_row.addWidget(check, *place, Qt.AlignmentFlag.AlignLeft)
            self.missing_checks[key] = check
        missing_row.setColumnStretch(2, 1)
        self.missing_widget = QWidget()
        self.missing_widget.setLayout(missing_row)
        missing_row.setContentsMargins(0, 0, 0, 0)
        self.reasons_edit = QPlainTextEdit()
        self.reasons_edit.setObjectName("noActionReasonsEdit")
        self.reasons_edit.setAccessibleName(self.tr("Redenen om geen gevolg te geven"))
        self.reasons_edit.setPlaceholderText(
            self.tr("Waarom geeft u geen gevolg aan het verzoek? Dit komt in de brief.")
        )
        self.reasons_edit.setFixedHeight(60)
        self.reasons_edit.setTabChangesFocus(True)
        # Typing reasons never asks at each key: an edited text simply stays (see recompose).
        self.reasons_edit.textChanged.connect(lambda: self.recompose(ask=False))
        # What the officer typed, kept per letter language (the letter is in one language).
        self._reasons_by_language: dict[str, str] = {}
        self._reasons_language = self.language_combo.currentData()
        self.reasons_label = QLabel()

        self.ground_combo = QComboBox()
        self.ground_combo.setObjectName("noActionGroundCombo")
        self.ground_combo.setAccessibleName(self.tr("Rechtsgrond om geen gevolg te geven"))
        self.ground_combo.addItem(self.tr("— kies de rechtsgrond —"), None)
        for ground in NO_ACTION_GROUNDS:
            self.ground_combo.addItem(ground_label(ground), ground.value)
        self.ground_combo.currentIndexChanged.connect(self.recompose)

        # The Art. 15 information of an access answer, adjusted for this case, per language.
        self._processing_info: dict[Language, dict[str, str]] = {}
        self.processing_info_button = QPushButton(
            self.tr("Informatie over de &verwerking voor dit dossier…")
        )
        self.processing_info_button.setObjectName("processingInfoButton")
        self.processing_info_button.clicked.connect(self.adjust_processing_info)
        self._gives_access = any(
            r.right is Right.ACCESS and r.outcome in (Outcome.GRANTED, Outcome.PARTLY_GRANTED)
            for r in case.rights
        )

        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("letterBodyEdit")
        self.body_edit.setAccessibleName(self.tr("Tekst van de brief"))
        self.problem_label = QLabel()
        self.problem_label.setObjectName("letterProblem")
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setWordWrap(True)
        self.preview = DocumentViewer()
        self.preview.setObjectName("letterPreview")

        self.preview_button = QPushButton(self.tr("&Voorbeeld"))
        self.preview_button.setObjectName("previewLetterButton")
        self.preview_button.clicked.connect(self.show_preview)
        self.reset_button = QPushButton(self.tr("Tekst &herstellen"))
        self.reset_button.setObjectName("resetLetterButton")
        self.reset_button.clicked.connect(lambda: self.recompose(replace_edits=True))
        self.issue_button = QPushButton(self.tr("&Uitgeven…"))
        self.issue_button.setObjectName("issueLetterButton")
        self.issue_button.clicked.connect(self.issue)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Soort"), self.kind_combo)
        form.addRow(self.tr("&Taal"), self.language_combo)
        form.addRow(self.tr("Ontbreekt"), self.missing_widget)
        form.addRow(self.reasons_label, self.reasons_edit)
        form.addRow(self.tr("Rechts&grond"), self.ground_combo)
        form.addRow(self.processing_info_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        text_label = QLabel(
            self.tr(
                "Tekst (u kunt ze aanpassen; briefhoofd, adressen, datum, handtekening en klachtmogelijkheid komen er automatisch bij):"
            )
        )
        text_label.setWordWrap(True)  # never wider than the text box below it
        left_layout.addWidget(text_label)
        left_layout.addWidget(self.body_edit, 1)
        left_layout.addWidget(self.problem_label)
        splitter = QSplitter()
        splitter.setObjectName("letterSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([560, 520])
        splitter.setStretchFactor(1, 1)  # a wider dialog gives the page more room
        # The page shows by itself, shortly after the text settles: no click needed to see it.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.show_preview)
        self.body_edit.textChanged.connect(self._preview_timer.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.kind_combo.currentIndexChanged.connect(self.recompose)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.body_edit.textChanged.connect(
            lambda: self.issue_button.setEnabled(
                self._draft is not None and bool(self.body_edit.toPlainText().strip())
            )
        )
        restore_geometry(self, "letterDialog", QSize(1200, 800))
        self.hint_label = QLabel()
        self.hint_label.setObjectName("letterHint")
        self.hint_label.setWordWrap(True)
        if not services.settings.current().officer_name.strip():
            self.hint_label.setText(
                self.tr(
                    "Tip: vul uw naam in bij Bestand › Instellingen; hij komt onder elke brief."
                )
            )
        left_layout.addWidget(self.hint_label)
        self.kept_label = QLabel()
        self.kept_label.setObjectName("letterKeptText")
        self.kept_label.setWordWrap(True)
        left_layout.addWidget(self.kept_label)
        if self.kind_combo.count() == 0:
            self.problem_label.setText(
                self.tr("Voor dit dossier past op dit moment geen enkele brief.")
            )
        self.recompose()

    def kind(self) -> LetterKind | None:
        value = self.kind_combo.currentData()
        return LetterKind(value) if value else None

    def _language_changed(self) -> None:
        """Keep what was typed for the old language; show what was typed for the new one."""
        self._reasons_by_language[self._reasons_language] = self.reasons_edit.toPlainText()
        self._reasons_language = self.language_combo.currentData()
        self.reasons_edit.blockSignals(True)
        self.reasons_edit.setPlainText(self._reasons_by_language.get(self._reasons_language, ""))
        self.reasons_edit.blockSignals(False)
        self.recompose()

    def _ground(self, kind: LetterKind) -> LegalGround | None:
        value = self.ground_combo.currentData()
        return LegalGround(value) if kind is LetterKind.NO_ACTION and value else None

    def select_kind(self, kind: LetterKind) -> bool:
        index = self.kind_combo.findData(kind.value)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)
        return index >= 0

    def recompose(self, *_signal: object, replace_edits: bool = False, ask: bool = True) -> None:
        """A new text for the current choices; the officer's own edits are never overwritten
        unasked: with ``ask`` a question, without it the edited text stays as it is."""
        kind = self.kind()
        body = self.body_edit.toPlainText()
        edited = bool(body.strip()) and body != self._composed
        self.missing_widget.setEnabled(kind is LetterKind.IDENTIFICATION)
        language = Language(self.language_combo.currentData())
        typed_reasons = kind is LetterKind.NO_ACTION or (
            kind is LetterKind.EXTENSION and language is not Language.NL
        )
        self.reasons_edit.setEnabled(typed_reasons)
        # The dialog says which language the typed reasons must be in.
        in_language = {
            Language.NL: self.tr("Redenen (in het Nederlands)"),
            Language.FR: self.tr("Redenen (in het Frans)"),
            Language.EN: self.tr("Redenen (in het Engels)"),
        }
        self.reasons_label.setText(in_language[language])
        self.ground_combo.setEnabled(kind is LetterKind.NO_ACTION)
        self.processing_info_button.setEnabled(kind is LetterKind.OUTCOME and self._gives_access)
        self._draft = None
        self.issue_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        if kind is None:
            return
        try:
            self._draft = self._services.letters.draft(
                self._case_id,
                kind,
                Language(self.language_combo.currentData()),
                missing_items=[k for k, c in self.missing_checks.items() if c.isChecked()],
                no_action_reasons=self.reasons_edit.toPlainText()
                if kind is LetterKind.NO_ACTION
                else "",
                no_action_ground=self._ground(kind),
                extension_reasons=self.reasons_edit.toPlainText()
                if kind is LetterKind.EXTENSION and language is not Language.NL
                else None,
                processing_info=self._processing_info.get(language)
                if kind is LetterKind.OUTCOME
                else None,
            )
        except Exception as exc:
            from privacydesk.core.errors import UserFacingError

            if not isinstance(exc, UserFacingError):
                raise
            # No draft for this choice: the letter of an earlier choice must not stay in the
            # preview as if it were this one; the preview says what is still needed.
            self._preview_timer.stop()
            self.problem_label.setText(error_text(exc))
            self.preview.show_message(error_text(exc))
            if self._keep_edited_text(edited, replace_edits=replace_edits, ask=ask):
                return
            self._composed = ""
            self.body_edit.blockSignals(True)
            self.body_edit.clear()
            self.body_edit.blockSignals(False)
            return
        # A warning (a late no-action notice) stays in sight; the letter may still go out.
        self.problem_label.setText("\n".join(self._draft.warnings))
        self.issue_button.setEnabled(True)
        self.preview_button.setEnabled(True)
        if not self._keep_edited_text(
            edited and body != self._draft.text, replace_edits=replace_edits, ask=ask
        ):
            self._composed = self._draft.text
            self.body_edit.blockSignals(True)
            self.body_edit.setPlainText(self._draft.text)
            self.body_edit.blockSignals(False)
        self._preview_timer.start()

    def adjust_processing_info(self) -> bool:
        """Adjust the Art. 15 information for this letter; the text is composed anew."""
        language = Language(self.language_combo.currentData())
        dialog = ProcessingInfoDialog(
            self._services.settings.current().processing_info,
            language,
            self._processing_info.get(language),
            self,
        )
        if not dialog.exec():
            return False
        self._processing_info[language] = dialog.for_case()
        self.recompose()
        return True

    def _keep_edited_text(self, edited: bool, *, replace_edits: bool, ask: bool) -> bool:
        if edited and not replace_edits and not (ask and self._replace_edited_text()):
            self.kept_label.setText(
                self.tr(
                    "Uw aangepaste tekst blijft staan en wordt zo uitgegeven. 'Tekst herstellen' "
                    "stelt een nieuwe tekst op voor de huidige keuzes."
                )
            )
            return True
        self.kept_label.clear()
        return False

    def _replace_edited_text(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Aangepaste tekst"),
            self.tr(
                "U hebt de tekst van de brief aangepast. Vervangen door de tekst voor de nieuwe "
                "keuze? Uw aanpassingen gaan dan verloren; met 'Nee' blijft uw tekst staan."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_preview(self) -> bytes | None:
        if self._draft is None:
            return None
        try:
            pdf = self._services.letters.render(self._draft, self.body_edit.toPlainText())
        except Exception as exc:
            show_error(self, exc)
            return None
        self.preview.show_document(
            self.tr("Voorbeeld (nog niet uitgegeven)"), "application/pdf", pdf
        )
        return pdf

    def issue(self) -> bool:
        if self._draft is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Brief uitgeven"),
            self.tr(
                "De brief wordt gedateerd op vandaag en definitief bij het dossier bewaard; "
                "hij kan daarna niet meer gewijzigd worden. Uitgeven?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.issued = self._services.letters.issue(self._draft, self.body_edit.toPlainText())
        except Exception as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True
