"""Reader for Markdown papers (CommonMark-ish, as written by people and by converters like pandoc).

Blocks: ATX ("## x") and setext headings, paragraphs (soft-wrapped lines joined), bullet and
ordered lists (nesting by indentation), pipe tables, block quotes, fenced code. Inline markup is
reduced to its text: emphasis, `code`, links ("[x](mailto:…)" → x), images dropped, HTML tags
such as <u> stripped, entities decoded.

Mapping onto the paper model, shared with the text and HTML readers: an item labelled with a number
("1.", "- 12.", "1.1") is a numbered *paragraph*; lettered items ("a.", "(i)") and bullets are list
items with a depth. A paper's single top "#" heading is its title (level 1); "##" is a section (2)
and deeper headings sub-sections (3). If "#" is used for every section, the first is the title and
the rest are sections.
"""

from __future__ import annotations

import html as _html
import re

from ..document import Paper, clean
from ._shared.decode import decode_text
from ._shared.markers import parse_marker
from ._shared.pipe_tables import is_pipe_row, pipe_table
from ._shared.protos import Proto, finish
from .limits import Limits, ReadError

FORMAT = "md"

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST = re.compile(r"^(?P<ind>[ \t]*)(?P<m>[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?P<t>.*)$")
_LINK_SIGNAL = re.compile(rb"\[[^\]\n]{1,200}\]\([^)\s]{1,300}\)")

_IMAGE = re.compile(r"!\[([^\]]{0,300})\]\([^)]{0,500}\)")
_LINK = re.compile(r"\[([^\]]{0,500})\]\([^)]{0,500}\)")
_REF_LINK = re.compile(r"\[([^\]]{1,500})\]\[[^\]]{0,100}\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>\s]{1,500})>")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,300})?/?>")
_CODE = re.compile(r"`{1,3}([^`]{0,1000})`{1,3}")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{0,1000}?\S)\1")
_EM = re.compile(r"(?<![\w*])([*_])(?=\S)(.{0,1000}?\S)\1(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]{1,200}\]:\s+\S+")
# A footnote reference ("text[^3]"): a pointer to a note (footnote definitions are skipped like
# link definitions), not words of the paragraph.
_FOOTNOTE_REF = re.compile(r"(?<!\\)\[\^[\w-]{1,50}\]")


def sniff(head: bytes) -> bool:
    """Markdown signals: ATX headings, pipe-table separators, link syntax, fenced code."""
    lines = head.splitlines()[:200]
    atx = sum(1 for x in lines if re.match(rb"^#{1,6} \S", x))
    pipe_sep = any(re.match(rb"^\s*\|?\s*:?-{3,}:?\s*\|", x) for x in lines)
    links = len(_LINK_SIGNAL.findall(head))
    fence = any(x.startswith(b"```") for x in lines)
    return atx >= 1 or pipe_sep or links >= 2 or fence


