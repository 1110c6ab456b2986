"""Hộ gia đình: the household register with search as you type, filters and the editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.entities import (
    EconomicStatus,
    HouseholdDraft,
    HouseholdFilter,
    PersonDraft,
    Relation,
    SortColumn,
)
from xhht_desktop.domain.search import natural_key
from xhht_desktop.errors import UserError
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.events import EventHub
from xhht_desktop.ui.excel import export_to_excel
from xhht_desktop.ui.labels import status_label
from xhht_desktop.ui.models.household_table import HouseholdTableModel
from xhht_desktop.ui.prompts import ensure_suffix
from xhht_desktop.ui.widgets.combo import enum_data

SEARCH_DELAY_MS = 200
COLUMN_CHARS = (26, 38, 10, 14, 18)  # width of each column but the last, in characters


class HouseholdsPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        open_editor: Callable[[int | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.prompts = ctx.services, ctx.runner, ctx.prompts
        self._open_editor = open_editor
        self._events = ctx.events
        self._sort = (SortColumn.HEAD, False)
        self._generation = 0  # answers to older queries are dropped
        self._total = 0
        self._wanted: int | None = None  # to select once the list in progress arrives
        self.model = HouseholdTableModel(ctx.services.households.rows, self)
        self._build_ui()
        self._connect(ctx.events)
        self.retranslate()
        self.reload_filters()

    def _build_ui(self) -> None:
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 30)
        self.group_filter = QComboBox()
        self.status_filter = QComboBox()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.print_button = QPushButton()
        self.excel_button = QPushButton()
        self.import_button = QPushButton()
        self.count_label = QLabel()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)

        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch()
        actions.addWidget(self.print_button)
        actions.addWidget(self.excel_button)
        actions.addWidget(self.import_button)
        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.group_filter, 1)
        bar.addWidget(self.status_filter, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_to_font()
        self.table.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search, self.group_filter)
        self.setTabOrder(self.group_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.table)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)

    def _connect(self, events: EventHub) -> None:
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.reload)
        self.group_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_button.clicked.connect(lambda: self._open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button.clicked.connect(self.print_list)
        self.excel_button.clicked.connect(self.export_excel)
        self.import_button.clicked.connect(self.import_excel)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.model.sort_requested.connect(self._on_sort)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        events.changed.connect(self._on_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.focus_search)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name, address or phone — accents not needed"))
        self.add_button.setText(self.tr("&New household"))
        self.add_button.setToolTip(self.tr("Add a household (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Open"))
        self.edit_button.setToolTip(self.tr("Open the selected household (Enter)"))
        self.delete_button.setText(self.tr("Move to &trash"))
        self.delete_button.setToolTip(self.tr("Move the selected household to the trash (Del)"))
        self.print_button.setText(self.tr("&Print list…"))
        self.print_button.setToolTip(
            self.tr("A signed list of the households shown, as a PDF ready to print")
        )
        self.excel_button.setText(self.tr("E&xport to Excel…"))
        self.import_button.setText(self.tr("I&mport from Excel…"))
        self.import_button.setToolTip(
            self.tr(
                "Bring in a household list kept in Excel: columns are recognised, old "
                "Vietnamese fonts converted, and nothing is written before you confirm"
            )
        )
        self.excel_button.setToolTip(
            self.tr("The households shown, with every column, as an Excel workbook")
        )
        self._fill_status_filter()
        self._fill_group_filter(self._groups())
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_to_font()
        super().changeEvent(event)

    def _fit_to_font(self) -> None:
        """Column widths and row height follow the text size the user chose."""
        metrics = self.fontMetrics()  # the page has its new font first; the table after it
        for column, chars in enumerate(COLUMN_CHARS):
            self.table.setColumnWidth(column, metrics.averageCharWidth() * chars)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if key == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # filters
    def current_filter(self) -> HouseholdFilter:
        return HouseholdFilter(
            text=self.search.text(),
            group=self.group_filter.currentData(),
            economic_status=enum_data(self.status_filter, EconomicStatus),
        )

    def _fill_status_filter(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Any economic status"), None)
        for status in (EconomicStatus.POOR, EconomicStatus.NEAR_POOR, EconomicStatus.NONE):
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)

    def _groups(self) -> list[str]:
        return [self.group_filter.itemData(i) for i in range(1, self.group_filter.count())]

    def _fill_group_filter(self, groups: list[str]) -> None:
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All tổ"), None)
        for group in groups:
            self.group_filter.addItem(group, group)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(current)))
        self.group_filter.blockSignals(False)

    def reload_filters(self) -> None:
        services = self.services

        def load() -> list[str]:
            configured = list(services.installation.require().groups)
            in_use = services.households.groups()
            return configured + sorted((g for g in in_use if g not in configured), key=natural_key)

        self.runner.run(load, self._fill_group_filter, self._show_error)
        self.reload()

    # loading
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        flt, (sort, descending) = self.current_filter(), self._sort
        households = self.services.households

        def load() -> tuple[list[int], int]:
            ids = households.ids(flt, sort, descending)
            filtered = bool(flt.text.strip() or flt.group or flt.economic_status)
            return ids, households.count(HouseholdFilter()) if filtered else len(ids)

        def done(result: tuple[list[int], int]) -> None:
            if generation != self._generation:
                return
            ids, self._total = result
            selected = self._wanted if self._wanted is not None else self.selected_id()
            self._wanted = None
            self.model.set_ids(ids)
            self._reselect(selected)
            self._update_count()

        self.runner.run(load, done, self._show_error)

    def _on_sort(self, column: SortColumn, descending: bool) -> None:
        self._sort = (column, descending)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if Kind.INSTALLATION in changes.kinds:
            self.reload_filters()
        elif Kind.HOUSEHOLD in changes.kinds:
            self.model.refresh_rows()
            self.reload()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self._total and shown != self._total:
            text = (
                self.tr("%1 of %2 households")
                .replace("%1", f"{shown:,}")
                .replace("%2", f"{self._total:,}")
            )
        else:
            text = self.tr("%1 households").replace("%1", f"{shown:,}")
        self.count_label.setText(text.replace(",", "."))

    # selection and actions
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _reselect(self, household_id: int | None) -> None:
        row = self.model.row_of(household_id) if household_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def select_household(self, household_id: int) -> None:
        """Select it now, and again when a reload in progress brings the new list."""
        found = self.model.row_of(household_id) is not None
        self._wanted = None if found else household_id
        self._reselect(household_id)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def edit_selected(self) -> None:
        household_id = self.selected_id()
        if household_id is not None:
            self._open_editor(household_id)

    def delete_selected(self) -> None:
        household_id = self.selected_id()
        row = (
            self.model.household(self.model.row_of(household_id) or 0)
            if household_id is not None
            else None
        )
        if household_id is None or row is None:
            return
        question = self.tr(
            "Move the household of %1 to the trash?\nYou can restore it from the Trash page."
        ).replace("%1", row.head_name)
        if not self.prompts.confirm(self.tr("Move to trash"), question):
            return
        households = self.services.households
        self.runner.run(lambda: households.delete(household_id), self._publish, self._show_error)

    def print_list(self) -> None:
        flt = self.current_filter()
        suggested = self.services.paths.data_dir / self.tr("household-list.pdf")
        path = self.prompts.save_file(
            self.tr("Save the list as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        path = ensure_suffix(path, ".pdf")
        documents = self.services.documents
        self.runner.run(
            lambda: documents.write_household_list(flt, path),
            self.prompts.open_file,
            self._show_error,
        )

    def import_excel(self) -> None:
        from xhht_desktop.ui.dialogs.excel_import import ExcelImportDialog

        path = self.ctx.prompts.open_path(
            self.tr("Import households from Excel"), self.tr("Excel files (*.xlsx *.xls)")
        )
        if path is not None:
            ExcelImportDialog(self.ctx, path, self).exec()

    def export_excel(self) -> None:
        flt, (sort, descending) = self.current_filter(), self._sort
        services = self.services  # .excel imports openpyxl: on the worker thread
        export_to_excel(
            self.ctx,
            self,
            self.tr("Households"),
            self.tr("household-list.xlsx"),
            lambda path, progress: services.excel.households(
                flt, path, sort=sort, descending=descending, progress=progress
            ),
        )

    def _publish(self, changes: Changes) -> None:
        self._events.publish(changes)

    def _show_error(self, error: UserError) -> None:
        self.ctx.show_error(self.tr("Households"), error)


def new_household_draft(hamlet: str, group: str) -> HouseholdDraft:
    return HouseholdDraft(
        members=(PersonDraft(full_name="", relation=Relation.HEAD),), hamlet=hamlet, group=group
    )
