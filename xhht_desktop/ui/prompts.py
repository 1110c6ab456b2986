"""The one seam for confirmations and messages, so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Where to save a file (the PC's own dialog), or None if cancelled."""
        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), file_filter)
        return Path(name) if name else None

    def open_path(self, title: str, file_filter: str) -> Path | None:
        """A file to read (the PC's own dialog), or None if cancelled."""
        name, _ = QFileDialog.getOpenFileName(self.parent, title, "", file_filter)
        return Path(name) if name else None

    def choose_folder(self, title: str, suggested: Path) -> Path | None:
        """A folder to write into (the PC's own dialog), or None if cancelled."""
        name = QFileDialog.getExistingDirectory(self.parent, title, str(suggested))
        return Path(name) if name else None

    def open_file(self, path: Path) -> None:
        """Show a file in the PC's own viewer (a PDF in the PDF reader)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)


def ensure_suffix(path: Path, suffix: str) -> Path:
    """`path` ending in `suffix` (".pdf"), which the file dialogs do not always add."""
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)
