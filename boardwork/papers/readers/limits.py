"""How a reader refuses a file (`ReadError`) and what it may spend on one (`Limits`).

Apart from the registry in `__init__.py`, so the format modules use these without importing the
package that imports every format (formats never import each other)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


class ReadError(Exception):
    """A file cannot be read as a paper. `str(err)` is one line fit to show a user."""


@dataclass
class Limits:
    """What a reader may spend on one file. The defaults are the documented ones (README); the
    application passes its configured values (settings) in, so the readers never read the
    environment themselves."""

    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 500
    max_seconds: float = 120.0
    # Uncompressed size allowed inside a DOCX (zip bombs) and the largest compression ratio.
    max_unzipped_bytes: int = 200 * 1024 * 1024
    max_zip_ratio: int = 200
    # Largest unpacked content stream of one PDF page (PDF bombs: a few hundred KB that inflate
    # to hundreds of MB of drawing operators), checked before the page is laid out.
    max_stream_bytes: int = 64 * 1024 * 1024
    # Most objects (paths, text, images; those inside forms counted each time a form is drawn) one
    # PDF page may draw: a page of millions of tiny paths fits the stream limit and costs PDFium
    # gigabytes, and the layout a dict per ruling. Council papers' pages draw hundreds.
    max_page_objects: int = 250_000
    # The plain-text reader's learned second opinion on headings (`txt.heading_model`, ADR 0014):
    # on, where the rules judged a line by its shape alone (never over a named rule's verdict);
    # False reads with the rules alone.
    heading_model: bool = True
    started: float = field(default_factory=time.monotonic)

    def check_time(self, where: str = "") -> None:
        """Raise ReadError once the time budget is spent; readers call this in their loops."""
        if time.monotonic() - self.started > self.max_seconds:
            at = f" (stopped at {where})" if where else ""
            raise ReadError(f"reading took longer than the {self.max_seconds:.0f} s limit{at}")

    def check_pages(self, pages: int) -> None:
        if pages > self.max_pages:
            raise ReadError(f"the document has {pages} pages; the limit is {self.max_pages}")
