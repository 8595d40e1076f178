"""The WordprocessingML pieces every part of the DOCX writer builds from: namespaces, escaping, runs."""

from __future__ import annotations

import re

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

# Characters XML 1.0 forbids (and lone surrogates, which cannot be encoded): imported papers do
# contain form feeds and the odd NUL, and lxml refuses the whole document over one of them.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

TWIPS_PER_MM = 1440 / 25.4
PAGE_TWIPS = {"A4": (11906, 16838), "Letter": (12240, 15840)}


def _x(text: str) -> str:
    """Escape text for an XML text node or attribute value."""
    text = _BAD_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _run(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr and f"<w:rPr>{rpr}</w:rPr>"}<w:t xml:space="preserve">{_x(text)}</w:t></w:r>'


def _half_points(pt: float) -> int:
    return round(pt * 2)
