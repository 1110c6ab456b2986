"""Hoạt động: the branch's learning activities by year, with who attended."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.dates import format_date
from xhht_desktop.domain.entities import ActivityFilter, ActivityRow
from xhht_desktop.errors import UserError
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.excel import export_to_excel
from xhht_desktop.ui.widgets.record_table import record_table

SEARCH_DELAY_MS = 200
ATTENDED = 5  # the column of the attendance counts, right-aligned


class ActivitiesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ActivityRow] = []
        self._build_ui()
        self._connect()
        self.retranslate()
        self.reload_filters()

    def _build_ui(self) -> None:
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.types_button = QPushButton()
        self.excel_button = QPushButton()
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.excel_button)
        actions.addWidget(self.types_button)
        self.year = QComboBox()
        self.kind = QComboBox()
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.year, 1)
        bar.addWidget(self.kind, 2)
        self.table = record_table(6, 2)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.reload)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_button.clicked.connect(lambda: self.open_activity(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.types_button.clicked.connect(self.edit_types)
        self.excel_button.clicked.connect(self.export_excel)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.ctx.events.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&New activity"))
        self.edit_button.setText(self.tr("&Open"))
        self.delete_button.setText(self.tr("Move to &trash"))
        self.types_button.setText(self.tr("&Kinds of activity…"))
        self.excel_button.setText(self.tr("E&xport to Excel…"))
        self.excel_button.setToolTip(self.tr("The activities shown, as an Excel workbook"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Title — accents not needed"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Place"),
                self.tr("Unit"),
                self.tr("Attended"),
            ]
        )
        if self.year.count():
            self.year.setItemText(0, self.tr("All years"))
        if self.kind.count():
            self.kind.setItemText(0, self.tr("All kinds"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- loading ----------------------------------------------------------------------
    def reload_filters(self) -> None:
        activities = self.ctx.services.activities

        def load() -> tuple[list[int], list]:
            return activities.years(), activities.types(include_retired=True)

        self.ctx.runner.run(load, self._filters_loaded, self._show_error)

    def _filters_loaded(self, result: tuple[list[int], list]) -> None:
        years, kinds = result
        this_year = dt.date.today().year
        years = sorted(set(years) | {this_year}, reverse=True)
        current_year = self.year.currentData() if self.year.count() else this_year
        current_kind = self.kind.currentData()
        for combo in (self.year, self.kind):
            combo.blockSignals(True)
            combo.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in years:
            self.year.addItem(str(year), year)
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in kinds:
            self.kind.addItem(kind.name, kind.id)
        self.year.setCurrentIndex(max(0, self.year.findData(current_year)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(current_kind)))
        for combo in (self.year, self.kind):
            combo.blockSignals(False)
        self.reload()

    def current_filter(self) -> ActivityFilter:
        year, kind = self.year.currentData(), self.kind.currentData()
        return ActivityFilter(
            year=int(year) if year is not None else None,
            type_id=int(kind) if kind is not None else None,
            text=self.search.text(),
        )

    def reload(self) -> None:
        flt, activities = self.current_filter(), self.ctx.services.activities
        self.ctx.runner.run(lambda: activities.list(flt), self._loaded, self._show_error)

    def _loaded(self, rows: list[ActivityRow]) -> None:
        selected = self.selected_id()
        self.rows = rows
        self._fill()
        for row, activity in enumerate(rows):
            if activity.id == selected:
                self.table.selectRow(row)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for row, activity in enumerate(self.rows):
            when = format_date(activity.start_date)
            if activity.end_date and activity.end_date != activity.start_date:
                when += f" – {format_date(activity.end_date)}"
            attended = str(activity.attendees)
            if activity.outside_attendees:
                attended += f" + {activity.outside_attendees}"
            for column, text in enumerate(
                (
                    when,
                    activity.type_name,
                    activity.title,
                    activity.place,
                    activity.unit_name,
                    attended,
                )
            ):
                item = QTableWidgetItem(text)
                if column == ATTENDED:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        people = sum(r.attendees + r.outside_attendees for r in self.rows)
        self.summary.setText(
            self.tr("%1 activities, %2 attendances")
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(people))
        )
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if Kind.ACTIVITY in changes.kinds:
            self.reload_filters()

    # ---- actions ------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.rows[min(rows)].id if rows and min(rows) < len(self.rows) else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def edit_selected(self) -> None:
        activity_id = self.selected_id()
        if activity_id is not None:
            self.open_activity(activity_id)

    def open_activity(self, activity_id: int | None) -> None:
        from xhht_desktop.domain.entities import ActivityDraft
        from xhht_desktop.ui.dialogs.activity_editor import ActivityEditor

        services = self.ctx.services
        groups = list(services.installation.require().groups)
        editor = ActivityEditor(
            self.ctx,
            services.activities.types(),
            services.activities.people(),
            groups,
            self,
            units=services.groups.units(),
        )
        if activity_id is None:
            year = self.year.currentData()
            today = dt.date.today()
            start = today if year in (None, today.year) else dt.date(int(year), 1, 1)
            kind = self.kind.currentData()
            editor.load(ActivityDraft(type_id=kind, title="", start_date=start))
        else:
            editor.load(services.activities.get(activity_id))
        editor.exec()

    def delete_selected(self) -> None:
        activity_id = self.selected_id()
        if activity_id is None:
            return
        title = next(r.title for r in self.rows if r.id == activity_id)
        question = self.tr(
            'Move the activity "%1" to the trash?\nYou can restore it from the Trash page.'
        ).replace("%1", title)
        if not self.ctx.prompts.confirm(self.tr("Move to trash"), question):
            return
        activities = self.ctx.services.activities
        self.ctx.runner.run(
            lambda: activities.delete(activity_id), self.ctx.events.publish, self._show_error
        )

    def edit_types(self) -> None:
        from xhht_desktop.ui.dialogs.activity_types import ActivityTypesDialog

        ActivityTypesDialog(self.ctx, self).exec()

    def export_excel(self) -> None:
        flt, services = self.current_filter(), self.ctx.services
        export_to_excel(
            self.ctx,
            self,
            self.tr("Activities"),
            self.tr("activities.xlsx"),
            lambda path, progress: services.excel.activities(flt, path, progress=progress),
        )

    def _show_error(self, error: UserError) -> None:
        self.ctx.show_error(self.tr("Activities"), error)
