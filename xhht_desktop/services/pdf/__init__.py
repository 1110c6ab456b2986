"""PDF documents in the conventions of Vietnamese administrative papers (NĐ 30/2020/NĐ-CP),
drawn with the bundled Noto Serif so every Vietnamese letter prints and is embedded."""

from xhht_desktop.services.pdf.document import (
    PAGE_LABEL,
    PLACE_DATE,
    AdminDocument,
    place_date_line,
)
from xhht_desktop.services.pdf.errors import PdfLayoutFailed, PdfMissingGlyphs, PdfUnwritable
from xhht_desktop.services.pdf.fonts import FAMILY, missing_glyphs, nfc, register_fonts
from xhht_desktop.services.pdf.layout import (
    MOTTO,
    NATIONAL_NAME,
    SIGN_NAME,
    SIGN_SEAL,
    Column,
    Issuer,
    Margins,
    Signer,
)

__all__ = [
    "FAMILY",
    "MOTTO",
    "NATIONAL_NAME",
    "PAGE_LABEL",
    "PLACE_DATE",
    "SIGN_NAME",
    "SIGN_SEAL",
    "AdminDocument",
    "Column",
    "Issuer",
    "Margins",
    "PdfLayoutFailed",
    "PdfMissingGlyphs",
    "PdfUnwritable",
    "Signer",
    "missing_glyphs",
    "nfc",
    "place_date_line",
    "register_fonts",
]
