"""Tables laid out in columns of spaces (what `pdftotext -layout` and fixed-width exports write)."""

from __future__ import annotations

import re
from typing import Any

from ...document import Table
from .._shared.markers import _BULLET, _LABEL, _norm
from .._shared.pipe_tables import cell_text

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


def _space_table(
    lines: list[str], i: int, drop: set[int], page_edge: set[int] | frozenset[int]
) -> tuple[Table | None, int]:
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


def _row_starts(recs: list[tuple[int, dict[int, str], int, bool]], rows: list[list[Any]]) -> list[int]:
    """The line index where each row of `rows` (grouped from `recs` in order) starts."""
    out: list[int] = []
    k = 0
    for row in rows:
        out.append(recs[k][0])
        k += len(row)
    return out
