"""Reader for Word files (.docx): the body in reading order, with Word's computed paragraph numbers.

What a DOCX gives us that plain text does not — and what this reader relies on:

- Paragraph numbers are NOT in the text: they are computed from `numbering.xml` (see `wordnum`).
  Every numbered paragraph, headings and table cells included, advances the counters in document
  order, so we walk the whole body once, in order.
- Headings come from paragraph styles (by name, style id and outline level, following `w:basedOn`),
  and, in house styles that never used Word's heading styles, from short all-bold paragraphs.
- Page headers/footers, the "Item 4" line and contact blocks are metadata, not body: their lines go
  to `meta.find_meta`, which says which lines are metadata only.
- Tables are data tables (→ `Table`) unless they are page layout: a one-cell box, a one-column stack
  or a "Report to: | Cabinet" cover grid, whose contents are read as ordinary paragraphs.

Safety: the zip is checked with `zipfile` before python-docx parses anything (zip bombs, DOCTYPE /
ENTITY declarations, encrypted or old-format OLE files), and no library exception escapes `read`.
"""

from __future__ import annotations

import gc
import io
import re
import threading
import zipfile
from dataclasses import dataclass, field

from ..document import Heading, ListItem, Meta, Paper, Paragraph, Source, Table, clean, clean_cell
from . import Limits, ReadError
from .wordnum import DECIMAL_FORMATS, Label, Numbering

try:  # shared metadata finder (readers/meta.py)
    from .meta import find_meta
except ImportError:  # pragma: no cover - only while meta.py is not in the tree yet

    def find_meta(lines: list[str], title: str | None = None) -> tuple[Meta, set[int]]:
        return Meta(title=title), set()


FORMAT = "docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W_NS}}}"
_MC = f"{{{MC_NS}}}"

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAIN_PART = "word/document.xml"
MAX_ZIP_ENTRIES = 5000

# Field instructions whose shown result is page furniture or navigation, not body text.
_DROPPED_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "TOC"}
# Built-in heading styles are stored as "heading N" whatever the UI language, but documents from
# other tools carry localised names (Welsh "Pennawd", German "Überschrift", …); outline levels and
# style ids catch the rest.
_HEADING_NAME = re.compile(
    r"^(?:heading|pennawd|überschrift|titre|kop|título|titolo|rubrik|overskrift|otsikko|nagłówek)\s*([1-9])$"
)
_HEADING_ID = re.compile(r"^heading([1-9])$", re.IGNORECASE)
_TOC_STYLE = re.compile(r"^(toc\s*\d|toc heading|table of figures)$", re.IGNORECASE)


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


# -- styles ---------------------------------------------------------------------------------------


@dataclass
class StyleInfo:
    """The reader-relevant properties of a style, inheritance (w:basedOn) already applied."""

    name: str = ""
    heading: int | None = None  # heading level from name, id or outline level
    num_id: int | None = None
    ilvl: int | None = None
    numbered_by: str | None = None  # id of the style in the chain that holds the numPr
    jc: str | None = None
    bold: bool | None = None
    size: int | None = None  # half-points
    vanish: bool | None = None
    toc: bool = False


