"""Writers: `Paper` → file bytes, one module per format.

Each format is one module in this package exposing

    FORMAT: str           # "docx", "pdf", "html", "md"
    MEDIA_TYPE: str       # for HTTP downloads
    EXTENSION: str        # ".docx", …
    def write(paper: Paper, style: HouseStyle, *, with_sources: bool = False, **opts) -> bytes

Writers never touch the database; what they need to know about the board's look comes in
`HouseStyle` (see style.py). `write()` below is the one entry point the rest of Boardwork uses.

Options every writer accepts (and ignores where they mean nothing for its format):
- with_sources: show where each block came from (DOCX: a Word comment per block naming the records,
  their dates and links; HTML/PDF: superscript numbers linked to the records and a numbered sources
  list at the end; Markdown: footnotes). Off, nothing about sources is shown in any format.
  What a ref names comes from `Paper.ref_info` (compose fills it); the next two fill gaps in it.
- ref_labels: {ref: human label}, e.g. {"activity:3f2a…": "activity 12 (Domestic abuse webinars)"}.
- ref_url: ref → URL or None; each ref becomes a link.
- base_url: "https://boardwork.example/": site-relative record links ("/boards/…") become absolute.
Format-specific: fragment=True (HTML: just the <article>), created=datetime (DOCX core properties).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, Protocol

from ..document import Paper
from ..style import HouseStyle, HouseStyleError
from . import docx, html, md, pdf


class FormatWriter(Protocol):
    """What each format module exposes (the module docstring above); mypy checks each module."""

    FORMAT: str
    MEDIA_TYPE: str
    EXTENSION: str
    # Each writer has its own keyword options (`write()` checks them), so no one signature fits.
    write: Callable[..., bytes]


WRITERS: dict[str, FormatWriter] = {m.FORMAT: m for m in (docx, pdf, html, md)}

_COMMON = {"with_sources", "ref_labels", "ref_url", "base_url"}

__all__ = ["WRITERS", "HouseStyle", "HouseStyleError", "WriteError", "write"]


class WriteError(ValueError):
    """A paper cannot be written as asked (unknown format or option); one line fit to show a user."""


def write(paper: Paper, fmt: str, style: HouseStyle | None = None, **opts: Any) -> bytes:
    """`paper` as a file of format `fmt` ("docx", "pdf", "html", "md") in the house style."""
    module = WRITERS.get((fmt or "").lower().lstrip("."))
    if module is None:
        raise WriteError(f"unknown output format {fmt!r}; Boardwork writes {', '.join(sorted(WRITERS))}")
    known = _COMMON | _keyword_options(module)
    unknown = sorted(k for k in opts if k not in known)
    if unknown:
        raise WriteError(f"the {module.FORMAT} writer has no option {', '.join(unknown)}")
    return module.write(paper, style or HouseStyle.default(), **opts)


def _keyword_options(module: FormatWriter) -> set[str]:
    names = {p.name for p in inspect.signature(module.write).parameters.values() if p.kind is p.KEYWORD_ONLY}
    if module is html:
        names |= {
            p.name for p in inspect.signature(html.write_text).parameters.values() if p.kind is p.KEYWORD_ONLY
        }
    return names
