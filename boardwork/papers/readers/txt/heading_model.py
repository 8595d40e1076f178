"""A learned second opinion on which plain-text lines are headings.

The layout rules (`layout._blocks`, `_headings`, `_emit`) decide headings from hand-written
patterns. This model gives each paragraph-sized unit the reader emitted a probability of being a
heading from its layout alone — length, words, capitals, title case, end punctuation, the shape of
its number ("1.", "1.0", "1.1", "(a)", roman, "Item 3"), blank lines around it, indentation, the
shapes of the units before and after it, its place in the paper and whether its text recurs — never
the words of particular papers. It is a logistic regression over those features and their pairs,
trained by `bench/train_heading_model.py` on the development papers' keys (never the held-out ones)
and shipped as its weights in `heading_model.json`: inference is a sum of weights in sorted order
and a logistic, plain Python, deterministic, no numpy or scikit-learn at run time.

Combined with the rules only where it is confident (`revise`): a unit the rules left as text
becomes a heading at `add_at` or more, a heading of the rules becomes text below `drop_below`; the
paper's title (level 1) is the rules' to say, and so is every unit a named rule of the reader
decided (`layout.Unit.rule`): the model judges only the lines the rules judged by their shape.
See docs/adr/0014-learned-heading-classifier.md.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ...document import Block, Heading, ListItem, Paragraph, Table, clean
from .layout import named_verdict

if TYPE_CHECKING:
    from .layout import Unit

_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$", re.I)
_NUM_DOTTED = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{1,3})+$")
_LEAD_NUMBER = re.compile(r"^(?P<n>[0-9]{1,3}(?:\.[0-9]{1,3})*)(?P<p>[.)]?)\s+\S")
_LEAD_ROMAN = re.compile(r"^(?P<n>[IVXivx]{1,5})[.)]?\s+[A-Z]")
_LEAD_LETTER = re.compile(r"^\(?[a-zA-Z]\)\s+\S")
_LEAD_ITEM = re.compile(
    r"^(?:agenda\s+)?(?:item|part|section|appendix|annex|chapter|priority|objective)\s+"
    r"(?:no\.?\s*)?[0-9IVXivxA-Z]{1,4}\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
_END_SENTENCE = re.compile(r"[.!?;…]['\"’”)\]]*$")
_SMALL = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "&"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _bucket(n: float, edges: tuple[float, ...]) -> int:
    return next((i for i, e in enumerate(edges) if n <= e), len(edges))


def _shape(u: Unit | None, block: Block | None) -> dict[str, str]:
    """A few coarse traits of a neighbouring unit (the next or the previous)."""
    if u is None:
        return {"none": "1"}
    if u.table is not None:
        return {"table": "1"}
    t = clean(u.text)
    letters = [c for c in t if c.isalpha()]
    return {
        "kind": u.kind or "-",
        "words": str(_bucket(len(t.split()), (3, 8, 15, 30))),
        "end": "sentence" if _END_SENTENCE.search(t) else ("colon" if t.endswith(":") else "open"),
        "caps": "1" if letters and all(c.isupper() for c in letters) else "0",
        "heading": "1" if isinstance(block, Heading) else "0",
        "gap": str(min(u.gap, 2)),
    }


def _number_shape(u: Unit, t: str) -> str:
    """The shape of the unit's own number, or of a number its text starts with."""
    n = u.number
    if n is not None and u.kind is not None:
        if _NUM_DOTTED.match(n):
            return "dotted" if not n.endswith(".0") else "n.0"
        if n.isdigit():
            return f"{u.kind}:n"
        if _ROMAN.match(n):
            return f"{u.kind}:roman"
        if len(n) == 1 and n.isalpha():
            return f"{u.kind}:letter"
        return f"{u.kind}:other"
    if u.kind is not None:
        return f"{u.kind}:none"
    if _LEAD_ITEM.match(t):
        return "text:item"
    if m := _LEAD_NUMBER.match(t):
        if m.group("n").endswith(".0"):
            return "text:n.0"
        return "text:dotted" if "." in m.group("n") else "text:n" + m.group("p")
    if _LEAD_ROMAN.match(t):
        return "text:roman"
    if _LEAD_LETTER.match(t):
        return "text:letter"
    return "none"


