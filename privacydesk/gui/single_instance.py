"""One program per register: a second start brings the first window forward instead."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_KNOCK = b"activate\n"


def server_name(location: str) -> str:
    """Per user and per register: two registers, or two users, never block each other."""
    target = location if "://" in location else str(Path(location).expanduser().resolve())
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment
        user = "user"
    digest = hashlib.sha256(f"{user}\0{target}".encode()).hexdigest()[:24]
    return f"privacydesk-{digest}"


class SingleInstance(QObject):
    activationRequested = Signal()

    def __init__(self, location: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(location)
        self._server: QLocalServer | None = None

    def try_become_primary(self, timeout_ms: int = 500) -> bool:
        """True: we are the first and now listen. False: another instance was told to show."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(timeout_ms):
            socket.write(_KNOCK)
            socket.flush()
            socket.waitForBytesWritten(timeout_ms)
            socket.disconnectFromServer()
            return False
        # Nobody answered: a name left behind by a crash must not block us.
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            return True  # cannot guard, but never refuse to start the program
        server.newConnection.connect(self._answer)
        self._server = server
        return True

    def _answer(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            # The knock is a few bytes sent at once: read it here, then let go.
            arrived = connection.bytesAvailable() > 0 or connection.waitForReadyRead(300)
            if arrived and bytes(connection.readAll().data()).startswith(_KNOCK[:-1]):
                self.activationRequested.emit()
            connection.disconnectFromServer()
            connection.deleteLater()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