class Styles:
    def __init__(self, styles_el):
        self.raw: dict[str, object] = {}
        self.default_para: str | None = None
        self.default_bold = False
        self.default_size: int | None = None
        self._cache: dict[str, StyleInfo] = {}
        if styles_el is None:
            return
        for s in styles_el.iterfind(_W + "style"):
            sid = s.get(_W + "styleId")
            if not sid:
                continue
            self.raw[sid] = s
            if s.get(_W + "type") == "paragraph" and _on_attr(s.get(_W + "default")):
                self.default_para = sid
        rpr = styles_el.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        if rpr is not None:
            self.default_bold = _on(rpr.find(_W + "b")) or False
            self.default_size = _int(_val(rpr.find(_W + "sz")))

    def get(self, sid: str | None, _depth: int = 0) -> StyleInfo:
        if not sid or sid not in self.raw or _depth > 20:
            return StyleInfo()
        if sid in self._cache:
            return self._cache[sid]
        s = self.raw[sid]
        based = s.find(_W + "basedOn")
        parent = self.get(_val(based), _depth + 1) if based is not None else StyleInfo()
        name = (_val(s.find(_W + "name")) or "").strip().lower()
        info = StyleInfo(
            name=name,
            heading=parent.heading,
            num_id=parent.num_id,
            ilvl=parent.ilvl,
            numbered_by=parent.numbered_by,
            jc=parent.jc,
            bold=parent.bold,
            size=parent.size,
            vanish=parent.vanish,
            toc=parent.toc,
        )
        level = None
        m = _HEADING_NAME.match(name) or _HEADING_ID.match(sid)
        if m:
            level = int(m.group(1))
        elif name == "title" or sid.lower() == "title":
            level = 1
        ppr = s.find(_W + "pPr")
        if ppr is not None:
            outline = _int(_val(ppr.find(_W + "outlineLvl")))
            if level is None and outline is not None:
                # 0-8 are outline levels; 9 is "body text" and cancels an inherited heading level.
                level = outline + 1 if 0 <= outline < 9 else 0
            num_pr = ppr.find(_W + "numPr")
            if num_pr is not None:
                nid = _int(_val(num_pr.find(_W + "numId")))
                if nid is not None:
                    info.num_id, info.ilvl, info.numbered_by = nid, None, sid
                il = _int(_val(num_pr.find(_W + "ilvl")))
                if il is not None:
                    info.ilvl = il
            jc = _val(ppr.find(_W + "jc"))
            if jc:
                info.jc = jc
        if level is not None:
            info.heading = level or None
        rpr = s.find(_W + "rPr")
        if rpr is not None:
            b = rpr.find(_W + "b")
            if b is not None:
                info.bold = _on(b)
            sz = _int(_val(rpr.find(_W + "sz")))
            if sz:
                info.size = sz
            v = rpr.find(_W + "vanish")
            if v is not None:
                info.vanish = _on(v)
        if _TOC_STYLE.match(name):
            info.toc = True
        self._cache[sid] = info
        return info


def _val(el) -> str | None:
    return None if el is None else el.get(_W + "val")


def _int(v: str | None) -> int | None:
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


def _on_attr(v: str | None) -> bool:
    return v is not None and v.lower() not in ("0", "false", "off")


def _on(el) -> bool | None:
    if el is None:
        return None
    v = el.get(_W + "val")
    return True if v is None else v.lower() not in ("0", "false", "off", "none")


_PPR, _RPR, _PSTYLE, _RSTYLE = _W + "pPr", _W + "rPr", _W + "pStyle", _W + "rStyle"
_NUMPR, _NUMID, _ILVL, _JC, _OUTLINE = _W + "numPr", _W + "numId", _W + "ilvl", _W + "jc", _W + "outlineLvl"
_B, _VANISH, _SZ = _W + "b", _W + "vanish", _W + "sz"


def _first_child(el, tag: str):
    """The element's first child when it has `tag` (properties always come first in OOXML)."""
    if len(el):
        first = el[0]
        if first.tag == tag:
            return first
    return None


def _children(el) -> dict:
    return {c.tag: c for c in el}


# -- paragraphs -----------------------------------------------------------------------------------


@dataclass
class Para:
    """One Word paragraph, text extracted and properties resolved."""

    raw: str  # text with tabs kept as \t (for typed labels); breaks already spaces
    text: str  # cleaned
    style: StyleInfo
    label: Label | None
    heading: int | None  # style / outline-level heading level (1-9)
    jc: str | None
    all_bold: bool
    size: int | None
    page_field: bool = False
    in_box: bool = False


@dataclass
class Fields:
    """Complex-field state (w:fldChar begin/separate/end) — fields can span runs and paragraphs."""

    stack: list[list] = field(default_factory=list)  # [instruction, phase] per open field

    def hidden(self) -> bool:
        for instr, phase in self.stack:
            if phase == "instr":
                return True
            if _field_name(instr) in _DROPPED_FIELDS:
                return True
        return False


