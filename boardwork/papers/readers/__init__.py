"""Readers: board paper files → `Paper`.

Each format is one module in this package exposing

    FORMAT: str                    # "pdf", "docx", …: the key in READERS and Paper.source.format
    def sniff(head: bytes) -> bool # does this content look like my format? (first 8 KiB)
    def read(data: bytes, limits: Limits) -> Paper

A reader raises `ReadError` with one plain sentence (naming the page or paragraph where it can)
for anything it cannot read; it never lets a library's exception escape. Readers do no I/O and
never touch the database. `read_bytes()` is the one entry point the rest of Boardwork uses: it
enforces the size limit, detects the format from the content (the file name only breaks ties),
and fills `Paper.source`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Protocol

from ..document import Paper, Source
from . import docx, html, markdown, pdf, txt
from .limits import Limits as Limits  # re-exported: the rest of Boardwork imports them from here
from .limits import ReadError as ReadError


class FormatReader(Protocol):
    """What each format module exposes (the module docstring above); mypy checks each module."""

    FORMAT: str

    def sniff(self, head: bytes) -> bool: ...

    def read(self, data: bytes, limits: Limits) -> Paper: ...


# Order matters for detection: the most specific signatures first, plain text last.
READERS: dict[str, FormatReader] = {m.FORMAT: m for m in (pdf, docx, html, markdown, txt)}

EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
    ".text": "txt",
}


def detect_format(data: bytes, filename: str | None = None) -> str:
    """The format of `data`, from its content; the name decides only between text formats."""
    head = data[:8192]
    by_name = EXTENSIONS.get(Path(filename or "").suffix.lower())
    for fmt in ("pdf", "docx", "html"):
        if READERS[fmt].sniff(head):
            return fmt
    if by_name in ("pdf", "docx"):
        # The name promises a binary format the content does not have.
        raise ReadError(f"the file is named .{by_name} but its content is not a {by_name.upper()} file")
    if not txt.sniff(head):
        raise ReadError("the file is not a document Boardwork can read (it is not text, DOCX, PDF or HTML)")
    if by_name == "md" or (by_name is None and markdown.sniff(head)):
        return "md"
    return "txt"


def read_bytes(data: bytes, filename: str | None = None, limits: Limits | None = None) -> Paper:
    """Read a board paper from bytes. Raises ReadError with a one-line reason."""
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise ReadError(
            f"the file is {len(data) / 1048576:.1f} MB; the limit is {limits.max_bytes / 1048576:.0f} MB"
        )
    if not data.strip():
        raise ReadError("the file is empty")
    fmt = detect_format(data, filename)
    paper = READERS[fmt].read(data, limits)
    paper.source = Source(
        filename=Path(filename).name if filename else None,
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        pages=paper.source.pages if paper.source else None,
    )
    return paper


def read_path(path: str | Path, limits: Limits | None = None) -> Paper:
    """Read a board paper from a file, checking its size before loading it."""
    limits = limits or Limits()
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > limits.max_bytes:
            raise ReadError(
                f"the file is {size / 1048576:.1f} MB; the limit is {limits.max_bytes / 1048576:.0f} MB"
            )
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot open {p.name}: {e.strerror or e}") from None
    return read_bytes(data, p.name, limits)
