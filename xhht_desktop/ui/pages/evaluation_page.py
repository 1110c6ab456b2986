"""Đánh giá: the year of one learning model — who registered, scores, review, recognition."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.evaluation import DashboardLine, RegistrationRow, Stage
from xhht_desktop.errors import UserError
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.excel import export_to_excel
from xhht_desktop.ui.labels import band_label, model_label, stage_label
from xhht_desktop.ui.messages import format_points
from xhht_desktop.ui.widgets.combo import enum_data
from xhht_desktop.ui.widgets.record_table import record_table

MODELS = (Model.FAMILY, Model.CLAN, Model.COMMUNITY, Model.UNIT)
YEARS_BACK = 5


class EvaluationPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[RegistrationRow] = []
        self.line: DashboardLine | None = None
        self.year = QComboBox()
        this_year = dt.date.today().year
        for year in range(this_year + 1, this_year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(this_year))
        self.model = QComboBox()
        self.year_label, self.model_label = QLabel(), QLabel()
        self.year_label.setBuddy(self.year)
        self.model_label.setBuddy(self.model)
        choose = QHBoxLayout()
        choose.addWidget(self.year_label)
        choose.addWidget(self.year)
        choose.addWidget(self.model_label)
        choose.addWidget(self.model, 1)
        self.summary = QLabel(wordWrap=True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.steps = [QPushButton() for _ in range(6)]
        self.sets_button = QPushButton()
        self.print_button = QPushButton()
        self.excel_button = QPushButton()
        self.excel_menu = QMenu(self.excel_button)
        self.excel_registrations = self.excel_menu.addAction("")
        self.excel_dashboard = self.excel_menu.addAction("")
        self.excel_button.setMenu(self.excel_menu)
        choose.addWidget(self.sets_button)
        choose.addWidget(self.print_button)
        choose.addWidget(self.excel_button)
        (
            self.register_button,
            self.score_button,
            self.review_button,
            self.decision_button,
            self.commend_button,
            self.unregister_button,
        ) = self.steps
        steps = QGridLayout()
        for index, button in enumerate(self.steps):
            steps.addWidget(button, 0, index)
        self.table = record_table(7)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addLayout(steps)
        layout.addWidget(self.table, 1)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.model.currentIndexChanged.connect(lambda _i: self.reload())
        self.register_button.clicked.connect(self.register)
        self.score_button.clicked.connect(self.score_selected)
        self.review_button.clicked.connect(self.review)
        self.decision_button.clicked.connect(self.decide)
        self.commend_button.clicked.connect(self.commend)
        self.unregister_button.clicked.connect(self.unregister_selected)
        self.sets_button.clicked.connect(self.criteria_sets)
        self.print_button.clicked.connect(self.print_documents)
        self.excel_registrations.triggered.connect(self.export_registrations)
        self.excel_dashboard.triggered.connect(self.export_dashboard)
        self.table.doubleClicked.connect(lambda _i: self.score_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ctx.events.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.model_label.setText(self.tr("&Model:"))
        self.sets_button.setText(self.tr("Criteria se&ts…"))
        self.print_button.setText(self.tr("&Print the year's documents…"))
        self.excel_button.setText(self.tr("E&xport to Excel"))
        self.excel_registrations.setText(self.tr("The registrations of this model…"))
        self.excel_dashboard.setText(self.tr("The year's figures for every model…"))
        self.print_button.setToolTip(
            self.tr(
                "Registration lists, minutes, proposal lists, decision annexes and the yearly "
                "report, as PDF files in a folder you choose"
            )
        )
        current = self.model.currentData()
        self.model.blockSignals(True)
        self.model.clear()
        for model in MODELS:
            self.model.addItem(model_label(model), model)
        self.model.setCurrentIndex(max(0, self.model.findData(current)))
        self.model.blockSignals(False)
        for button, text in zip(
            self.steps,
            (
                self.tr("1. &Register…"),
                self.tr("2. &Score…"),
                self.tr("3. Re&view meeting…"),
                self.tr("4. &Decision…"),
                self.tr("Co&mmend…"),
                self.tr("Un&register"),
            ),
            strict=True,
        ):
            button.setText(text)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Subject"),
                self.tr("Tổ"),
                self.tr("Stage"),
                self.tr("Total"),
                self.tr("Band"),
                self.tr("Meets the rule"),
                self.tr("Decision"),
            ]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- loading ----------------------------------------------------------------------
    def current(self) -> tuple[int, Model]:
        return int(self.year.currentData()), enum_data(self.model, Model, Model.FAMILY)

    def reload(self) -> None:
        (year, model), evaluation = self.current(), self.ctx.services.evaluation

        def load() -> tuple[list[RegistrationRow], DashboardLine | None]:
            line = next(
                (d for d in evaluation.dashboard(year, by_group=False) if d.model is model), None
            )
            return evaluation.registrations(year, model), line

        self.ctx.runner.run(load, self._loaded, self._show_error)

    def _loaded(self, result: tuple[list[RegistrationRow], DashboardLine | None]) -> None:
        self.rows, self.line = result
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            total = "" if row.total is None else format_points(row.total)
            met = "" if row.met is None else (self.tr("yes") if row.met else self.tr("no"))
            cells = (
                row.subject_name,
                row.group,
                stage_label(row.stage),
                total,
                band_label(row.band),
                met,
                row.decision_number or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(index, column, item)
        line = self.line
        if line is None:
            self.summary.clear()
        else:

            def part(count: int) -> str:
                share = line.share(count, line.subjects)
                return f"{count}" + (f" ({share:.0%})" if share is not None else "")

            self.summary.setText(
                self.tr(
                    "%1 subjects · registered %2 · scored %3 · proposed %4 · recognised %5 · "
                    "commended %6"
                )
                .replace("%1", str(line.subjects))
                .replace("%2", part(line.registered))
                .replace("%3", str(line.scored))
                .replace("%4", str(line.proposed))
                .replace("%5", part(line.recognised))
                .replace("%6", str(line.commended))
            )
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & {
            Kind.EVALUATION,
            Kind.HOUSEHOLD,
            Kind.CLAN,
            Kind.UNIT,
            Kind.INSTALLATION,
        }:
            self.reload()

    def selected(self) -> RegistrationRow | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.rows[min(rows)] if rows and min(rows) < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self.selected()
        stages = {r.stage for r in self.rows}
        self.score_button.setEnabled(row is not None)
        self.score_button.setText(
            self.tr("2. &Correct the score…")
            if row is not None and row.decision_number
            else self.tr("2. &Score…")
        )
        self.unregister_button.setEnabled(row is not None and row.decision_number is None)
        self.review_button.setEnabled(
            any(r.total is not None and r.decision_number is None for r in self.rows)
        )
        self.decision_button.setEnabled(Stage.PROPOSED in stages)
        self.commend_button.setEnabled(Stage.RECOGNISED in stages)

    # ---- the steps ----------------------------------------------------------------------
    def _groups(self) -> list[str]:
        return list(self.ctx.services.installation.require().groups)

    def register(self) -> None:
        from xhht_desktop.ui.dialogs.cycle_steps import RegisterDialog

        year, model = self.current()
        candidates = self.ctx.services.evaluation.candidates(year, model)
        if not candidates:
            self.ctx.prompts.info(
                self.tr("Registration"),
                self.tr("Everyone who can register for this model is registered already."),
            )
            return
        RegisterDialog(self.ctx, year, model, candidates, self._groups(), self).exec()

    def score_selected(self) -> None:
        from xhht_desktop.ui.dialogs.scoring_dialog import ScoringDialog

        row = self.selected()
        if row is None:
            return
        year, model = self.current()
        services = self.ctx.services
        sets = services.criteria.usable(model, year)
        set_id, sheet = services.evaluation.scored_sheet(row.id)
        dialog = ScoringDialog(self.ctx, row, sets, self)
        dialog.load(set_id, sheet)
        dialog.exec()

    def review(self) -> None:
        from xhht_desktop.ui.dialogs.cycle_steps import ReviewDialog

        year, model = self.current()
        scored = [r for r in self.rows if r.total is not None and r.decision_number is None]
        ReviewDialog(self.ctx, year, model, scored, self._groups(), self).exec()

    def decide(self) -> None:
        from xhht_desktop.ui.dialogs.cycle_steps import DecisionDialog

        year, model = self.current()
        proposed = [r for r in self.rows if r.stage is Stage.PROPOSED]
        DecisionDialog(self.ctx, year, model, proposed, self._groups(), self).exec()

    def commend(self) -> None:
        from xhht_desktop.ui.dialogs.cycle_steps import CommendationDialog

        year, model = self.current()
        recognised = [r for r in self.rows if r.stage is Stage.RECOGNISED]
        CommendationDialog(self.ctx, year, model, recognised, self._groups(), self).exec()

    def print_documents(self) -> None:
        year = self.current()[0]
        services = self.ctx.services
        folder = self.ctx.prompts.choose_folder(
            self.tr("Folder for the documents of %1").replace("%1", str(year)),
            services.paths.data_dir,
        )
        if folder is None:
            return
        target = folder / self.tr("documents-%1").replace("%1", str(year))

        def written(paths: list) -> None:
            if paths:
                self.ctx.prompts.open_file(target)
            else:
                self.ctx.prompts.info(
                    self.tr("Documents"),
                    self.tr("Nothing to print yet for %1: nobody has registered.").replace(
                        "%1", str(year)
                    ),
                )

        self.ctx.runner.run(
            lambda: services.cycle_documents.write_all(year, target), written, self._show_error
        )

    def criteria_sets(self) -> None:
        from xhht_desktop.ui.dialogs.criteria_sets import CriteriaSetsDialog

        CriteriaSetsDialog(self.ctx, self).exec()

    def unregister_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = (
            self.tr("Remove the registration of %1 for %2?")
            .replace("%1", row.subject_name)
            .replace("%2", str(row.year))
        )
        if self.ctx.prompts.confirm(self.tr("Unregister"), question):
            evaluation = self.ctx.services.evaluation
            self.ctx.runner.run(
                lambda: evaluation.unregister(row.id), self.ctx.events.publish, self._show_error
            )

    def export_registrations(self) -> None:
        (year, model), services = self.current(), self.ctx.services
        export_to_excel(
            self.ctx,
            self,
            self.tr("Evaluation"),
            self.tr("registrations-%1.xlsx").replace("%1", str(year)),
            lambda path, progress: services.excel.registrations(
                year, model, path, progress=progress
            ),
        )

    def export_dashboard(self) -> None:
        year, services = self.current()[0], self.ctx.services
        export_to_excel(
            self.ctx,
            self,
            self.tr("Evaluation"),
            self.tr("figures-%1.xlsx").replace("%1", str(year)),
            lambda path, progress: services.excel.dashboard(year, path, progress=progress),
        )

    def _show_error(self, error: UserError) -> None:
        self.ctx.show_error(self.tr("Evaluation"), error)
