"""Before ID copies are destroyed: the list of exactly what goes, each with its thumbnail.

The purge cannot be undone, so the officer sees the documents' names, roles and first
pages before saying yes; "Annuleren" is the default. Thumbnails come from the separate
renderer, like every view of a stranger's document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.core.attachments import ATTACHMENT_ROLE_LABEL_NL
from privacydesk.gui.labels import tr
from privacydesk.gui.page_renderer import PageRenderer

if TYPE_CHECKING:
    from privacydesk.services import Services
    from privacydesk.services.attachments import AttachmentInfo

THUMBNAIL_WIDTH = 160


class PurgeDeclinedError(Exception):
    """The officer said no to the list of copies to destroy: nothing is recorded."""


class PurgeDialog(QDialog):
    def __init__(
        self,
        copies: list[AttachmentInfo],
        data: dict[int, bytes],
        *,
        after_verification: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("purgeDialog")
        self.setWindowTitle(self.tr("ID-kopieën vernietigen"))
        intro = QLabel(
            self.tr(
                "Met de vaststelling van de identiteit worden deze kopieën van het "
                "identiteitsdocument definitief uit het register gewist:"
            )
            if after_verification
            else self.tr(
                "Deze kopieën van het identiteitsdocument worden definitief uit het register "
                "gewist:"
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.names: list[str] = []
        self.thumbnails: list[QLabel] = []
        self._renderers: list[PageRenderer] = []
        for row, copy in enumerate(copies):
            thumbnail = QLabel(self.tr("(wordt geladen…)"))
            thumbnail.setObjectName(f"purgeThumbnail{row}")
            thumbnail.setFixedSize(THUMBNAIL_WIDTH, round(THUMBNAIL_WIDTH * 1.1))
            thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
            thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
            name = QLabel(
                f"<b>{_escape(copy.name)}</b><br>{tr(ATTACHMENT_ROLE_LABEL_NL[copy.role])}"
            )
            name.setObjectName(f"purgeName{row}")
            grid.addWidget(thumbnail, row, 0)
            grid.addWidget(name, row, 1)
            self.names.append(copy.name)
            self.thumbnails.append(thumbnail)
            renderer = PageRenderer(self)
            renderer.rendered.connect(lambda pages, label=thumbnail: _set_thumbnail(label, pages))
            renderer.failed.connect(
                lambda _sentence, label=thumbnail: label.setText(self.tr("(geen voorbeeld)"))
            )
            renderer.render(data[copy.id], copy.content_type, width=THUMBNAIL_WIDTH, max_pages=1)
            self._renderers.append(renderer)
        outro = QLabel(
            self.tr(
                "De verificatie zelf blijft vastgelegd (wie, wanneer, soort document, laatste "
                "cijfers). Dit kan niet ongedaan gemaakt worden."
            )
        )
        outro.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.purge_button = QPushButton(self.tr("&Vernietigen"))
        self.purge_button.setObjectName("purgeConfirmButton")
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setObjectName("purgeCancelButton")
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.purge_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(outro)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        for renderer in self._renderers:
            renderer.cancel()
        super().done(result)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _set_thumbnail(label: QLabel, pages: list[QImage]) -> None:
    pixmap = QPixmap.fromImage(pages[0]).scaled(
        label.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    label.setPixmap(pixmap)


def confirm_purge(
    services: Services, case_id: int, *, after_verification: bool, parent: QWidget | None
) -> bool:
    """True when there is nothing to destroy or the officer confirms the list shown."""
    copies = services.attachments.id_copies(case_id)
    if not copies:
        return True
    data = {copy.id: services.attachments.data(copy.id) for copy in copies}
    dialog = PurgeDialog(copies, data, after_verification=after_verification, parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
