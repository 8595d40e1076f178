"""Bytes → text for the text-like formats: UTF-8 or Windows-1252, and whether bytes are text at all."""

from __future__ import annotations

import codecs
import re

from ..limits import ReadError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def decode_text(data: bytes, *, what: str = "text") -> str:
    """Bytes → str: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Raises ReadError when the content is binary (NULs or many control characters) or empty.
    """
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(f"the file is not {what}: it looks like broken UTF-16") from None
    else:
        if b"\x00" in data[:65536]:
            raise ReadError(f"the file is not {what}: it contains binary data")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Older council systems save Windows-1252; its five undefined bytes fall back to Latin-1.
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    sample = text[:65536]
    bad = len(_CONTROL.findall(sample))
    if bad > max(2, len(sample) // 50):
        raise ReadError(f"the file is not {what}: it contains binary data")
    if not text.strip():
        raise ReadError("the file is empty")
    return text


def looks_like_text(head: bytes) -> bool:
    """Does the start of a file decode as text without many control characters?"""
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if b"\x00" in head:
        return False
    try:
        sample = head.decode("utf-8")
    except UnicodeDecodeError as e:
        # The 8 KiB head may cut a multi-byte character in two.
        if e.start >= len(head) - 3:
            sample = head[: e.start].decode("utf-8", errors="replace")
        else:
            sample = head.decode("cp1252", errors="replace")
    bad = len(_CONTROL.findall(sample))
    return bad <= max(2, len(sample) // 100)
