"""Turn error and issue codes into words in the current language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xhht_desktop.errors import UserError
from xhht_desktop.messages import CONTEXT, MESSAGES, render


def user_message(code: str, params: dict[str, object] | None = None) -> str:
    params = dict(params or {})
    params.setdefault("detail", code)
    source = MESSAGES.get(code, MESSAGES["error"])
    return render(QCoreApplication.translate(CONTEXT, source), params)


def error_message(error: UserError) -> str:
    return user_message(error.code, error.params)