def _field_name(instr: str) -> str:
    parts = instr.strip().split(None, 1)
    return parts[0].upper() if parts else ""


class Walker:
    """Turns body XML into a flat list of items in reading order."""

    def __init__(self, styles: Styles, numbering: Numbering, limits: Limits):
        self.styles = styles
        self.numbering = numbering
        self.limits = limits
        self.fields = Fields()
        self.count = 0

    # paragraph text ------------------------------------------------------------------------------

    def para(self, p, in_box: bool = False) -> tuple[Para, list]:
        """A paragraph and the block-level content of any text boxes anchored in it."""
        self.count += 1
        if self.count % 200 == 0:
            self.limits.check_time(f"paragraph {self.count}")
        # Direct child scans: lxml's find() goes through ElementPath, which dominates on big files.
        ppr = _first_child(p, _PPR)
        props = _children(ppr) if ppr is not None else {}
        sid = _val(props.get(_PSTYLE))
        style = self.styles.get(sid or self.styles.default_para)
        style_id = sid or self.styles.default_para or ""
        num_id, ilvl, from_style = style.num_id, style.ilvl, True
        jc = style.jc
        heading = style.heading
        if props:
            num_pr = props.get(_NUMPR)
            if num_pr is not None:
                np_props = _children(num_pr)
                nid = _int(_val(np_props.get(_NUMID)))
                il = _int(_val(np_props.get(_ILVL)))
                if nid is not None:
                    num_id, from_style = nid, False
                    ilvl = il
                elif il is not None:
                    ilvl = il
            j = _val(props.get(_JC))
            if j:
                jc = j
            outline = _int(_val(props.get(_OUTLINE)))
            if outline is not None:
                heading = outline + 1 if 0 <= outline < 9 else None
        if num_id and ilvl is None:
            # A style linked to a list level (w:lvl/w:pStyle) takes that level.
            linked = style.numbered_by if from_style else style_id
            ilvl = self.numbering.level_for_style(num_id, linked or style_id) or 0
        label = self.numbering.label(num_id, ilvl) if num_id else None

        pieces: list[str] = []
        bold_flags: list[bool] = []
        sizes: list[int] = []
        boxes: list = []
        state = {"page_field": False}
        self._inline(p, pieces, bold_flags, sizes, boxes, style, state)
        # A field instruction never runs past its paragraph; an unterminated one (a damaged file)
        # must not hide the rest of the document. Field RESULTS may span paragraphs (a TOC).
        while self.fields.stack and self.fields.stack[-1][1] == "instr":
            self.fields.stack.pop()
        raw = "".join(pieces).replace("\u00ad", "")
        text = clean(raw)
        para = Para(
            raw=raw,
            text=text,
            style=style,
            label=label,
            heading=heading,
            jc=jc,
            all_bold=bool(bold_flags) and all(bold_flags),
            size=max(sizes) if sizes else (style.size or self.styles.default_size),
            page_field=state["page_field"],
            in_box=in_box,
        )
        return para, boxes

    def _inline(self, el, pieces, bold_flags, sizes, boxes, style, state) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue  # comments, processing instructions
            if tag == _W + "r":
                self._run(child, pieces, bold_flags, sizes, boxes, style, state)
            elif tag in (_W + "pPr", _W + "del", _W + "moveFrom", _W + "rPr", _W + "sdtPr", _W + "sdtEndPr"):
                continue  # deleted text (tracked changes) is not the document
            elif tag == _W + "fldSimple":
                name = _field_name(child.get(_W + "instr") or "")
                if name in ("PAGE", "NUMPAGES", "SECTIONPAGES"):
                    state["page_field"] = True
                if name not in _DROPPED_FIELDS:
                    self._inline(child, pieces, bold_flags, sizes, boxes, style, state)
            elif tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                self._inline(
                    choice if choice is not None else child, pieces, bold_flags, sizes, boxes, style, state
                )
            else:
                # w:hyperlink, w:ins, w:moveTo, w:smartTag, w:sdt/w:sdtContent, w:customXml, w:dir…
                self._inline(child, pieces, bold_flags, sizes, boxes, style, state)

    def _run(self, r, pieces, bold_flags, sizes, boxes, style, state) -> None:
        rpr = _first_child(r, _RPR)
        bold = style.bold if style.bold is not None else self.styles.default_bold
        hidden = bool(style.vanish)
        size = None
        if rpr is not None:
            props = _children(rpr)
            rs = _val(props.get(_RSTYLE))
            if rs:
                cs = self.styles.get(rs)
                if cs.bold is not None:
                    bold = cs.bold
                if cs.vanish is not None:
                    hidden = cs.vanish
                size = cs.size or size
            b = _on(props.get(_B))
            if b is not None:
                bold = b
            v = _on(props.get(_VANISH))
            if v is not None:
                hidden = v
            size = _int(_val(props.get(_SZ))) or size
        fields = self.fields
        for child in r:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            local = tag.rsplit("}", 1)[-1]
            if local == "fldChar":
                kind = child.get(_W + "fldCharType")
                if kind == "begin":
                    fields.stack.append(["", "instr"])
                elif kind == "separate" and fields.stack:
                    fields.stack[-1][1] = "result"
                    if _field_name(fields.stack[-1][0]) in ("PAGE", "NUMPAGES", "SECTIONPAGES"):
                        state["page_field"] = True
                elif kind == "end" and fields.stack:
                    done = fields.stack.pop()
                    if _field_name(done[0]) in ("PAGE", "NUMPAGES", "SECTIONPAGES"):
                        state["page_field"] = True
                continue
            if local == "instrText":
                if fields.stack and fields.stack[-1][1] == "instr":
                    fields.stack[-1][0] += child.text or ""
                continue
            if local in ("drawing", "pict", "object", "AlternateContent"):
                self._collect_boxes(child, boxes)
                continue
            if hidden or fields.hidden():
                continue
            text = None
            if local == "t":
                text = child.text or ""
            elif local in ("tab", "ptab"):
                text = "\t"
            elif local in ("br", "cr"):
                text = " "
            elif local == "noBreakHyphen":
                text = "-"
            elif local == "sym":
                code = child.get(_W + "char") or ""
                try:
                    cp = int(code, 16)
                except ValueError:
                    cp = 0
                # Symbol-font glyphs live in the private-use area (F0xx): no text meaning.
                text = chr(cp) if 0x20 <= cp < 0xE000 else ""
            if text:
                pieces.append(text)
                if text.strip():
                    bold_flags.append(bool(bold))
                    if size:
                        sizes.append(size)

    def _collect_boxes(self, el, boxes) -> None:
        """Text boxes (w:txbxContent) hold block content; take each once (mc:Choice, not Fallback)."""
        if el.tag == _MC + "AlternateContent":
            choice = el.find(_MC + "Choice")
            el = choice if choice is not None else el
        for tx in el.iter(_W + "txbxContent"):
            # Skip a text box nested inside another one we already take (it is in its content).
            parent = tx.getparent()
            nested = False
            while parent is not None and parent is not el:
                if parent.tag == _W + "txbxContent" or parent.tag == _MC + "Fallback":
                    nested = True
                    break
                parent = parent.getparent()
            if not nested:
                boxes.append(tx)

    # blocks ---------------------------------------------------------------------------------------

    def blocks(self, container, out: list, in_box: bool = False) -> None:
        """Append items for the block-level children of body / cell / text box / sdtContent."""
        for child in container:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == _W + "p":
                para, boxes = self.para(child, in_box)
                out.append(para)
                for box in boxes:
                    self.blocks(box, out, in_box=True)
            elif tag == _W + "tbl":
                out.append(self.table(child))
            elif tag == _W + "sdt":
                if _is_toc_sdt(child):
                    self._skip_numbering(child)
                    continue
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self.blocks(content, out, in_box)
            elif tag in (_W + "customXml", _W + "ins", _W + "moveTo"):
                self.blocks(child, out, in_box)
            elif tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                if choice is not None:
                    self.blocks(choice, out, in_box)

    def _skip_numbering(self, el) -> None:
        """Dropped content still advances list counters, as Word counts it."""
        for p in el.iter(_W + "p"):
            self.para(p)

    # tables -------------------------------------------------------------------------------------

    def table(self, tbl) -> TableItem:
        rows: list[list[Cell]] = []
        header_rows = 0
        for tr in _rows(tbl):
            self.limits.check_time("a table")
            trpr = tr.find(_W + "trPr")
            is_header = trpr is not None and _on(trpr.find(_W + "tblHeader")) and header_rows == len(rows)
            cells = []
            for tc in _cells(tr):
                tcpr = tc.find(_W + "tcPr")
                vmerge = tcpr.find(_W + "vMerge") if tcpr is not None else None
                continuation = vmerge is not None and (_val(vmerge) or "continue") == "continue"
                span = _int(_val(tcpr.find(_W + "gridSpan"))) if tcpr is not None else None
                shd = tcpr.find(_W + "shd") if tcpr is not None else None
                fill = (shd.get(_W + "fill") or "").lower() if shd is not None else ""
                items: list = []
                self.blocks(tc, items)
                cell = Cell(
                    items=[] if continuation else items,
                    span=span or 1,
                    shaded=fill not in ("", "auto", "ffffff"),
                )
                cells.append(cell)
            rows.append(cells)
            if is_header:
                header_rows += 1
        return TableItem(rows=rows, header_rows=header_rows)


