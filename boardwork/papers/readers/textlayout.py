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

    # Running headers/footers: short lines that recur (three times, or at two page edges).
    counts: Counter[str] = Counter()
    for i, x in enumerate(lines):
        s = x.strip()
        if s and len(s) <= 120 and i not in drop and not x.startswith("\t"):
            counts[_norm(s)] += 1
    edge_lines = _edge_lines(lines, page_edge)
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

    meta_lines = [("" if i in drop else x) for i, x in enumerate(lines)]
    meta, meta_idx = find_meta(meta_lines, title=title)
    drop |= meta_idx

    units = _units(lines, drop, limits)
    blocks = _blocks(units, meta, title, limits)
    return meta, blocks


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


def _units(lines: list[str], drop: set[int], limits: Limits) -> list[Unit]:
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
    while i < n:
        if i % 500 == 0:
            limits.check_time(f"line {i + 1}")
        line = lines[i]
        if i in drop or not line.strip():
            gap += 1
            i += 1
            prev_line = ""
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
