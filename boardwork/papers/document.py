"""The `Paper`: one board paper as structured data (`boardwork.paper/1`).

This is the hub of the document pipeline. Readers turn files into a Paper, writers turn a Paper
into files, `extract` turns a Paper into records and `compose` turns records into a Paper. It is
pure Python: no Django, no I/O, so readers and writers can be tested and benchmarked alone.

The JSON shape is specified in `shared/schema/paper.md`; `Paper.to_dict()` produces exactly that
shape (plus `refs` on composed blocks, which name the records a block came from).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "boardwork.paper/1"


def clean(text: str) -> str:
    """Whitespace-normalise body text: single spaces, no line breaks, no soft hyphens."""
    if not text:
        return ""
    # `str.split` splits on exactly what `\s` matches (both are `str.isspace`): the same as
    # `re.sub(r"\s+", " ", text).strip()`, at a fraction of the cost (every line of every paper).
    return " ".join(text.replace("\u00ad", "").replace("\u200b", "").split())


def clean_cell(text: str) -> str:
    """Normalise a table cell: each line kept on its own line, blank lines dropped."""
    lines = (clean(line) for line in (text or "").splitlines())
    return "\n".join(line for line in lines if line)


class PaperError(ValueError):
    """A Paper (or its JSON) breaks the schema. The message names the block."""


@dataclass
class Contact:
    name: str | None = None
    role: str | None = None
    phone: str | None = None
    email: str | None = None

    def is_empty(self) -> bool:
        return not any((self.name, self.role, self.phone, self.email))


@dataclass
class Meta:
    title: str | None = None
    body: str | None = None
    meeting_date: str | None = None  # ISO 8601 date
    item: str | None = None
    purpose: str | None = None
    contact: Contact | None = None
    # The name of whoever published the document as its file states it (a web page's site name,
    # "Dublin Core publisher"): a hint for extraction when the text names no author. Not part of
    # the `boardwork.paper/1` JSON (the schema's meta has no such field), so it is lost on a round
    # trip through JSON.
    publisher: str | None = field(default=None, compare=False)


@dataclass
class Source:
    filename: str | None = None
    format: str | None = None
    sha256: str | None = None
    pages: int | None = None


@dataclass
class Heading:
    text: str
    level: int = 2  # 1 the paper's title, 2 a section, 3 a sub-section
    refs: list[str] = field(default_factory=list)
    type: str = field(default="heading", init=False)


@dataclass
class Paragraph:
    text: str
    number: str | None = None  # the label without punctuation: "12", "1.1", "a"
    refs: list[str] = field(default_factory=list)
    type: str = field(default="paragraph", init=False)


@dataclass
class ListItem:
    text: str
    number: str | None = None
    depth: int = 1
    refs: list[str] = field(default_factory=list)
    type: str = field(default="list_item", init=False)


@dataclass
class Table:
    header: list[str] | None
    rows: list[list[str]]
    refs: list[str] = field(default_factory=list)
    type: str = field(default="table", init=False)
    # Layout hints for writers, set by compose (readers leave them None): `widths` are relative
    # column widths (any positive numbers, one per column); `rag_column` is the index of a column
    # whose cells hold a RAG word ("Red", "Amber", "Green", "Complete"), shown as a coloured cell.
    widths: list[float] | None = None
    rag_column: int | None = None
    # `item_column`: the index of a column whose cells name an item on their first line and give its
    # details (lead, due date, state) on the lines after: written as the name with its details as a
    # bulleted list under it, where other multi-line cells are bulleted throughout.
    item_column: int | None = None


Block = Heading | Paragraph | ListItem | Table


def block_text(block: Block) -> str:
    """A block's words as one string: a text block's text, a table's rows one a line."""
    if isinstance(block, Table):
        rows = ([block.header] if block.header else []) + block.rows
        return "\n".join(" | ".join(row) for row in rows)
    return block.text


@dataclass
class RefInfo:
    """What a writer shows for one ref ("activity:<uid>") when sources are on.

    Compose fills `Paper.ref_info` from the records; writers never look records up themselves:
    DOCX names them in comments, PDF and HTML link them, Markdown lists them as footnotes.
    """

    label: str  # "Activity: Webinar on county lines" — the record's kind and title
    date: str | None = None  # as recorded: "2023-06-14", "2023-06" or None
    url: str | None = None  # a link to the record's page (site-relative or absolute)


