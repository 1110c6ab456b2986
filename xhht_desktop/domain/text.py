"""Text normalisation (NFC) and accent-insensitive folding for search and sorting."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# NFD does not decompose đ/Đ (it is a letter of its own), so map it by hand.
_D_MAP = str.maketrans({"đ": "d", "Đ": "d"})


def nfc(text: str | None) -> str:
    """Return `text` as NFC with surrounding blanks stripped and inner runs of blanks single."""
    if not text:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def nfc_multiline(text: str | None) -> str:
    """NFC for free text (notes): keep line breaks, strip each line's trailing blanks."""
    if not text:
        return ""
    lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def fold(text: str | None) -> str:
    """Accent- and case-insensitive key: "Nguyễn Thị Hồng" and "NGUYEN thi hong" fold alike."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", bare.casefold()).strip()


_WORD = re.compile(r"[^\W_]+")


def search_terms(query: str | None) -> list[str]:
    """The folded words of a query, in order, once each. Punctuation separates words, as in
    the search index, so "12/3", "0903-123-456" and '"hong"' mean what they look like."""
    return list(dict.fromkeys(_WORD.findall(fold(query))))


def digits_only(text: str | None) -> str:
    return "".join(ch for ch in (text or "") if ch.isdigit())


def title_case_name(name: str) -> str:
    """'nguyễn  thị HỒNG' -> 'Nguyễn Thị Hồng' (how names are written in Vietnamese)."""
    return " ".join(word[:1].upper() + word[1:].lower() for word in nfc(name).split(" "))


# A spreadsheet runs a cell typed with one of these first as a formula (or DDE).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)