def features(units: list[Unit], blocks: list[Block | None], k: int, rules: bool = True) -> list[str]:
    """The layout features of unit `k` (its block in `blocks`, what the rules emitted), as names.
    With `rules`, the rules' own verdict too."""
    u = units[k]
    t = clean(u.text)
    b = blocks[k]
    letters = [c for c in t if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    words = t.split()
    content = [w for w in _WORD.findall(t) if w.lower() not in _SMALL]
    titled = sum(w[0].isupper() for w in content)
    n = len(units)
    f = {
        "kind": u.kind or "-",
        "number": _number_shape(u, t),
        "chars": str(_bucket(len(t), (15, 30, 50, 80, 120, 200))),
        "words": str(_bucket(len(words), (1, 2, 3, 5, 8, 12, 16, 25, 40))),
        "lines": str(min(len(u.lines) or 1, 3)),
        "caps": (
            "none"
            if not letters
            else "all"
            if upper == len(letters)
            else "most"
            if upper >= 0.6 * len(letters)
            else "some"
            if upper > 1
            else "first"
            if upper == 1
            else "lower"
        ),
        "title case": (
            "-"
            if not content
            else "all"
            if titled == len(content)
            else "most"
            if titled >= 0.6 * len(content)
            else "few"
        ),
        "first": "upper"
        if t[:1].isupper()
        else "digit"
        if t[:1].isdigit()
        else "lower"
        if t[:1].islower()
        else "other",
        "end": (
            "."
            if t.endswith(".")
            else ":"
            if t.endswith(":")
            else "?"
            if t.endswith("?")
            else ","
            if t.endswith((",", ";"))
            else ")"
            if t.endswith(")")
            else "digit"
            if t[-1:].isdigit()
            else "letter"
            if t[-1:].isalpha()
            else "other"
        ),
        "sentences": str(min(len(re.findall(r"[a-z][.!?]\s+[A-Z]", t)), 2)),
        "gap before": str(min(u.gap, 3)),
        "gap after": str(min(units[k + 1].gap, 3)) if k + 1 < n else "end",
        "indent": str(_bucket(u.indent, (0, 3, 8))),
        "indent vs next": (
            "-"
            if k + 1 >= n
            else "more"
            if u.indent > units[k + 1].indent
            else "less"
            if u.indent < units[k + 1].indent
            else "same"
        ),
        "place": "first"
        if k == 0
        else "opening"
        if k < 5
        else str(_bucket(k / max(1, n - 1), (0.25, 0.5, 0.75))),
        "year": "1" if _YEAR.search(t) else "0",
        "digits": str(_bucket(sum(c.isdigit() for c in t) / max(1, len(t)), (0.0, 0.1, 0.3))),
        "dash": "1" if re.search(r"\s[-–—|]\s", t) else "0",
        "bracket": "1" if "(" in t else "0",
        "row": "1" if u.row else "0",
    }
    for side, j in (("next", k + 1), ("prev", k - 1)):
        inside = 0 <= j < n
        for key, value in _shape(units[j] if inside else None, blocks[j] if inside else None).items():
            if key != "heading" or rules:  # (whether a neighbour is a heading: the rules' verdict)
                f[f"{side} {key}"] = value
    if rules:
        f["rule"] = (
            "title"
            if isinstance(b, Heading) and b.level == 1
            else "heading"
            if isinstance(b, Heading)
            else "text"
        )
    names = [f"{key}={value}" for key, value in sorted(f.items())]
    return names


def paper_features(units: list[Unit]) -> list[str]:
    """Traits of the whole paper: how it numbers, how much of it is in capitals (house style)."""
    n = max(1, len(units))
    numbered = sum(1 for u in units if u.kind == "num") / n
    caps = sum(1 for u in units if u.table is None and u.text.isupper()) / n
    return [
        f"paper numbered={_bucket(numbered, (0.0, 0.2, 0.5))}",
        f"paper caps={_bucket(caps, (0.0, 0.05, 0.15))}",
    ]


# Features crossed with every other feature of the unit: the ones whose meaning depends on the rest.
CROSSED = ("caps=", "end=", "gap after=", "kind=", "next end=", "number=", "words=", "rule=")


@dataclass(frozen=True)
class PaperContext:
    """What every unit's features share: the paper's traits and how often each text recurs."""

    traits: list[str]
    texts: Counter[str]

    @classmethod
    def of(cls, units: list[Unit]) -> PaperContext:
        return cls(paper_features(units), Counter(_norm(u.text) for u in units if u.table is None))


def all_features(
    units: list[Unit], blocks: list[Block | None], k: int, rules: bool, paper: PaperContext
) -> list[str]:
    """The unit's features, the paper's, the text repeated elsewhere, and pairs with `CROSSED` ones."""
    base = features(units, blocks, k, rules) + paper.traits
    base.append(f"repeated={min(paper.texts[_norm(units[k].text)], 3)}")
    out = list(base)
    crossed = [x for x in base if x.startswith(CROSSED)]
    for a in crossed:
        for c in base:
            if c != a and (not c.startswith(CROSSED) or a < c):
                out.append(f"{a}&{c}")
    return out


def _norm(text: str) -> str:
    return clean(text).lower().strip(" .:;,")


@dataclass(frozen=True)
class HeadingModel:
    """Weights of a logistic regression and the thresholds chosen for them by cross-validation."""

    intercept: float
    weights: dict[str, float]
    add_at: float  # a unit the rules left as text becomes a heading from here
    drop_below: float  # a heading of the rules (not the title) becomes text below this
    rules: bool  # whether the rules' verdict is among the features

    def probability(
        self, units: list[Unit], blocks: list[Block | None], k: int, paper: PaperContext
    ) -> float:
        names = sorted(all_features(units, blocks, k, self.rules, paper))
        z = self.intercept + math.fsum(self.weights.get(x, 0.0) for x in names)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> HeadingModel:
        return cls(
            intercept=float(d["intercept"]),
            weights={str(k): float(v) for k, v in d["weights"].items()},
            add_at=float(d["add_at"]),
            drop_below=float(d["drop_below"]),
            rules=bool(d.get("rules", False)),
        )

    def revise(self, units: list[Unit], blocks: list[Block]) -> list[Block]:
        """The reader's blocks with this model's confident verdicts applied (the `layout` hook)."""
        aligned = align(units, blocks)
        if aligned is None:
            return blocks
        paper = PaperContext.of(units)
        probs = [
            None if b is None or isinstance(b, Table) else self.probability(units, aligned, k, paper)
            for k, b in enumerate(aligned)
        ]
        return revise(units, aligned, probs, self.add_at, self.drop_below)


def align(units: list[Unit], blocks: list[Block]) -> list[Block | None] | None:
    """Each unit's block (None where the unit emitted none: no text). The emitter makes one block of
    each table and of each unit with text, in order; None if the two do not line up."""
    out: list[Block | None] = []
    it = iter(blocks)
    for u in units:
        if u.table is None and not clean(u.text):
            out.append(None)
            continue
        b = next(it, None)
        if b is None or isinstance(b, Table) != (u.table is not None):
            return None
        out.append(b)
    return out if next(it, None) is None else None


def as_heading(b: Paragraph | ListItem) -> Heading:
    """A text block made a heading: its text without a closing colon (as the rules' headings)."""
    return Heading(text=clean(b.text).rstrip(":"), level=2)


def as_text(u: Unit) -> Block:
    """A heading made text again: the unit's text, a list item or a paragraph with its number."""
    text = clean(u.text)
    if u.kind in ("alpha", "bullet"):
        return ListItem(text=text, number=u.number, depth=1)
    return Paragraph(text=text, number=u.number if u.kind is not None else None)


def revise(
    units: list[Unit],
    aligned: list[Block | None],
    probs: list[float | None],
    add_at: float,
    drop_below: float,
) -> list[Block]:
    """Blocks with a text unit at `add_at` or more made a heading and a heading (not the title)
    below `drop_below` made text again — but for the units a named rule of the reader decided
    (`Unit.rule`: an item's number over its name, a letter's courtesies and address block, an
    attendance list, a heading-like line a rule ruled out…), whose verdict stands. (A unit whose
    block is not what its rule says — read by other rules than the ones that marked it — is the
    model's.)"""
    out: list[Block] = []
    for u, b, p in zip(units, aligned, probs, strict=True):
        if b is None:
            continue
        if p is not None and not isinstance(b, Table) and named_verdict(u) != isinstance(b, Heading):
            if isinstance(b, Heading):
                if b.level != 1 and p < drop_below:
                    out.append(as_text(u))
                    continue
            elif p >= add_at:
                out.append(as_heading(b))
                continue
        out.append(b)
    return out


@cache
def shipped_model() -> HeadingModel | None:
    """The model in `heading_model.json` beside this module, or None when none is shipped."""
    f = resources.files("boardwork.papers.readers.txt").joinpath("heading_model.json")
    if not f.is_file():
        return None
    return HeadingModel.from_dict(json.loads(f.read_text(encoding="utf-8")))
