"""Lock the app when nobody has used it for a while (a shared PC left open in the office).

`IdleLock` watches every key, mouse and touch event of the application (an event filter on the
QApplication) and restarts its timer on each one. When the timer runs out it stops and emits
`locked`: the composition root then logs the user out and asks for the password again over the
main window. Editor windows stay open behind (their drafts are kept on disk anyway). Nothing is
watched again until `unlock()`.

How long to wait is a setting of this PC (minutes, in the Preferences INI file).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal

from xhht_desktop.services.accounts import DEFAULT_IDLE_MINUTES

SETTINGS_KEY = "security/idle_minutes"
MIN_MINUTES, MAX_MINUTES = 1, 240
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,  # Vietnamese typed through an input method
    }
)


def clamp_minutes(minutes: int) -> int:
    return max(MIN_MINUTES, min(MAX_MINUTES, int(minutes)))


def stored_minutes(settings: QSettings) -> int:
    """The minutes this PC waits before locking (DEFAULT_IDLE_MINUTES unless changed)."""
    try:
        value = int(settings.value(SETTINGS_KEY, DEFAULT_IDLE_MINUTES))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        value = DEFAULT_IDLE_MINUTES
    return clamp_minutes(value)


def store_minutes(settings: QSettings, minutes: int) -> int:
    """Keep `minutes` (clamped to 1…240) for this PC; returns what was stored."""
    minutes = clamp_minutes(minutes)
    settings.setValue(SETTINGS_KEY, minutes)
    return minutes


class IdleLock(QObject):
    """Emits `locked` once after `minutes` without a key press or mouse use."""

    locked = Signal()

    def __init__(
        self,
        minutes: int = DEFAULT_IDLE_MINUTES,
        parent: QObject | None = None,
        app: QCoreApplication | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app or QCoreApplication.instance()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self._watching = False
        self.is_locked = False
        self.set_minutes(minutes)

    # ---- settings ---------------------------------------------------------------------
    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(clamp_minutes(minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """The wait in milliseconds (tests use a few dozen); the count starts again."""
        self._timer.setInterval(max(1, int(ms)))
        if self._timer.isActive():
            self._timer.start()

    # ---- watching ---------------------------------------------------------------------
    def start(self) -> None:
        """Watch the application's input from now on (again after `stop`)."""
        if not self._watching and self._app is not None:
            self._app.installEventFilter(self)
            self._watching = True
        self.is_locked = False
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (the app is closing)."""
        if self._watching and self._app is not None:
            self._app.removeEventFilter(self)
        self._watching = False
        self._timer.stop()

    def hold(self) -> None:
        """The app is locked by other means ("Switch user"): stop counting until `unlock`."""
        self.is_locked = True
        self._timer.stop()

    def unlock(self) -> None:
        """Someone logged in again: count from now."""
        self.is_locked = False
        if self._watching:
            self._timer.start()

    def reset(self) -> None:
        """Activity: count from now (what every key press and mouse use does)."""
        if self._watching and not self.is_locked:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked:
            self._timer.start()
        return False  # only watching: every event goes on to its widget

    def _expired(self) -> None:
        if self.is_locked or not self._watching:
            return
        self.is_locked = True
        self.locked.emit()
