"""Looking at a document: images with zoom, PDFs with Qt's PDF module; two side by side.

A document from a stranger (a scan, an ID copy, an e-mail's attachment) is shown as pages
rendered by a separate process (:mod:`privacydesk.gui.page_renderer`), so that a file built
to hang or exhaust a viewer only costs that process. The program's own letters are shown
with Qt's PDF view directly.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
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
from privacydesk.gui.page_renderer import PageRenderer

PDF = "application/pdf"
RENDERED_TYPES = (PDF, "image/jpeg", "image/png", "image/tiff")
# Pages rendered this wide (about 120 dpi on A4) and this many at most: enough to read a
# request and compare a signature; the file itself stays in the register whole.
PAGE_WIDTH = 1000
MAX_VIEW_PAGES = 30


class DocumentViewer(QWidget):
    """One document, whatever its type; zoom with the buttons or Ctrl+/Ctrl-."""

    # Emitted once an untrusted document is on screen (True) or could not be shown (False).
    documentShown = Signal(bool)

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
        self._pages: list[QPixmap] = []
        self._page_labels: list[QLabel] = []
        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("renderedPages")
        self._pages_layout = QVBoxLayout(self.pages_widget)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_note = QLabel()
        self.pages_note.setWordWrap(True)
        self.pages_scroll = QScrollArea()
        self.pages_scroll.setObjectName("renderedPagesScroll")
        self.pages_scroll.setWidget(self.pages_widget)
        self.pages_scroll.setWidgetResizable(True)
        self.stack.addWidget(self.pages_scroll)
        self.renderer = PageRenderer(self)
        self.renderer.rendered.connect(self._show_pages)
        self.renderer.failed.connect(self._render_failed)

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
        self.renderer.cancel()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    @property
    def page_count(self) -> int:
        """Pages on screen from the last untrusted document (0 while it is being opened)."""
        return len(self._pages) if self.stack.currentWidget() is self.pages_scroll else 0

    def show_untrusted(self, name: str, content_type: str, data: bytes) -> None:
        """Show a stranger's document; its pages arrive from the separate renderer."""
        self.title.setText(name)
        self._zoom = 1.0
        if content_type not in RENDERED_TYPES:
            self.show_message(
                self.tr("Dit document ({type}) kan hier niet getoond worden.").format(
                    type=content_type
                )
            )
            self.documentShown.emit(False)
            return
        self.show_message(self.tr("Document wordt geopend…"))
        self.renderer.render(data, content_type, width=PAGE_WIDTH, max_pages=MAX_VIEW_PAGES)

    def _render_failed(self, sentence: str) -> None:
        self.show_message(sentence)
        self.documentShown.emit(False)

    def _show_pages(self, images: list[QImage]) -> None:
        for label in self._page_labels:
            label.deleteLater()
        self._pages_layout.removeWidget(self.pages_note)
        self._pages = [QPixmap.fromImage(image) for image in images]
        self._page_labels = []
        for number in range(1, len(self._pages) + 1):
            label = QLabel()
            label.setObjectName(f"page{number}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(self.tr("Pagina {number}").format(number=number))
            self._pages_layout.addWidget(label)
            self._page_labels.append(label)
        self.pages_note.setText(
            self.tr("Alleen de eerste {count} pagina's worden getoond.").format(
                count=MAX_VIEW_PAGES
            )
            if len(images) >= MAX_VIEW_PAGES
            else ""
        )
        self._pages_layout.addWidget(self.pages_note)
        self.stack.setCurrentWidget(self.pages_scroll)
        self.fit()
        self.documentShown.emit(True)

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
        if self.stack.currentWidget() is self.pages_scroll:
            if self._pages:
                width = self.pages_scroll.viewport().width() - 40  # margins and a scroll bar
                self.set_zoom(max(0.05, width / max(1, self._pages[0].width())))
            return
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
        if self.stack.currentWidget() is self.pages_scroll:
            for pixmap, label in zip(self._pages, self._page_labels, strict=True):
                label.setPixmap(
                    pixmap.scaled(
                        pixmap.size() * self._zoom,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
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
