"""Unsaved editor contents kept on disk, so a power cut or crash loses nothing typed."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in key)
        return self.folder / f"{safe}.json"

    def save(self, key: str, data: dict[str, Any]) -> None:
        """Write atomically: a crash mid-write leaves the previous draft, never half a file."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(key)
        partial = path.with_suffix(".part")
        payload = {"saved_at": dt.datetime.now().isoformat(timespec="seconds"), "data": data}
        with open(partial, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)

    def load(self, key: str) -> tuple[dict[str, Any], dt.datetime] | None:
        """The draft and when it was saved, or None (also for an unreadable file)."""
        path = self._path(key)
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            return payload["data"], dt.datetime.fromisoformat(payload["saved_at"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)
