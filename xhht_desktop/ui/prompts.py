"""The one seam for confirmations and messages, so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Prompts:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def confirm(self, title: str, text: str, *, default_yes: bool = False) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.parent,
        )
        box.setDefaultButton(
            QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
        )
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_save(self, title: str, text: str) -> str:
        """'save', 'discard' or 'cancel' for a window closed with unsaved changes."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, self.parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)
