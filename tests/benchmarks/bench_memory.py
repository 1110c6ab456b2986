"""memory: open the app on 100,000 households and scroll through the whole list.

Rows are fetched in pages and old pages forgotten, so the peak stays bounded.
Target: peak resident memory within 250 MB. Last line: `memory: ours=<MB>`.
"""

from __future__ import annotations

import os
import resource
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _data import ensure_database
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

from xhht_desktop import app as xapp


def main() -> None:
    paths = ensure_database()
    qt_app = QApplication(sys.argv[:1])
    desktop = xapp.DesktopApp(qt_app, paths, demo=False)
    desktop.window.resize(1280, 800)
    desktop.start()
    state = {"row": 0}

    def scroll() -> None:
        page = desktop.window.pages.get("households")
        if page is None or page.model.rowCount() == 0:
            return
        table, model = page.table, page.model
        step = max(1, table.viewport().height() // table.rowHeight(0))
        table.scrollTo(model.index(state["row"], 0), QAbstractItemView.ScrollHint.PositionAtTop)
        state["row"] += step
        if state["row"] >= model.rowCount():
            state["rows"] = model.rowCount()
            qt_app.quit()

    timer = QTimer(interval=0)
    timer.timeout.connect(scroll)
    timer.start()
    qt_app.exec()
    desktop.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"scrolled through {state.get('rows', 0):,} households")
    print(f"memory: ours={peak_mb:.0f}")


if __name__ == "__main__":
    main()
