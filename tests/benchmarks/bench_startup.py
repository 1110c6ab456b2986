"""startup: process start to main window shown, on 100,000 households and 400,000 persons.

ours     = `xhht-desktop --db FILE` (the real entry point, with its data folder and lock)
baseline = a bare PySide6 QMainWindow shown by a five-line script
Each is a fresh process; the median of several runs is reported. Target: ratio <= 1.5.
Also printed: when the first rows of the register are on screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from _data import ensure_database, median

RUNS = 7

BASELINE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); window = QMainWindow(); window.show()
QTimer.singleShot(0, lambda: (print(f"SHOWN {time.time():.6f}", flush=True), app.quit()))
app.exec()
"""

OURS = """
import sys, time
from PySide6.QtCore import QTimer
from xhht_desktop import app as xapp

original_start = xapp.DesktopApp.start

def start(self):
    original_start(self)
    QTimer.singleShot(0, lambda: print(f"SHOWN {time.time():.6f}", flush=True))
    timer = QTimer(self.window, interval=5)

    def rows_on_screen():
        page = self.window.pages.get("households")
        if page is not None and page.model.rowCount() > 0:
            print(f"ROWS {time.time():.6f}", flush=True)
            timer.stop()
            self.qt_app.quit()

    timer.timeout.connect(rows_on_screen)
    timer.start()

xapp.DesktopApp.start = start
sys.exit(xapp.main(["--db", sys.argv[1]]))
"""


def run(code: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    marks = {}
    for line in out.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("SHOWN", "ROWS"):
            marks[name] = float(stamp) - started
    return marks


def main() -> None:
    paths = ensure_database()
    run(BASELINE)  # warm the file cache for both
    run(OURS, str(paths.db_path))
    base, ours, rows = [], [], []
    for _ in range(RUNS):
        base.append(run(BASELINE)["SHOWN"])
        marks = run(OURS, str(paths.db_path))
        ours.append(marks["SHOWN"])
        rows.append(marks["ROWS"])
    o, b = median(ours), median(base)
    print(f"first rows of the register on screen: median {median(rows):.3f} s")
    print(f"startup: ours={o:.3f} baseline={b:.3f} ratio={o / b:.2f}")


if __name__ == "__main__":
    main()