def _is_toc_sdt(sdt) -> bool:
    gallery = sdt.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
    return gallery is not None and "table of contents" in (_val(gallery) or "").lower()


def _rows(tbl):
    """Rows of a table, looking through content controls / custom XML that wrap rows."""
    for child in tbl:
        if child.tag == _W + "tr":
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml"):
            inner = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
            if inner is not None:
                yield from _rows(inner)


def _cells(tr):
    for child in tr:
        if child.tag == _W + "tc":
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml"):
            inner = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
            if inner is not None:
                yield from _cells(inner)


@dataclass
class Cell:
    items: list  # Para / TableItem in the cell
    span: int = 1
    shaded: bool = False

    def paras(self) -> list[Para]:
        out = []
        for it in self.items:
            if isinstance(it, Para):
                out.append(it)
            elif isinstance(it, TableItem):
                for row in it.rows:
                    for c in row:
                        out.extend(c.paras())
        return out

    def lines(self) -> list[str]:
        """One line per paragraph; a list label other than a bullet stays in front of its text."""
        out = []
        for it in self.items:
            if isinstance(it, Para):
                if not it.text:
                    continue
                if it.label is not None and not it.label.bullet and it.label.text.strip():
                    out.append(f"{clean(it.label.text)} {it.text}")
                else:
                    out.append(it.text)
            elif isinstance(it, TableItem):
                # A nested table is flattened: one line per row, cells separated by " | ".
                for row in it.rows:
                    texts = [" ".join(c.lines()) for c in row]
                    line = " | ".join(t for t in texts if t)
                    if line:
                        out.append(line)
        return out

    def text(self) -> str:
        return clean_cell("\n".join(self.lines()))

    def all_bold(self) -> bool:
        ps = [p for p in self.paras() if p.text]
        return bool(ps) and all(p.all_bold for p in ps)


