"""What can go wrong writing a PDF that the user can act on."""

from __future__ import annotations

from xhht_desktop.errors import UserError


class PdfUnwritable(UserError):
    """The folder is missing or read-only, the disk is full, or (on Windows) the file is open in
    a PDF viewer. Params: file, detail."""

    code = "pdf.unwritable"


class PdfMissingGlyphs(UserError):
    """The text has characters the bundled font cannot draw; nothing was written.
    Params: chars (each shown with its code point, e.g. "中 (U+4E2D)")."""

    code = "pdf.missing_glyphs"


class PdfLayoutFailed(UserError):
    """Something cannot be placed on a page at all, e.g. a table cell taller than a page.
    Params: detail."""

    code = "pdf.layout"
