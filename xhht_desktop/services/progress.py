"""How long work reports progress and learns it was cancelled, without knowing about Qt."""

from __future__ import annotations

from typing import Protocol

from xhht_desktop.errors import UserError


class Progress(Protocol):
    def report(self, done: int, total: int) -> None: ...

    @property
    def cancelled(self) -> bool: ...


class NoProgress:
    """For callers that do not watch: never cancelled."""

    cancelled = False

    def report(self, done: int, total: int) -> None:
        pass


class Cancelled(UserError):
    """Raised by long work when its Progress says stop; the work says what was kept."""

    code = "cancelled"
