"""The editable list of kinds of activity: add, rename, retire (never delete: records use them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.entities import ActivityType
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.services.changes import Changes
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.messages import user_message


class ActivityTypesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumSize(520, 420)
        self.intro = QLabel(wordWrap=True)
        self.list = QListWidget()
        self.add_button, self.rename_button, self.retire_button = (QPushButton() for _ in "abc")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.close_box)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.close_box.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kinds of activity"))
        self.intro.setText(
            self.tr(
                "Kinds in use stay in the records; a kind no longer used "
                "can be retired, and brought back later."
            )
        )
        self.add_button.setText(self.tr("&Add…"))
        self.rename_button.setText(self.tr("&Rename…"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        self.ctx.runner.run(
            lambda: self.ctx.services.activities.types(include_retired=True), self._loaded
        )

    def _loaded(self, kinds: list[ActivityType]) -> None:
        current = self.current()
        self.list.clear()
        for kind in kinds:
            text = (
                kind.name if not kind.retired else self.tr("%1 (retired)").replace("%1", kind.name)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.list.addItem(item)
            if current is not None and kind.id == current.id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def current(self) -> ActivityType | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        kind = self.current()
        self.rename_button.setEnabled(kind is not None)
        self.retire_button.setEnabled(kind is not None)
        self.retire_button.setText(
            self.tr("Bring &back") if kind is not None and kind.retired else self.tr("Re&tire")
        )

    def ask_name(self, title: str, name: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Name:"), text=name)
        return text if ok else None

    def add(self) -> None:
        name = self.ask_name(self.tr("New kind of activity"))
        if name is not None:
            self._save(ActivityType(None, name))

    def rename(self) -> None:
        kind = self.current()
        if kind is not None and (name := self.ask_name(self.tr("Rename"), kind.name)):
            self._save(ActivityType(kind.id, name, kind.retired))

    def toggle_retired(self) -> None:
        kind = self.current()
        if kind is not None:
            self._save(ActivityType(kind.id, kind.name, not kind.retired))

    def _save(self, kind: ActivityType) -> None:
        activities = self.ctx.services.activities

        def saved(result: tuple[int, Changes]) -> None:
            self.ctx.events.publish(result[1])
            self.reload()

        def failed(error: UserError) -> None:
            if isinstance(error, ValidationFailed) and error.issues:
                issue = error.issues[0]
                self.ctx.prompts.error(self.windowTitle(), user_message(issue.code, issue.params))
            else:
                self.ctx.show_error(self.windowTitle(), error)

        self.ctx.runner.run(lambda: activities.save_type(kind), saved, failed)
