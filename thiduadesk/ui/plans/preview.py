"""PDF preview inside the app (Qt PDF), printing through QPrinter, and a preview dialog.

Documents are PDF bytes from ReportLab; the preview shows exactly what will be printed or saved.
Printing renders each page at the printer's resolution (capped, so a 1200 dpi driver does not ask
for gigabytes) and switches page orientation per page, so landscape appendices print right.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.ui import prompts

MAX_PRINT_DPI = 300


ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


class PdfPreview(QWidget):
    """A QPdfView fed from bytes. Keeps the scroll position when the same document is re-rendered.

    Zoom: Ctrl + wheel, Ctrl++ / Ctrl+- (Ctrl+0: fit width), and the bar's − / + / "Fit width" /
    "Fit page" buttons; the bar shows the zoom in per cent."""

    loaded = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys scroll and zoom it (Ctrl++, Ctrl+-)
        self.view.viewport().installEventFilter(self)
        self.view.zoomModeChanged.connect(lambda _m: self._show_zoom())
        self.view.zoomFactorChanged.connect(lambda _f: self._show_zoom())
        self.zoom_bar = self._build_zoom_bar()
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        pages = QWidget()
        self._stack = QStackedLayout(pages)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addWidget(self.zoom_bar)
        outer.addWidget(pages, 1)
        self._buffer: QBuffer | None = None
        self.pdf_bytes: bytes = b""
        self.document.statusChanged.connect(self._on_status)
        self._restore_scroll: int | None = None
        # "Where am I?": the text of the block being edited is searched and shown highlighted.
        self.search = QPdfSearchModel(self)
        self.search.setDocument(self.document)
        self.view.setSearchModel(self.search)
        self.search.countChanged.connect(self._on_search_count)
        self._reveal_pending = False
        self._reveal_text = ""
        self.show_message(self.tr("No document."))
        self._show_zoom()

    # -- zoom --

    def _build_zoom_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("zoomBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)

        def button(name: str, text: str, tip: str, slot) -> QToolButton:
            b = QToolButton()
            b.setObjectName(name)
            b.setText(text)
            b.setToolTip(tip)
            b.setAutoRaise(True)
            b.clicked.connect(slot)
            row.addWidget(b)
            return b

        self.zoom_out_button = button("zoomOut", "−", self.tr("Zoom out (Ctrl+-)"), self.zoom_out)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400 %") + 6)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.zoom_label)
        self.zoom_in_button = button("zoomIn", "+", self.tr("Zoom in (Ctrl++)"), self.zoom_in)
        self.fit_width_button = button("fitWidth", self.tr("Fit width"), self.tr("The page as wide as the preview (Ctrl+0)"),
                                       self.fit_width)
        self.fit_page_button = button("fitPage", self.tr("Fit page"), self.tr("A whole page in view"), self.fit_page)
        for b in (self.fit_width_button, self.fit_page_button):
            b.setCheckable(True)
        row.addStretch(1)
        for keys, slot in ((("Ctrl++", "Ctrl+="), self.zoom_in), (("Ctrl+-",), self.zoom_out),
                           (("Ctrl+0",), self.fit_width)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, f=slot: f())
            self.addAction(action)
        return bar

    def zoom_percent(self) -> int:
        """The zoom as shown on the bar: the size of a page against its printed size (per cent)."""
        return round(self.scale() * 72 / self._dpi() * 100)

    def _dpi(self) -> float:
        screen = QGuiApplication.primaryScreen()  # what QPdfView scales a custom zoom by
        return float(screen.logicalDotsPerInch() if screen is not None else 96) or 96.0

    def scale(self) -> float:
        """Pixels per PDF point as the view lays the pages out now."""
        mode = self.view.zoomMode()
        count = self.document.pageCount()
        if mode == QPdfView.ZoomMode.Custom or count == 0:
            return self.view.zoomFactor() * self._dpi() / 72
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        widest = max(self.document.pagePointSize(i).width() for i in range(count)) or 1.0
        if mode == QPdfView.ZoomMode.FitToWidth:
            return width / widest
        height = self.view.viewport().height() - margins.top() - margins.bottom()
        tallest = max(self.document.pagePointSize(i).height() for i in range(count)) or 1.0
        return min(width / widest, height / tallest)

    def set_zoom(self, factor: float) -> None:
        """A fixed zoom (1.0 = the printed size), between 25 % and 400 %."""
        factor = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._show_zoom()

    def zoom_in(self) -> None:
        now = self.zoom_percent() / 100
        self.set_zoom(next((z for z in ZOOM_STEPS if z > now + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self.zoom_percent() / 100
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < now - 0.01), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._show_zoom()

    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoom_label.setText(f"{self.zoom_percent()} %")

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport():
            if event.type() == QEvent.Type.Wheel and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                steps = event.angleDelta().y()
                if steps > 0:
                    self.zoom_in()
                elif steps < 0:
                    self.zoom_out()
                return True
            if event.type() == QEvent.Type.Resize:
                self._show_zoom()  # a fitted zoom follows the size (computed from the new size)
        return super().eventFilter(watched, event)

    def set_pdf(self, data: bytes, *, keep_position: bool = True) -> None:
        if data == self.pdf_bytes and self.document.status() == QPdfDocument.Status.Ready:
            self._stack.setCurrentWidget(self.view)
            return
        self._restore_scroll = self.view.verticalScrollBar().value() if keep_position and self.pdf_bytes else 0
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.pdf_bytes = data
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self._stack.setCurrentWidget(self.view)

    def reveal(self, text: str) -> None:
        """Scroll to the first place ``text`` is printed and highlight it."""
        text = " ".join(text.split())
        if not text:
            return
        self._reveal_pending = True
        self._reveal_text = text
        if self.document.status() == QPdfDocument.Status.Ready:
            self._search_now()

    def forget_reveal(self) -> None:
        """Drop the "where am I" highlight (editing ended, or another document is about to be
        shown); the view stays where it is."""
        self._reveal_pending = False
        self._reveal_text = ""
        self.search.setSearchString("")

    def _search_now(self) -> None:
        if self.search.searchString() == self._reveal_text:
            self._on_search_count()
        else:
            self.search.setSearchString(self._reveal_text)

    def _on_search_count(self) -> None:
        if self._reveal_pending and self.search.count() > 0:
            self._reveal_pending = False
            self._restore_scroll = None
            self.view.setCurrentSearchResultIndex(0)
            link = self.search.resultAtIndex(0)
            self.scroll_to(link.page(), link.location().y())

    def scroll_to(self, page: int, y_points: float) -> None:
        """Show the line ``y_points`` from the top of ``page`` near the top of the view.

        QPdfView's navigator jumps to a page's top only; this computes the offset in the
        continuous (multi-page) layout at the zoom in use."""
        count = self.document.pageCount()
        if not 0 <= page < count:
            return
        margins = self.view.documentMargins()
        scale = self.scale()
        top = margins.top() + sum(self.document.pagePointSize(i).height() * scale + self.view.pageSpacing()
                                  for i in range(page))
        target = top + y_points * scale - self.view.viewport().height() / 4
        bar = self.view.verticalScrollBar()
        bar.setValue(int(max(bar.minimum(), min(bar.maximum(), target))))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    def clear(self, text: str = "") -> None:
        self.document.close()
        self.pdf_bytes = b""
        self.show_message(text or self.tr("No document."))

    def is_ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0

    def _on_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            if self._restore_scroll is not None:
                self.view.verticalScrollBar().setValue(self._restore_scroll)
                self._restore_scroll = None
            if self._reveal_pending:
                self._search_now()
            self._show_zoom()
            self.loaded.emit()
        elif status == QPdfDocument.Status.Error:
            self.show_message(self.tr("The preview could not be shown."))


def load_document(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over ``data`` (keep the buffer alive as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page (or the range chosen in the print dialog); returns pages printed."""
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    if count == 0 or first > last:
        return 0
    printer.setFullPage(True)

    def orient(page: int) -> None:
        size = document.pagePointSize(page)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)

    orient(first - 1)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        for _copy in range(copies):
            for page in range(first - 1, last):
                if printed:
                    orient(page)
                    printer.newPage()
                dpi = min(printer.resolution(), MAX_PRINT_DPI)
                size = document.pagePointSize(page)
                image = document.render(page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
                target = printer.paperRect(QPrinter.Unit.DevicePixel)
                painter.drawImage(QRectF(QPointF(0, 0), target.size()), image)
                printed += 1
    finally:
        painter.end()
    return printed


def run_print_dialog(dialog: QPrintDialog) -> bool:
    """Show the print dialog (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_pdf_bytes(data: bytes, parent: QWidget | None, title: str = "") -> bool:
    """Ask for a printer and print; False if cancelled."""
    document, buffer = load_document(data, parent)
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if title:
            printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, max(1, document.pageCount()))
        if not run_print_dialog(dialog):
            return False
        return print_document(document, printer) > 0
    finally:
        document.close()
        buffer.close()


def save_pdf_bytes(data: bytes, parent: QWidget | None, title: str, suggested: str) -> str:
    """Ask where to save; write through the one guarded writer (never over the data file, a
    link or a read-only file: OutputRefused, an OSError, says why); the path or "" if cancelled."""
    from thiduadesk.ops.files import write_file

    path = prompts.save_file(parent, title, suggested, pdf_filter())
    if not path:
        return ""
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    return str(write_file(path, data))


def pdf_filter() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PdfPreview", "PDF documents (*.pdf)")


class PdfPreviewDialog(QDialog):
    """A document in a window of its own, with Print and Save as PDF."""

    def __init__(self, data: bytes, title: str, suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title)
        self.data = data
        self.suggested_name = suggested_name
        self.resize(1000, 720)
        self.preview = PdfPreview(self)
        self.preview.set_pdf(data, keep_position=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(lambda: print_pdf_bytes(self.data, self, title))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)

    def save(self) -> str:
        try:
            return save_pdf_bytes(self.data, self, self.tr("Save as PDF"), self.suggested_name)
        except OSError as exc:  # OutputRefused says why in Vietnamese
            prompts.warn(self, self.tr("Save as PDF"), self.tr("The file could not be written: %1").replace("%1", str(exc)))
            return ""
