"""The bundled list of administrative units in force since 1 July 2025 (QĐ 19/2025/QĐ-TTg)."""

from __future__ import annotations

import json
from functools import cached_property
from importlib.resources import files

from xhht_desktop.domain.entities import AdminUnit

GAZETTEER_FILE = "vn_admin_units_2025-07-01.json"


class Gazetteer:
    """Provinces and communes with official codes. Codes are reused across reforms, so every
    stored code goes with `version`."""

    def __init__(self, data: dict | None = None) -> None:
        self._data = data

    @cached_property
    def _loaded(self) -> dict:
        if self._data is not None:
            return self._data
        path = files("xhht_desktop.resources") / "admin_units" / GAZETTEER_FILE
        return json.loads(path.read_text(encoding="utf-8"))

    @property
    def version(self) -> str:
        return str(self._loaded["version"])

    @cached_property
    def _provinces(self) -> dict[str, AdminUnit]:
        return {
            p["code"]: AdminUnit(p["code"], p["name"], p["kind"]) for p in self._loaded["provinces"]
        }

    @cached_property
    def _communes(self) -> dict[str, AdminUnit]:
        return {
            c["code"]: AdminUnit(c["code"], c["name"], c["kind"], p["code"])
            for p in self._loaded["provinces"]
            for c in p["communes"]
        }

    def provinces(self) -> list[AdminUnit]:
        return list(self._provinces.values())

    def communes(self, province_code: str) -> list[AdminUnit]:
        return [c for c in self._communes.values() if c.parent_code == province_code]

    def province(self, code: str) -> AdminUnit | None:
        return self._provinces.get(code)

    def commune(self, code: str) -> AdminUnit | None:
        return self._communes.get(code)
