"""Log to a rotating file in the data folder, so a volunteer can send it when asked."""

from __future__ import annotations

import logging
from pathlib import Path

_handler: logging.Handler | None = None  # logging is process-wide: one file at a time


def setup_logging(logs_dir: Path, level: int = logging.INFO) -> Path:
    """Send the log to `logs_dir/xhht.log` (replacing an earlier folder of this process)."""
    from logging.handlers import RotatingFileHandler  # after the window is up

    global _handler
    shutdown_logging()
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / "xhht.log"
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    _handler = handler
    return path


def shutdown_logging() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
