"""Save a list as an Excel file: ask where, write on the database thread, then open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from xhht_desktop.ui.context import UiContext


def export_to_excel(
    ctx: UiContext, title: str, suggested_name: str, write: Callable[[Path], object]
) -> None:
    """`write(path)` runs on the worker thread; an error is shown under `title`."""
    path = ctx.prompts.save_file(
        QCoreApplication.translate("ExcelExport", "Save as an Excel file"),
        ctx.services.paths.data_dir / suggested_name,
        QCoreApplication.translate("ExcelExport", "Excel files (*.xlsx)"),
    )
    if path is None:
        return
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    target = path
    ctx.runner.run(
        lambda: write(target),
        lambda _written: ctx.prompts.open_file(target),
        lambda error: ctx.show_error(title, error),
    )
