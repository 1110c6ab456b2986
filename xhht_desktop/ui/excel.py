"""Save a list as an Excel file: ask where, write on the database thread with a progress
dialog that can cancel, then open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from xhht_desktop.errors import UserError
from xhht_desktop.services.progress import Cancelled, Progress
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.prompts import ensure_suffix
from xhht_desktop.ui.tasks import TaskProgress

SHOW_AFTER_MS = 500  # a list of a few hundred rows is written before anything shows


def export_to_excel(
    ctx: UiContext,
    parent: QWidget,
    title: str,
    suggested_name: str,
    write: Callable[[Path, Progress], object],
) -> None:
    """`write(path, progress)` runs on the worker thread; an error is shown under `title`,
    a cancel leaves nothing behind and says nothing."""
    path = ctx.prompts.save_file(
        QCoreApplication.translate("ExcelExport", "Save as an Excel file"),
        ctx.services.paths.data_dir / suggested_name,
        QCoreApplication.translate("ExcelExport", "Excel files (*.xlsx)"),
    )
    if path is None:
        return
    target = ensure_suffix(path, ".xlsx")
    progress = TaskProgress()
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(
        QCoreApplication.translate("ExcelExport", "Writing %1…").replace("%1", target.name)
    )
    dialog.setRange(0, 0)  # busy until the first report gives the total
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)

    def reported(done: int, total: int) -> None:
        if total > 0:
            dialog.setRange(0, total)
        dialog.setValue(done)

    progress.reported.connect(reported)
    dialog.canceled.connect(progress.cancel)

    def written(_result: object) -> None:
        dialog.reset()
        ctx.prompts.open_file(target)

    def failed(error: UserError) -> None:
        dialog.reset()
        if not isinstance(error, Cancelled):
            ctx.show_error(title, error)

    ctx.runner.run(lambda: write(target, progress), written, failed)
