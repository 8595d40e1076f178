"""The DOCX style cascade (`w:basedOn`, defaults, outline levels) and the small XML helpers the
reader's other modules share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# An lxml element (python-docx's oxml objects are lxml elements; lxml ships no type information).
Element = Any

_W = f"{{{W_NS}}}"
_MC = f"{{{MC_NS}}}"

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
    def __init__(self, styles_el: Element | None) -> None:
        self.raw: dict[str, Element] = {}
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


def _val(el: Element | None) -> str | None:
    if el is None:
        return None
    v: str | None = el.get(_W + "val")
    return v


def _int(v: str | None) -> int | None:
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


def _on_attr(v: str | None) -> bool:
    return v is not None and v.lower() not in ("0", "false", "off")


def _on(el: Element | None) -> bool | None:
    if el is None:
        return None
    v: str | None = el.get(_W + "val")
    return True if v is None else v.lower() not in ("0", "false", "off", "none")


_PPR, _RPR, _PSTYLE, _RSTYLE = _W + "pPr", _W + "rPr", _W + "pStyle", _W + "rStyle"
_NUMPR, _NUMID, _ILVL, _JC, _OUTLINE = _W + "numPr", _W + "numId", _W + "ilvl", _W + "jc", _W + "outlineLvl"
_B, _VANISH, _SZ = _W + "b", _W + "vanish", _W + "sz"


def _first_child(el: Element, tag: str) -> Element | None:
    """The element's first child when it has `tag` (properties always come first in OOXML)."""
    if len(el):
        first = el[0]
        if first.tag == tag:
            return first
    return None


def _children(el: Element) -> dict[str, Element]:
    return {c.tag: c for c in el}
