"""Key/value business settings stored as JSON in the database."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from xhht_desktop.storage.orm import Setting


def get_setting(s: Session, key: str, default: Any = None) -> Any:
    row = s.get(Setting, key)
    return default if row is None else json.loads(row.value)


def put_setting(s: Session, key: str, value: Any) -> None:
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
