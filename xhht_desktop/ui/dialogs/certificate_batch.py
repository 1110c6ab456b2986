"""The batch of certificates before it is printed: a preview of every page, what will take a new
number and what is a reprint, the names that only fit too small; then print or save as PDF.

Nothing goes into the register until the printer has taken the job or the file is written:
closing this window leaves the register as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.errors import UserError
from xhht_desktop.services.certificates import Printed, batch_counts
from xhht_desktop.ui import printing
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.preferences import Preferences
from xhht_desktop.ui.prompts import ensure_suffix
from xhht_desktop.ui.widgets.pdf_view import PdfView

MAX_COPIES = 20


class CertificateBatchDialog(QDialog):
    def __init__(
        self, ctx: UiContext, printed: Printed, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printed = printed
        self.file_name = file_name
        self.recorded = False
        self.summary = QLabel(wordWrap=True)
        self.warning = QLabel(wordWrap=True)
        self.warning.setStyleSheet("color: #9b1b1b;")
        self.view = PdfView()
        self.copies_label = QLabel()
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.copies_label.setBuddy(self.copies)
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        self.print_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copies_label)
        buttons.addWidget(self.copies)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_batch)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.view.set_pdf(printed.pdf)
        self.resize(1100, 780)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Certificates — preview"))
        self.copies_label.setText(self.tr("&Copies of each:"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close without printing"))
        new, reprints = batch_counts(self.printed.batch)
        numbers = [s.number for s in self.printed.batch.sheets if not s.reprint]
        text = self.tr("%1 certificates: %2 take a new number, %3 are reprints of their number.")
        text = text.replace("%1", str(new + reprints)).replace("%2", str(new))
        text = text.replace("%3", str(reprints))
        if numbers:
            text += " " + self.tr("New numbers: %1 to %2.").replace("%1", numbers[0])
            text = text.replace("%2", numbers[-1])
        text += " " + self.tr("Nothing is recorded in the register until it is printed or saved.")
        self.summary.setText(text)
        overflows = self.printed.overflows
        self.warning.setVisible(bool(overflows))
        if overflows:
            names = ", ".join(f"{s.number} ({s.recipient.name})" for s, _ in overflows[:10])
            more = len(overflows) - 10
            if more > 0:
                names += " " + self.tr("and %1 more").replace("%1", str(more))
            self.warning.setText(
                self.tr(
                    "Look before printing: on these certificates a text fits only in a smaller "
                    "size than the template allows: %1"
                ).replace("%1", names)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- output ----------------------------------------------------------------------------

    def print_batch(self) -> None:
        """The PC's print dialog, with this PC's calibration; then the sheets the printer took
        are recorded. A printer that fails records nothing."""
        settings = Preferences(self.ctx.services.paths.data_dir / "ui.ini").settings
        calibration = printing.load_calibration(settings)
        try:
            job = printing.choose_printer_and_print(
                self, self.printed.pdf, calibration, self.copies.value()
            )
        except UserError as error:
            self.ctx.show_error(self.tr("Printing"), error)
            return
        if job is None:
            return
        batch = self.printed.batch.only(job.pages)
        services = self.ctx.services
        destination = self.tr("Printer: %1").replace("%1", job.printer)
        self.ctx.runner.run(
            lambda: services.certificates.record(batch, job.copies, destination),
            self._recorded,
            self._failed,
        )

    def save_pdf(self) -> None:
        path = self.ctx.prompts.save_file(
            self.tr("Save the certificates as PDF"),
            self.ctx.services.paths.data_dir / self.file_name,
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        target: Path = ensure_suffix(path, ".pdf")
        services, printed = self.ctx.services, self.printed
        self.ctx.runner.run(
            lambda: services.certificates.save_pdf(printed, target),
            lambda changes: (self._recorded(changes), self.ctx.prompts.open_file(target)),
            self._failed,
        )

    def _recorded(self, changes: object) -> None:
        self.recorded = True
        self.ctx.events.publish(changes)  # type: ignore[arg-type]
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.ctx.show_error(self.tr("Certificates"), error)
