"""A page listing records of one kind: search, new, open, move to the trash."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.errors import UserError
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.widgets.record_table import record_table

SEARCH_DELAY_MS = 200
# Texts of this base class use its own translation context, not the subclass's (self.tr).


class RecordListPage(QWidget):
    """Subclasses say what a row shows and how to load, open and trash one."""

    kind: Kind

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Any] = []
        self.add_button, self.edit_button, self.delete_button = (QPushButton() for _ in "abc")
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch()
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 1)
        self.table = record_table(len(self.headers()), None)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.reload)
        self.add_button.clicked.connect(lambda: self.open_record(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ctx.events.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    # ---- what subclasses say ------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cells(self, row: Any) -> Sequence[str]:
        raise NotImplementedError

    def load(self, text: str) -> list[Any]:
        raise NotImplementedError

    def open_record(self, record_id: int | None) -> None:
        raise NotImplementedError

    def trash(self, record_id: int) -> Changes:
        raise NotImplementedError

    def texts(self) -> dict[str, str]:
        """new, title (of the page), search, trash_question (with %1), summary (with %1)."""
        raise NotImplementedError

    # ---- the page -----------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = self.texts()
        self.add_button.setText(texts["new"])
        self.edit_button.setText(QCoreApplication.translate("RecordListPage", "&Open"))
        self.delete_button.setText(QCoreApplication.translate("RecordListPage", "Move to &trash"))
        self.search_label.setText(QCoreApplication.translate("RecordListPage", "&Search:"))
        self.search.setPlaceholderText(texts["search"])
        self.table.setHorizontalHeaderLabels(list(self.headers()))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        text = self.search.text()
        self.ctx.runner.run(lambda: self.load(text), self._loaded, self._show_error)

    def _loaded(self, rows: list[Any]) -> None:
        selected = self.selected_id()
        self.rows = rows
        self._fill()
        for index, row in enumerate(rows):
            if row.id == selected:
                self.table.selectRow(index)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            for column, text in enumerate(self.cells(row)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.summary.setText(self.texts()["summary"].replace("%1", str(len(self.rows))))
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if self.kind in changes.kinds or Kind.HOUSEHOLD in changes.kinds:
            self.reload()

    def selected_id(self) -> int | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.rows[min(rows)].id if rows and min(rows) < len(self.rows) else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.open_record(record_id)

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        name = next(r.name for r in self.rows if r.id == record_id)
        question = self.texts()["trash_question"].replace("%1", name)
        if self.ctx.prompts.confirm(
            QCoreApplication.translate("RecordListPage", "Move to trash"), question
        ):
            self.ctx.runner.run(
                lambda: self.trash(record_id), self.ctx.events.publish, self._show_error
            )

    def _show_error(self, error: UserError) -> None:
        self.ctx.show_error(self.texts()["title"], error)