@dataclass
class TableItem:
    rows: list[list[Cell]]
    header_rows: int = 0


# -- classification -------------------------------------------------------------------------------

_TYPED_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\t+(?=\S)|^\s*(\d{1,3}(?:\.\d{1,3})*)\.\s+(?=\S)")
_TYPED_MULTI = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})+)\s+(?=[A-Z])")
_TYPED_LETTER = re.compile(r"^\s*\(([a-z]|[ivx]{1,5})\)\s*(?=\S)|^\s*([a-z])[.)]\t+(?=\S)")
_TYPED_BULLET = re.compile(
    r"^\s*[•\uf0b7\uf0a7\u25cf\u25aa\u25e6\u2022\u2013\u2014\-o§]\t+(?=\S)|^\s*[•\uf0b7\u25cf\u25aa\u2022]\s*(?=\S)"
)
_END_PUNCT = (".", ";", ",", "?", "!")


def _bold_heading(p: Para) -> bool:
    """A heading set as a short all-bold paragraph (house styles that never used Heading styles)."""
    t = p.text
    if not p.all_bold or not t or p.label is not None or p.jc in ("right", "end"):
        return False
    words = t.split()
    if len(t) > 120 or len(words) > 15 or not re.search(r"[A-Za-z]", t):
        return False
    if t.endswith(_END_PUNCT) and not t.endswith("etc."):
        return False
    if t.endswith(":") and len(words) > 3:
        return False  # a bold lead-in sentence ("Members are invited to:")
    return True


