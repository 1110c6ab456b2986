"""The bundled Noto Serif family: registered once with reportlab, with its character coverage.

reportlab draws a missing character as an empty box without complaint, and it does no text
shaping, so combining marks (NFD input, as some Vietnamese IMEs type it) land in the wrong
place. Hence every string drawn goes through `nfc()`, and documents ask `missing_glyphs()`
before rendering.
"""

from __future__ import annotations

import io
import threading
import unicodedata
from collections.abc import Iterable
from importlib.resources import files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "NotoSerif"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
_FILES = {
    FAMILY: "NotoSerif-Regular.ttf",
    BOLD: "NotoSerif-Bold.ttf",
    ITALIC: "NotoSerif-Italic.ttf",
    BOLD_ITALIC: "NotoSerif-BoldItalic.ttf",
}

# Rendering runs on a thread pool: the first documents must not register the fonts twice.
_lock = threading.Lock()
# Line breaks and tabs are layout, never drawn; any other blank must be in the font.
_LAYOUT = frozenset("\t\n\r\x0b\x0c")
_coverage: frozenset[int] = frozenset()


def register_fonts() -> str:
    """Register the four styles and the family (so <b>/<i> work in paragraphs); return the
    family name. Cheap after the first call."""
    global _coverage
    with _lock:
        if not _coverage:
            folder = files("xhht_desktop.resources") / "fonts"
            maps = []
            for name, file in _FILES.items():
                font = TTFont(name, io.BytesIO((folder / file).read_bytes()))
                pdfmetrics.registerFont(font)
                maps.append(set(font.face.charToGlyph))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            # A character counts only if every style has it: any style may have to draw it.
            _coverage = frozenset(set.intersection(*maps))
    return FAMILY


def nfc(text: str | None) -> str:
    """The NFC form of `text`, as drawn: precomposed letters, so no mark is misplaced."""
    return unicodedata.normalize("NFC", text) if text else ""


def missing_glyphs(texts: str | Iterable[str]) -> list[str]:
    """The characters of `texts` (after NFC) that the family cannot draw, once each, in order of
    appearance. Tabs and line breaks are not drawn as glyphs and never count."""
    register_fonts()
    if isinstance(texts, str):
        texts = (texts,)
    missing: dict[str, None] = {}
    for text in texts:
        for ch in nfc(text):
            if ord(ch) not in _coverage and ch not in _LAYOUT:
                missing[ch] = None
    return list(missing)


def describe(chars: Iterable[str]) -> str:
    """'中 (U+4E2D), 😀 (U+1F600)': the code point shows what an invisible character is."""
    return ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars)
