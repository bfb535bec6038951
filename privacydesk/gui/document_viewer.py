"""Looking at a document: images with zoom, PDFs with Qt's PDF module; two side by side."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from privacydesk.gui.geometry import restore_geometry

PDF = "application/pdf"


class DocumentViewer(QWidget):
    """One document, whatever its type; zoom with the buttons or Ctrl+/Ctrl-."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentViewer")
        self._zoom = 1.0
        self._pixmap: QPixmap | None = None
        self._buffer: QBuffer | None = None

        self.title = QLabel()
        self.title.setObjectName("viewerTitle")
        self.title.setWordWrap(True)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setObjectName("pdfView")
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.image_scroll)
        self.stack.addWidget(self.pdf_view)

        zoom_in = QPushButton(self.tr("Inzoomen"))
        zoom_in.setObjectName("zoomInButton")
        zoom_in.clicked.connect(lambda: self.set_zoom(self._zoom * 1.25))
        zoom_out = QPushButton(self.tr("Uitzoomen"))
        zoom_out.setObjectName("zoomOutButton")
        zoom_out.clicked.connect(lambda: self.set_zoom(self._zoom / 1.25))
        fit = QPushButton(self.tr("Passend"))
        fit.setObjectName("zoomFitButton")
        fit.clicked.connect(self.fit)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.set_zoom(self._zoom * 1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.set_zoom(self._zoom / 1.25))
        tools = QHBoxLayout()
        tools.addWidget(self.title, 1)
        for button in (zoom_out, zoom_in, fit):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)
        self.show_message(self.tr("Geen document gekozen."))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_document(self, name: str, content_type: str, data: bytes) -> bool:
        """Show the bytes; returns False (with a message in the viewer) if they can't be shown."""
        self.title.setText(name)
        self._zoom = 1.0
        if content_type == PDF:
            self.pdf_document.close()
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf_document.load(self._buffer)
            if self.pdf_document.status() == QPdfDocument.Status.Error:
                self.show_message(self.tr("Deze PDF kan niet getoond worden."))
                return False
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.stack.setCurrentWidget(self.pdf_view)
            return True
        image = QImage.fromData(data)
        if image.isNull():
            self.show_message(
                self.tr("Dit document ({type}) kan hier niet getoond worden.").format(
                    type=content_type
                )
            )
            return False
        self._pixmap = QPixmap.fromImage(image)
        self.stack.setCurrentWidget(self.image_scroll)
        self.fit()
        return True

    def fit(self) -> None:
        if self.stack.currentWidget() is self.pdf_view:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
            return
        if self._pixmap is None or self._pixmap.isNull():
            return
        area = self.image_scroll.viewport().size()
        scale = min(
            area.width() / max(1, self._pixmap.width()),
            area.height() / max(1, self._pixmap.height()),
        )
        self.set_zoom(max(0.05, scale))

    def set_zoom(self, zoom: float) -> None:
        self._zoom = max(0.05, min(zoom, 8.0))
        if self.stack.currentWidget() is self.pdf_view:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(self._zoom)
            return
        if self._pixmap is not None:
            scaled = self._pixmap.scaled(
                self._pixmap.size() * self._zoom,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.image_label.setPixmap(scaled)
            self.image_label.resize(scaled.size())

    @property
    def zoom(self) -> float:
        return self._zoom


class CompareDialog(QDialog):
    """The request letter and the ID copy side by side, to compare handwritten signatures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Handtekeningen vergelijken"))
        self.left = DocumentViewer()
        self.left.setObjectName("leftViewer")
        self.right = DocumentViewer()
        self.right.setObjectName("rightViewer")
        splitter = QSplitter()
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        note = QLabel(
            self.tr(
                "Links het verzoek, rechts het identiteitsdocument. Vergelijk de handtekeningen "
                "en registreer het resultaat bij 'Verzoek ondertekend'."
            )
        )
        note.setWordWrap(True)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        restore_geometry(self, "compareDialog", QSize(1300, 800))
