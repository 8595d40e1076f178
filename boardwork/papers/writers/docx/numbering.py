"""Word automatic numbering: one multi-level decimal definition for numbered paragraphs, fresh
`w:num` instances (with `startOverride`) where the paper's numbers restart or skip, lettered / roman
/ bullet definitions for lists."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

from ...style import HouseStyle
from ._xml import _NSDECL, _x

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
