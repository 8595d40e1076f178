"""Line-structuring for text-like sources: plain text, PDF-to-text exports, copies of web pages.

A text export has lost the document's structure; what is left is typography in characters:
paragraph labels ("12.", "- 12.", "1.1.", "(a)"), bullet glyphs, indentation, blank lines, short
lines that are headings, tab-indented table cells, page furniture and hyphenated line ends. This
module turns such lines into `Paper` blocks. `txt` uses all of it; `markdown` reuses the label,
bullet and table helpers.

Everything runs in time linear in the input: patterns are anchored and bounded, and loops call
`limits.check_time()`.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, field

from ..document import Block, Heading, ListItem, Meta, Paragraph, Table, clean, clean_cell
from . import Limits, ReadError
from .meta import SECTION_LABELS, find_meta, strip_inline_markup

# -- decoding ---------------------------------------------------------------------------------------

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


# -- line level ---------------------------------------------------------------------------------

# "Page 3 of 12", "3 of 12", "- 3 -", a lone page number, "3 | Page", viewer captions.
_PAGE_FURNITURE = re.compile(
    r"^\s*(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}"
    r"|\d{1,4}\s*\|\s*page|page\s*\|\s*\d{1,4})\s*(?:[-–—|]\s*(?:print|close|back\s+to\s+top)\s*)?$",
    re.IGNORECASE,
)
_VIEWER = re.compile(
    r"^\s*(?:downloaded\s+(?:from|on)\b.{0,120}|printed\s+(?:on|from|by)\b.{0,120}|print\s+this\s+page"
    r"|this\s+page\s+(?:is\s+)?(?:intentionally\s+)?(?:left\s+)?blank\.?|back\s+to\s+top|skip\s+to\s+(?:main\s+)?content"
    r"|page\s+\d{1,4}\s+of\s+\d{1,4}\b.{0,40})\s*$",
    re.IGNORECASE,
)


def is_page_furniture(line: str) -> bool:
    """A line that is page furniture wherever it appears: page numbers, viewer captions."""
    s = line.strip()
    if not s or len(s) > 160:
        return False
    return bool(_PAGE_FURNITURE.match(s) or _VIEWER.match(s))


_SPACED = re.compile(r"^(?:\S ){1,}\S$")


def unletterspace(line: str) -> str:
    """ "E n d  o f  Y e a r" → "End of Year": letters split by one space, words by two or more."""
    s = line.strip()
    if len(s) < 7 or len(s) > 400 or "  " not in s and not _SPACED.match(s):
        return line
    parts = re.split(r" {2,}|\t", s)
    if not all(_SPACED.match(p) or len(p) == 1 for p in parts):
        return line
    letters = sum(len(p.replace(" ", "")) for p in parts)
    if letters < 5:
        return line
    indent = line[: len(line) - len(line.lstrip())]
    return indent + " ".join(p.replace(" ", "") for p in parts)


# Paragraph labels. Whole numbers need a dot or bracket ("12.", "12)"); multi-level ones may omit
# the final dot ("1.1 Text"). Letters and small roman numerals: "a.", "a)", "(a)", "(iv)".
_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv)"
_LABEL = re.compile(
    r"^(?P<lab>\((?:[0-9]{1,3}|[a-zA-Z]|" + _ROMAN + r")\)"
    r"|[0-9]{1,3}(?:\.[0-9]{1,3}){1,4}\.?"
    r"|[0-9]{1,3}[.)]"
    r"|(?:[a-zA-Z]|" + _ROMAN + r")[.)])"
    r"(?:\s+|$)"
)
_BULLET = re.compile(r"^(?P<b>[-–•·*▪■►➢✓❖◦○●□Ø§>]|\uf0b7|\uf0a7|\uf0d8|\uf076|\uf0fc|o(?=\s))\s+")
SUB_BULLETS = {"o", "◦", "○", "▪", "■", "§", "\uf0a7", "–"}


@dataclass
class Marker:
    kind: str | None  # "num" (1, 1.1), "alpha" (a, iv), "bullet", or None
    number: str | None
    glyph: str | None
    text: str  # the line's text after the marker


def parse_marker(text: str) -> Marker:
    """Split a stripped line into its list/paragraph marker and the text after it."""
    glyph = None
    rest = text
    b = _BULLET.match(rest)
    if b:
        glyph = b.group("b")
        rest = rest[b.end() :]
    m = _LABEL.match(rest)
    if m and rest[m.end() :].strip():
        raw = m.group("lab")
        lab = re.sub(r"^\(|[.)]+$", "", raw)
        after = rest[m.end() :]
        # "A. N. Other" or "e. g." are initials, not labels; a label is followed by a word.
        if len(lab) == 1 and lab.isalpha() and re.match(r"^[A-Za-z]\.", after):
            pass
        # "I. " at the start of a sentence is a capital-I label only when followed by a capital word.
        elif lab.isdigit() or "." in lab or after[:1].isupper() or after[:1].isdigit() or lab.islower():
            kind = "num" if lab[0].isdigit() else "alpha"
            return Marker(
                kind,
                lab.lower() if kind == "alpha" and lab.isupper() and len(lab) > 1 else lab,
                glyph,
                after.strip(),
            )
    if glyph:
        return Marker("bullet", None, glyph, rest.strip())
    return Marker(None, None, None, text.strip())


def strip_bullet(text: str) -> str:
    """A table cell line without its bullet glyph."""
    b = _BULLET.match(text.strip())
    return text.strip()[b.end() :] if b else text.strip()


# -- tables -------------------------------------------------------------------------------------

_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def split_pipe_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c.strip().replace("\\|", "|") for c in cells]


def is_pipe_row(line: str) -> bool:
    s = line.strip()
    return (
        s.count("|") >= 2 and (s.startswith("|") or s.endswith("|")) or bool(_PIPE_SEP.match(s) and "|" in s)
    )


def cell_text(raw: str) -> str:
    """A cell with "<br>" or bullet lines kept as its own lines."""
    raw = re.sub(r"<br\s*/?>", "\n", raw, flags=re.IGNORECASE)
    return clean_cell("\n".join(strip_bullet(strip_inline_markup(x)) for x in raw.splitlines()))


def pipe_table(lines: list[str]) -> Table | None:
    """A Markdown/text pipe table ("| a | b |" rows, optional "|---|---|" separator)."""
    rows = [split_pipe_row(x) for x in lines if x.strip()]
    header = None
    seps = [i for i, x in enumerate(lines) if _PIPE_SEP.match(x) and "-" in x]
    if seps:
        if seps[0] == 1:
            header = [cell_text(c) for c in rows[0]]
        rows = [r for i, r in enumerate(rows) if i not in seps and not (header and i == 0)]
    width = max([len(r) for r in rows] + [len(header or [])])
    if width < 2:
        return None
    body = [[cell_text(c) for c in r] + [""] * (width - len(r)) for r in rows]
    if header is not None:
        header = header + [""] * (width - len(header))
    body = [r for r in body if any(r)]
    return Table(header=header, rows=body)


# -- the layout engine --------------------------------------------------------------------------


@dataclass
class Unit:
    """One paragraph-sized piece of text (or a table) before it becomes a block."""

    text: str
    kind: str | None = None  # marker kind
    number: str | None = None
    glyph: str | None = None
    indent: int = 0
    gap: int = 0  # blank (or dropped) lines before it
    table: Table | None = None
    lines: list[str] = field(default_factory=list)


def _indent(line: str) -> int:
    n = 0
    for ch in line:
        if ch == " ":
            n += 1
        elif ch == "\t":
            n += 4
        elif ch in "\u00a0\u2002\u2003":
            n += 1
        else:
            break
    return n


_END_SENTENCE = re.compile(r"[.!?:;…]['\"’”)\]]*$")


def is_heading_text(text: str) -> bool:
    """Could this unmarked line be a heading? Short, no final stop, starts with a capital or digit."""
    s = text.strip()
    if not s or len(s) > 120 or len(s.split()) > 14:
        return False
    if s[-1] in ".:;,!" or s.endswith(("-", "–", "(", "&", " and", " or", " the", " of", " to")):
        return False
    if s.endswith("?") and len(s.split()) > 8:
        return False
    if not (s[0].isupper() or s[0].isdigit()):
        return False
    if not re.search(r"[A-Za-z]{2}", s):
        return False
    if "@" in s or s.startswith("http"):
        return False
    # A line that is mostly numbers is a figure, not a heading ("2020/21 £125,000").
    letters = sum(c.isalpha() for c in s)
    return letters >= len(s) * 0.5


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower().strip(" .:")


def _tab_table(groups: list[list[str]]) -> Table | None:
    """A table flattened into tab-indented lines: each group of lines (between blank lines) is a row,
    each line starting with a tab starts a cell, other lines continue the cell above."""
    rows: list[list[list[str]]] = []
    for g in groups:
        cells: list[list[str]] = []
        for line in g:
            if line.startswith("\t") or not cells:
                cells.append([line.strip()])
            else:
                cells[-1].append(line.strip())
        rows.append(cells)
    widths = Counter(len(r) for r in rows)
    width = widths.most_common(1)[0][0]
    if width < 2 or widths[width] < max(2, len(rows) // 2):
        return None
    header = None
    first = rows[0]
    if (
        len(first) == width
        and all(len(c) == 1 and not _BULLET.match(c[0]) for c in first)
        and all(len(c[0].split()) <= 8 for c in first)
    ):
        header = [cell_text(c[0]) for c in first]
        rows = rows[1:]
    out: list[list[str]] = []
    for r in rows:
        cells = [cell_text("\n".join(c)) for c in r]
        if header and [_norm(c) for c in cells] == [_norm(h) for h in header]:
            continue  # the header repeated at the top of a new page
        if len(cells) > width:
            # Extra cells (a cell whose continuation line kept its tab) belong to the last column.
            cells = cells[: width - 1] + ["\n".join(cells[width - 1 :])]
        cells += [""] * (width - len(cells))
        out.append(cells)
    if not out:
        return None
    return Table(header=header, rows=out)


def _inline_tab_rows(lines: list[str]) -> Table | None:
    """Consecutive lines with tab-separated cells ("Name\tRole\tPhone")."""
    rows = [[c for c in re.split(r"\t+", x.strip())] for x in lines]
    widths = Counter(len(r) for r in rows)
    width = widths.most_common(1)[0][0]
    if width < 2 or len(rows) < 2:
        return None
    header = None
    if all(len(c.split()) <= 6 and not _BULLET.match(c) for c in rows[0]) and len(rows[0]) == width:
        header = [cell_text(c) for c in rows[0]]
        rows = rows[1:]
    body = []
    for r in rows:
        cells = [cell_text(c) for c in r][:width]
        body.append(cells + [""] * (width - len(cells)))
    return Table(header=header, rows=body)


def layout(text: str, limits: Limits, *, title: str | None = None) -> tuple[Meta, list[Block]]:
    """Plain text → (Meta, blocks). See the module docstring for what is recognised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = text.split("\n")
    # Form feeds mark page breaks: a page break is a gap, and the lines either side are where page
    # headers and footers sit.
    lines: list[str] = []
    page_edge: set[int] = set()
    for k, raw in enumerate(raw_lines):
        if k % 2000 == 0:
            limits.check_time(f"line {k + 1}")
        if "\f" in raw:
            parts = raw.split("\f")
            for j, p in enumerate(parts):
                if j:
                    page_edge.add(len(lines))
                    lines.append("")
                lines.append(p)
        else:
            lines.append(raw)
    lines = [unletterspace(strip_inline_markup(x).replace("\u00a0", " ")) for x in lines]

    drop: set[int] = {i for i, x in enumerate(lines) if is_page_furniture(x)}
    _join_cover_values(lines, drop)

    # Running headers/footers: short lines that recur (three times, or at two page edges).
    counts: Counter[str] = Counter()
    for i, x in enumerate(lines):
        s = x.strip()
        if s and len(s) <= 120 and i not in drop and not x.startswith("\t"):
            counts[_norm(s)] += 1
    edge_lines = _edge_lines(lines, page_edge)
    running: set[int] = set()
    edge_counts = Counter(_norm(lines[i]) for i in edge_lines)
    for i, x in enumerate(lines):
        s = x.strip()
        if not s or i in drop or x.startswith("\t"):
            continue
        key = _norm(s)
        # Only short lines: a repeated sentence or paragraph is body text, however often it recurs.
        short = 2 <= len(s.split()) <= 12 and not (s.endswith(".") and len(s.split()) > 6)
        if (counts[key] >= 3 and short and parse_marker(s).kind is None) or (
            edge_counts[key] >= 2 and i in edge_lines
        ):
            drop.add(i)
            running.add(i)

    # find_meta reads the first copy of each running header too: "Fire Authority – 21 June 2023"
    # names the body and the meeting date even though it is not body text.
    first_running: dict[str, int] = {}
    for i in sorted(running):
        first_running.setdefault(_norm(lines[i]), i)
    shown = set(first_running.values())
    meta_lines = [("" if i in drop and i not in shown else x) for i, x in enumerate(lines)]
    meta, meta_idx = find_meta(meta_lines, title=title)
    if title is None and meta.title and _norm(meta.title) in first_running:
        # A running header or footer is not the title unless the body repeats it (see _blocks).
        meta.title = None
    drop |= meta_idx

    units = _units(lines, drop, limits, page_edge)
    blocks = _blocks(units, meta, title, limits)
    return meta, blocks


