"""Fitting a line of text into a width: shrink down to a smallest size, then wrap to two lines.

Names on certificates run from "Lê Văn A" to "Công ty Trách nhiệm hữu hạn Một thành viên Xây
dựng …"; the printed sheet must never clip one, and must say when a name only fits below the
template's smallest size, so someone looks at it before printing.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth


@dataclass(frozen=True, slots=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    overflow: bool  # only fits below the smallest size: warn before printing


def fit_text(
    text: str, font: str, size: float, min_size: float, width: float, max_lines: int = 2
) -> Fitted:
    """The largest size ≤ `size` at which `text` fits `width` on one line; below `min_size`,
    on two lines balanced at a space; below that too, the two lines at whatever size fits,
    marked as overflow. Width is linear in the size, so each step is one division."""
    text = " ".join(text.split())
    one = _size_for([text], font, size, width)
    if one >= min_size or max_lines < 2:
        return Fitted((text,), one, one < min_size)
    lines = _balanced_split(text, font)
    if lines is None:  # one long word: nothing to wrap
        return Fitted((text,), one, True)
    two = _size_for(list(lines), font, size, width)
    return Fitted(lines, two, two < min_size)


def _size_for(lines: list[str], font: str, size: float, width: float) -> float:
    widest = max(stringWidth(line, font, size) for line in lines)
    return size if widest <= width else size * width / widest


def _balanced_split(text: str, font: str) -> tuple[str, str] | None:
    """Two lines at the space that makes the longer one shortest."""
    words = text.split(" ")
    if len(words) < 2:
        return None
    best: tuple[float, tuple[str, str]] | None = None
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        widest = max(stringWidth(first, font, 10), stringWidth(second, font, 10))
        if best is None or widest < best[0]:
            best = (widest, (first, second))
    assert best is not None
    return best[1]
