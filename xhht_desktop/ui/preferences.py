"""Per-PC interface preferences (language, text size, window layout) in an INI file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from xhht_desktop.ui.i18n import LANGUAGES, VIETNAMESE

DEFAULT_POINT_SIZE = 11  # larger than Qt's default: many users are older volunteers
MIN_POINT_SIZE, MAX_POINT_SIZE = 9, 20


class Preferences:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._settings.value("ui/language", VIETNAMESE))
        return value if value in LANGUAGES else VIETNAMESE

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def point_size(self) -> int:
        try:
            value = int(self._settings.value("ui/point_size", DEFAULT_POINT_SIZE))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            value = DEFAULT_POINT_SIZE
        return max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, value))

    @point_size.setter
    def point_size(self, value: int) -> None:
        self._settings.setValue("ui/point_size", max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, value)))

    def state(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"state/{key}", value)

    @property
    def settings(self) -> QSettings:
        """The INI file itself, for settings kept by their own modules (printer calibration)."""
        return self._settings

    def sync(self) -> None:
        self._settings.sync()
