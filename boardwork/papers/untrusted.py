"""The application's door to the sandbox: files from outside, read under the configured limits.

`papers/sandbox.py` is pure Python and takes its limits as arguments; this module builds them from
the settings once (BOARDWORK_MAX_FILE_MB, BOARDWORK_MAX_PAGES, BOARDWORK_MAX_PARSE_SECONDS,
BOARDWORK_MAX_PARSE_MB) so every caller — CLI parse/extract/import, web upload, API parse and
import, re-extraction — reads with the same ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings

from .document import Paper
from .readers import Limits, ReadError
from .sandbox import ReaderFault, SandboxLimits, extract_untrusted, read_untrusted

MB = 1024 * 1024

__all__ = ["ReadError", "ReaderFault", "limits", "read", "read_path", "check_size", "extract"]


def limits() -> SandboxLimits:
    """The configured hard and soft limits for reading one file."""
    seconds = float(settings.MAX_PARSE_SECONDS)
    return SandboxLimits(
        seconds=seconds,
        memory_mb=settings.MAX_PARSE_MB,
        reader=Limits(
            max_bytes=settings.MAX_UPLOAD_MB * MB, max_pages=settings.MAX_PAGES, max_seconds=seconds
        ),
    )


def check_size(size: int) -> None:
    """Refuse a file by its size before it is loaded (ReadError, one line)."""
    if size > settings.MAX_UPLOAD_MB * MB:
        raise ReadError(f"the file is {size / MB:.1f} MB; the limit is {settings.MAX_UPLOAD_MB} MB")


def read(
    data: bytes, filename: str | None = None, *, extract: dict[str, Any] | None = None
) -> tuple[Paper, dict[str, Any] | None]:
    """Read (and, given the extractor's keyword arguments, extract) in a limited worker process."""
    return read_untrusted(data, filename, limits(), extract=extract)


def read_path(path: str | Path) -> Paper:
    """Read a file from disk, refusing it by size before loading it."""
    p = Path(path)
    try:
        check_size(p.stat().st_size)
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot open {p.name}: {e.strerror or e}") from None
    return read(data, p.name)[0]


def extract(structure: dict[str, Any], **extract_args: Any) -> dict[str, Any]:
    """Extract records from a stored paper's structure in a limited worker process."""
    return extract_untrusted(structure, limits(), **extract_args)
