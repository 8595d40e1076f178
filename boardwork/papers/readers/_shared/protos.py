"""Blocks from structured sources (Markdown, HTML): `Proto` blocks keep their source lines so that
`finish` can run the metadata finder over them and drop metadata lines one by one."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Block, Heading, ListItem, Meta, Paragraph, Table, clean
from ..limits import Limits
from .markers import parse_marker
from .meta import find_meta


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
