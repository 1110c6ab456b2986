"""A tick list over records of the register: who attended, which households are in a clan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from xhht_desktop.domain.text import fold, search_terms

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class TickRow:
    id: int
    cells: tuple[str, ...]
    group: str  # the tổ, for the filter
    key: str = ""  # folded text the search looks in (all cells when empty)


class TickListModel(QAbstractTableModel):
    """Rows with a check box in the first column; `checked` holds the ticked ids."""

    def __init__(
        self,
        rows: Sequence[TickRow],
        checked: set[int],
        context: str,
        headers: Sequence[str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.rows = list(rows)
        self.checked = set(checked)
        self._context, self._headers = context, tuple(headers)
        self._keys = [row.key or fold(" ".join(row.cells)) for row in self.rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() < len(row.cells):
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        self.set_checked([index.row()], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return QCoreApplication.translate(self._context, self._headers[section])
        return None

    def matches(self, row: int, words: list[str], group: str | None) -> bool:
        if group is not None and self.rows[row].group != group:
            return False
        return all(word in self._keys[row] for word in words)

    def set_checked(self, rows: list[int], checked: bool) -> None:
        for row in rows:
            (self.checked.add if checked else self.checked.discard)(self.rows[row].id)
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), 0), [Qt.ItemDataRole.CheckStateRole]
            )

    def toggle(self, row: int) -> None:
        self.set_checked([row], self.rows[row].id not in self.checked)

    def set_all_checked(self, ids: set[int]) -> None:
        self.beginResetModel()
        self.checked = set(ids)
        self.endResetModel()


class TickFilter(QSortFilterProxyModel):
    """Shows the rows of one tổ and/or matching the typed words (accents ignored)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._group: str | None = None

    def set_filter(self, text: str, group: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._words, self._group = search_terms(text), group
            self.endFilterChange()
        else:
            self._words, self._group = search_terms(text), group
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        return isinstance(model, TickListModel) and model.matches(row, self._words, self._group)

    def visible_rows(self) -> list[int]:
        return [self.mapToSource(self.index(r, 0)).row() for r in range(self.rowCount())]
