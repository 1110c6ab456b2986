"""Enums in combo boxes: Qt hands StrEnum data back as plain str, so convert it back."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

E = TypeVar("E", bound=StrEnum)


def enum_data(combo: QComboBox, enum: type[E], default: E | None = None) -> E | None:
    value = combo.currentData()
    if value is None:
        return default
    try:
        return enum(value)
    except ValueError:
        return default
