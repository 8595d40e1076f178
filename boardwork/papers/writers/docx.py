"""DOCX writer: `Paper` → a Word board paper in the house style.

What a reader of the file (Word, LibreOffice, Boardwork's own DOCX reader) gets:

- Paragraph numbers are REAL Word automatic numbering, never typed into the text. One multi-level
  decimal definition ("%1." / "%1.%2." / …) serves every numbered paragraph through one `w:num`, so
  the count carries on across headings as in council papers. Lettered, roman and numbered list items
  get their own definitions; each run of them gets a fresh `w:num` (with `startOverride`) so "a."
  starts again for each list. Bullets use Word's Symbol-font bullet, "o" for the next level.
- Where the Paper's numbers are not what Word would count (a paper that starts at 5, skips, or
  restarts), a new `w:num` with `startOverride` is started at that paragraph, so the rendered label is
  always exactly `Paragraph.number`. Labels that no Word number format can produce ("2a", "A1") are
  the one case written as text, with a tab, in the hanging indent.
- Headings use the built-in "Heading 1/2/3" styles, list items "List Paragraph", tables "Table Grid"
  with a repeating, bold, shaded header row and each line of a cell as its own (bullet) paragraph.
  Column widths come from `Table.widths` (or the content) with a fixed layout, and no column is
  narrower than its longest word; cells of `Table.rag_column` are shaded in the house RAG colour,
  the rating's word in bold.
- Page furniture: running header (board, meeting date), footer "Page N of M" from PAGE / NUMPAGES
  fields, "Item N" right-aligned at the top, the contact block — none of it is a body block.
- Core properties: title, subject (board), author (organisation), language; `w:lang` in the styles'
  run defaults.

Speed: the body is built as one XML string and parsed once with lxml — python-docx's per-paragraph
API costs several XPath look-ups a call, which dominates on long papers. python-docx still does the
package, parts, relationships, header/footer parts and comments.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from lxml import etree

from ..document import Heading, ListItem, Paper, Paragraph, Table
from ._common import Sources, action_section_end, is_absolute, rag_key, table_widths
from .style import HouseStyle

FORMAT = "docx"
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXTENSION = ".docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

# Characters XML 1.0 forbids (and lone surrogates, which cannot be encoded): imported papers do
# contain form feeds and the odd NUL, and lxml refuses the whole document over one of them.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

TWIPS_PER_MM = 1440 / 25.4
PAGE_TWIPS = {"A4": (11906, 16838), "Letter": (12240, 15840)}


def _x(text: str) -> str:
    """Escape text for an XML text node or attribute value."""
    text = _BAD_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _run(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr and f"<w:rPr>{rpr}</w:rPr>"}<w:t xml:space="preserve">{_x(text)}</w:t></w:r>'


def _half_points(pt: float) -> int:
    return round(pt * 2)


# ---------------------------------------------------------------------------------------------------
# Number labels
# ---------------------------------------------------------------------------------------------------

_ROMAN = re.compile(r"^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _roman_value(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s.lower()):
        v = _ROMAN_VALUES[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def parse_label(label: str, prefer_roman: bool | None = None) -> tuple[str, tuple[int, ...]] | None:
    """A number label → (Word numFmt, counter values), or None if Word cannot produce it.

    "12" → ("decimal", (12,)); "1.2" → ("decimal", (1, 2)); "c" → ("lowerLetter", (3,));
    "iv" → ("lowerRoman", (4,)). Single letters that are also roman numerals ("i", "v", "x") are
    letters unless `prefer_roman` says the list around them is roman.
    """
    s = label.strip()
    if re.fullmatch(r"\d+(?:\.\d+)*", s):
        values = tuple(int(p) for p in s.split("."))
        return ("decimal", values) if all(v >= 0 for v in values) else None
    low = s.lower()
    is_roman = bool(low) and bool(_ROMAN.fullmatch(low))
    if len(s) == 1 and s.isalpha() and s.isascii():
        if is_roman and prefer_roman:
            return ("upperRoman" if s.isupper() else "lowerRoman", (_roman_value(low),))
        return ("upperLetter" if s.isupper() else "lowerLetter", (ord(low) - 96,))
    if is_roman and (s.islower() or s.isupper()):
        return ("upperRoman" if s.isupper() else "lowerRoman", (_roman_value(low),))
    return None


# ---------------------------------------------------------------------------------------------------
# Numbering definitions and instances
# ---------------------------------------------------------------------------------------------------

# Indents (twips) per level: numbered paragraphs hang their number in 1 cm, as LGA papers do.
_PARA_IND = [(567, 567), (1134, 567), (1985, 851)] + [(1985 + 851 * k, 851) for k in range(1, 7)]
_LIST_IND = [(567 * (k + 1), 567) for k in range(9)]
_CELL_IND = [(284 * (k + 1), 284) for k in range(9)]
_BULLETS = [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")]


@dataclass
class _Instance:
    """One `w:num`: what Word will count next at each level, so we know when to restart."""

    num_id: int
    starts: dict[int, int]
    used: dict[int, int] = field(default_factory=dict)  # ilvl → last value shown

    def predict(self, ilvl: int) -> tuple[int, ...]:
        """The counter values Word would show for the next paragraph at `ilvl` in this list."""
        values = []
        for lvl in range(ilvl):
            values.append(self.used.get(lvl, self.starts.get(lvl, 1)))
        values.append(self.used[ilvl] + 1 if ilvl in self.used else self.starts.get(ilvl, 1))
        return tuple(values)

    def advance(self, ilvl: int, value: int) -> None:
        self.used[ilvl] = value
        for lvl in [k for k in self.used if k > ilvl]:
            del self.used[lvl]  # Word restarts the deeper levels after a higher one


class _Numbering:
    """Adds our abstract definitions to numbering.xml and hands out `w:num` ids as needed."""

    def __init__(self, numbering_el: Any, style: HouseStyle) -> None:
        self.el = numbering_el
        self.style = style
        ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering_el.iterfind(qn("w:abstractNum"))]
        nums = [int(n.get(qn("w:numId"))) for n in numbering_el.iterfind(qn("w:num"))]
        self._next_abstract = max(ids, default=-1) + 1
        self._next_num = max(nums, default=0) + 1
        self._abstract: dict[str, int] = {}  # kind → abstractNumId
        self._current: dict[str, _Instance] = {}  # kind → the list being continued
        self._bullet_num: dict[str, int] = {}

    # -- definitions --

    def _abstract_id(self, kind: str) -> int:
        if kind in self._abstract:
            return self._abstract[kind]
        aid = self._next_abstract
        self._next_abstract += 1
        nsid = hashlib.md5(f"boardwork:{kind}:{aid}".encode()).hexdigest()[:8].upper()
        levels = []
        for k in range(9):
            if kind == "para":
                fmt, text, ind = "decimal", "".join(f"%{i + 1}." for i in range(k + 1)), _PARA_IND[k]
                rpr = ""
            elif kind.startswith("bullet") or kind == "cell":
                # "bullet@N": a run of bullets whose shallowest item is at level N (bullets indented
                # under a numbered paragraph): "•" there, "o" one deeper — as Word users format them.
                base = int(kind.partition("@")[2] or 0)
                glyph, font = _BULLETS[max(k - base, 0) % 2]
                fmt, text = "bullet", glyph
                ind = (_CELL_IND if kind == "cell" else _LIST_IND)[k]
                rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>'
            elif kind == "list-decimal-multi":
                fmt, text, ind, rpr = "decimal", "".join(f"%{i + 1}." for i in range(k + 1)), _LIST_IND[k], ""
            else:  # one format at every level: "lowerLetter", "lowerRoman", "decimal", …
                fmt, text, ind, rpr = kind, f"%{k + 1}.", _LIST_IND[k], ""
            left, hanging = ind
            levels.append(
                f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{_x(text)}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
                f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>'
            )
        multi = "multilevel" if kind in ("para", "list-decimal-multi") else "hybridMultilevel"
        xml = (
            f'<w:abstractNum {_NSDECL} w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/>'
            f'<w:multiLevelType w:val="{multi}"/><w:tmpl w:val="{nsid[::-1]}"/>{"".join(levels)}</w:abstractNum>'
        )
        el = parse_xml(xml)
        first_num = self.el.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(el)  # schema order: every abstractNum before the first num
        else:
            self.el.append(el)
        self._abstract[kind] = aid
        return aid

    def _new_num(self, kind: str, starts: dict[int, int]) -> int:
        aid = self._abstract_id(kind)
        nid = self._next_num
        self._next_num += 1
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
            for lvl, v in sorted(starts.items())
        )
        self.el.append(
            parse_xml(f'<w:num {_NSDECL} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>')
        )
        return nid

    # -- instances --

    def bullet(self, kind: str = "bullet") -> int:
        if kind not in self._bullet_num:
            self._bullet_num[kind] = self._new_num(kind, {})
        return self._bullet_num[kind]

    def numbered(self, kind: str, values: tuple[int, ...], restart: bool = False) -> tuple[int, int]:
        """(numId, ilvl) that makes Word show exactly `values` at this point."""
        ilvl = min(len(values), 9) - 1
        values = values[:9]
        inst = self._current.get(kind)
        if inst is None or restart or inst.predict(ilvl) != values:
            if inst is None and kind == "para" and all(v == 1 for v in values[:-1]) and values[-1] == 1:
                starts: dict[int, int] = {}  # the ordinary case: no overrides at all
            else:
                starts = {lvl: v for lvl, v in enumerate(values)}
            inst = _Instance(self._new_num(kind, starts), starts={lvl: v for lvl, v in enumerate(values)})
            self._current[kind] = inst
        inst.advance(ilvl, values[-1])
        return inst.num_id, ilvl

    def end_lists(self) -> None:
        """A non-list block ends every running list: the next "a." starts a new w:num."""
        for kind in [k for k in self._current if k != "para"]:
            del self._current[kind]


# ---------------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------------


def _rfonts(font: str) -> str:
    f = _x(font)
    return f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}" w:eastAsia="{f}"/>'


def _style_xml(style: HouseStyle) -> dict[str, str]:
    """Our paragraph/character styles, keyed by built-in name (lower case, as in styles.xml)."""
    font = _rfonts(style.font_family)
    body = _half_points(style.body_size_pt)
    col = style.text_colour
    hcol = style.heading_colour
    out = {
        "normal": (
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:widowControl/><w:spacing w:before="0" w:after="160" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:rPr>{font}<w:color w:val="{col}"/><w:sz w:val="{body}"/><w:szCs w:val="{body}"/></w:rPr>'
            "</w:style>"
        ),
        "list paragraph": (
            '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
            '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>'
            '<w:pPr><w:spacing w:after="80"/><w:ind w:left="720"/></w:pPr></w:style>'
        ),
        "header": (
            '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
            f'<w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="{_half_points(style.header_size_pt)}"/></w:rPr>'
            "</w:style>"
        ),
        "footer": (
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
            f'<w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="{_half_points(style.footer_size_pt)}"/></w:rPr>'
            "</w:style>"
        ),
        "hyperlink": (
            '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
            f'<w:rPr><w:color w:val="{style.link_colour}"/><w:u w:val="single"/></w:rPr></w:style>'
        ),
        "table grid": (
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
            '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
            '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
            '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
            "</w:tblPr></w:style>"
        ),
    }
    sizes = {1: style.h1_size_pt, 2: style.h2_size_pt, 3: style.h3_size_pt}
    spacing = {1: (240, 240), 2: (240, 120), 3: (120, 120)}
    for level in range(1, 7):
        size = _half_points(sizes.get(level, style.h3_size_pt))
        before, after = spacing.get(level, (120, 120))
        italic = "<w:i/>" if level >= 3 else '<w:i w:val="0"/>'
        out[f"heading {level}"] = (
            f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
            f'<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
            f'<w:spacing w:before="{before}" w:after="{after}"/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
            f'<w:rPr>{font}<w:b/><w:bCs/>{italic}<w:color w:val="{hcol}"/>'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>'
        )
    return out


def _apply_styles(doc: Any, style: HouseStyle, replace: bool) -> dict[str, str]:
    """Put our styles into styles.xml; returns built-in name → styleId to use.

    replace=True (no board template): our definitions replace python-docx's defaults (Calibri, theme
    colours). replace=False (board template): the template's styles win, ours fill the gaps.
    """
    styles_el = doc.styles.element
    by_name: dict[str, Any] = {}
    for s in styles_el.iterfind(qn("w:style")):
        name = s.find(qn("w:name"))
        if name is not None:
            by_name.setdefault(name.get(qn("w:val")).lower(), s)
    ids: dict[str, str] = {}
    taken = {s.get(qn("w:styleId")) for s in styles_el.iterfind(qn("w:style"))}
    for name, xml in _style_xml(style).items():
        existing = by_name.get(name)
        if existing is not None and not replace:
            ids[name] = existing.get(qn("w:styleId"))
            continue
        el = parse_xml(xml.replace("<w:style ", f"<w:style {_NSDECL} ", 1))
        sid = el.get(qn("w:styleId"))
        if existing is not None:
            el.set(qn("w:styleId"), existing.get(qn("w:styleId")))
            existing.addprevious(el)
            styles_el.remove(existing)
        else:
            if sid in taken:  # a template used our id for another style name
                sid = f"BW{sid}"
                el.set(qn("w:styleId"), sid)
            styles_el.append(el)
        ids[name] = el.get(qn("w:styleId"))

    # Run defaults: the language always (a board's own template may say en-US), fonts only when
    # the house style owns the look.
    defaults = styles_el.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = etree.SubElement(styles_el, qn("w:docDefaults"))
        styles_el.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.SubElement(defaults, qn("w:rPrDefault"))
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = etree.SubElement(rpr_default, qn("w:rPr"))
    if replace:
        for tag in ("w:rFonts", "w:sz", "w:szCs"):
            for old in rpr.findall(qn(tag)):
                rpr.remove(old)
        size = _half_points(style.body_size_pt)
        for new in reversed(
            [
                parse_xml(_rfonts(style.font_family).replace("<w:rFonts ", f"<w:rFonts {_NSDECL} ")),
            ]
        ):
            rpr.insert(0, new)
        sz = etree.SubElement(rpr, qn("w:sz"))
        sz.set(qn("w:val"), str(size))
        szcs = etree.SubElement(rpr, qn("w:szCs"))
        szcs.set(qn("w:val"), str(size))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = etree.SubElement(rpr, qn("w:lang"))
    lang.set(qn("w:val"), style.language)
    _sort_rpr(rpr)
    return ids


# CT_RPr's schema order (the parts we write): Word is strict about child order.
_RPR_ORDER = [
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
    "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
    "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
    "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
]  # fmt: skip


def _sort_rpr(rpr: Any) -> None:
    order = {qn(f"w:{t}"): i for i, t in enumerate(_RPR_ORDER)}
    children = list(rpr)
    children.sort(key=lambda c: order.get(c.tag, len(order)))
    for c in children:
        rpr.append(c)


# ---------------------------------------------------------------------------------------------------
# The writer
# ---------------------------------------------------------------------------------------------------


class _Writer:
    def __init__(
        self,
        paper: Paper,
        style: HouseStyle,
        with_sources: bool,
        ref_labels: dict[str, str] | None,
        ref_url: Any = None,
        base_url: str | None = None,
    ):
        self.paper = paper
        self.style = style
        self.with_sources = with_sources
        self.srcs = Sources(paper, style, ref_labels=ref_labels, ref_url=ref_url, base_url=base_url)
        template = style.template_bytes()
        self.templated = template is not None
        self.doc = docx.Document(io.BytesIO(template)) if template is not None else docx.Document()
        self.body = self.doc.element.body
        self.sect = self.body.find(qn("w:sectPr"))
        if self.templated:
            for child in list(self.body):
                if child is not self.sect:
                    self.body.remove(child)
        self.ids = _apply_styles(self.doc, style, replace=not self.templated)
        self.numbering = _Numbering(self.doc.part.numbering_part.element, style)
        self.text_width = self._set_page()
        self.anchors: list[tuple[int, list[str]]] = []  # (index of the w:p in the body fragment, refs)
        self.parts: list[str] = []
        self.email_rid: str | None = None

    # -- page ------------------------------------------------------------------------------

    def _set_page(self) -> int:
        section = self.doc.sections[0]
        if not self.templated:
            w, h = PAGE_TWIPS[self.style.page_size]
            pg = self.sect.find(qn("w:pgSz"))
            pg.set(qn("w:w"), str(w))
            pg.set(qn("w:h"), str(h))
            mar = self.sect.find(qn("w:pgMar"))
            for side, mm in (
                ("top", self.style.margin_top_mm),
                ("bottom", self.style.margin_bottom_mm),
                ("left", self.style.margin_left_mm),
                ("right", self.style.margin_right_mm),
            ):
                mar.set(qn(f"w:{side}"), str(round(mm * TWIPS_PER_MM)))
            mar.set(qn("w:header"), "709")
            mar.set(qn("w:footer"), "709")
        page, left, right = section.page_width, section.left_margin, section.right_margin
        if page is None or left is None or right is None:  # a template that leaves the page unsaid
            return 9026
        return max(2000, round((page - left - right) / 635))  # EMU → twips

    # -- paragraphs ---------------------------------------------------------------------------

    def _p(self, text: str, ppr: str = "", rpr: str = "", refs: list[str] | None = None) -> None:
        if refs and self.with_sources:
            self.anchors.append((len(self.parts), refs))
        self.parts.append(f"<w:p>{ppr and f'<w:pPr>{ppr}</w:pPr>'}{_run(text, rpr)}</w:p>")

    def heading(self, b: Heading) -> None:
        level = min(max(b.level, 1), 6)
        sid = self.ids.get(f"heading {level}", f"Heading{level}")
        self._p(b.text, f'<w:pStyle w:val="{sid}"/>', refs=b.refs)

    def paragraph(self, b: Paragraph) -> None:
        if b.number is None:
            self._p(b.text, refs=b.refs)
            return
        parsed = parse_label(b.number)
        if parsed is None:
            self._typed_label(b.number, b.text, b.refs, 0)
            return
        fmt, values = parsed
        kind = "para" if fmt == "decimal" else fmt
        num_id, ilvl = self.numbering.numbered(kind, values)
        self._p(
            b.text, f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>', refs=b.refs
        )

    def list_item(self, b: ListItem, prev_fmt: dict[int, str], bullet_base: int = 0) -> None:
        depth = min(max(b.depth, 1), 9)
        ilvl = depth - 1
        lp = self.ids.get("list paragraph", "ListParagraph")
        if b.number is None:
            num_id = self.numbering.bullet(f"bullet@{bullet_base}" if bullet_base else "bullet")
            prev_fmt.pop(depth, None)
        else:
            parsed = parse_label(b.number, prefer_roman=_roman_context(b.number, prev_fmt.get(depth)))
            if parsed is None:
                self._typed_label(b.number, b.text, b.refs, ilvl, list_style=lp)
                return
            fmt, values = parsed
            prev_fmt[depth] = fmt
            for d in [d for d in prev_fmt if d > depth]:
                del prev_fmt[d]
            if fmt == "decimal" and len(values) > 1:
                kind, full = "list-decimal-multi", values
                ilvl = len(values) - 1
            else:
                kind = fmt
                # Deeper levels of a one-format list: show only this level, count the others as 1.
                full = (1,) * ilvl + (values[-1],)
            num_id, ilvl = self.numbering.numbered(kind, full)
        self._p(
            b.text,
            f'<w:pStyle w:val="{lp}"/><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>',
            refs=b.refs,
        )

    def _typed_label(self, label: str, text: str, refs: list[str], ilvl: int, list_style: str = "") -> None:
        # No Word number format makes this label ("2a", "A1"): write it as text in a hanging indent.
        left, hanging = _LIST_IND[min(ilvl, 8)]
        ppr = f'<w:pStyle w:val="{list_style}"/>' if list_style else ""
        ppr += f'<w:tabs><w:tab w:val="left" w:pos="{left}"/></w:tabs><w:ind w:left="{left}" w:hanging="{hanging}"/>'
        if refs and self.with_sources:
            self.anchors.append((len(self.parts), refs))
        self.parts.append(f"<w:p><w:pPr>{ppr}</w:pPr>{_run(label)}<w:r><w:tab/></w:r>{_run(text)}</w:p>")

    # -- tables -------------------------------------------------------------------------------

    def table(self, b: Table) -> None:
        rows = [list(r) for r in b.rows]
        ncols = max([len(r) for r in rows] + [len(b.header or [])] + [1])
        header = list(b.header or [])
        if header:
            header += [""] * (ncols - len(header))
        rows = [r + [""] * (ncols - len(r)) for r in rows]
        size = _half_points(self.style.table_size_pt)
        widths = table_widths(
            [header] + rows if header else rows,
            ncols,
            self.text_width,
            widths=b.widths,
            char_width=0.55 * self.style.table_size_pt * 20,  # an average character, in twips
            padding=2 * 108 + 30,  # Table Grid's cell margins and the borders
        )
        cell_rpr = f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        bold_rpr = "<w:b/>" + cell_rpr
        out = [
            # Fixed layout at the grid's widths: Word and LibreOffice then keep the columns as set
            # instead of shrinking a short one ("Rating") to a letter a line.
            '<w:tbl><w:tblPr><w:tblStyle w:val="{}"/><w:tblW w:w="{}" w:type="dxa"/>'
            '<w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'.format(
                self.ids.get("table grid", "TableGrid"), sum(widths)
            )
        ]
        out += [f'<w:gridCol w:w="{w}"/>' for w in widths]
        out.append("</w:tblGrid>")
        if header:
            out.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
            for i, cell in enumerate(header):
                out.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/>'
                    f'<w:shd w:val="clear" w:color="auto" w:fill="{self.style.table_header_fill}"/></w:tcPr>'
                )
                lines = cell.split("\n") if cell else [""]
                for line in lines:
                    out.append(
                        f'<w:p><w:pPr><w:keepNext/><w:spacing w:after="60"/></w:pPr>'
                        f"{_run(line, bold_rpr)}</w:p>"
                    )
                out.append("</w:tc>")
            out.append("</w:tr>")
        bullets = self.style.table_cell_bullets
        cell_num = None
        for row in rows:
            out.append("<w:tr>")
            for i, cell in enumerate(row):
                key = rag_key(cell) if i == b.rag_column else None
                fill = self.style.rag_fill(key) if key else None
                shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/>{shd}</w:tcPr>')
                lines = [line for line in cell.split("\n")] if cell else [""]
                bullet = bool(cell) and (bullets == "always" or (bullets == "multiline" and len(lines) > 1))
                if bullet and cell_num is None:
                    cell_num = self.numbering.bullet("cell")
                numpr = (
                    f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{cell_num}"/></w:numPr>' if bullet else ""
                )
                rpr = bold_rpr if key else cell_rpr  # the rating's word in bold on its fill
                for line in lines:
                    out.append(f'<w:p><w:pPr>{numpr}<w:spacing w:after="60"/></w:pPr>{_run(line, rpr)}</w:p>')
                out.append("</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        if b.refs and self.with_sources:
            self.anchors.append((len(self.parts), b.refs))
        self.parts.append("".join(out))
        # A paragraph after a table keeps the next table (or the page end) from touching it.
        self.parts.append('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>')

    # -- furniture ----------------------------------------------------------------------------

    def item_line(self) -> None:
        item = self.paper.meta.item
        if self.style.show_item and item:
            self.parts.append(
                f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr>{_run(f"{self.style.item_label} {item}", "<w:b/>")}</w:p>'
            )

    def contact_block(self, space_before: int = 240) -> None:
        c = self.paper.meta.contact
        if c is None or c.is_empty():
            return
        s = self.style
        first = ", ".join(v for v in (c.name, c.role) if v)
        if first:
            self.parts.append(
                f'<w:p><w:pPr><w:keepNext/><w:spacing w:before="{space_before}" w:after="0"/></w:pPr>'
                f"{_run(f'{s.contact_label}: ', '<w:b/>')}{_run(first)}</w:p>"
            )
        bits = []
        if c.phone:
            bits.append(f"{_run(f'{s.phone_label}: ', '<w:b/>')}{_run(c.phone)}")
        if c.email:
            if self.email_rid is None:
                self.email_rid = self.doc.part.relate_to(f"mailto:{c.email}", RT.HYPERLINK, is_external=True)
            hl = self.ids.get("hyperlink", "Hyperlink")
            bits.append(
                f"{_run(f'{s.email_label}: ', '<w:b/>')}"
                f'<w:hyperlink r:id="{self.email_rid}" w:history="1">'
                + _run(c.email, f'<w:rStyle w:val="{hl}"/>')
                + "</w:hyperlink>"
            )
        if bits:
            spacing = "" if first else f'<w:spacing w:before="{space_before}"/>'
            self.parts.append(
                f'<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="3685"/></w:tabs>{spacing}</w:pPr>'
                + "<w:r><w:tab/></w:r>".join(bits)
                + "</w:p>"
            )

    # -- assembly -----------------------------------------------------------------------------

    def body_blocks(self) -> None:
        blocks = self.paper.blocks
        pos = self.style.contact_position
        action_end = (
            action_section_end(blocks, self.style.action_heading) if pos in ("after_action", "both") else None
        )
        self.item_line()
        prev_fmt: dict[int, str] = {}
        contact_done = False
        bullet_base = 0
        for i, b in enumerate(blocks):
            if isinstance(b, ListItem):
                if i == 0 or not isinstance(blocks[i - 1], ListItem):
                    bullet_base = _run_base(blocks, i)
                self.list_item(b, prev_fmt, bullet_base)
            else:
                self.numbering.end_lists()
                prev_fmt.clear()
                if isinstance(b, Heading):
                    self.heading(b)
                elif isinstance(b, Paragraph):
                    self.paragraph(b)
                elif isinstance(b, Table):
                    self.table(b)
            if action_end is not None and i == action_end:
                self.contact_block()
                contact_done = True
        if pos == "end" or pos == "both" or (pos == "after_action" and not contact_done):
            self.contact_block(space_before=360)

    def insert_body(self) -> list[Any]:
        xml = f"<w:body {_NSDECL}>{''.join(self.parts)}</w:body>"
        frag = parse_xml(xml)
        children = list(frag)
        if self.sect is not None:
            for child in children:
                self.sect.addprevious(child)
        else:
            self.body.extend(children)
        return children

    def header_footer(self) -> None:
        section = self.doc.sections[0]
        meta = self.paper.meta
        values = self.style._meta_values(meta)
        if self.templated and not section.header.is_linked_to_previous:
            _fill_placeholders(section.header._element, values)
        else:
            lines = self.style.header_lines(meta)
            hdr = section.header._element  # creates the header part
            _replace_children(
                hdr,
                "".join(
                    f'<w:p><w:pPr><w:pStyle w:val="{self.ids.get("header", "Header")}"/><w:jc w:val="right"/></w:pPr>'
                    f"{_run(line, '<w:b/>')}</w:p>"
                    for line in lines
                )
                or f'<w:p><w:pPr><w:pStyle w:val="{self.ids.get("header", "Header")}"/></w:pPr></w:p>',
            )
        if self.templated and not section.footer.is_linked_to_previous:
            _fill_placeholders(section.footer._element, values)
        else:
            ftr = section.footer._element
            _replace_children(
                ftr,
                f'<w:p><w:pPr><w:pStyle w:val="{self.ids.get("footer", "Footer")}"/><w:jc w:val="center"/></w:pPr>'
                f"{_footer_runs(self.style.footer_template, values)}</w:p>",
            )

    def settings(self) -> None:
        # Spelling and hyphenation language for the theme fonts (python-docx's template says en-US).
        settings = self.doc.settings.element
        lang = settings.find(qn("w:themeFontLang"))
        if lang is not None:
            lang.set(qn("w:val"), self.style.language)

    def properties(self, created: dt.datetime | None) -> None:
        cp = self.doc.core_properties
        meta = self.paper.meta
        cp.title = _BAD_XML.sub("", meta.title or "")[:255]
        cp.subject = _BAD_XML.sub("", meta.body or "")[:255]
        cp.author = _BAD_XML.sub("", self.style.organisation)[:255]
        cp.last_modified_by = cp.author
        cp.language = self.style.language
        cp.revision = 1
        cp.keywords = ""
        cp.comments = ""
        cp.category = "Board paper"
        when = created or dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        cp.created = when
        cp.modified = when

    def comments(self, elements: list[Any]) -> None:
        """A Word comment on each block with refs, naming its records: one paragraph a record, what
        it is and when, then its link (live when absolute).

        Built as one XML string and anchored with lxml: python-docx's add_comment and relate_to
        scan every existing comment and relationship on each call, which made a long paper's
        sources cost seconds."""
        cpart = self.doc.part._comments_part  # python-docx creates the part (with its styles) once
        comments_el = cpart.element
        used = [int(c.get(qn("w:id"))) for c in comments_el.iterfind(qn("w:comment"))]
        next_id = max(used, default=-1) + 1
        rids: dict[str, str] = {}
        link_style = self.ids.get("hyperlink", "Hyperlink")
        annotation = '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        out: list[str] = []
        for index, refs in self.anchors:
            el = elements[index]
            p = el.find(f".//{qn('w:p')}") if el.tag == qn("w:tbl") else el
            runs = p.findall(qn("w:r")) if p is not None else []
            entries = self.srcs.cite(refs)
            if not runs or not entries:
                continue
            cid = next_id
            next_id += 1
            runs[0].addprevious(parse_xml(f'<w:commentRangeStart {_NSDECL} w:id="{cid}"/>'))
            runs[-1].addnext(
                parse_xml(
                    f'<w:r {_NSDECL}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:commentReference w:id="{cid}"/></w:r>'
                )
            )
            runs[-1].addnext(parse_xml(f'<w:commentRangeEnd {_NSDECL} w:id="{cid}"/>'))
            paras = []
            for n, e in enumerate(entries):
                body = _run(e.text())
                if e.url and is_absolute(e.url):
                    url = _BAD_XML.sub("", e.url)
                    if url not in rids:
                        rids[url] = f"rIdBw{len(rids) + 1}"
                        cpart.rels.add_relationship(RT.HYPERLINK, url, rids[url], is_external=True)
                    body += (
                        _run(" ")
                        + f'<w:hyperlink r:id="{rids[url]}" w:history="1">'
                        + _run(url, f'<w:rStyle w:val="{link_style}"/>')
                        + "</w:hyperlink>"
                    )
                elif e.url:
                    body += _run(f" {e.url}")
                ref_run = annotation if n == 0 else ""
                paras.append(f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{ref_run}{body}</w:p>')
            out.append(
                f'<w:comment w:id="{cid}" w:author="Boardwork" w:initials="BW">{"".join(paras)}</w:comment>'
            )
        if out:
            comments_el.extend(list(parse_xml(f"<w:comments {_NSDECL}>{''.join(out)}</w:comments>")))

    def render(self, created: dt.datetime | None) -> bytes:
        self.body_blocks()
        elements = self.insert_body()
        self.header_footer()
        self.properties(created)
        self.settings()
        if self.anchors:
            self.comments(elements)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _run_base(blocks: list[Any], start: int) -> int:
    """The shallowest level (0-based) of the run of list items starting at `start`."""
    depths = []
    for b in blocks[start:]:
        if not isinstance(b, ListItem):
            break
        depths.append(max(b.depth, 1))
    return min(depths) - 1 if depths else 0


def _roman_context(label: str, prev: str | None) -> bool | None:
    if prev in ("lowerRoman", "upperRoman"):
        return True
    if prev in ("lowerLetter", "upperLetter"):
        return False
    return label.lower() == "i"  # a list that starts at "i" is a roman one


def _footer_runs(template: str, values: dict[str, str]) -> str:
    out = []
    for piece in re.split(r"({page}|{pages})", template):
        if piece == "{page}":
            out.append(_field("PAGE", "1"))
        elif piece == "{pages}":
            out.append(_field("NUMPAGES", "1"))
        elif piece:
            try:
                text = piece.format(**values)
            except (KeyError, IndexError, ValueError):
                text = piece
            out.append(_run(text))
    return "".join(out)


def _field(instr: str, cached: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{cached}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _replace_children(el: Any, inner_xml: str) -> None:
    for child in list(el):
        el.remove(child)
    for child in parse_xml(f"<w:x {_NSDECL}>{inner_xml}</w:x>"):
        el.append(child)


def _fill_placeholders(el: Any, values: dict[str, str]) -> None:
    """A board template's own header/footer may say {board}, {meeting_date}, …: fill those in."""
    for t in el.iter(qn("w:t")):
        if t.text and "{" in t.text:
            text = t.text
            for k, v in values.items():
                text = text.replace("{" + k + "}", v)
            t.text = text


def write(
    paper: Paper,
    style: HouseStyle | None = None,
    *,
    with_sources: bool = False,
    ref_labels: dict[str, str] | None = None,
    ref_url: Any = None,
    base_url: str | None = None,
    created: dt.datetime | None = None,
    **_ignored: Any,
) -> bytes:
    """The paper as a .docx file.

    with_sources: each block's `refs` become a Word comment on it naming each record — label and
    date from `Paper.ref_info` (else `ref_labels`, else the ref), and its link (`ref_url` fills
    gaps; `base_url` makes site-relative links absolute, and so clickable). Without it, no comments.
    created: the core properties' date (default now).
    """
    writer = _Writer(paper, style or HouseStyle.default(), with_sources, ref_labels, ref_url, base_url)
    return writer.render(created)
