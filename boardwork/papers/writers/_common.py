"""Small helpers the writers share (no heavy imports: html/md must not pull in python-docx)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from ..document import Heading, Paper, clean
from ..style import HouseStyle

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_SAFE_SCHEME = re.compile(r"^(?:https?|mailto):", re.IGNORECASE)


def action_section_end(blocks: list[Any], action_heading: str) -> int | None:
    """Index of the last block of the section headed `action_heading` ("Action", "Actions:"), or None.

    The contact block goes after it when the house style says "after_action".
    """
    want = action_heading.strip().lower().rstrip("s:")
    start = None
    for i, b in enumerate(blocks):
        if isinstance(b, Heading):
            if start is not None:
                return i - 1
            if b.text.strip().lower().rstrip("s:") == want:
                start = i
    return len(blocks) - 1 if start is not None else None


def column_widths(rows: list[list[str]], ncols: int, total: int) -> list[int]:
    """Share `total` between columns by each column's mean line length (clamped to 6–80 characters).

    Prose tables (a short "Priority area" beside long "Proposed activity" bullets) then get the
    narrow/wide split a person would give them, where equal or auto widths waste the page.
    """
    weights = []
    for c in range(ncols):
        lines = [ln for r in rows for ln in (r[c].split("\n") if c < len(r) and r[c] else [])]
        mean = sum(len(ln) for ln in lines) / len(lines) if lines else 6
        weights.append(min(max(mean, 6.0), 80.0))
    s = sum(weights)
    widths = [int(total * w / s) for w in weights]
    widths[-1] += total - sum(widths)
    return widths


def ref_label(ref: str, labels: dict[str, str] | None = None) -> str:
    """A ref's human label: from `labels`, else 'activity:3f2a9c0e-…' → 'activity 3f2a9c0e'."""
    if labels and ref in labels:
        return labels[ref]
    kind, _, ident = ref.partition(":")
    return f"{kind.replace('_', ' ')} {ident[:8]}" if ident else ref


# -- sources ---------------------------------------------------------------------------------------


@dataclass
class SourceEntry:
    """One numbered source: what a ref names, as every writer shows it."""

    number: int
    ref: str
    label: str
    date: str  # shown form: "14 June 2023", "June 2023" or ""
    url: str | None  # absolute when a base URL was given (else as recorded)

    def text(self) -> str:
        """ "Activity: Webinar on county lines (June 2023)": the label and, if recorded, the date."""
        return f"{self.label} ({self.date})" if self.date else self.label


def absolute_url(url: str | None, base_url: str | None) -> str | None:
    """A site-relative url ("/boards/…") joined to `base_url` when one is given; else as is."""
    if not url:
        return None
    if base_url and not _SCHEME.match(url):
        return urljoin(base_url if base_url.endswith("/") else base_url + "/", url)
    return url


def is_absolute(url: str | None) -> bool:
    return bool(url and _SCHEME.match(url))


class Sources:
    """Numbers a paper's refs in order of first use and resolves what each names.

    What a ref names comes from `Paper.ref_info` (compose fills it); for refs it does not cover, the
    older writer options `ref_labels` / `ref_url` are used, and failing those the ref itself
    ("activity 3f2a9c0e"), so a paper with no RefInfo still shows something honest. One numbering
    serves the whole paper: the same record cited twice keeps its number, as footnotes do.
    """

    def __init__(
        self,
        paper: Paper,
        style: HouseStyle,
        *,
        ref_labels: dict[str, str] | None = None,
        ref_url: Callable[[str], str | None] | None = None,
        base_url: str | None = None,
    ) -> None:
        self.paper = paper
        self.style = style
        self.ref_labels = ref_labels or {}
        self.ref_url = ref_url
        self.base_url = base_url
        self._by_ref: dict[str, SourceEntry] = {}

    def entry(self, ref: str) -> SourceEntry:
        found = self._by_ref.get(ref)
        if found is not None:
            return found
        info = self.paper.ref_info.get(ref)
        if info is not None:
            label, date, url = info.label, info.date, info.url
        else:
            label, date, url = ref_label(ref, self.ref_labels), None, None
        if not url and self.ref_url is not None:
            url = self.ref_url(ref)
        url = absolute_url(url, self.base_url)
        if url and _SCHEME.match(url) and not _SAFE_SCHEME.match(url):
            url = None  # only web links: a "javascript:" or "file:" link is never written
        e = SourceEntry(
            len(self._by_ref) + 1, ref, clean(label) or ref, self.style.format_record_date(date), url
        )
        self._by_ref[ref] = e
        return e

    def cite(self, refs: list[str]) -> list[SourceEntry]:
        """The entries for a block's refs (numbered on first use), each once, by number — as
        citations are ordered, so runs read as ranges ("3–10, 15")."""
        seen: set[str] = set()
        out = []
        for r in refs:
            if r and r not in seen:
                seen.add(r)
                out.append(self.entry(r))
        return sorted(out, key=lambda e: e.number)

    def entries(self) -> list[SourceEntry]:
        """Every entry cited so far, by number: the sources list at the end of a paper."""
        return sorted(self._by_ref.values(), key=lambda e: e.number)


