"""Reader for Word files (.docx): the body in reading order, with Word's computed paragraph numbers.

What a DOCX gives us that plain text does not — and what this reader relies on:

- Paragraph numbers are NOT in the text: they are computed from `numbering.xml` (see `numbering`).
  Every numbered paragraph, headings and table cells included, advances the counters in document
  order, so we walk the whole body once, in order.
- Headings come from paragraph styles (by name, style id and outline level, following `w:basedOn`),
  and, in house styles that never used Word's heading styles, from short all-bold paragraphs.
- Page headers/footers, the "Item 4" line and contact blocks are metadata, not body: their lines go
  to `_shared.meta.find_meta`, which says which lines are metadata only.
- Tables are data tables (→ `Table`) unless they are page layout: a one-cell box, a one-column stack
  or a "Report to: | Cabinet" cover grid, whose contents are read as ordinary paragraphs.

Safety: the zip is checked with `zipfile` before python-docx parses anything (zip bombs, DOCTYPE /
ENTITY declarations, encrypted or old-format OLE files), and no library exception escapes `read`.

The package: `numbering` (Word's list numbering, computed), `styles` (the style cascade and the
XML helpers), `body` (paragraphs, fields, tables and their classification) and this module (the
package checks and the one pass that reads a file).
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from ....lib.allocations import fewer_collections
from ...document import Block, Paper, Paragraph, Source, clean
from .._shared.meta import find_meta
from ..limits import Limits, ReadError
from .body import (
    CoverLine,
    FlatItem,
    Item,
    Para,
    TableItem,
    Walker,
    _flatten_layout,
    _para_block,
    _part_lines,
    _table_block,
)
from .numbering import DECIMAL_FORMATS, Numbering
from .styles import _W, Element, Styles

FORMAT = "docx"

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAIN_PART = "word/document.xml"
MAX_ZIP_ENTRIES = 5000


# -- sniffing -------------------------------------------------------------------------------------


def sniff(head: bytes) -> bool:
    """A Word package: a zip whose local headers (at the front) name Word/OOXML parts.

    OLE compound files (old .doc, and password-protected .docx, which Word wraps in OLE) are also
    claimed, so that `read` can say clearly why it cannot read them.
    """
    if head.startswith(OLE_MAGIC):
        return True
    if not head.startswith(ZIP_MAGIC):
        return False
    return b"word/" in head or b"[Content_Types].xml" in head


# -- package checks -------------------------------------------------------------------------------


def _open_package(data: bytes, limits: Limits) -> zipfile.ZipFile:
    if data.startswith(OLE_MAGIC):
        raise ReadError("the Word file is password-protected or in the old .doc format; save it as .docx")
    if not data.startswith(ZIP_MAGIC):
        raise ReadError("not a Word document (a .docx file is a zip package)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, KeyError):
        raise ReadError("the Word file is damaged (its zip structure cannot be read)") from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise ReadError(f"the Word file holds {len(infos)} parts; refusing it (limit {MAX_ZIP_ENTRIES})")
    names = {i.filename for i in infos}
    if MAIN_PART not in names:
        raise ReadError("not a Word document (the package has no word/document.xml)")
    if any(i.flag_bits & 0x1 for i in infos):
        raise ReadError("the Word file is password-protected; remove the password and try again")
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > limits.max_unzipped_bytes:
        raise ReadError(
            f"the Word file unpacks to {total / 1048576:.0f} MB, over the "
            f"{limits.max_unzipped_bytes / 1048576:.0f} MB limit (possible zip bomb)"
        )
    big = 1024 * 1024  # small parts compress very well legitimately; judge ratios on real sizes
    if total > big and total / max(packed, 1) > limits.max_zip_ratio:
        raise ReadError(
            f"the Word file is compressed {total // max(packed, 1)}:1; refusing it (possible zip bomb)"
        )
    for i in infos:
        if i.file_size > big and i.file_size / max(i.compress_size, 1) > limits.max_zip_ratio:
            raise ReadError(f"a part of the Word file ({i.filename}) is a possible zip bomb; refusing it")
    for i in infos:
        if i.filename.endswith((".xml", ".rels")):
            limits.check_time("checking the package")
            _check_xml_prolog(zf, i)
    return zf


def _check_xml_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse a part whose prolog declares a DOCTYPE or entities (entity expansion, XXE).

    Only the prolog (before the root element) can hold a DOCTYPE, so we read until the root starts.
    """
    with zf.open(info) as f:
        buf = b""
        while True:
            chunk = f.read(16384)
            buf += chunk
            text = buf
            if buf[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00<" in buf[:8] or b"<\x00" in buf[:8]:
                text = buf.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
            upper = text.upper()
            if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
                raise ReadError(f"the Word file declares a DOCTYPE or ENTITY in {info.filename}; refusing it")
            # The root element has started: nothing after it can be a DOCTYPE.
            if re.search(rb"<[A-Za-z_]", text) or not chunk or len(buf) > 1024 * 1024:
                return


_JUNK_TITLE = re.compile(r"(?i)^(microsoft word\s*-|untitled|document\d*$|template|.*\.docx?$)")


def read(data: bytes, limits: Limits) -> Paper:
    """Read a .docx file into a Paper. Raises ReadError (one line) for anything it cannot read."""
    # Walking the XML allocates hundreds of thousands of short-lived element proxies.
    with fewer_collections():
        return _read_safely(data, limits)


def _read_safely(data: bytes, limits: Limits) -> Paper:
    try:
        return _read(data, limits)
    except ReadError:
        raise
    except RecursionError:
        raise ReadError("the Word file is nested too deeply to read") from None
    except MemoryError:
        raise ReadError("the Word file is too large to read") from None
    except Exception as e:  # noqa: BLE001 - a damaged file can break any library in any way
        raise ReadError(f"the Word file is damaged and cannot be read ({type(e).__name__})") from None


def _read(data: bytes, limits: Limits) -> Paper:
    zf = _open_package(data, limits)
    import docx  # python-docx; imported late so sniffing costs nothing

    try:
        document = docx.Document(io.BytesIO(data))
    except ReadError:
        raise
    except Exception as e:  # noqa: BLE001
        raise ReadError(f"the Word file is damaged and cannot be opened ({type(e).__name__})") from None
    part = document.part
    styles = Styles(_related_element(part, "styles"))
    numbering = Numbering(_related_element(part, "numbering"), styles=_numbering_styles(styles))
    walker = Walker(styles, numbering, limits)

    items: list[Item] = []
    walker.blocks(document.element.body, items)
    flat: list[FlatItem] = []
    _flatten_layout(items, flat)

    # Page headers and footers: metadata only (board name, date); the walker gets fresh field state.
    furniture: list[str] = []
    for rel in sorted(part.rels.values(), key=lambda r: str(getattr(r, "target_ref", ""))):
        if rel.is_external or not rel.reltype.endswith(("/header", "/footer")):
            continue
        hw = Walker(styles, Numbering(), limits)
        furniture.extend(_part_lines(hw, rel.target_part.element))

    # Meta: furniture lines first (where a running header is), then the body's paragraph lines.
    lines = list(furniture)
    index_of: dict[int, int] = {}
    title = None
    for k, it in enumerate(flat):
        if isinstance(it, Para | CoverLine) and it.text:
            index_of[k] = len(lines)
            lines.append(it.text)
            if isinstance(it, Para) and title is None and it.heading == 1:
                title = it.text
    core = document.core_properties
    core_title = clean(core.title or "")
    if core_title and _JUNK_TITLE.match(core_title):
        core_title = ""
    if title is None and core_title and any(clean(x).lower() == core_title.lower() for x in lines):
        title = core_title
    if title is not None:
        # The title heading is body (a level-1 heading), and it must not be mistaken for the board's
        # name ("Annual Report of the Audit Committee" ends in a body word): find_meta gets it as
        # `title`, not as a line.
        for k, it in enumerate(flat):
            if isinstance(it, Para) and it.heading is not None and it.text == title and k in index_of:
                lines[index_of[k]] = ""
    meta, meta_lines = find_meta(lines, title=title)
    if not meta.title and core_title:
        meta.title = core_title
    if not meta.body and clean(core.subject or ""):
        meta.body = clean(core.subject)

    blocks: list[Block] = []
    for k, it in enumerate(flat):
        if k % 200 == 0:
            limits.check_time(f"block {k}")
        if isinstance(it, TableItem):
            tb = _table_block(it)
            if tb is not None:
                blocks.append(tb)
            continue
        metadata_only = index_of.get(k) in meta_lines
        if isinstance(it, CoverLine):
            if not metadata_only:
                blocks.append(Paragraph(text=it.text))
            continue
        if it.style.toc or not it.text:
            continue
        if metadata_only and (it.label is None or it.label.bullet):
            continue
        block = _para_block(it)
        if block is not None:
            blocks.append(block)

    pages = _app_pages(zf)
    if pages is not None:
        limits.check_pages(pages)
    return Paper(meta=meta, blocks=blocks, source=Source(format=FORMAT, pages=pages))


def _related_element(part: Any, kind: str) -> Element | None:
    """The XML root of the document's styles or numbering part, or None when there is none."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    reltype = RT.STYLES if kind == "styles" else RT.NUMBERING
    try:
        return part.part_related_by(reltype).element
    except (KeyError, AttributeError):
        return None


def _numbering_styles(styles: Styles) -> dict[str, dict[str, Any]]:
    """Numbering styles' numIds, for w:numStyleLink indirection."""
    out: dict[str, dict[str, Any]] = {}
    for sid, el in styles.raw.items():
        if el.get(_W + "type") != "numbering":
            continue
        info = styles.get(sid)
        if info.num_id is not None:
            out[sid] = {"num_id": info.num_id}
    return out


def _app_pages(zf: zipfile.ZipFile) -> int | None:
    """Page count Word saved in docProps/app.xml (as of the last save), if any."""
    try:
        head = zf.read("docProps/app.xml")[:65536]
    except KeyError:
        return None
    m = re.search(rb"<(?:\w+:)?Pages>\s*(\d{1,6})\s*</(?:\w+:)?Pages>", head)
    return int(m.group(1)) if m else None


__all__ = ["FORMAT", "sniff", "read", "DECIMAL_FORMATS"]
