"""Pipe tables ("| a | b |" with a "|---|" rule), as Markdown and text copies of web pages write them."""

from __future__ import annotations

import re

from ...document import Table, clean_cell
from .markers import strip_bullet
from .meta import strip_inline_markup

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