_COVER_ROW = re.compile(r"^(?P<label>\s*[A-Z][^:]{0,40}:)(?P<gap>\s{2,})(?P<value>\S.*)$")


def _join_cover_values(lines: list[str], drop: set[int]) -> None:
    """Join a cover-table value that wraps within its column back onto its row, in place.

    A text export lays a cover table out as "Title:        Community Safety Partnership" with
    the rest of the value on the next line, indented to the value column ("              Plan:
    Annual Review"). The continuation is appended to the row and its own line blanked, so that
    find_meta reads the whole value.
    """
    for i in range(len(lines) - 1):
        m = _COVER_ROW.match(lines[i])
        if not m or i in drop or len(m.group("label").split()) > 5:
            continue
        col = m.start("value")
        j = i + 1
        while j < len(lines) and j not in drop and lines[j].strip():
            nxt = lines[j]
            ind = len(nxt) - len(nxt.lstrip(" "))
            # Exactly under the value (a pdftotext column may shift by one character).
            if abs(ind - col) > 1 or _COVER_ROW.match(nxt.strip()) and "  " in nxt.strip():
                break
            lines[i] = lines[i].rstrip() + " " + nxt.strip()
            lines[j] = ""
            j += 1


def _edge_lines(lines: list[str], page_edge: set[int]) -> set[int]:
    """Indexes of the first and last two non-blank lines of each page (pages split at form feeds)."""
    if not page_edge:
        return set()
    bounds = [0] + sorted(page_edge) + [len(lines)]
    out: set[int] = set()
    for a, b in zip(bounds, bounds[1:], strict=False):
        idx = [i for i in range(a, b) if lines[i].strip()]
        out.update(idx[:2])
        out.update(idx[-2:])
    return out


