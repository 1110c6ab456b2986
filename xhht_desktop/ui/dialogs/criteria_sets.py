"""Bộ tiêu chí: the criteria sets of this installation — copy, edit, put in force,
retire, and hand them on as files. A set already used to score is history: copy it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.criteria import CriteriaSet, Criterion, Model, Rule, Status
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.services.changes import Changes
from xhht_desktop.services.criteria_sets import CriteriaSetRow
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.criteria_editor import CriteriaSetEditor
from xhht_desktop.ui.labels import model_label
from xhht_desktop.ui.messages import user_message
from xhht_desktop.ui.widgets.record_table import record_table


class CriteriaSetsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CriteriaSetRow] = []
        self.setMinimumSize(860, 480)
        self.intro = QLabel(wordWrap=True)
        self.table = record_table(6)
        self.buttons = [QPushButton() for _ in range(7)]
        (
            self.new_button,
            self.copy_button,
            self.details_button,
            self.in_force_button,
            self.retire_button,
            self.export_button,
            self.import_button,
        ) = self.buttons
        self.new_menu = QMenu(self.new_button)
        self.new_actions = {model: self.new_menu.addAction("") for model in Model}
        for model, action in self.new_actions.items():
            action.triggered.connect(lambda _c=False, m=model: self.new_set(m))
        self.new_button.setMenu(self.new_menu)
        grid = QGridLayout()
        for index, button in enumerate(self.buttons):
            grid.addWidget(button, index // 4, index % 4)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addWidget(close)
        self.copy_button.clicked.connect(self.copy)
        self.details_button.clicked.connect(self.edit_details)
        self.in_force_button.clicked.connect(lambda: self.set_status(Status.IN_FORCE))
        self.retire_button.clicked.connect(lambda: self.set_status(Status.RETIRED))
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_file)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Criteria sets"))
        self.intro.setText(
            self.tr(
                "A set used to score is kept as it was: to change it, copy it and change the copy. "
                "Sample sets (marked *) must be confirmed by the association before they are put "
                "in force."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Model"),
                self.tr("Version"),
                self.tr("Years"),
                self.tr("Status"),
                self.tr("Used"),
            ]
        )
        for button, text in zip(
            self.buttons,
            (
                self.tr("&New"),
                self.tr("&Copy"),
                self.tr("&Edit…"),
                self.tr("Put in &force"),
                self.tr("&Retire"),
                self.tr("&Export to file…"),
                self.tr("&Import from file…"),
            ),
            strict=True,
        ):
            button.setText(text)
        for model, action in self.new_actions.items():
            action.setText(model_label(model))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        self.ctx.runner.run(self.ctx.services.criteria.list, self._loaded, self._show_error)

    def _loaded(self, rows: list[CriteriaSetRow]) -> None:
        selected = self.selected()
        self.rows = rows
        self._fill()
        for index, row in enumerate(rows):
            if selected is not None and row.id == selected.id:
                self.table.selectRow(index)

    def _fill(self) -> None:
        statuses = {
            Status.DRAFT: self.tr("draft"),
            Status.IN_FORCE: self.tr("in force"),
            Status.RETIRED: self.tr("retired"),
        }
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            years = f"{row.first_year}–{row.last_year or ''}"
            cells = (
                row.title + (" *" if row.sample else ""),
                model_label(row.model),
                str(row.version),
                years,
                statuses[row.status],
                self.tr("yes") if row.used else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected(self) -> CriteriaSetRow | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.rows[min(rows)] if rows and min(rows) < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.copy_button, self.export_button):
            button.setEnabled(row is not None)
        self.details_button.setEnabled(
            row is not None and not row.used and row.status is not Status.RETIRED
        )
        self.in_force_button.setEnabled(row is not None and row.status is Status.DRAFT)
        self.retire_button.setEnabled(row is not None and row.status is not Status.RETIRED)

    # ---- actions --------------------------------------------------------------------
    def _run(self, work: object) -> None:
        def done(result: object) -> None:
            changes = result[1] if isinstance(result, tuple) else result
            if isinstance(changes, Changes):
                self.ctx.events.publish(changes)
            self.reload()

        self.ctx.runner.run(work, done, self._show_error)  # type: ignore[arg-type]

    def copy(self) -> None:
        row = self.selected()
        if row is not None:
            criteria = self.ctx.services.criteria
            self._run(lambda: criteria.copy(row.id))

    def new_set(self, model: Model) -> None:
        """An empty set of `model` for this year, with one item to start from."""
        taken = {r.key for r in self.rows}
        key = next(k for n in range(1, 1000) if (k := f"{model.value}-{n}") not in taken)
        year = dt.date.today().year
        start = Criterion("1", "", Decimal(10))
        self._edit(CriteriaSet(key, 1, model, "", (start,), Rule(), year), None)

    def edit_details(self) -> None:
        row = self.selected()
        if row is not None:
            self._edit(self.ctx.services.criteria.get(row.id), row.id)

    def _edit(self, criteria_set: CriteriaSet, set_id: int | None) -> None:
        criteria = self.ctx.services.criteria
        dialog = CriteriaSetEditor(criteria_set, self)
        # A modal form that stays open until its values are valid: the save (one small row)
        # runs inline so the form can show what is wrong.
        while dialog.exec():
            try:
                _set_id, changes = criteria.save(dialog.value(), set_id)
            except ValidationFailed as exc:
                dialog.error.setText("\n".join(user_message(i.code, i.params) for i in exc.issues))
                continue
            except UserError as exc:
                self._show_error(exc)
                return
            self.ctx.events.publish(changes)
            self.reload()
            return

    def set_status(self, status: Status) -> None:
        row = self.selected()
        if row is not None:
            criteria = self.ctx.services.criteria
            self._run(lambda: criteria.set_status(row.id, status))

    def export(self) -> None:
        row = self.selected()
        if row is None:
            return
        suggested = self.ctx.services.paths.data_dir / f"{row.key}-v{row.version}.json"
        path = self.ctx.prompts.save_file(
            self.tr("Export criteria set"), suggested, self.tr("Criteria sets (*.json)")
        )
        if path is not None:
            criteria = self.ctx.services.criteria
            self._run(lambda: criteria.export(row.id, path))

    def import_file(self) -> None:
        path = self.ctx.prompts.open_path(
            self.tr("Import criteria set"), self.tr("Criteria sets (*.json)")
        )
        if path is not None:
            criteria = self.ctx.services.criteria
            self._run(lambda: criteria.import_file(Path(path)))

    def _show_error(self, error: UserError) -> None:
        if isinstance(error, ValidationFailed) and error.issues:
            self.ctx.prompts.error(
                self.windowTitle(), "\n".join(user_message(i.code, i.params) for i in error.issues)
            )
        else:
            self.ctx.show_error(self.windowTitle(), error)
