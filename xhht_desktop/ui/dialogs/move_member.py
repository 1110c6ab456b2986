"""Pick the household a member moves to, by searching the register."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.entities import HouseholdFilter
from xhht_desktop.services.context import Services

RESULTS = 50


class MoveMemberDialog(QDialog):
    def __init__(
        self,
        services: Services,
        member_name: str,
        from_household: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.from_household = from_household
        self.setWindowTitle(self.tr("Move %1 to another household").replace("%1", member_name))
        self.setMinimumSize(560, 420)
        self.prompt = QLabel(self.tr("Find the household by the head's name, address or phone:"))
        self.search = QLineEdit(clearButtonEnabled=True)
        self.prompt.setBuddy(self.search)
        self.results = QListWidget()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.results.currentRowChanged.connect(lambda _r: self._update_ok())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()

    def _find(self) -> None:
        # A page of 50 rows by an indexed search takes milliseconds: fine on the GUI thread.
        rows = self.services.households.search(
            HouseholdFilter(text=self.search.text()), limit=RESULTS
        )
        self.results.clear()
        for row in rows:
            if row.id == self.from_household:
                continue
            item = QListWidgetItem(f"{row.head_name} — {row.address}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.results.currentItem() is not None
        )

    def ask(self) -> int | None:
        """The chosen household's id, or None if cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted or self.results.currentItem() is None:
            return None
        return int(self.results.currentItem().data(Qt.ItemDataRole.UserRole))
