"""Turn error and issue codes into words in the current language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from xhht_desktop.errors import UserError
from xhht_desktop.messages import CONTEXT, MESSAGES, render


def format_points(value: Decimal) -> str:
    """7.5 as the language writes it: "7,5" in Vietnamese, "7.5" in English."""
    return f"{value.normalize():f}".replace(".", QLocale().decimalPoint())


def user_message(code: str, params: dict[str, object] | None = None) -> str:
    params = {
        name: format_points(value) if isinstance(value, Decimal) else value
        for name, value in (params or {}).items()
    }
    params.setdefault("detail", code)
    source = MESSAGES.get(code, MESSAGES["error"])
    return render(QCoreApplication.translate(CONTEXT, source), params)


def error_message(error: UserError) -> str:
    return user_message(error.code, error.params)
