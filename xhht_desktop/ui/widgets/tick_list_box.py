"""Tick records quickly: filter by tổ, search by name, tick or untick everything shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
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

from xhht_desktop.ui.models.tick_list import TickFilter, TickListModel, TickRow

FILTER_DELAY_MS = 150


class TickListBox(QWidget):
    changed = Signal()  # the ticked set changed

    def __init__(
        self,
        rows: Sequence[TickRow],
        context: str,
        headers: Sequence[str],
        groups: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = TickListModel(rows, set(), context, headers, self)
        self.filtered = TickFilter(self)
        self.filtered.setSourceModel(self.model)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.group = QComboBox()
        self.group.addItem("", None)
        for group in groups:
            self.group.addItem(group, group)
        self.tick_all, self.untick_all = QPushButton(), QPushButton()
        self.table = QTableView()
        self.table.setModel(self.filtered)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.group, 1)
        bar.addWidget(self.tick_all)
        bar.addWidget(self.untick_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.apply_filter)
        self.group.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.tick_all.clicked.connect(lambda: self.tick_shown(True))
        self.untick_all.clicked.connect(lambda: self.tick_shown(False))
        self.table.activated.connect(self._toggle)
        self.model.dataChanged.connect(lambda *_: self._ticked())
        self.model.modelReset.connect(self._ticked)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a name — accents not needed"))
        self.group.setItemText(0, self.tr("All tổ"))
        self.tick_all.setText(self.tr("Tick &all shown"))
        self.untick_all.setText(self.tr("&Untick all shown"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def checked(self) -> set[int]:
        return self.model.checked

    def set_checked(self, ids: set[int]) -> None:
        self.model.set_all_checked(ids)

    def apply_filter(self) -> None:
        self.filtered.set_filter(self.search.text(), self.group.currentData())

    def tick_shown(self, checked: bool) -> None:
        self.model.set_checked(self.filtered.visible_rows(), checked)

    def _toggle(self, index: QModelIndex) -> None:
        self.model.toggle(self.filtered.mapToSource(index).row())

    def _ticked(self) -> None:
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 ticked").replace("%1", str(len(self.model.checked))))
