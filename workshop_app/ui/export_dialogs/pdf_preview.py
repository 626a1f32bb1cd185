"""A page preview of PDF bytes with page navigation, zoom and printing.

``PdfPreview`` shows a PDF held in memory (``QPdfDocument`` reading from a
``QBuffer``), keeps the reader's page when the PDF is replaced by a newer
render, and shows a thin progress bar while a new one is being made.
``print_pdf`` draws the pages into a ``QPrinter``; ``ask_print`` asks for the
printer first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

#: Pages are rasterised for the printer at no more than this resolution: sharp text and
#: QR codes, without a 1200 dpi printer asking for half a gigabyte per page.
PRINT_DPI = 300

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


class PdfPreview(QWidget):
    """A scrolling page view of PDF bytes with a small toolbar."""

    #: The number of pages changed (0 when nothing is shown).
    pageCountChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self._data = b""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Page preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self.message.setAccessibleName(self.tr("Preview message"))

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("previewProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.setAccessibleName(self.tr("Preview progress"))
        self.progress.setVisible(False)

        style = self.style()
        self.previous_button = self._tool(
            self.tr("Previous page"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            self.previous_page)
        self.next_button = self._tool(
            self.tr("Next page"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            self.next_page)
        self.page_box = QSpinBox(self)
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setRange(0, 0)
        self.page_box.setKeyboardTracking(False)
        self.page_box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_box.setMinimumWidth(44)
        self.page_box.valueChanged.connect(lambda n: self.go_to_page(n - 1))
        self.page_total = QLabel(self)
        self.page_total.setObjectName("hint")
        self.zoom_out_button = self._tool(self.tr("Zoom out"), None, self.zoom_out, "−")
        self.zoom_in_button = self._tool(self.tr("Zoom in"), None, self.zoom_in, "+")
        self.fit_width_button = self._tool(self.tr("Fit width"), None, self.fit_width,
                                           self.tr("Width"))
        self.fit_page_button = self._tool(self.tr("Whole page"), None, self.fit_page,
                                          self.tr("Page"))
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
        self.fit_width_button.setChecked(True)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(4)
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_total)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addSpacing(4)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.fit_page_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.stack, 1)

        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.show_message(self.tr("Preparing the preview…"))

    def _tool(self, name: str, icon, slot: Callable[[], None], text: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setAccessibleName(name)
        button.setToolTip(name)
        if icon is not None:
            button.setIcon(icon)
        if text:
            button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ content
    def set_pdf(self, data: bytes) -> None:
        """Show *data* (PDF bytes), staying on the page the reader was looking at."""
        page = self.current_page()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:  # the document has let go of it now
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer, self._data = buffer, bytes(data)
        count = self.page_count()
        self.stack.setCurrentWidget(self.view)
        self._set_tools_enabled(count > 0)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1 if count else 0, count)
        self.page_box.blockSignals(False)
        self.page_total.setText(self.tr("of {0}").format(count))
        if 0 < page < count:
            self.go_to_page(page)
        else:
            self._page_changed(0)
        self.pageCountChanged.emit(count)

    def show_message(self, text: str, *, error: bool = False) -> None:
        """Show *text* instead of the pages (nothing to preview, or the preview failed)."""
        self.message.setText(text)
        self.message.setProperty("state", "error" if error else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.stack.setCurrentWidget(self.message)
        self._set_tools_enabled(False)

    def _set_tools_enabled(self, enabled: bool) -> None:
        for widget in (self.page_box, self.zoom_in_button, self.zoom_out_button,
                       self.fit_width_button, self.fit_page_button):
            widget.setEnabled(enabled)
        if not enabled:
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)

    def set_busy(self, busy: bool) -> None:
        """Show or hide the thin progress bar (indeterminate until ``set_progress``)."""
        if busy:
            self.progress.setRange(0, 0)
        self.progress.setVisible(busy)

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def pdf_bytes(self) -> bytes:
        """The PDF shown now (b"" when none)."""
        return self._data

    def showing_pages(self) -> bool:
        return self.stack.currentWidget() is self.view and self.page_count() > 0

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == \
            QPdfDocument.Status.Ready else 0

    def current_page(self) -> int:
        """The page at the top of the view, counted from 0."""
        return self.view.pageNavigator().currentPage()

    # ------------------------------------------------------------------ navigation
    def go_to_page(self, page: int, *, force: bool = False) -> None:
        """Scroll to the top of *page* (0-based). *force* scrolls even when the navigator
        thinks it is there already (after a zoom change moved the view)."""
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        navigator = self.view.pageNavigator()
        if force:
            if count == 1:
                self.view.verticalScrollBar().setValue(0)
            else:  # the navigator ignores a jump to the page it is on
                navigator.jump(1 if page == 0 else 0, QPointF(), navigator.currentZoom())
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(page)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _page_changed(self, page: int) -> None:
        count = self.page_count()
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1 if count else 0)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    # ------------------------------------------------------------------ zoom
    def _effective_zoom(self) -> float:
        """The zoom factor the view shows now, also in the fit modes."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        size = self.document.pagePointSize(self.current_page())
        dpi = self.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        height = self.view.viewport().height() - margins.top() - margins.bottom()
        fit_width = width / max(size.width() * dpi, 1.0)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return fit_width
        return min(fit_width, height / max(size.height() * dpi, 1.0))

    def _keep_page(self, change: Callable[[], None]) -> None:
        """Apply a zoom change and stay on the page being read (the view would keep the
        scroll offset, which points elsewhere at another zoom)."""
        page = self.current_page()
        change()
        if self.page_count():
            QTimer.singleShot(0, self, lambda: self.go_to_page(page, force=True))

    def _set_zoom(self, factor: float) -> None:
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))

        def change() -> None:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)

        self._keep_page(change)
        self.fit_width_button.setChecked(False)
        self.fit_page_button.setChecked(False)

    def zoom_in(self) -> None:
        self._set_zoom(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self._keep_page(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_width_button.setChecked(True)
        self.fit_page_button.setChecked(False)

    def fit_page(self) -> None:
        self._keep_page(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.fit_width_button.setChecked(False)
        self.fit_page_button.setChecked(True)

    # ------------------------------------------------------------------ printing
    def ask_print(self, title: str, copies: int = 1) -> bool:
        """Ask for a printer and print the pages shown; False when cancelled or empty."""
        if not self.showing_pages():
            return False
        return ask_print(self, self.document, title, current_page=self.current_page(),
                         copies=copies)


def print_pdf(document: QPdfDocument, printer: QPrinter, pages: list[int] | None = None,
              progress: Callable[[int, int], bool] | None = None) -> int:
    """Draw *pages* (0-based; default all) of *document* into *printer*, each scaled to
    fit the paper with its proportions kept. *progress(done, total)* may return False to
    stop. Returns how many pages were printed."""
    count = document.pageCount()
    pages = [p for p in (pages if pages is not None else range(count)) if 0 <= p < count]
    if not pages:
        return 0
    printer.setFullPage(True)  # our PDFs carry their own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    printed = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for index, page in enumerate(pages):
            if progress is not None and progress(index, len(pages)) is False:
                break
            if index:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                round(points.height() * dpi / 72)))
            target = QRectF(painter.viewport())
            scale = min(target.width() / points.width(), target.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            painter.drawImage(
                QRectF(target.x() + (target.width() - width) / 2,
                       target.y() + (target.height() - height) / 2, width, height),
                image,
            )
            printed += 1
    finally:
        painter.end()
    if progress is not None:
        progress(len(pages), len(pages))
    return printed


def chosen_pages(printer: QPrinter, count: int, current_page: int) -> list[int]:
    """The 0-based pages the print dialog asked for."""
    kind = printer.printRange()
    if kind == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        last = printer.toPage() or count
        return list(range(printer.fromPage() - 1, min(last, count)))
    if kind == QPrinter.PrintRange.CurrentPage:
        return [current_page]
    return list(range(count))


def ask_print(parent: QWidget, document: QPdfDocument, title: str, *, current_page: int = 0,
              copies: int = 1) -> bool:
    """The print dialog for *document*, then printing with a progress dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setCopyCount(max(1, copies))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPreview", "Print"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    pages = chosen_pages(printer, document.pageCount(), current_page)
    busy = QProgressDialog(QCoreApplication.translate("PdfPreview", "Printing…"),
                           QCoreApplication.translate("PdfPreview", "Cancel"), 0, len(pages), parent)
    busy.setWindowTitle(title)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(500)

    def progress(done: int, total: int) -> bool:
        busy.setValue(done)
        QApplication.processEvents()
        return not busy.wasCanceled()

    try:
        printed = print_pdf(document, printer, pages, progress)
    finally:
        busy.close()
        busy.deleteLater()
    return printed > 0