# -- tables laid out in columns of spaces (pdftotext -layout) -----------------------------------

_SEG = re.compile(r"\S+(?: \S+)*")
_CONNECTOR_END = re.compile(r"(?:^|\s)(?:and|or|of|for|the|to|in|on|with|by|a|an|&)$|[-–,/(]$", re.IGNORECASE)


def _marker_only(text: str) -> bool:
    """ "1.", "(a)", "•": a paragraph label or bullet with nothing after it (a hanging indent)."""
    t = text.strip()
    return bool(_BULLET.match(t + " ") and not _BULLET.sub("", t + " ").strip()) or bool(
        _LABEL.match(t + " ") and not _LABEL.sub("", t + " ").strip()
    )


def _fit(line: str, cols: list[int], tol: int = 2) -> dict[int, str] | None:
    """The line's text runs placed in the columns starting at `cols`, or None when a run starts
    away from every column start or runs into the next column (prose, not a row)."""
    segs = [[m.start(), m.end()] for m in _SEG.finditer(line)]
    out: dict[int, str] = {}
    k = 0
    while k < len(segs):
        start, end = segs[k]
        c = next((c for c, x in enumerate(cols) if abs(start - x) <= tol), None)
        if c is None or (out and max(out) >= c):
            return None
        if c + 1 < len(cols) and end > cols[c + 1] - 1:
            # Two cells run together with one space between them: split at the next column, but
            # only in a line that has other wide gaps (a line of prose has a space everywhere).
            if len(segs) < 2:
                return None
            cut = next(
                (
                    p
                    for p in range(cols[c + 1] - tol, cols[c + 1] + tol + 1)
                    if start < p < end and line[p - 1] == " "
                ),
                None,
            )
            if cut is None:
                return None
            segs[k : k + 1] = [[start, cut - 1], [cut, end]]
            end = cut - 1
        out[c] = line[start:end]
        k += 1
    return out