def inline(text: str) -> str:
    """Markdown inline markup → plain text."""
    if len(text) > 20000:
        return _html.unescape(text)
    text = _CODE.sub(r"\1", text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = _TAG.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EM.sub(r"\2", text)
    text = _ESCAPE.sub(r"\1", text)
    text = re.sub(r"(?:  |\\)$", "", text)  # hard line breaks
    return _html.unescape(text)


def _indent(s: str) -> int:
    return len(s.expandtabs(4)) - len(s.expandtabs(4).lstrip())


def read(data: bytes, limits: Limits) -> Paper:
    text = decode_text(data, what="Markdown text").replace("\r\n", "\n").replace("\r", "\n")
    front_title, lines = _front_matter(text.split("\n"))

    protos: list[Proto] = []
    para: Proto | None = None
    list_stack: list[int] = []  # indents of the open list levels
    i, n = 0, len(lines)

    def close_para() -> None:
        nonlocal para
        para = None

    while i < n:
        if i % 500 == 0:
            limits.check_time(f"line {i + 1}")
        raw = lines[i].replace("\u00a0", " ")
        line = raw.rstrip()
        if not line.strip():
            close_para()
            i += 1
            continue
        if _REF_DEF.match(line):
            i += 1
            continue
        # Fenced code: its lines as one paragraph each (code in a paper is rare and unformatted).
        f = _FENCE.match(line)
        if f:
            close_para()
            fence = f.group(1)
            j = i + 1
            while j < n and not lines[j].lstrip().startswith(fence):
                if lines[j].strip():
                    protos.append(Proto("paragraph", [lines[j].strip()]))
                j += 1
            i = j + 1
            continue
        m = _ATX.match(line)
        if m:
            close_para()
            list_stack.clear()
            t = inline(m.group(2) or "")
            if t.strip():
                protos.append(Proto("heading", [t], level=len(m.group(1))))
            i += 1
            continue
        if _HR.match(line) and para is None:
            list_stack.clear()
            i += 1
            continue
        # Setext heading: a paragraph line underlined with === or ---.
        if para is not None and para.kind == "paragraph" and len(para.lines) == 1 and _SETEXT.match(line):
            para.kind = "heading"
            para.level = 1 if line.strip().startswith("=") else 2
            close_para()
            i += 1
            continue
        # Pipe table.
        if is_pipe_row(line) and i + 1 < n and re.match(r"^\s*\|?\s*:?-{2,}", lines[i + 1]):
            close_para()
            j = i
            while j < n and lines[j].strip() and ("|" in lines[j]):
                j += 1
            table = pipe_table([inline_keep_pipes(x) for x in lines[i:j]])
            if table:
                protos.append(Proto("table", header=table.header, rows=table.rows))
            i = j
            continue
        stripped = line.strip()
        if stripped.startswith(">"):
            stripped = re.sub(r"^(?:>\s?)+", "", stripped)
            if not stripped:
                close_para()
                i += 1
                continue
        lm = _LIST.match(line) if not stripped.startswith(">") else None
        if lm and lm.group("t").strip():
            close_para()
            para = _list_item(lm, list_stack)
            protos.append(para)
            i += 1
            continue
        text = inline(stripped)
        # Papers write "(a) …", "1.1 …" or "• …" on consecutive lines; CommonMark would run them into
        # one paragraph, but each is its own item.
        starts_item = parse_marker(clean(text)).kind is not None
        if (
            para is not None
            and not starts_item
            and not (list_stack and _indent(line) < list_stack[-1] and para.kind != "paragraph")
        ):
            # A lazy continuation line of the open paragraph or list item.
            para.lines.append(text)
            i += 1
            continue
        if _indent(line) == 0:
            list_stack.clear()
        para = _labelled_line(text)
        protos.append(para)
        i += 1

    title = _heading_levels(protos, front_title)
    meta, blocks = finish(protos, title, limits)
    if not blocks and not any(vars(meta).values()):
        raise ReadError("the Markdown file has no text to read")
    return Paper(meta=meta, blocks=blocks)


def _front_matter(lines: list[str]) -> tuple[str | None, list[str]]:
    """YAML front matter (pandoc, static-site generators): its title is the paper's title."""
    front_title = None
    if lines and lines[0].strip() == "---":
        for j in range(1, min(len(lines), 80)):
            if lines[j].strip() in ("---", "..."):
                for x in lines[1:j]:
                    m = re.match(r"^title:\s*['\"]?(.*?)['\"]?\s*$", x)
                    if m and m.group(1):
                        front_title = m.group(1)
                return front_title, lines[j + 1 :]
    return front_title, lines


def _list_item(lm: re.Match[str], list_stack: list[int]) -> Proto:
    """A Markdown list item, its depth from the open list levels (`list_stack`, updated)."""
    ind = _indent(lm.group("ind"))
    while list_stack and ind < list_stack[-1]:
        list_stack.pop()
    if not list_stack or ind > list_stack[-1] + 1:
        if not list_stack or ind > list_stack[-1]:
            list_stack.append(ind)
    depth = len(list_stack)
    marker = lm.group("m")
    body = inline(lm.group("t").strip())
    number = None
    kind = "list_item"
    if marker[0].isdigit():
        number = marker[:-1]
        kind = "paragraph"
    else:
        # "- 12. The Board…" / "- a. note…": a label written after the bullet.
        mk = parse_marker(body)
        if mk.kind in ("num", "alpha"):
            number, body = mk.number, mk.text
            kind = "paragraph" if mk.kind == "num" else "list_item"
    return Proto(kind, [body], number=number, depth=depth)


def _labelled_line(text: str) -> Proto:
    """A line that opens a block: a numbered paragraph, a lettered or bulleted item, or prose."""
    mk = parse_marker(clean(text))
    if mk.kind == "num":
        return Proto("paragraph", [mk.text], number=mk.number)
    if mk.kind in ("alpha", "bullet"):
        return Proto("list_item", [mk.text], number=mk.number, depth=1)
    return Proto("paragraph", [text])


def _heading_levels(protos: list[Proto], front_title: str | None) -> str | None:
    """Set heading levels and return the title. The single top "#" is the title; if "#" is used for
    every section, the first one is the title and the others are sections."""
    h1 = [clean(" ".join(p.lines)) for p in protos if p.kind == "heading" and p.level == 1]
    title = front_title or (h1[0] if h1 else None)
    shift = len(set(h1)) > 1
    for p in protos:
        if p.kind != "heading":
            continue
        t = clean(" ".join(p.lines))
        if p.level == 1:
            p.level = 1 if t == title or not shift else 2
        else:
            p.level = min(3, p.level + (1 if shift else 0))
    return title


def inline_keep_pipes(line: str) -> str:
    """Inline markup reduced inside a table row, keeping the cell separators and <br> breaks."""
    parts = re.split(r"(?<!\\)(\|)", line)
    out = []
    for p in parts:
        if p == "|":
            out.append(p)
        else:
            p = re.sub(r"<br\s*/?>", "\u2028", p, flags=re.IGNORECASE)
            out.append(inline(p).replace("\u2028", "<br>").replace("|", "\\|"))
    return "".join(out)
