"""What the search index holds for a household, and the keys lists are sorted by."""

from __future__ import annotations

import re
from collections.abc import Iterable

from xhht_desktop.domain.text import fold

PHONE_SUFFIX_MIN = 3
_DIGITS = re.compile(r"\d+")


def search_document(texts: Iterable[str], phone: str) -> str:
    """Folded words of the names and address, and the phone with every tail of it.

    The index matches the start of words, so "hong" finds "Hồng"; the tails let a phone be
    found from any digits in it: "123456" finds 0903123456.
    """
    words = fold(" ".join(t for t in texts if t))
    tails = [phone[i:] for i in range(1, len(phone) - PHONE_SUFFIX_MIN + 1)]
    return " ".join(part for part in (words, phone, *tails) if part)


def name_sort_key(full_name: str) -> str:
    """Vietnamese lists are ordered by given name (the last word), then the whole name."""
    folded = fold(full_name)
    return f"{folded.rsplit(' ', 1)[-1]} {folded}"


def natural_key(text: str) -> str:
    """Folded, with numbers padded so that "Tổ 10" sorts after "Tổ 2"."""
    return _DIGITS.sub(lambda m: m.group().zfill(8), fold(text))


def address_sort_key(hamlet: str, group: str, street: str, house_number: str) -> str:
    return "\x1f".join(natural_key(part) for part in (hamlet, group, street, house_number))