def _join_cell_lines(parts: list[str], width: int) -> str:
    """A cell's lines → its text: wrapped lines joined with a space (a word split at a hyphen
    rejoined), a new line kept where the line before stopped well short of the column's width,
    so could have taken the next word (a new paragraph or item inside the cell)."""
    text = ""
    prev = ""
    for part in parts:
        if not text:
            text = part
        elif re.search(r"[A-Za-z]-$", prev) and part[:1].islower():
            text += part
        elif _BULLET.match(part) or (
            (part[:1].isupper() or part[:1].isdigit())
            and len(prev) + 1 + len(part.split()[0]) <= 0.8 * width
            and not _CONNECTOR_END.search(prev)
        ):
            text += "\n" + part
        else:
            text += " " + part
        prev = part
    return text


def _space_table(lines: list[str], i: int, drop: set[int], page_edge: set[int]) -> tuple[Table | None, int]:
    """A table that a text export laid out in columns separated by runs of spaces, starting at
    line i, and the index after it (or after the lines scanned, when it is not a table).

    The first line (the header, or the first row) sets the column starts. Following lines belong
    while every text run starts at a column start and stays within its column; page furniture
    and page breaks in between are skipped. Rows are separated by blank lines when the table uses
    them, else a row starts where a new first-column cell starts (a capital letter, after a
    first-column cell that had ended). Hanging-indent paragraphs ("1.   Text", "•   Text") and
    prose have no such columns and are left alone.
    """
    n = len(lines)
    first = lines[i]
    segs = [(m.start(), m.end(), m.group()) for m in _SEG.finditer(first)]
    if (
        len(segs) < 2
        or len(first) > 400
        or "\t" in first
        or _marker_only(segs[0][2])
        or not any(b[0] - a[1] >= 3 for a, b in zip(segs, segs[1:], strict=False))
    ):
        return None, i + 1
    cols = [a for a, _, _ in segs]
    first_cells = {c: t for c, (_, _, t) in enumerate(segs)}
    # A header over figures often leaves the first cell empty ("        2022/23   2023/24" above
    # "Income   £1,200   £1,350"): the next line then adds the first column.
    if i + 1 < n and i + 1 not in drop:
        nxt = [m.start() for m in _SEG.finditer(lines[i + 1])]
        if (
            len(nxt) == len(cols) + 1
            and nxt[0] < cols[0] - 2
            and all(abs(a - b) <= 2 for a, b in zip(nxt[1:], cols, strict=False))
        ):
            cols = nxt
            first_cells = {c + 1: t for c, t in first_cells.items()}
    recs: list[tuple[int, dict[int, str], int, bool]] = [(i, first_cells, 0, False)]
    j, blank, pbreak = i + 1, 0, False
    while j < n:
        x = lines[j]
        if j in drop or j in page_edge:
            pbreak = pbreak or bool(x.strip()) or j in page_edge
            j += 1
            continue
        if not x.strip():
            blank += 1
            j += 1
            if blank > 2 and not pbreak:
                break
            continue
        if "\t" in x or len(x) > 400:
            break
        cells = _fit(x, cols)
        if cells is None:
            break
        recs.append((j, cells, blank, pbreak))
        blank, pbreak = 0, False
        j += 1
    scanned = j
    if sum(1 for r in recs if len(r[1]) >= 2) < 2:
        return None, scanned
    col0 = [r[1][0] for r in recs if 0 in r[1]]
    if sum(_marker_only(t) for t in col0) * 2 >= len(col0):
        return None, scanned

    blank_rows = any(b and not pb for _, _, b, pb in recs[1:])
    rows: list[list[dict[int, str]]] = []
    prev_c0: str | None = None
    for _, cells, b, pb in recs:
        c0 = cells.get(0)
        if not rows:
            new = True
        elif blank_rows:
            new = bool(b) and not (pb and c0 is None)
        elif c0 is None:
            new = False
        elif prev_c0 is None:
            new = True
        else:
            new = not (c0[:1].islower() or _CONNECTOR_END.search(prev_c0))
        if new:
            rows.append([])
        rows[-1].append(cells)
        prev_c0 = c0
    # Trailing one-line rows with a single cell: a heading or line after the table, not a row.
    end_line = {id(row): idx for row, idx in zip(rows, _row_starts(recs, rows), strict=False)}
    end = recs[-1][0] + 1
    while rows and len(rows[-1]) == 1 and len(rows[-1][0]) == 1:
        end = end_line[id(rows[-1])]
        rows.pop()
    if len(rows) < 2:
        return None, scanned
    width = len(cols)
    widths = [cols[c + 1] - cols[c] - 2 for c in range(width - 1)]
    widths.append(max((len(r.get(width - 1, "")) for row in rows for r in row), default=1))
    table_rows = []
    for row in rows:
        table_rows.append(
            [cell_text(_join_cell_lines([r[c] for r in row if c in r], widths[c])) for c in range(width)]
        )
    header = None
    if len(rows[0]) == 1 and sum(1 for c in table_rows[0] if c) >= 2:
        if all(len(c.split()) <= 6 and not c.endswith(".") for c in table_rows[0]):
            header = table_rows.pop(0)
    if header:
        table_rows = [r for r in table_rows if [_norm(c) for c in r] != [_norm(h) for h in header]]
    table_rows = [r for r in table_rows if any(r)]
    if not table_rows:
        return None, scanned
    return Table(header=header, rows=table_rows), end


