"""The household table: keeps only ids, fetches rows a page at a time and forgets old pages."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from xhht_desktop.domain.entities import EconomicStatus, HouseholdRow, SortColumn
from xhht_desktop.domain.validation import format_phone
from xhht_desktop.ui.labels import status_label

PAGE_SIZE = 200
MAX_PAGES = 25  # at most 5,000 rows in memory, whatever the size of the register
ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS: tuple[tuple[SortColumn, str], ...] = (
    (SortColumn.HEAD, QT_TRANSLATE_NOOP("HouseholdTable", "Head of household")),
    (SortColumn.ADDRESS, QT_TRANSLATE_NOOP("HouseholdTable", "Address")),
    (SortColumn.MEMBERS, QT_TRANSLATE_NOOP("HouseholdTable", "People")),
    (SortColumn.PHONE, QT_TRANSLATE_NOOP("HouseholdTable", "Phone")),
    (SortColumn.STATUS, QT_TRANSLATE_NOOP("HouseholdTable", "Economic status")),
    (SortColumn.NOTES, QT_TRANSLATE_NOOP("HouseholdTable", "Notes")),
)
Index = QModelIndex | QPersistentModelIndex


class HouseholdTableModel(QAbstractTableModel):
    sort_requested = Signal(object, bool)  # SortColumn, descending

    def __init__(
        self, fetch_rows: Callable[[Sequence[int]], list[HouseholdRow]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, HouseholdRow]] = OrderedDict()

    # data the page gives us
    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Forget cached rows (after an edit) without changing which rows are listed."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, household_id: int) -> int | None:
        try:
            return self._ids.index(household_id)
        except ValueError:
            return None

    def household(self, row: int) -> HouseholdRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        cached = self._pages.get(page)
        if cached is None:
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            cached = {r.id: r for r in self._fetch_rows(ids)}
            self._pages[page] = cached
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return cached.get(self._ids[row])

    # QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        row = self.household(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (SortColumn.NOTES, SortColumn.ADDRESS):
            return _display(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is SortColumn.MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return QCoreApplication.translate("HouseholdTable", COLUMNS[section][1])
            return None
        return section + 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)


def _display(row: HouseholdRow, column: SortColumn) -> str | int:
    if column is SortColumn.HEAD:
        return row.head_name
    if column is SortColumn.ADDRESS:
        return row.address
    if column is SortColumn.MEMBERS:
        return row.member_count
    if column is SortColumn.PHONE:
        return format_phone(row.phone)
    if column is SortColumn.STATUS:
        return (
            "" if row.economic_status is EconomicStatus.NONE else status_label(row.economic_status)
        )
    return row.notes.replace("\n", " ")
