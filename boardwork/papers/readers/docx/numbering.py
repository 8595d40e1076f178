"""Word's automatic paragraph numbering, computed from `numbering.xml` and `styles.xml`.

A numbered Word paragraph does not contain its number: it carries `w:numPr` (numId, ilvl), directly
or through its paragraph style, and Word works the label out while laying the document out. We
replay that computation in document order:

- `w:num` (a list instance, the numId) points at a `w:abstractNum` (the definition), possibly through
  `w:numStyleLink` → a numbering style → that style's numId → the abstract with the `w:styleLink`.
- The running counters belong to the ABSTRACT definition, not to the numId: several numIds over one
  abstract continue one sequence (ECMA-376 §17.9; this is what Word shows). A numId whose
  `w:lvlOverride` carries `w:startOverride` restarts the overridden levels the first time that numId
  is used; `w:lvlOverride/w:lvl` replaces the level's definition for that numId only.
- Using level k resets the deeper levels, except where a level's `w:lvlRestart` says otherwise
  (0 = never restart; n = restart only after level n (1-based) or a shallower one is used).
- `w:lvlText` is a template: "%1.%2." shows the counters of levels 1 and 2, each in its own level's
  `w:numFmt` — unless the shown level has `w:isLgl` (legal numbering), which forces decimals.

Only the parts of numbering a reader needs are modelled: no indents, fonts or picture bullets.
Pure Python over lxml elements; no python-docx objects, so it can be tested with hand-built XML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .styles import _W, W_NS, Element

NS = {"w": W_NS}
MAX_LEVELS = 9
_PLACEHOLDER = re.compile(r"%([1-9])")

# Formats whose labels read as paragraph numbers ("12", "3.1"), as opposed to list markers.
DECIMAL_FORMATS = {"decimal", "decimalZero", "ordinal", "decimalFullWidth", "decimalHalfWidth"}


def _attr(el: Element | None, name: str = "val") -> str | None:
    if el is None:
        return None
    v: str | None = el.get(_W + name)
    return v


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _on(el: Element | None) -> bool:
    """An OOXML on/off property: present and not switched off with val="0"/"false"/"off"."""
    if el is None:
        return False
    return (_attr(el) or "true").lower() not in ("0", "false", "off")


def to_roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = []
    for value, sym in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def to_letters(n: int) -> str:
    """Word's letter numbering: a…z, then aa, bb, … zz, then aaa … (the letter repeats)."""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str | None) -> str:
    """One counter in one `w:numFmt`. Unknown formats fall back to decimal, as Word's viewers do."""
    fmt = fmt or "decimal"
    if fmt == "lowerLetter":
        return to_letters(n)
    if fmt == "upperLetter":
        return to_letters(n).upper()
    if fmt == "lowerRoman":
        return to_roman(n)
    if fmt == "upperRoman":
        return to_roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


@dataclass
class Level:
    """One level of a list definition (`w:lvl`)."""

    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # the lvlText template; None = Word's default "%<ilvl+1>."
    restart: int | None = None  # lvlRestart: None = default rule, 0 = never, n = after level n
    legal: bool = False  # isLgl
    pstyle: str | None = None  # the paragraph style linked to this level

    @classmethod
    def from_xml(cls, el: Element) -> Level:
        text_el = el.find(_W + "lvlText")
        return cls(
            start=_int(_attr(el.find(_W + "start")), 1) or 0,
            fmt=_attr(el.find(_W + "numFmt")) or "decimal",
            text=_attr(text_el) if text_el is not None else None,
            restart=_int(_attr(el.find(_W + "lvlRestart"))),
            legal=_on(el.find(_W + "isLgl")),
            pstyle=_attr(el.find(_W + "pStyle")),
        )