def _row_starts(recs, rows) -> list[int]:
    """The line index where each row of `rows` (grouped from `recs` in order) starts."""
    out, k = [], 0
    for row in rows:
        out.append(recs[k][0])
        k += len(row)
    return out


def _units(lines: list[str], drop: set[int], limits: Limits, page_edge: set[int] = frozenset()) -> list[Unit]:
    """Group lines into units: paragraphs (joining hard-wrapped lines), list items and tables."""
    content = [x for i, x in enumerate(lines) if i not in drop and x.strip() and not x.startswith("\t")]
    lengths = [len(x.rstrip()) for x in content]
    wrap = 0
    if len(lengths) >= 5:
        lengths.sort()
        p90 = lengths[int(len(lengths) * 0.9) - 1]
        near = sum(1 for n in lengths if n >= 0.7 * p90)
        # Hard-wrapped text: most lines end near one width, and that width is a screen's, not a paragraph's.
        if 30 <= p90 <= 130 and near >= 0.4 * len(lengths):
            wrap = p90

    units: list[Unit] = []
    gap = 0
    i = 0
    n = len(lines)
    prev_line = ""
    no_table_until = 0
    no_space_table_until = 0
    while i < n:
        if i % 500 == 0:
            limits.check_time(f"line {i + 1}")
        line = lines[i]
        if i in drop or not line.strip():
            gap += 1
            i += 1
            prev_line = ""
            continue
        if i >= no_space_table_until and "  " in line.strip() and "\t" not in line:
            table, j = _space_table(lines, i, drop, page_edge)
            # Not a table: do not scan the same run again from each of its lines.
            no_space_table_until = j
            if table:
                units.append(Unit(text="", table=table, gap=gap))
                gap, i, prev_line = 0, j, ""
                continue
        # Tables: a run of tab-indented lines (cells), rows separated by blank lines.
        if line.startswith("\t") and line.strip() and i >= no_table_until:
            j, groups, cur = i, [], []
            while j < n:
                x = lines[j]
                if j in drop:
                    j += 1
                    continue
                if not x.strip():
                    if cur:
                        groups.append(cur)
                        cur = []
                    j += 1
                    continue
                if not cur and not x.startswith("\t"):
                    break
                cur.append(x)
                j += 1
            if cur:
                groups.append(cur)
            table = _tab_table(groups) if len(groups) >= 2 else None
            no_table_until = j  # not a table: do not scan the same run again from each line
            if table:
                units.append(Unit(text="", table=table, gap=gap))
                gap = 0
                i = j
                prev_line = ""
                continue
        if "|" in line and i >= no_table_until and is_pipe_row(line):
            j = i
            while j < n and j not in drop and lines[j].strip() and is_pipe_row(lines[j]):
                j += 1
            no_table_until = j
            if j - i >= 2:
                table = pipe_table(lines[i:j])
                if table:
                    units.append(Unit(text="", table=table, gap=gap))
                    gap, i, prev_line = 0, j, ""
                    continue
        if "\t" in line.strip() and i >= no_table_until:
            j = i
            width = len(re.split(r"\t+", line.strip()))
            while (
                j < n
                and j not in drop
                and lines[j].strip()
                and len(re.split(r"\t+", lines[j].strip())) == width
            ):
                j += 1
            no_table_until = j
            if j - i >= 2 and width >= 2:
                table = _inline_tab_rows(lines[i:j])
                if table:
                    units.append(Unit(text="", table=table, gap=gap))
                    gap, i, prev_line = 0, j, ""
                    continue

        stripped = re.sub(r"[ \t]+", " ", line).strip()
        mk = parse_marker(stripped)
        ind = _indent(line)
        cur = units[-1] if units and units[-1].table is None else None
        joined = False
        if cur is not None and gap == 0 and prev_line:
            ends_hyphen = re.search(r"[A-Za-z]-$", prev_line.rstrip()) is not None
            if mk.kind is None and ends_hyphen and stripped[:1].islower():
                # "far-" / "right": a hyphenated word split at the line end keeps its hyphen.
                cur.text = cur.text.rstrip() + stripped
                joined = True
            elif wrap and mk.kind is None:
                prev_len = len(prev_line.rstrip())
                if prev_len >= 0.6 * wrap and not (
                    is_heading_text(cur.text) and len(cur.lines) == 1 and prev_len < 0.8 * wrap
                ):
                    cur.text = cur.text + " " + stripped
                    joined = True
                elif cur.kind and ind > cur.indent and not _END_SENTENCE.search(prev_line.rstrip()):
                    cur.text = cur.text + " " + stripped  # hanging indent under a list item
                    joined = True
        if joined:
            cur.lines.append(line)
            prev_line = line
            i += 1
            continue
        units.append(
            Unit(
                text=mk.text,
                kind=mk.kind,
                number=mk.number,
                glyph=mk.glyph,
                indent=ind,
                gap=gap,
                lines=[line],
            )
        )
        gap = 0
        prev_line = line
        i += 1
    return units


