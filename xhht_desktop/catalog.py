"""Message translation without Qt, for the command line: reads the same .ts sources."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache
from importlib.resources import files

from xhht_desktop.messages import CONTEXT, MESSAGES, render


@cache
def _translations(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    path = files("xhht_desktop.translations") / f"xhht_{language}.ts"
    if not path.is_file():
        return {}
    root = ET.fromstring(path.read_bytes())
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if (
                source
                and translation is not None
                and translation.text
                and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            ):
                found[source] = translation.text
    return found


def cli_language() -> str:
    """Vietnamese unless XHHT_LANG (or LANGUAGE/LANG) asks for English."""
    for var in ("XHHT_LANG", "LANGUAGE", "LC_ALL", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "vi"
    return "vi"


def message(code: str, params: dict[str, object] | None = None, language: str = "vi") -> str:
    source = MESSAGES.get(code, MESSAGES["error"])
    params = dict(params or {})
    params.setdefault("detail", code)
    text = _translations(language).get(source, source)
    return render(text, params)
