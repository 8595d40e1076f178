"""The body of a DOCX: paragraphs with their text, style, numbering label and formatting; complex
fields; tables and their cells; and which paragraphs are headings, list items or numbered
paragraphs, and which tables are page layout rather than data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from ...document import Heading, ListItem, Paragraph, Table, clean, clean_cell
from .._shared.meta import is_contact_line, is_cover_label
from ..limits import Limits
from .numbering import Label, Numbering
from .styles import (
    _B,
    _DROPPED_FIELDS,
    _ILVL,
    _JC,
    _MC,
    _NUMID,
    _NUMPR,
    _OUTLINE,
    _PPR,
    _PSTYLE,
    _RPR,
    _RSTYLE,
    _SZ,
    _VANISH,
    _W,
    Element,
    StyleInfo,
    Styles,
    _children,
    _first_child,
    _int,
    _on,
    _val,
)

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

    stack: list[list[str]] = field(default_factory=list)  # [instruction, phase] per open field

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

    def __init__(self, styles: Styles, numbering: Numbering, limits: Limits) -> None:
        self.styles = styles
        self.numbering = numbering
        self.limits = limits
        self.fields = Fields()
        self.count = 0

    # paragraph text ------------------------------------------------------------------------------

    def para(self, p: Element, in_box: bool = False) -> tuple[Para, list[Element]]:
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
        boxes: list[Element] = []
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

    def _inline(
        self,
        el: Element,
        pieces: list[str],
        bold_flags: list[bool],
        sizes: list[int],
        boxes: list[Element],
        style: StyleInfo,
        state: dict[str, Any],
    ) -> None:
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

    def _run(
        self,
        r: Element,
        pieces: list[str],
        bold_flags: list[bool],
        sizes: list[int],
        boxes: list[Element],
        style: StyleInfo,
        state: dict[str, Any],
    ) -> None:
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

    def _collect_boxes(self, el: Element, boxes: list[Element]) -> None:
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

    def blocks(self, container: Element, out: list[Item], in_box: bool = False) -> None:
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

    def _skip_numbering(self, el: Element) -> None:
        """Dropped content still advances list counters, as Word counts it."""
        for p in el.iter(_W + "p"):
            self.para(p)

    # tables -------------------------------------------------------------------------------------

    def table(self, tbl: Element) -> TableItem:
        rows: list[list[Cell]] = []
        header_rows = 0
        for tr in _rows(tbl):
            self.limits.check_time("a table")
            trpr = tr.find(_W + "trPr")
            is_header = trpr is not None and _on(trpr.find(_W + "tblHeader")) and header_rows == len(rows)
            cells: list[Cell] = []
            for tc in _cells(tr):
                tcpr = tc.find(_W + "tcPr")
                vmerge = tcpr.find(_W + "vMerge") if tcpr is not None else None
                continuation = vmerge is not None and (_val(vmerge) or "continue") == "continue"
                span = _int(_val(tcpr.find(_W + "gridSpan"))) if tcpr is not None else None
                shd = tcpr.find(_W + "shd") if tcpr is not None else None
                fill = (shd.get(_W + "fill") or "").lower() if shd is not None else ""
                items: list[Item] = []
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


def _is_toc_sdt(sdt: Element) -> bool:
    gallery = sdt.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
    return gallery is not None and "table of contents" in (_val(gallery) or "").lower()


def _rows(tbl: Element) -> Iterator[Element]:
    """Rows of a table, looking through content controls / custom XML that wrap rows."""
    for child in tbl:
        if child.tag == _W + "tr":
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml"):
            inner = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
            if inner is not None:
                yield from _rows(inner)


def _cells(tr: Element) -> Iterator[Element]:
    for child in tr:
        if child.tag == _W + "tc":
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml"):
            inner = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
            if inner is not None:
                yield from _cells(inner)


@dataclass
class Cell:
    items: list[Item]  # Para / TableItem in the cell
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


def _para_block(p: Para) -> Heading | ListItem | Paragraph | None:
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


def _flatten_layout(items: list[Item], out: list[FlatItem]) -> None:
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


def _part_lines(walker: Walker, element: Element) -> list[str]:
    """Lines of a header/footer part, page-number lines left out."""
    items: list[Item] = []
    walker.blocks(element, items)
    flat: list[FlatItem] = []
    _flatten_layout(items, flat)
    lines: list[str] = []

    def add(it: FlatItem) -> None:
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


# What the walker yields: paragraphs and tables; after layout tables are flattened, also the
# "Label: value" lines of a cover grid.
Item: TypeAlias = "Para | TableItem"
FlatItem: TypeAlias = "Para | TableItem | CoverLine"