def _join_wrapped_headings(units: list[Unit], meta: Meta) -> list[Unit]:
    """Join a title or heading that wrapped onto a second line back into one unit.

    A line directly under a heading-like line (no blank between) continues it when
    - together they spell (the start of) the title a cover row gave ("Title: …");
    - it is the paper's opening heading (nothing but metadata before it), the next line is also
      heading-like and is not a section label ("Annual Report on Prevention and Protection" /
      "Activity 2022/23" / "Purpose of report"): a title set large wraps early;
    - or the first line cannot end a heading ("… agreed by the" / "Board in 2022") or the second
      starts lower-case.
    A title found only by position (meta.title equal to the first line) becomes the joined text.
    """
    out: list[Unit] = []
    title_norm = _norm(meta.title or "")
    seen_body = False
    for u in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.table is None
            and prev.kind is None
            and u.table is None
            and u.kind is None
            and u.gap == 0
            and len(prev.lines) <= 2
            and len(prev.text) + len(u.text) <= 160
            and is_heading_text(u.text if u.text[:1].isupper() else u.text.capitalize())
            and (is_heading_text(prev.text) or _CONNECTOR_END.search(prev.text))
        ):
            joined = prev.text + " " + u.text
            spells_title = bool(title_norm) and (
                title_norm == _norm(joined) or title_norm.startswith(_norm(joined) + " ")
            )
            opening = (
                not seen_body
                and len(out) == 1
                and _norm(u.text) not in SECTION_LABELS
                and not prev.text.endswith(":")
            )
            wrapped = bool(_CONNECTOR_END.search(prev.text)) or u.text[:1].islower()
            if spells_title or opening or wrapped:
                if title_norm and title_norm == _norm(prev.text):
                    meta.title = clean(joined)
                    title_norm = _norm(joined)
                prev.text = joined
                prev.lines.extend(u.lines)
                continue
        if out:
            seen_body = True
        out.append(u)
    return out


