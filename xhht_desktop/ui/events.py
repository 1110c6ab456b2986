"""Re-emits what services changed so each page refreshes only what it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from xhht_desktop.services.changes import Changes


class EventHub(QObject):
    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        self.changed.emit(changes)