@dataclass
class Label:
    """A computed paragraph label."""

    text: str  # as Word shows it: "1.2.", "(a)", "" for bullets
    number: str | None  # the label without its punctuation: "1.2", "a"; None for bullets
    fmt: str  # numFmt of the paragraph's level
    ilvl: int
    num_id: int
    decimal: bool  # every number in the label is decimal (reads as a paragraph number)

    @property
    def bullet(self) -> bool:
        return self.fmt == "bullet" or self.number is None


class Numbering:
    """The numbering definitions of one document and the running counters for a pass over it.

    Call `label(num_id, ilvl)` for every paragraph that has numbering, in document order (headings
    and table cells included: they advance the counters too).
    """

    def __init__(
        self, numbering_el: Element | None = None, styles: dict[str, dict[str, Any]] | None = None
    ) -> None:
        self.abstracts: dict[int, dict[int, Level]] = {}
        self.abstract_style_link: dict[str, int] = {}  # numbering style id → abstractNumId
        self.abstract_num_style_link: dict[int, str] = {}  # abstractNumId → numbering style id
        self.nums: dict[int, int] = {}  # numId → abstractNumId
        self.overrides: dict[int, dict[int, tuple[int | None, Level | None]]] = {}
        self.styles = styles or {}
        # Running state, per abstract: counter per level (None = not started yet).
        self._counters: dict[int, list[int | None]] = {}
        self._seen_nums: set[int] = set()
        self._level_cache: dict[tuple[int, int], Level | None] = {}
        if numbering_el is not None:
            self._load(numbering_el)

    # -- definitions --------------------------------------------------------------------------

    def _load(self, root: Element) -> None:
        for a in root.iterfind(_W + "abstractNum"):
            aid = _int(_attr(a, "abstractNumId"))
            if aid is None:
                continue
            levels: dict[int, Level] = {}
            for lvl in a.iterfind(_W + "lvl"):
                ilvl = _int(_attr(lvl, "ilvl"), 0) or 0
                if 0 <= ilvl < MAX_LEVELS:
                    levels[ilvl] = Level.from_xml(lvl)
            self.abstracts[aid] = levels
            link = _attr(a.find(_W + "styleLink"))
            if link:
                self.abstract_style_link[link] = aid
            nlink = _attr(a.find(_W + "numStyleLink"))
            if nlink:
                self.abstract_num_style_link[aid] = nlink
        for n in root.iterfind(_W + "num"):
            nid = _int(_attr(n, "numId"))
            aid = _int(_attr(n.find(_W + "abstractNumId")))
            if nid is None or aid is None:
                continue
            self.nums[nid] = aid
            ov: dict[int, tuple[int | None, Level | None]] = {}
            for o in n.iterfind(_W + "lvlOverride"):
                ilvl = _int(_attr(o, "ilvl"), 0) or 0
                start = _int(_attr(o.find(_W + "startOverride")))
                lvl_el = o.find(_W + "lvl")
                ov[ilvl] = (start, Level.from_xml(lvl_el) if lvl_el is not None else None)
            if ov:
                self.overrides[nid] = ov

    def abstract_id(self, num_id: int) -> int | None:
        """The abstract definition behind a numId, following a numStyleLink (at most a few hops)."""
        aid = self.nums.get(num_id)
        for _ in range(4):
            if aid is None:
                return None
            link = self.abstract_num_style_link.get(aid)
            if not link:
                return aid
            target = self.abstract_style_link.get(link)
            if target is None:
                # The link goes through the numbering style's own numPr.
                style_num = (self.styles.get(link) or {}).get("num_id")
                target = self.nums.get(style_num) if style_num is not None else None
            if target is None or target == aid:
                return aid
            aid = target
        return aid

    def level(self, num_id: int, ilvl: int) -> Level | None:
        """The definition of `ilvl` as seen through numId `num_id` (overrides applied)."""
        key = (num_id, ilvl)
        if key not in self._level_cache:
            self._level_cache[key] = self._level(num_id, ilvl)
        return self._level_cache[key]

    def _level(self, num_id: int, ilvl: int) -> Level | None:
        ov = self.overrides.get(num_id, {}).get(ilvl)
        if ov and ov[1] is not None:
            return ov[1]
        aid = self.abstract_id(num_id)
        if aid is None:
            return None
        return self.abstracts.get(aid, {}).get(ilvl)

    def level_for_style(self, num_id: int, style_id: str) -> int | None:
        """The level a paragraph style is linked to inside a list (`w:lvl/w:pStyle`)."""
        aid = self.abstract_id(num_id)
        for ilvl, lvl in (self.abstracts.get(aid, {}) if aid is not None else {}).items():
            if lvl.pstyle == style_id:
                return ilvl
        return None

    def _start(self, num_id: int, ilvl: int) -> int:
        ov = self.overrides.get(num_id, {}).get(ilvl)
        if ov and ov[0] is not None:
            return ov[0]
        lvl = self.level(num_id, ilvl)
        return lvl.start if lvl else 1

    # -- counting -----------------------------------------------------------------------------

    def label(self, num_id: int | None, ilvl: int | None) -> Label | None:
        """Advance the counters for one paragraph and return its label (None: not numbered)."""
        if not num_id:  # numId 0 switches numbering off
            return None
        ilvl = min(max(ilvl or 0, 0), MAX_LEVELS - 1)
        lvl = self.level(num_id, ilvl)
        if lvl is None:
            return None
        aid = self.abstract_id(num_id)
        if aid is None:
            return None
        counters = self._counters.setdefault(aid, [None] * MAX_LEVELS)
        if num_id not in self._seen_nums:
            self._seen_nums.add(num_id)
            # First use of an instance with start overrides: those levels start again.
            for o_ilvl, (start, _lvl) in self.overrides.get(num_id, {}).items():
                if start is not None and 0 <= o_ilvl < MAX_LEVELS:
                    counters[o_ilvl] = None
        if lvl.fmt == "none" and not _PLACEHOLDER.search(lvl.text or ""):
            # An unnumbered level still counts as "used" for restarting deeper levels.
            self._reset_deeper(num_id, counters, ilvl)
            return None
        current = counters[ilvl]
        counters[ilvl] = self._start(num_id, ilvl) if current is None else current + 1
        self._reset_deeper(num_id, counters, ilvl)
        return self._render(num_id, ilvl, lvl, counters)

    def _reset_deeper(self, num_id: int, counters: list[int | None], ilvl: int) -> None:
        for deeper in range(ilvl + 1, MAX_LEVELS):
            d = self.level(num_id, deeper)
            restart = d.restart if d else None
            if restart is None or (restart > 0 and ilvl <= restart - 1):
                counters[deeper] = None

    def _render(self, num_id: int, ilvl: int, lvl: Level, counters: list[int | None]) -> Label:
        template = lvl.text if lvl.text is not None else f"%{ilvl + 1}."
        decimal = True
        pieces: list[str] = []
        first = last = None
        pos = 0
        for m in _PLACEHOLDER.finditer(template):
            k = int(m.group(1)) - 1
            shown = self.level(num_id, k) if k != ilvl else lvl
            value = counters[k] if counters[k] is not None else self._start(num_id, k)
            fmt = "decimal" if lvl.legal else (shown.fmt if shown else "decimal")
            if fmt not in DECIMAL_FORMATS:
                decimal = False
            pieces.append(template[pos : m.start()])
            if first is None:
                first = sum(len(p) for p in pieces)
            pieces.append(format_number(value or 0, fmt))
            last = sum(len(p) for p in pieces)
            pos = m.end()
        pieces.append(template[pos:])
        text = "".join(pieces)
        number = None
        if first is not None and last is not None and lvl.fmt != "bullet":
            # The label without its punctuation: from the first number to the last ("(a)" → "a",
            # "%1.%2." → "1.2", "Section %1." → "1").
            number = text[first:last].strip() or None
        if number is None:
            decimal = False
        return Label(text=text, number=number, fmt=lvl.fmt, ilvl=ilvl, num_id=num_id, decimal=decimal)