# -- tables ----------------------------------------------------------------------------------------

RAG_WORDS = ("red", "amber", "green", "complete")
_RAG_ALIASES = {"completed": "complete", "done": "complete", "r": "red", "a": "amber", "g": "green"}


def rag_key(cell: str) -> str | None:
    """The RAG rating a cell states ("Amber", "Green (on track)", "Completed") or None."""
    m = re.match(r"[A-Za-z]+", (cell or "").strip())
    if not m:
        return None
    word = m.group(0).lower()
    word = _RAG_ALIASES.get(word, word)
    return word if word in RAG_WORDS else None


def table_widths(
    rows: list[list[str]],
    ncols: int,
    total: int,
    *,
    widths: list[float] | None = None,
    char_width: float,
    padding: float,
) -> list[int]:
    """Column widths (summing to `total`) for a table, in the units of `total`.

    `widths` (Table.widths, relative) are honoured when given; otherwise columns share the width by
    content (`column_widths`). Either way no column is narrower than its longest word at
    `char_width` units a character plus `padding` (the cell's own margins), so "Amber" or "Rating"
    never breaks mid-word or spills into the next cell; the others give way in proportion. A very
    long word (a URL) is capped at 40% of the table: the cell wraps it instead.
    """
    if widths and len(widths) >= ncols and all(w > 0 for w in widths[:ncols]):
        weights = [float(w) for w in widths[:ncols]]
    else:
        weights = [float(w) for w in column_widths(rows, ncols, 1000)]
    mins = []
    for c in range(ncols):
        # A hyphenated word ("good-practice") may wrap at its hyphen: its longest part counts.
        longest = max((len(w) for r in rows if c < len(r) for w in re.split(r"\s+|(?<=-)", r[c])), default=1)
        # Bold header text and wide capitals: a little spare so the word fits in every font.
        # Cells of several lines are bulleted: the bullet's hanging indent (about 1.2 em, two
        # characters and a bit) comes off the room for the word.
        bullets = any(c < len(r) and "\n" in r[c] for r in rows)
        mins.append(min((longest + (2.5 if bullets else 0)) * char_width * 1.1 + padding, total * 0.4))
    if sum(mins) >= total:  # too many columns for the page: shrink the minimums alike
        scale = total / sum(mins)
        mins = [m * scale for m in mins]
        weights = [1.0] * ncols
    fixed: dict[int, float] = {}
    while True:
        free = [c for c in range(ncols) if c not in fixed]
        room = total - sum(fixed.values())
        wsum = sum(weights[c] for c in free) or 1.0
        share = {c: room * weights[c] / wsum for c in free}
        short = [c for c in free if share[c] < mins[c]]
        if not short:
            break
        for c in short:
            fixed[c] = mins[c]
    exact = [fixed.get(c, share.get(c, 0.0)) for c in range(ncols)]
    out = [int(w) for w in exact]
    out[max(range(ncols), key=lambda c: exact[c])] += total - sum(out)
    return out


# Number labels (DOCX writes them as Word numbering, HTML as list types)

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


def roman_context(label: str, prev: str | None) -> bool | None:
    if prev in ("lowerRoman", "upperRoman"):
        return True
    if prev in ("lowerLetter", "upperLetter"):
        return False
    return label.lower() == "i"  # a list that starts at "i" is a roman one
