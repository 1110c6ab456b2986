"""A red line of text under a field saying what is wrong with it, hidden when all is well."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"
INVALID_FIELD_STYLE = "border: 1px solid #b00020;"


class FieldError(QLabel):
    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self.field.setStyleSheet(INVALID_FIELD_STYLE if text else "")
        self.field.setToolTip(text)
        self.field.setAccessibleDescription(text)

    def clear_error(self) -> None:
        self.show_error("")


def with_error(widget: QWidget) -> tuple[QWidget, FieldError]:
    """`widget` above its error line, in a box that stays at the top of its form row."""
    error = FieldError(widget)
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    layout.addStretch(1)
    return box, error