@dataclass
class Paper:
    meta: Meta = field(default_factory=Meta)
    blocks: list[Block] = field(default_factory=list)
    source: Source | None = None
    # ref → what it names; only composed papers carry it (readers leave it empty).
    ref_info: dict[str, RefInfo] = field(default_factory=dict)
    # What the extractor judged of the paper as a whole, for the officer who imports it, in words
    # they read: "no_work", why nothing in it is proposed as work done (`Extraction.no_work`). Only a
    # paper read and extracted in one go carries it (the sandbox sets it); readers leave it empty.
    notes: dict[str, str] = field(default_factory=dict)

    # -- views -------------------------------------------------------------------------------

    def sections(self) -> list[tuple[Heading | None, list[Block]]]:
        """The body cut at each heading: [(heading or None for the front, [blocks…]), …]."""
        out: list[tuple[Heading | None, list[Block]]] = [(None, [])]
        for block in self.blocks:
            if isinstance(block, Heading):
                out.append((block, []))
            else:
                out[-1][1].append(block)
        if not out[0][1]:
            out.pop(0)
        return out

    def text(self) -> str:
        """All body text, one block a line (tables a row a line): for search and hashing."""
        lines = []
        for b in self.blocks:
            if isinstance(b, Table):
                for row in ([b.header] if b.header else []) + b.rows:
                    lines.append(" | ".join(c.replace("\n", " / ") for c in row))
            else:
                lines.append(b.text)
        return "\n".join(lines)

    # -- JSON --------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta
        contact = None
        if meta.contact and not meta.contact.is_empty():
            contact = {k: getattr(meta.contact, k) for k in ("name", "role", "phone", "email")}
        out: dict[str, Any] = {"schema": SCHEMA}
        if self.source is not None:
            out["source"] = {k: getattr(self.source, k) for k in ("filename", "format", "sha256", "pages")}
        out["meta"] = {
            "title": meta.title,
            "body": meta.body,
            "meeting_date": meta.meeting_date,
            "item": meta.item,
            "purpose": meta.purpose,
            "contact": contact,
        }
        out["blocks"] = [block_to_dict(b) for b in self.blocks]
        if self.ref_info:
            out["ref_info"] = {
                ref: {"label": r.label, "date": r.date, "url": r.url} for ref, r in self.ref_info.items()
            }
        if self.notes:
            out["notes"] = dict(self.notes)
        return out

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Paper:
        """Build a Paper from its JSON form, checking the schema; errors name the block."""
        if not isinstance(data, dict):
            raise PaperError("a paper must be a JSON object")
        if data.get("schema", SCHEMA) != SCHEMA:
            raise PaperError(f"unknown schema {data.get('schema')!r}, expected {SCHEMA}")
        m = data.get("meta") or {}
        if not isinstance(m, dict):
            raise PaperError("meta must be an object")
        c = m.get("contact")
        meta = Meta(
            title=_opt_str(m, "title"),
            body=_opt_str(m, "body"),
            meeting_date=_opt_str(m, "meeting_date"),
            item=_opt_str(m, "item"),
            purpose=_opt_str(m, "purpose"),
            contact=Contact(**{k: _opt_str(c, k) for k in ("name", "role", "phone", "email")})
            if isinstance(c, dict)
            else None,
        )
        s = data.get("source")
        source = None
        if isinstance(s, dict):
            source = Source(
                filename=_opt_str(s, "filename"),
                format=_opt_str(s, "format"),
                sha256=_opt_str(s, "sha256"),
                pages=s.get("pages") if isinstance(s.get("pages"), int) else None,
            )
        blocks_in = data.get("blocks") or []
        if not isinstance(blocks_in, list):
            raise PaperError("blocks must be a list")
        blocks = [block_from_dict(b, i) for i, b in enumerate(blocks_in, start=1)]
        ref_info: dict[str, RefInfo] = {}
        ri = data.get("ref_info") or {}
        if not isinstance(ri, dict):
            raise PaperError("ref_info must be an object")
        for ref, info in ri.items():
            if not isinstance(info, dict) or not isinstance(info.get("label"), str):
                raise PaperError(f"ref_info {ref!r}: must be an object with a label")
            ref_info[ref] = RefInfo(
                label=info["label"], date=_opt_str(info, "date"), url=_opt_str(info, "url")
            )
        notes_in = data.get("notes")
        # (notes are for people, not for reading the paper: any that are not text are left out)
        notes = (
            {k: v for k, v in notes_in.items() if isinstance(k, str) and isinstance(v, str)}
            if isinstance(notes_in, dict)
            else {}
        )
        return cls(meta=meta, blocks=blocks, source=source, ref_info=ref_info, notes=notes)

    @classmethod
    def from_json(cls, text: str) -> Paper:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise PaperError(f"not JSON: {e}") from None
        return cls.from_dict(data)


