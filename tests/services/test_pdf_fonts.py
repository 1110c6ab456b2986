"""The bundled Noto Serif family: every Vietnamese letter, and a check that names what is not."""

import threading
import unicodedata
from importlib.resources import files

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from xhht_desktop.services.pdf import FAMILY, missing_glyphs, nfc, register_fonts
from xhht_desktop.services.pdf.fonts import describe

FONTS = files("xhht_desktop.resources") / "fonts"
STYLES = ["NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSerif-BoldItalic"]


def vietnamese_letters() -> list[str]:
    """The 134 precomposed letters (67 lower, 67 upper) that are not plain ASCII."""
    bases = "aăâeêioôơuưy"
    tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
    lower = {unicodedata.normalize("NFC", b + t) for b in bases for t in tones} | {"đ"}
    letters = sorted(c for c in lower | {c.upper() for c in lower} if ord(c) > 127)
    assert len(letters) == 134
    assert all(len(c) == 1 for c in letters)  # every one has a precomposed code point
    return letters


def test_fonts_and_licence_are_bundled():
    for style in STYLES:
        data = (FONTS / f"{style}.ttf").read_bytes()
        assert data[:4] == b"\x00\x01\x00\x00"  # TrueType outlines (glyf), not CFF
        assert 400_000 < len(data) < 800_000
    licence = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "NotoSerif-Regular.ttf" in (FONTS / "README.md").read_text(encoding="utf-8")


def test_the_family_is_registered_once_with_its_styles():
    assert register_fonts() == FAMILY
    assert register_fonts() == FAMILY
    for name in (FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic"):
        assert pdfmetrics.getFont(name).face.name  # a TrueType face, not a standard font
    assert tt2ps(FAMILY, 1, 1) == f"{FAMILY}-BoldItalic"  # what <b><i> picks in a paragraph


def test_registering_from_many_threads_at_once_is_safe():
    errors = []

    def register():
        try:
            register_fonts()
        except Exception as exc:  # pragma: no cover - the failure is the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=register) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_every_vietnamese_letter_and_the_dong_sign_are_covered():
    letters = vietnamese_letters()
    assert missing_glyphs("".join(letters) + "₫ 0123456789 .,;:!?()[]/-–—…“”‘’%") == []


def test_nfd_text_is_checked_as_nfc():
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung, Đặng Văn Ất")
    assert nfd != nfc(nfd)
    assert missing_glyphs(nfd) == []
    assert nfc(nfd) == "Nguyễn Thị Hồng Nhung, Đặng Văn Ất"


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Nguyễn 中文 Hồng", ["中", "文"]),
        ("Gia đình 😀 học tập 😀", ["😀"]),
        ("Tab\tand\r\nline breaks\u00a0no-break space", []),
        ("ideographic\u3000space", ["\u3000"]),
        ("", []),
    ],
)
def test_missing_glyphs_names_each_character_once(text, missing):
    assert missing_glyphs(text) == missing


def test_missing_glyphs_accepts_many_strings_and_describes_them():
    found = missing_glyphs(["Lê Văn A", "ký tự 中", "😀 và 中"])
    assert found == ["中", "😀"]
    assert describe(found) == "中 (U+4E2D), 😀 (U+1F600)"
