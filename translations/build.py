"""Translation workflow: `python -m xhht_desktop.translations.build [update|release|check]`.

update   collect the strings of every module into translations/xhht_vi.ts (keeps translations)
release  compile each .ts next to itself as .qm (the .qm files are committed, so an install
         needs no Qt tools; a test proves they match their sources)
check    exit 1 if a committed .qm differs from what its .ts compiles to, or is unfinished
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "xhht_desktop"
if not PACKAGE.is_dir():  # installed: the package is the parent folder itself
    PACKAGE = HERE.parent
SOURCES = ("xhht_vi.ts", "qtbase_vi.ts")


def _tool(name: str) -> str:
    """The Qt tool installed with PySide6, next to the running Python."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def update() -> None:
    files = sorted(str(p) for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(HERE / "xhht_vi.ts"),
        ],
        check=True,
    )


def compile_to(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-fail-on-unfinished", "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )


def release() -> None:
    for name in SOURCES:
        compile_to(HERE / name, (HERE / name).with_suffix(".qm"))


def check() -> int:
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in SOURCES:
            built = Path(tmp) / Path(name).with_suffix(".qm").name
            compile_to(HERE / name, built)
            committed = (HERE / name).with_suffix(".qm")
            if not committed.exists() or not filecmp.cmp(built, committed, shallow=False):
                stale.append(committed.name)
    for name in stale:
        print(f"{name} is out of date: run `python -m xhht_desktop.translations.build release`")
    return 1 if stale else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "release"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        raise SystemExit(check())
    else:
        raise SystemExit(__doc__)