def _opt_str(d: Any, key: str) -> str | None:
    if not isinstance(d, dict):
        return None
    v = d.get(key)
    if v is None:
        return None
    if not isinstance(v, str | int | float):
        raise PaperError(f"{key} must be a string")
    return str(v)


def block_to_dict(b: Block) -> dict[str, Any]:
    if isinstance(b, Heading):
        d: dict[str, Any] = {"type": "heading", "level": b.level, "text": b.text}
    elif isinstance(b, Paragraph):
        d = {"type": "paragraph", "number": b.number, "text": b.text}
    elif isinstance(b, ListItem):
        d = {"type": "list_item", "number": b.number, "depth": b.depth, "text": b.text}
    elif isinstance(b, Table):
        d = {"type": "table", "header": b.header, "rows": b.rows}
        if b.widths:
            d["widths"] = list(b.widths)
        if b.rag_column is not None:
            d["rag_column"] = b.rag_column
        if b.item_column is not None:
            d["item_column"] = b.item_column
    else:  # pragma: no cover - the union is closed
        raise PaperError(f"unknown block {b!r}")
    if b.refs:
        d["refs"] = list(b.refs)
    return d


def block_from_dict(d: Any, index: int) -> Block:
    where = f"block {index}"
    if not isinstance(d, dict):
        raise PaperError(f"{where}: must be an object")
    kind = d.get("type")
    refs = d.get("refs") or []
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        raise PaperError(f"{where}: refs must be a list of strings")
    if kind == "table":
        header = d.get("header")
        rows = d.get("rows") or []
        if header is not None and not (isinstance(header, list) and all(isinstance(c, str) for c in header)):
            raise PaperError(f"{where}: table header must be a list of strings")
        if not isinstance(rows, list) or not all(
            isinstance(r, list) and all(isinstance(c, str) for c in r) for r in rows
        ):
            raise PaperError(f"{where}: table rows must be lists of strings")
        widths = d.get("widths")
        if widths is not None and not (
            isinstance(widths, list) and all(isinstance(w, int | float) and w > 0 for w in widths)
        ):
            raise PaperError(f"{where}: table widths must be a list of positive numbers")
        rag_column = d.get("rag_column")
        if rag_column is not None and not isinstance(rag_column, int):
            raise PaperError(f"{where}: table rag_column must be a whole number")
        item_column = d.get("item_column")
        if item_column is not None and not isinstance(item_column, int):
            raise PaperError(f"{where}: table item_column must be a whole number")
        return Table(
            header=header, rows=rows, refs=refs, widths=widths, rag_column=rag_column, item_column=item_column
        )
    text = d.get("text")
    if not isinstance(text, str):
        raise PaperError(f"{where}: text must be a string")
    number = d.get("number")
    if number is not None and not isinstance(number, str):
        number = str(number)
    if kind == "heading":
        level = d.get("level", 2)
        if not isinstance(level, int) or not 1 <= level <= 6:
            raise PaperError(f"{where}: heading level must be 1 to 6")
        return Heading(text=text, level=level, refs=refs)
    if kind == "paragraph":
        return Paragraph(text=text, number=number, refs=refs)
    if kind == "list_item":
        depth = d.get("depth", 1)
        if not isinstance(depth, int) or depth < 1:
            raise PaperError(f"{where}: list item depth must be a positive whole number")
        return ListItem(text=text, number=number, depth=depth, refs=refs)
    raise PaperError(f"{where}: unknown block type {kind!r}")


_LABEL = re.compile(r"^[\s(\[]*([0-9]+(?:\.[0-9]+)*|[a-zA-Z]|[ivxlcdm]+)[.):\]]*\s*$")


def number_label(raw: str | None) -> str | None:
    """A paragraph's own label without its punctuation: '12.' → '12', '(a)' → 'a', '1.1.' → '1.1'."""
    if raw is None:
        return None
    m = _LABEL.match(raw)
    if not m:
        s = re.sub(r"[().\s]", "", raw)
        return s or None
    return m.group(1)