def _blocks(units: list[Unit], meta: Meta, title: str | None, limits: Limits) -> list[Block]:
    # 1. A paragraph broken by a page gap: the next piece starts lower-case and the text before does
    #    not end a sentence.
    # A repeated heading-like line (a running title) between the two halves of a broken sentence is
    # a page header: drop it so that the halves can be joined.
    repeats = Counter(_norm(u.text) for u in units if u.table is None and u.kind is None)
    kept: list[Unit] = []
    for k, u in enumerate(units):
        if (
            0 < k < len(units) - 1
            and u.kind is None
            and u.table is None
            and repeats[_norm(u.text)] >= 2
            and is_heading_text(u.text)
            and kept
            and kept[-1].table is None
            and not _END_SENTENCE.search(kept[-1].text)
            and not is_heading_text(kept[-1].text)
            and units[k + 1].kind is None
            and units[k + 1].text[:1].islower()
        ):
            units[k + 1].gap = max(units[k + 1].gap, 1)
            continue
        kept.append(u)
    units = kept
    merged: list[Unit] = []
    for u in units:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.table is None
            and u.table is None
            and u.kind is None
            and u.gap > 0
            and not u.text[:1].isupper()
            and not _END_SENTENCE.search(prev.text)
            and not (prev.kind is None and is_heading_text(prev.text))
        ):
            prev.text = (
                prev.text + ("" if prev.text.endswith("-") and prev.text[-2:-1].isalpha() else " ") + u.text
            )
            continue
        merged.append(u)
    units = merged

    units = _join_wrapped_headings(units, meta)

    # 2. Headings: unmarked heading-like lines.
    cand = [u.table is None and u.kind is None and is_heading_text(u.text) for u in units]
    n = len(units)

    # The title: a heading-like line that recurs, else the first title-like line found by find_meta,
    # provided it comes before the numbered body begins.
    first_num = next((k for k, u in enumerate(units) if u.kind == "num"), n)
    title_key = None
    if title:
        title_key = _norm(title)
    else:
        seen: Counter[str] = Counter(_norm(u.text) for k, u in enumerate(units) if cand[k])
        for k, u in enumerate(units):
            if cand[k] and seen[_norm(u.text)] >= 2 and _norm(u.text) not in SECTION_LABELS:
                if len(u.text.split()) >= 2:
                    title_key = _norm(u.text)
                    break
        if title_key is None and meta.title:
            for k, u in enumerate(units[: max(first_num, 1) + 1]):
                if cand[k] and _norm(u.text) == _norm(meta.title):
                    title_key = _norm(u.text)
                    break
    if title_key is not None:
        # The title heading is the paper's title.
        for k, u in enumerate(units):
            if cand[k] and _norm(u.text) == title_key:
                meta.title = clean(u.text)
                break
    # Otherwise meta.title stays what find_meta found (a "Title:" cover row, or None).

    is_heading = list(cand)
    for k in range(n):
        if not cand[k]:
            continue
        u = units[k]
        if k + 1 >= n:
            is_heading[k] = False  # nothing follows: a closing line, not a heading
            continue
        if _norm(u.text) == title_key or _norm(u.text) in SECTION_LABELS:
            continue
        # Directly under another heading: it is that heading's content when the heading is a
        # front-matter label ("Action" / "Officers to action") or when it has no content of its own.
        p = k - 1
        if p >= 0 and is_heading[p] and _norm(units[p].text) != title_key:
            label = _norm(units[p].text) in SECTION_LABELS
            next_is_heading = k + 1 < n and cand[k + 1]
            if label or next_is_heading:
                is_heading[k] = False

    blocks: list[Block] = []
    indents = sorted({u.indent for u in units if u.kind})
    rank = {v: r for r, v in enumerate(indents)}
    list_glyph: str | None = None
    list_indent = 0
    for k, u in enumerate(units):
        if k % 500 == 0:
            limits.check_time(f"paragraph {k + 1}")
        if u.table is not None:
            blocks.append(u.table)
            list_glyph = None
            continue
        text = clean(u.text)
        if not text:
            continue
        if is_heading[k]:
            level = 1 if _norm(text) == title_key else 2
            blocks.append(Heading(text=text, level=level))
            list_glyph = None
            continue
        if u.kind == "num":
            nxt = units[k + 1] if k + 1 < n else None
            # "1. Purpose" followed by "1.1 …": a numbered section heading.
            if (
                nxt is not None
                and nxt.kind == "num"
                and nxt.number
                and nxt.number.startswith(u.number + ".")
                and is_heading_text(text)
                and len(text.split()) <= 8
            ):
                blocks.append(Heading(text=text, level=2 if "." not in u.number else 3))
                continue
            blocks.append(Paragraph(text=text, number=u.number))
            list_glyph = None
            continue
        if u.kind in ("alpha", "bullet"):
            depth = 1 + rank.get(u.indent, 0)
            if u.kind == "bullet":
                if list_glyph is None:
                    list_glyph, list_indent = u.glyph, u.indent
                elif u.glyph != list_glyph and u.glyph in SUB_BULLETS and u.indent == list_indent:
                    depth += 1  # a different, "sub" glyph at the same indent: nested bullets
            blocks.append(ListItem(text=text, number=u.number, depth=depth))
            continue
        list_glyph = None
        blocks.append(Paragraph(text=text, number=None))
    return blocks