def _heading_level(level: int) -> int:
    return 1 if level <= 1 else (2 if level == 2 else 3)


def _para_block(p: Para):
    """The block for one body paragraph (None when it has no text)."""
    if not p.text:
        return None
    if p.heading is not None:
        return Heading(text=p.text, level=_heading_level(p.heading))
    label = p.label
    if label is not None:
        if label.decimal:
            return Paragraph(text=p.text, number=label.number)
        return ListItem(text=p.text, number=label.number, depth=label.ilvl + 1)
    if _bold_heading(p):
        big = p.size is not None and p.size >= 32  # 16 pt and up reads as the paper's title
        return Heading(text=p.text, level=1 if big or p.jc == "center" else 2)
    raw = p.raw
    m = _TYPED_NUMBER.match(raw)
    if m:
        return Paragraph(text=clean(raw[m.end() :]), number=m.group(1) or m.group(2))
    m = _TYPED_MULTI.match(raw)
    if m:
        return Paragraph(text=clean(raw[m.end() :]), number=m.group(1))
    m = _TYPED_LETTER.match(raw)
    if m:
        return ListItem(text=clean(raw[m.end() :]), number=m.group(1) or m.group(2), depth=1)
    m = _TYPED_BULLET.match(raw)
    if m:
        return ListItem(text=clean(raw[m.end() :]), number=None, depth=1)
    return Paragraph(text=p.text, number=None)


