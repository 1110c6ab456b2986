"""Giấy công nhận: the recognised (or commended) of a year, their certificates' numbers, and
printing them in one batch; the template, the register, voiding, checking a certificate."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.certificates import CertificateKind, Recipient, SheetState
from xhht_desktop.domain.criteria import Model
from xhht_desktop.errors import UserError
from xhht_desktop.services.certificates import MODELS, Printed
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.services.cycle_documents import MODEL_SLUGS, date_text
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.excel import export_to_excel
from xhht_desktop.ui.labels import model_label
from xhht_desktop.ui.preferences import Preferences
from xhht_desktop.ui.prompts import ensure_suffix
from xhht_desktop.ui.widgets.combo import enum_data
from xhht_desktop.ui.widgets.record_table import record_table

YEARS_BACK = 5
ALL = ""


class CertificatesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Recipient] = []
        self.year, self.kind, self.model, self.group = (QComboBox() for _ in range(4))
        this_year = dt.date.today().year
        for year in range(this_year, this_year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        self.year_label, self.kind_label, self.model_label, self.group_label = (
            QLabel() for _ in range(4)
        )
        choose = QHBoxLayout()
        for label, combo in (
            (self.year_label, self.year),
            (self.kind_label, self.kind),
            (self.model_label, self.model),
            (self.group_label, self.group),
        ):
            label.setBuddy(combo)
            choose.addWidget(label)
            choose.addWidget(combo)
        choose.addStretch(1)
        self.summary = QLabel(wordWrap=True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.print_button = QPushButton()
        self.only_new = QCheckBox()
        self.template_button = QPushButton()
        self.register_button = QPushButton()
        self.register_menu = QMenu(self.register_button)
        self.register_pdf = self.register_menu.addAction("")
        self.register_excel = self.register_menu.addAction("")
        self.register_menu.addSeparator()
        self.void_action = self.register_menu.addAction("")
        self.register_button.setMenu(self.register_menu)
        self.verify_button = QPushButton()
        self.calibrate_button = QPushButton()
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.only_new)
        actions.addStretch(1)
        for button in (
            self.template_button,
            self.register_button,
            self.verify_button,
            self.calibrate_button,
        ):
            actions.addWidget(button)
        self.table = record_table(6, many=True)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        for combo in (self.year, self.kind, self.model, self.group):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.print_button.clicked.connect(self.preview)
        self.template_button.clicked.connect(self.edit_template)
        self.register_pdf.triggered.connect(self.print_register)
        self.register_excel.triggered.connect(self.export_register)
        self.void_action.triggered.connect(self.void_selected)
        self.verify_button.clicked.connect(self.verify)
        self.calibrate_button.clicked.connect(self.calibrate)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ctx.events.changed.connect(self._on_changed)
        self.retranslate()
        self._fill_groups()
        self.reload()

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.kind_label.setText(self.tr("&Certificate:"))
        self.model_label.setText(self.tr("&Model:"))
        self.group_label.setText(self.tr("&Tổ:"))
        self._refill(
            self.kind,
            [
                (self.tr("Recognition (giấy công nhận)"), CertificateKind.RECOGNITION),
                (self.tr("Commendation (giấy khen)"), CertificateKind.COMMENDATION),
            ],
        )
        self._refill(
            self.model,
            [(self.tr("Every model"), ALL), *((model_label(m), m) for m in MODELS)],
        )
        self.only_new.setText(self.tr("Only those without a &number yet"))
        self.template_button.setText(self.tr("T&emplate…"))
        self.register_button.setText(self.tr("&Register"))
        self.register_pdf.setText(self.tr("Print the register (PDF)…"))
        self.register_excel.setText(self.tr("Export the register to Excel…"))
        self.void_action.setText(self.tr("Void the selected certificate…"))
        self.verify_button.setText(self.tr("C&heck a certificate…"))
        self.calibrate_button.setText(self.tr("Printer ca&libration…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Recipient"),
                self.tr("Tổ"),
                self.tr("Model"),
                self.tr("Decision"),
                self.tr("Number"),
                self.tr("In the register"),
            ]
        )
        self._fill()

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _fill_groups(self) -> None:
        inst = self.ctx.services.installation.get()
        groups = list(inst.groups) if inst else []
        items: list[tuple[str, object]] = [(self.tr("Every tổ"), ALL)]
        self._refill(self.group, [*items, *((g, g) for g in groups)])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- loading ---------------------------------------------------------------------------

    def current_year(self) -> int:
        return int(self.year.currentData())

    def current_kind(self) -> CertificateKind:
        return enum_data(self.kind, CertificateKind, CertificateKind.RECOGNITION)

    def current_models(self) -> list[Model]:
        data = self.model.currentData()
        return list(MODELS) if data in (None, ALL) else [Model(data)]

    def reload(self) -> None:
        year, kind, models = (
            int(self.year.currentData()),
            self.current_kind(),
            self.current_models(),
        )
        group = self.group.currentData() or ALL
        certificates = self.ctx.services.certificates

        def load() -> list[Recipient]:
            found = [r for m in models for r in certificates.recipients(year, m, kind)]
            return [r for r in found if not group or r.group == group]

        self.ctx.runner.run(load, self._loaded, self._show_error)

    def _loaded(self, rows: list[Recipient]) -> None:
        self.rows = rows
        self._fill()

    def _state_text(self, r: Recipient) -> str:
        if r.state is SheetState.VOID:
            return self.tr("Voided: printing takes a new number")
        if r.state is SheetState.ISSUED:
            return self.tr("Printed (%1×)").replace("%1", str(r.prints))
        return self.tr("Not printed yet")

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for index, r in enumerate(self.rows):
            decision = r.decision_number
            if r.decision_date:
                decision += f" ({date_text(r.decision_date)})"
            cells = (r.name, r.group, model_label(r.model), decision, r.number, self._state_text(r))
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        printed = sum(r.state is SheetState.ISSUED for r in self.rows)
        self.summary.setText(
            self.tr("%1 can have a certificate · %2 printed · %3 without a number yet")
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(printed))
            .replace("%3", str(len(self.rows) - printed))
        )
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if Kind.INSTALLATION in changes.kinds:
            self._fill_groups()
        if changes.kinds & {Kind.CERTIFICATES, Kind.EVALUATION, Kind.HOUSEHOLD, Kind.INSTALLATION}:
            self.reload()

    def selected(self) -> list[Recipient]:
        rows = sorted({i.row() for i in self.table.selectedItems()})
        return [self.rows[i] for i in rows if i < len(self.rows)]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        count = len(chosen) or len(self.rows)
        text = self.tr("&Preview and print the chosen (%1)…") if chosen else None
        text = text or self.tr("&Preview and print all (%1)…")
        self.print_button.setText(text.replace("%1", str(count)))
        self.print_button.setEnabled(bool(self.rows))
        self.void_action.setEnabled(len(chosen) == 1 and chosen[0].state is SheetState.ISSUED)

    # ---- printing --------------------------------------------------------------------------

    def preview(self) -> None:
        year, kind, models = (
            int(self.year.currentData()),
            self.current_kind(),
            self.current_models(),
        )
        chosen = self.selected()
        ids = [r.registration_id for r in chosen] if chosen else None
        group = "" if chosen else (self.group.currentData() or ALL)
        only_new = self.only_new.isChecked()
        certificates = self.ctx.services.certificates

        def make() -> Printed:
            batch = certificates.plan(
                year, kind, models, registration_ids=ids, group=group, only_new=only_new
            )
            return certificates.render(batch)

        self.ctx.runner.run(make, self._show_batch, self._show_error)

    def _show_batch(self, printed: Printed) -> None:
        from xhht_desktop.ui.dialogs.certificate_batch import CertificateBatchDialog

        if not printed.batch.sheets:
            self.ctx.prompts.info(
                self.tr("Certificates"), self.tr("Every certificate chosen is printed already.")
            )
            return
        models = self.current_models()
        slug = MODEL_SLUGS[models[0]] if len(models) == 1 else "tat-ca"
        name = self.tr("certificates-%1-%2.pdf").replace("%1", str(printed.batch.year))
        self.last_batch = CertificateBatchDialog(self.ctx, printed, name.replace("%2", slug), self)
        self.last_batch.exec()

    # ---- the template, the register, checks ------------------------------------------------

    def edit_template(self) -> None:
        from xhht_desktop.ui.dialogs.certificate_template import CertificateTemplateDialog

        chosen = self.selected()
        models = self.current_models()
        model = chosen[0].model if chosen else models[0]
        year = int(self.year.currentData())
        CertificateTemplateDialog(self.ctx, model, self.current_kind(), year, self).exec()

    def print_register(self) -> None:
        year, services = int(self.year.currentData()), self.ctx.services
        path = self.ctx.prompts.save_file(
            self.tr("Save the register as PDF"),
            services.paths.data_dir / self.tr("register-%1.pdf").replace("%1", str(year)),
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        target = ensure_suffix(path, ".pdf")
        self.ctx.runner.run(
            lambda: services.certificates.register_document(year).write(target),
            self.ctx.prompts.open_file,
            self._show_error,
        )

    def export_register(self) -> None:
        year, services = int(self.year.currentData()), self.ctx.services
        export_to_excel(
            self.ctx,
            self,
            self.tr("Certificates"),
            self.tr("register-%1.xlsx").replace("%1", str(year)),
            lambda path, _progress: services.certificates.export_register(year, path),
        )

    def void_selected(self) -> None:
        from xhht_desktop.ui.dialogs.certificate_checks import VoidDialog

        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].certificate_id is None:
            return
        year = int(self.year.currentData())
        entry = next(
            (
                e
                for e in self.ctx.services.certificates.register(year)
                if e.id == chosen[0].certificate_id
            ),
            None,
        )
        if entry is not None:
            VoidDialog(self.ctx, entry, self).exec()

    def verify(self) -> None:
        from xhht_desktop.ui.dialogs.certificate_checks import VerifyDialog

        VerifyDialog(self.ctx, self).exec()

    def calibrate(self) -> None:
        from xhht_desktop.ui import printing

        settings = Preferences(self.ctx.services.paths.data_dir / "ui.ini").settings

        def test_page(calibration: printing.Calibration) -> None:
            texts = printing.CalibrationTexts(
                self.tr("Printer calibration page"),
                (
                    self.tr("1. Measure the long side of the rectangle: it should be 100 mm."),
                    self.tr("2. Measure from the paper's left and top edges to the first cross."),
                    self.tr("3. Enter the differences from 20 mm in the calibration window."),
                ),
            )
            try:
                printing.choose_printer_and_print(
                    self, printing.calibration_test_page(texts), calibration
                )
            except UserError as error:
                self.ctx.show_error(self.tr("Printing"), error)

        printing.PrinterCalibrationDialog(settings, test_page, self).exec()

    def _show_error(self, error: UserError) -> None:
        self.ctx.show_error(self.tr("Certificates"), error)
