"""What the record editors share: errors under fields, saving off the GUI thread, and not
losing what was typed when the window is closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from xhht_desktop.domain.validation import Issue
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.services.changes import Changes
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.messages import user_message
from xhht_desktop.ui.widgets.field_error import ERROR_STYLE, FieldError, with_error


class EditorDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: int | None = None
        self.saved_id: int | None = None
        self._dirty = False
        self._errors: dict[str, FieldError] = {}
        self.banner = QLabel(wordWrap=True)
        self.banner.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.banner.hide()

    def field(self, name: str, widget: QWidget) -> QWidget:
        """`widget` with its error line under it, known by `name` (an Issue's field)."""
        box, self._errors[name] = with_error(widget)
        return box

    def mark_changed(self, *_args: Any) -> None:
        self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def show_issues(self, issues: list[Issue], *, focus: bool = True) -> None:
        """Each field's first issue under it, the count in the banner; the first field with an
        issue takes the focus unless `focus` is False (checking while the user types)."""
        shown: dict[str, str] = {}
        for issue in issues:
            shown.setdefault(issue.field, user_message(issue.code, issue.params))
        for name, label in self._errors.items():
            label.show_error(shown.get(name, ""))
        self.banner.setText(
            QCoreApplication.translate(
                "EditorDialog", "Please correct the %1 marked field(s) before saving."
            ).replace("%1", str(len(shown)))
        )
        self.banner.setVisible(bool(shown))
        first = next((self._errors[i.field] for i in issues if i.field in self._errors), None)
        if first is not None and focus:
            first.field.setFocus()

    def save_with(self, save: Callable[[], tuple[int, Changes]]) -> None:
        """Run `save` on the database thread; close on success, show what is wrong if not."""

        def saved(result: tuple[int, Changes]) -> None:
            self.saved_id, changes = result
            self._dirty = False
            self.ctx.events.publish(changes)
            self.accept()

        def failed(error: UserError) -> None:
            if isinstance(error, ValidationFailed):
                self.show_issues(error.issues)
            else:
                self.ctx.show_error(self.windowTitle(), error)

        self.ctx.runner.run(save, saved, failed)

    def save(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self._dirty:
            answer = self.ctx.prompts.ask_save(
                QCoreApplication.translate("EditorDialog", "Unsaved changes"),
                QCoreApplication.translate(
                    "EditorDialog", "There are changes that are not saved. Save them?"
                ),
            )
            if answer == "save":
                self.save()
                return
            if answer == "cancel":
                return
        self._dirty = False
        super().reject()
