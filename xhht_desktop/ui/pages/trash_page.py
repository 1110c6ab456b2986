"""Thùng rác: households and members moved to the trash, with restore. Nothing is erased."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.dates import format_date, format_local_datetime
from xhht_desktop.domain.entities import ActivityFilter
from xhht_desktop.errors import UserError
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.services.households import TrashEntry
from xhht_desktop.ui.context import UiContext


class TrashPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.events = ctx.services, ctx.runner, ctx.events
        self.entries: list[TrashEntry] = []
        self.intro = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        for column, width in enumerate((140, 240, 330)):
            self.table.setColumnWidth(column, width)
        self.restore_button = QPushButton()
        bar = QHBoxLayout()
        bar.addStretch()
        bar.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        ctx.events.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Households, members, activities, clans and units moved to the trash stay here "
                "and can be restored. Nothing is erased."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("Address / household"),
                self.tr("Moved to trash"),
            ]
        )
        self.restore_button.setText(self.tr("&Restore"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & {Kind.HOUSEHOLD, Kind.ACTIVITY, Kind.CLAN, Kind.UNIT}:
            self.reload()

    def reload(self) -> None:
        households, activities = self.services.households, self.services.activities
        groups = self.services.groups

        def load() -> list[TrashEntry]:
            entries = households.trash()
            entries += [
                TrashEntry(
                    "activity",
                    row.id,
                    row.title,
                    f"{format_date(row.start_date)} · {row.type_name}",
                    row.deleted_at,
                )
                for row in activities.list(ActivityFilter(deleted=True))
                if row.deleted_at is not None
            ]
            entries += [
                TrashEntry("clan", row.id, row.name, row.head_name, row.deleted_at)
                for row in groups.clans(deleted=True)
                if row.deleted_at is not None
            ]
            entries += [
                TrashEntry("unit", row.id, row.name, row.address, row.deleted_at)
                for row in groups.units(deleted=True)
                if row.deleted_at is not None
            ]
            return sorted(entries, key=lambda e: e.deleted_at, reverse=True)

        self.runner.run(load, self._loaded, self._show_error)

    def _loaded(self, entries: list[TrashEntry]) -> None:
        self.entries = entries
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            kind = {
                "household": self.tr("Household"),
                "person": self.tr("Member"),
                "activity": self.tr("Activity"),
                "clan": self.tr("Clan"),
                "unit": self.tr("Unit"),
            }[entry.kind]
            detail = (
                self.tr("household of %1").replace("%1", entry.detail)
                if entry.kind == "person"
                else entry.detail
            )
            for column, text in enumerate(
                (kind, entry.name, detail, format_local_datetime(entry.deleted_at))
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, column, item)
        self._update_button()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems()))

    def restore_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if not rows:
            return
        entry = self.entries[min(rows)]
        action = {
            "household": self.services.households.restore,
            "person": self.services.households.restore_person,
            "activity": self.services.activities.restore,
            "clan": lambda clan_id: self.services.groups.delete_clan(clan_id, restore=True),
            "unit": lambda unit_id: self.services.groups.delete_unit(unit_id, restore=True),
        }[entry.kind]
        self.runner.run(lambda: action(entry.id), self.events.publish, self._show_error)

    def _show_error(self, error: UserError) -> None:
        self.ctx.show_error(self.tr("Trash"), error)
