"""The register as a tick list: who attended an activity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from xhht_desktop.domain.entities import PersonPick
from xhht_desktop.domain.text import fold, search_terms

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("PeoplePicker", "Full name"),
    QT_TRANSLATE_NOOP("PeoplePicker", "Born"),
    QT_TRANSLATE_NOOP("PeoplePicker", "Household of"),
    QT_TRANSLATE_NOOP("PeoplePicker", "Tổ"),
)


class PeoplePickerModel(QAbstractTableModel):
    """Every person of the register with a check box; `checked` is the set of ticked ids."""

    def __init__(self, people: list[PersonPick], checked: set[int], parent: Any = None) -> None:
        super().__init__(parent)
        self.people = people
        self.checked = set(checked)
        self._keys = [fold(f"{p.full_name} {p.head_name}") for p in people]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (person.full_name, str(person.birth_year or ""), person.head_name, person.group)[
                column
            ]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if person.id in self.checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        person = self.people[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(person.id)
        else:
            self.checked.discard(person.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
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
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("PeoplePicker", HEADERS[section])
        return None

    def matches(self, row: int, words: list[str], group: str | None) -> bool:
        if group is not None and self.people[row].group != group:
            return False
        return all(word in self._keys[row] for word in words)

    def set_checked(self, rows: list[int], checked: bool) -> None:
        for row in rows:
            person_id = self.people[row].id
            if checked:
                self.checked.add(person_id)
            else:
                self.checked.discard(person_id)
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), 0), [Qt.ItemDataRole.CheckStateRole]
            )


class PeopleFilter(QSortFilterProxyModel):
    """Shows the people of one tổ and/or matching the typed words (accents ignored)."""

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
        return isinstance(model, PeoplePickerModel) and model.matches(row, self._words, self._group)

    def visible_rows(self) -> list[int]:
        return [self.mapToSource(self.index(r, 0)).row() for r in range(self.rowCount())]