# -- structured sources (Markdown, HTML) --------------------------------------------------------


@dataclass
class Proto:
    """A block as a structured reader first sees it, keeping its source lines so that metadata
    lines inside it ("Report to: Cabinet" in a cover paragraph) can be removed line by line."""

    kind: str  # "heading", "paragraph", "list_item", "table"
    lines: list[str] = field(default_factory=list)
    number: str | None = None
    depth: int = 1
    level: int = 2
    header: list[str] | None = None
    rows: list[list[str]] = field(default_factory=list)


def finish(protos: list[Proto], title: str | None, limits: Limits) -> tuple[Meta, list[Block]]:
    """Run `find_meta` over the protos' lines, drop the metadata lines and build the blocks."""
    lines: list[str] = []
    owners: list[tuple[int, int]] = []
    for pi, p in enumerate(protos):
        if p.kind == "table":
            for ri, row in enumerate(([p.header] if p.header else []) + p.rows):
                lines.append(" ".join(c.replace("\n", " ") for c in row))
                owners.append((pi, ri))
        else:
            for li, line in enumerate(p.lines):
                lines.append(line)
                owners.append((pi, li))
    meta, skip = find_meta(lines, title=title)
    dropped: dict[int, set[int]] = {}
    for k in skip:
        pi, sub = owners[k]
        dropped.setdefault(pi, set()).add(sub)
    blocks: list[Block] = []
    for pi, p in enumerate(protos):
        if pi % 500 == 0:
            limits.check_time(f"block {pi + 1}")
        gone = dropped.get(pi, set())
        if p.kind == "table":
            all_rows = ([p.header] if p.header else []) + p.rows
            kept = [r for ri, r in enumerate(all_rows) if ri not in gone]
            if not kept:
                continue
            header = p.header if p.header and 0 not in gone else None
            rows = kept[1:] if header else kept
            if not rows and header:
                rows, header = [header], None
            rows = [r for r in rows if any(c.strip() for c in r)]
            if rows:
                blocks.append(Table(header=header, rows=rows))
            continue
        text = clean(" ".join(x for li, x in enumerate(p.lines) if li not in gone))
        if not text:
            continue
        if p.kind == "heading":
            # "1. Purpose", "3.4 Results": the section number is numbering, not heading text (as
            # in Word, where it comes from the list definition and is not in the text at all).
            mk = parse_marker(text)
            if mk.kind == "num" and mk.text:
                text = mk.text
            blocks.append(Heading(text=text, level=p.level))
        elif p.kind == "list_item":
            blocks.append(ListItem(text=text, number=p.number, depth=max(1, p.depth)))
        else:
            blocks.append(Paragraph(text=text, number=p.number))
    return meta, blocks


def labelled(text_lines: list[str]) -> tuple[Marker, list[str]]:
    """Take a paragraph label or bullet off the first line of a block ("12. The Board…")."""
    if not text_lines:
        return Marker(None, None, None, ""), text_lines
    first = text_lines[0].lstrip()
    mk = parse_marker(clean(first))
    if mk.kind is None:
        return mk, text_lines
    return mk, [mk.text] + text_lines[1:]
