"""Reader for plain text: papers saved as text, PDF-to-text exports and copies of web pages.

The structure is recovered from the typography left in the characters; see `layout`.
"""

from __future__ import annotations

from ...document import Paper
from .._shared.decode import decode_text, looks_like_text
from ..limits import Limits, ReadError
from .heading_model import shipped_model
from .layout import layout

FORMAT = "txt"


def sniff(head: bytes) -> bool:
    """Text: decodes as UTF-8 or Windows-1252 without many control characters."""
    return looks_like_text(head)


def read(data: bytes, limits: Limits) -> Paper:
    text = decode_text(data)
    model = shipped_model() if limits.heading_model else None
    meta, blocks = layout(text, limits, revise_headings=model.revise if model is not None else None)
    if not blocks and not any(vars(meta).values()):
        raise ReadError("the file has no text to read")
    return Paper(meta=meta, blocks=blocks)
