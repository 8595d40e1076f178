"""Markdown writer: `Paper` → CommonMark/GFM text that Boardwork's Markdown reader reads back.

Shape:

    Safer and Stronger Communities Board      ← running-header lines, one paragraph (meta, not body)
    13 July 2021

    Item 4

    # Title                                   ← level-1 heading; "## " sections, "### " sub-sections

    12. Paragraph text                         ← numbered paragraph, the number exactly as in the Paper

    - bullet                                  ← list items; nesting by two spaces a level
    - a. lettered item                        ← labelled list items keep their label after the dash

    | Priority area | Proposed activity |      ← GFM pipe table; cell lines joined with <br>, "• " bullets
    | --- | --- |

    Contact Officer: name, role               ← contact block, as plain lines

    [^1]: Activity: Webinar (June 2023), https://…  ← with_sources: footnotes, marked "[^1]" in the text

With `with_sources`, each block's refs become footnote references after its text (a table's after
its header's last cell, where GFM allows them) and the footnotes, numbered in order of first use,
follow the paper: what the record is, its date, its link. Without it, nothing about sources.

Numbered paragraphs are written plainly as "12. text", not "12\\. text": our reader and the
converters councils use (pandoc, Word's Markdown export) read that as a numbered item, and
CommonMark renderers keep the start number of each list, so "12." shows as 12. A renderer does
renumber *consecutive* items within one list, which is what they are here too. "1.1. text" is not a
CommonMark list marker and renders as a paragraph beginning "1.1.", which is what it is.

Text is escaped where Markdown would otherwise change it: emphasis and code characters, link
brackets, "<" (so "<script>" in an imported paper stays text), and block markers at the start of an
unnumbered paragraph ("# ", "- ", "1. ").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..document import Heading, ListItem, Paper, Paragraph, Table
from ..style import HouseStyle
from ._common import SourceEntry, Sources, action_section_end, is_absolute, rag_key

FORMAT = "md"
MEDIA_TYPE = "text/markdown; charset=utf-8"
EXTENSION = ".md"

_CTRL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INLINE = re.compile(r"[\\`*\[\]]|(?<!\w)_|_(?!\w)|<|&(?=#?\w+;)")
_BLOCK_START = re.compile(
    r"^(#{1,6}(?=\s|$)|[-+*](?=\s)|>|=+\s*$|(\d{1,9})([.)])(?=\s|$)|[(]?[a-zA-Z][.)](?=\s))"
)


def escape_inline(text: str) -> str:
    """Escape characters Markdown would turn into markup, anywhere in a line."""
    text = _CTRL.sub("", text)
    return _INLINE.sub(lambda m: {"<": "&lt;", "&": "&amp;"}.get(m.group(0), "\\" + m.group(0)), text)


def escape_line(text: str) -> str:
    """escape_inline, plus block markers at the start of the line ("# ", "- ", "1. ", "a. ")."""
    text = escape_inline(text)
    m = _BLOCK_START.match(text)
    if not m:
        return text
    if m.group(2):  # "12. " → "12\. "
        return text[: m.end(2)] + "\\" + text[m.end(2) :]
    if m.group(0)[0] == "(":
        return "\\" + text
    if m.group(0)[0].isalpha():  # "a. " → "a\. "
        return text[:1] + "\\" + text[1:]
    return "\\" + text


def _cell(text: str, bullets: str = "never", item: bool = False) -> str:
    """A cell's lines joined with <br> (GFM cells hold no lists): with the house style's cell bullets
    (`table_cell_bullets`), each line of a multi-line cell starts "• ", as the DOCX and PDF bullet
    them; in the table's item column the first line, the item's name, has none."""
    lines = [escape_inline(line).replace("|", "\\|") for line in text.split("\n")] if text else [""]
    if text and (bullets == "always" or (bullets == "multiline" and len(lines) > 1)):
        plain = 1 if item and len(lines) > 1 else 0
        lines = lines[:plain] + [f"\u2022 {line}" for line in lines[plain:]]
    return "<br>".join(lines)


def write_text(
    paper: Paper,
    style: HouseStyle | None = None,
    *,
    with_sources: bool = False,
    ref_labels: dict[str, str] | None = None,
    ref_url: Callable[[str], str | None] | None = None,
    base_url: str | None = None,
    **_ignored: Any,
) -> str:
    style = style or HouseStyle.default()
    srcs = Sources(paper, style, ref_labels=ref_labels, ref_url=ref_url, base_url=base_url)

    def notes(refs: list[str]) -> str:
        return "".join(f"[^{e.number}]" for e in srcs.cite(refs)) if with_sources else ""

    meta = paper.meta
    out: list[str] = []
    lines = style.header_lines(meta)
    if lines:
        out.append("\n".join(escape_line(x) for x in lines))
    if style.show_item and meta.item:
        out.append(escape_line(f"{style.item_label} {meta.item}"))

    pos = style.contact_position
    action_end = (
        action_section_end(paper.blocks, style.action_heading) if pos in ("after_action", "both") else None
    )
    contact_done = False
    has_title = any(isinstance(b, Heading) and b.level <= 1 for b in paper.blocks)
    if not has_title and meta.title:
        out.append(f"# {escape_inline(meta.title)}")

    list_lines: list[str] = []
    for i, b in enumerate(paper.blocks):
        if isinstance(b, ListItem):
            indent = "  " * (max(b.depth, 1) - 1)
            label = f"{escape_inline(b.number)}. " if b.number is not None else ""
            text = escape_inline(b.text) if label else escape_line(b.text)
            list_lines.append(f"{indent}- {label}{text}{notes(b.refs)}")
        else:
            if list_lines:
                out.append("\n".join(list_lines))
                list_lines = []
            if isinstance(b, Heading):
                out.append(f"{'#' * min(max(b.level, 1), 6)} {escape_inline(b.text)}{notes(b.refs)}")
            elif isinstance(b, Paragraph):
                if b.number is not None:
                    out.append(f"{escape_inline(b.number)}. {escape_inline(b.text)}{notes(b.refs)}")
                else:
                    out.append(escape_line(b.text) + notes(b.refs))
            elif isinstance(b, Table):
                ncols = max([len(r) for r in b.rows] + [len(b.header or [])] + [1])
                header = list(b.header or []) + [""] * (ncols - len(b.header or []))
                cells = [_cell(c) for c in header]
                cells[-1] += notes(b.refs)  # GFM allows a footnote mark in a cell, not after a table
                rows = ["| " + " | ".join(cells) + " |", "|" + " --- |" * ncols]
                for r in b.rows:
                    r = list(r) + [""] * (ncols - len(r))
                    rows.append(
                        "| "
                        + " | ".join(
                            _rag_cell(c)
                            if j == b.rag_column
                            else _cell(c, style.table_cell_bullets, j == b.item_column)
                            for j, c in enumerate(r)
                        )
                        + " |"
                    )
                out.append("\n".join(rows))
        if action_end is not None and i == action_end:
            if list_lines:
                out.append("\n".join(list_lines))
                list_lines = []
            out += _contact(paper, style)
            contact_done = True
    if list_lines:
        out.append("\n".join(list_lines))
    if pos in ("end", "both") or (pos == "after_action" and not contact_done):
        out += _contact(paper, style)
    if with_sources and srcs.entries():
        out.append("\n".join(_footnote(e) for e in srcs.entries()))
    return "\n\n".join(x for x in out if x) + "\n"


def _footnote(e: SourceEntry) -> str:
    # A relative link stays plain text (it names the page on the site); an absolute one is an autolink.
    link = f", <{e.url}>" if is_absolute(e.url) and not re.search(r"[\s<>]", e.url or "") else ""
    if e.url and not link:
        link = ", " + escape_inline(e.url)
    return f"[^{e.number}]: {escape_inline(e.text())}{link}"


def _rag_cell(text: str) -> str:
    """A RAG rating in bold, the word itself (Markdown has no cell colour; no emoji stands in)."""
    key = rag_key(text)
    return f"**{_cell(text)}**" if key and "\n" not in text else _cell(text)


def _contact(paper: Paper, style: HouseStyle) -> list[str]:
    c = paper.meta.contact
    if c is None or c.is_empty():
        return []
    out = []
    first = ", ".join(v for v in (c.name, c.role) if v)
    if first:
        out.append(escape_inline(f"{style.contact_label}: {first}"))
    bits = []
    if c.phone:
        bits.append(f"{style.phone_label}: {c.phone}")
    if c.email:
        bits.append(f"{style.email_label}: {c.email}")
    if bits:
        out.append(escape_inline(" ".join(bits)))
    return out


def write(paper: Paper, style: HouseStyle | None = None, **opts: Any) -> bytes:
    """The paper as UTF-8 Markdown."""
    return write_text(paper, style, **opts).encode("utf-8")
