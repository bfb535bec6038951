"""Moving the register to a PostgreSQL server, from the program: connection test, then move.

The password goes to the operating system's credential store, never into the register or a
settings file; the program notes the server's URL without it and opens that register from
its next start.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacydesk.core.errors import UserFacingError
from privacydesk.gui.background import run_in_background
from privacydesk.locations import choose_register
from privacydesk.services import Services
from privacydesk.services.shared_register import (
    MoveReport,
    move_register,
    server_location,
    test_connection,
)


class ServerRegisterDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("serverRegisterDialog")
        self.setWindowTitle(self.tr("Register naar een server verhuizen"))
        intro = QLabel(
            self.tr(
                "Een register dat u met collega's deelt, staat op een PostgreSQL-server die de "
                "beheerder inrichtte met 'privacydesk server-setup'. Het register wordt naar een "
                "lege databank gekopieerd en gecontroleerd; dit register blijft ongewijzigd."
            )
        )
        intro.setWordWrap(True)
        self.host_edit = self._edit("serverHostEdit", self.tr("Server"))
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("serverPortSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = self._edit("serverDatabaseEdit", self.tr("Databank"))
        self.database_edit.setText("privacydesk")
        self.login_edit = self._edit("serverLoginEdit", self.tr("Login"))
        self.password_edit = self._edit("serverPasswordEdit", self.tr("Wachtwoord"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Poort:"), self.port_spin)
        form.addRow(self.tr("Databank:"), self.database_edit)
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow(self.tr("Wachtwoord:"), self.password_edit)
        self.test_button = QPushButton(self.tr("Verbinding &testen"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test)
        self.move_button = QPushButton(self.tr("Register &verhuizen"))
        self.move_button.setObjectName("moveRegisterButton")
        self.move_button.clicked.connect(self.move)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.move_button)
        row.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("serverStatusLabel")
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        if services.register.path is None:
            self.move_button.setEnabled(False)
            self.status_label.setText(self.tr("Dit register staat al op een server."))
        self.resize(560, 420)

    def _edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _location(self) -> str:
        return server_location(
            self.host_edit.text(),
            self.port_spin.value(),
            self.database_edit.text(),
            self.login_edit.text(),
            self.password_edit.text(),
        )

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.move_button.setEnabled(not busy and self._services.register.path is not None)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, UserFacingError):
            self.status_label.setText(str(error))
        else:
            self.status_label.setText(self.tr("Dat lukte niet: {error}").format(error=error))

    def test(self) -> None:
        try:
            location = self._location()
        except UserFacingError as exc:
            self._failed(exc)
            return
        self._busy(True)
        self.status_label.setText(self.tr("Verbinding maken…"))
        run_in_background(self, lambda: test_connection(location), self._tested, self._failed)

    def _tested(self, login: str) -> None:
        self._busy(False)
        self.status_label.setText(
            self.tr("Verbinding in orde: aangemeld als {login}.").format(login=login)
        )

    def move(self) -> None:  # type: ignore[override]  # the dialog's "move the register"
        try:
            location = self._location()
        except UserFacingError as exc:
            self._failed(exc)
            return
        self._busy(True)
        self.status_label.setText(self.tr("Register kopiëren en controleren…"))
        register = self._services.register
        run_in_background(
            self, lambda: move_register(register, location), self._moved, self._failed
        )

    def _moved(self, report: MoveReport) -> None:
        self._busy(False)
        choose_register(report.target)
        text = self.tr(
            "Register verhuisd naar {target} en gecontroleerd: {cases} dossiers, {events} "
            "auditgebeurtenissen. PrivacyDesk opent voortaan dit gedeelde register; start het "
            "programma opnieuw."
        ).format(target=report.target, cases=report.rows.get("case", 0), events=report.audit_events)
        if not report.password_kept:
            text += " " + self.tr(
                "Het wachtwoord kon niet in de kluis van het besturingssysteem bewaard worden."
            )
        self.status_label.setText(text)
