"""Runs database work off the GUI thread and hands results back on it.

One worker thread for the database (SQLite writes are serial anyway) keeps the window
responsive; results and failures arrive on the GUI thread. In tests the runner is synchronous.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from xhht_desktop.errors import UserError

log = logging.getLogger(__name__)
BUSY_DELAY_MS = 500  # show progress only for work that takes longer than this

Done = Callable[[Any], None]
Failed = Callable[[UserError], None]


class TaskProgress(QObject):
    """The services' Progress, safe to call from the worker thread."""

    reported = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.reported.emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to here."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Done | None,
        on_error: Failed | None,
        unexpected: Callable[[BaseException], None],
        release: Callable[[], None],
    ) -> None:
        super().__init__()
        self._on_done, self._on_error = on_done, on_error
        self._unexpected, self._release = unexpected, release
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._release()
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._release()
        if isinstance(error, UserError) and self._on_error is not None:
            self._on_error(error)
        else:
            self._unexpected(error)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


class TaskRunner(QObject):
    """`run(fn, on_done, on_error)`: fn runs on the database thread."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        unexpected: Callable[[BaseException], None],
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._unexpected = unexpected
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[_Relay] = set()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(lambda: self.busy_changed.emit(True))

    def run(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        if self.synchronous:
            self._run_now(fn, on_done, on_error)
            return
        relay: _Relay

        def release() -> None:
            self._running.discard(relay)
            if not self._running:
                self._busy_timer.stop()
                self.busy_changed.emit(False)

        relay = _Relay(on_done, on_error, self._unexpected, release)
        self._running.add(relay)
        if not self._busy_timer.isActive():
            self._busy_timer.start()
        self._pool.start(_Job(fn, relay))

    def _run_now(
        self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None
    ) -> None:
        try:
            result = fn()
        except UserError as exc:
            if on_error is None:
                self._unexpected(exc)
            else:
                on_error(exc)
            return
        except Exception as exc:
            self._unexpected(exc)
            return
        if on_done is not None:
            on_done(result)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for queued work (used when closing the window)."""
        return self._pool.waitForDone(msecs)

    @property
    def idle(self) -> bool:
        return not self._running


def report_unexpected(error: BaseException) -> None:
    """Default for errors that are bugs: the global excepthook shows the crash dialog."""
    log.error("unexpected error in a task", exc_info=error)
    sys.excepthook(type(error), error, error.__traceback__)
