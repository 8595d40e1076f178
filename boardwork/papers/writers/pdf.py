"""PDF writer: `Paper` → HTML (writers/html.py) → WeasyPrint → a tagged, accessible PDF.

The PDF is PDF/UA-1 (`pdf_variant="pdf/ua-1"`, which turns on `pdf_tags`): headings, paragraphs,
lists and the table are tagged, the running header and footer (CSS margin boxes) are artifacts, and
the document language, title and author come from the HTML's `lang`, `<title>` and
`<meta name="author">`. Fonts: the house font (Arial) and then its metric-compatible substitutes
(Liberation Sans, Arimo) and DejaVu Sans, whichever fontconfig has.

Nothing is fetched over the network: the HTML is self-contained, and the URL fetcher refuses every
URL so a hostile imported paper cannot make the server fetch one.
"""

from __future__ import annotations

from typing import Any

from ...lib.allocations import fewer_collections
from ..document import Paper
from ..style import HouseStyle
from . import html as html_writer

FORMAT = "pdf"
MEDIA_TYPE = "application/pdf"
EXTENSION = ".pdf"

PDF_VARIANT = "pdf/ua-1"


def render_html(html_text: str, *, variant: str | None = PDF_VARIANT, **options: Any) -> bytes:
    """HTML text → PDF bytes with WeasyPrint (the one place that imports it)."""
    import weasyprint  # imported here: it is slow to import and only the PDF writer needs it

    # No protocol allowed: the page is self-contained, and hostile imported text must not make the
    # server fetch anything (file:// included).
    fetcher = weasyprint.urls.URLFetcher(allowed_protocols=frozenset())
    if variant:
        options.setdefault("pdf_variant", variant)
    # Layout builds a box per element and fragment of text, freed by reference counting: with the
    # collector's default thresholds its runs were a sixth of a long paper's render time.
    with fewer_collections():
        doc = weasyprint.HTML(string=html_text, url_fetcher=fetcher, base_url=None)
        pdf: bytes = doc.write_pdf(**options)  # WeasyPrint has no type information
    return pdf


def write(
    paper: Paper,
    style: HouseStyle | None = None,
    *,
    with_sources: bool = False,
    ref_labels: dict[str, str] | None = None,
    ref_url: Any = None,
    base_url: str | None = None,
    **_ignored: Any,
) -> bytes:
    """The paper as a PDF. with_sources puts a superscript number after each block, linked to a
    numbered sources list at the end (or straight to the record when its link is absolute: give
    `base_url` to make site-relative links absolute); each entry there links to its record."""
    text = html_writer.write_text(
        paper,
        style or HouseStyle.default(),
        with_sources=with_sources,
        ref_labels=ref_labels,
        ref_url=ref_url,
        base_url=base_url,
        for_print=True,
    )
    return render_html(text)