def _is_layout(t: TableItem) -> str | None:
    """Why a table is page layout rather than data: "box", "stack", "cover" — or None for data."""
    rows = [r for r in t.rows if r]
    if not rows:
        return "box"
    widths = {len(r) for r in rows}
    if max(widths) == 1:
        return "box" if len(rows) == 1 else "stack"
    # A cover grid: label | value pairs ("Report to: | Cabinet", "Date: | 13 July 2009").
    pairs = [r for r in rows if len(r) % 2 == 0]
    if len(pairs) == len(rows) and len(rows) >= 2:
        labelled = 0
        for r in rows:
            for k in range(0, len(r), 2):
                lab = r[k].text()
                if lab and (lab.endswith(":") or _looks_cover_label(lab)) and len(lab.split()) <= 6:
                    labelled += 1
        if labelled >= 0.6 * sum(len(r) // 2 for r in rows):
            return "cover"
    return None


def _looks_cover_label(label: str) -> bool:
    try:
        from .meta import is_contact_line, is_cover_label
    except ImportError:  # pragma: no cover
        return False
    line = f"{label.rstrip(':')}: x"
    return is_cover_label(f"{label.rstrip(':')}:") or is_cover_label(line) or is_contact_line(line)


def _table_block(t: TableItem) -> Table | None:
    rows = [[c.text() for c in r] for r in t.rows]
    keep = [i for i, r in enumerate(rows) if any(r)]
    if not keep:
        return None
    header = None
    if t.header_rows and 0 in keep:
        header = rows[0]
        keep.remove(0)
    elif len(keep) > 1 and keep[0] == 0:
        first = [c for c in t.rows[0] if c.text()]
        rest = [c for i in keep[1:] for c in t.rows[i] if c.text()]
        bold_head = first and all(c.all_bold() for c in first) and not all(c.all_bold() for c in rest)
        shaded_head = first and all(c.shaded for c in first) and not all(c.shaded for c in rest)
        if bold_head or shaded_head:
            header = rows[0]
            keep.remove(0)
    return Table(header=header, rows=[rows[i] for i in keep])


# -- reading --------------------------------------------------------------------------------------


def _flatten_layout(items: list, out: list) -> None:
    """Replace layout tables by their content (paragraphs, or "Label: value" lines for a cover grid)."""
    for it in items:
        if isinstance(it, TableItem):
            kind = _is_layout(it)
            if kind in ("box", "stack"):
                for row in it.rows:
                    for c in row:
                        _flatten_layout(c.items, out)
            elif kind == "cover":
                for row in it.rows:
                    for k in range(0, len(row), 2):
                        lab = clean(" ".join(row[k].lines()))
                        val = clean(" ".join(row[k + 1].lines())) if k + 1 < len(row) else ""
                        if not lab and not val:
                            continue
                        sep = " " if lab.endswith(":") or not lab or not val else ": "
                        text = clean(f"{lab}{sep}{val}")
                        out.append(CoverLine(text=text))
            else:
                out.append(it)
        else:
            out.append(it)


@dataclass
class CoverLine:
    text: str


def _part_lines(walker: Walker, element) -> list[str]:
    """Lines of a header/footer part, page-number lines left out."""
    items: list = []
    walker.blocks(element, items)
    flat: list = []
    _flatten_layout(items, flat)
    lines = []

    def add(it):
        if isinstance(it, Para):
            if it.text and not it.page_field and not re.fullmatch(r"(?i)page\s*\d*(\s*of\s*\d*)?", it.text):
                lines.append(it.text)
        elif isinstance(it, CoverLine):
            lines.append(it.text)
        elif isinstance(it, TableItem):
            for row in it.rows:
                for c in row:
                    for p in c.items:
                        add(p)

    for it in flat:
        add(it)
    return lines


_JUNK_TITLE = re.compile(r"(?i)^(microsoft word\s*-|untitled|document\d*$|template|.*\.docx?$)")


def read(data: bytes, limits: Limits) -> Paper:
    """Read a .docx file into a Paper. Raises ReadError (one line) for anything it cannot read."""
    with _fewer_collections():
        return _read_safely(data, limits)


class _fewer_collections:
    """Walking the XML allocates hundreds of thousands of short-lived element proxies; with the
    default thresholds the cyclic GC runs thousands of times over the whole tree for nothing (they
    are freed by reference counting). Collect less often while any read is running. The threshold is
    process-wide, so concurrent reads share one raise and the last one out restores it."""

    _lock = threading.Lock()
    _active = 0
    _saved: tuple[int, ...] = ()

    def __enter__(self):
        cls = type(self)
        with cls._lock:
            if cls._active == 0:
                cls._saved = gc.get_threshold()
                gc.set_threshold(max(cls._saved[0], 50_000), *cls._saved[1:])
            cls._active += 1

    def __exit__(self, *exc):
        cls = type(self)
        with cls._lock:
            cls._active -= 1
            if cls._active == 0 and cls._saved:
                gc.set_threshold(*cls._saved)
        return False


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

    items: list = []
    walker.blocks(document.element.body, items)
    flat: list = []
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

    blocks: list = []
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


def _related_element(part, kind: str):
    """The XML root of the document's styles or numbering part, or None when there is none."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    reltype = RT.STYLES if kind == "styles" else RT.NUMBERING
    try:
        return part.part_related_by(reltype).element
    except (KeyError, AttributeError):
        return None


def _numbering_styles(styles: Styles) -> dict[str, dict]:
    """Numbering styles' numIds, for w:numStyleLink indirection."""
    out = {}
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
