"""Reader for HTML papers: committee-system pages (ModernGov, CMIS), Word "Save as web page", pandoc.

Built on the standard library's `html.parser`, which never fails on bad markup; this module adds
the little tree-building real pages need: implicit closing of <p>, <li>, <td> and <tr>, end tags
that close the elements left open inside them, and a depth cap against pathological nesting.

What becomes what:
- h1 → heading level 1 (the title), h2 → 2, h3–h6 → 3.
- <p>, <div> text, <dd>, <blockquote> → paragraphs; a paragraph that starts with its own label
  ("12. The Board…", "(a) …", "• …" as Word's HTML writes lists) gets that number or becomes a
  list item.
- <ol>/<ul> items → numbered paragraphs (digits) or list items (letters, roman numerals, bullets),
  with numbers from start/type/value and depth from list nesting.
- <table> → a table (th/thead → header, colspan/rowspan placed on a grid, each line of a cell —
  <br>, <p> or <li> — kept on its own line). A one-column table, or one that holds headings, is
  layout, and its content joins the flow.
- Document metadata fills what the text does not state: Dublin Core `<meta name="DC.title">` /
  `dcterms.title` (the title when the page has no <h1>), `DC.date` / `dcterms.date` (the meeting
  date), `dcterms.audience` / `DC.audience` naming a board or committee (the body), and an
  identifier of the form "Item 4" (the agenda item). Many council CMSs emit Dublin Core, and
  Boardwork's HTML writer puts a paper's meta there.
- The page's publisher (`Meta.publisher`, not part of the paper JSON): `DC.publisher`, else Open
  Graph's `og:site_name`, else the last part of a <title> that adds the site's name after a
  separator ("Community safety survey 2016 | Local Government Association").
- Page chrome is ignored: script, style, noscript, template, svg, nav, form, button, footer,
  header with role=banner, elements with role banner/contentinfo/navigation/search, aria-hidden
  or hidden, and anything whose class/id mentions cookies, breadcrumbs or skip links.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from ..document import Meta, Paper, clean, clean_cell
from ._shared.decode import decode_text
from ._shared.markers import is_caption, is_page_links, parse_marker
from ._shared.meta import BODY_WORDS, is_news_byline, parse_date
from ._shared.protos import Proto, finish
from .limits import Limits, ReadError

FORMAT = "html"

_SNIFF = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>)",
    re.IGNORECASE | re.DOTALL,
)
_TAGS = re.compile(rb"<(?:p|div|h[1-6]|table|ul|ol|li|span|br)\b[^>]{0,200}>", re.IGNORECASE)

_IGNORE_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "nav",
    "form",
    "button",
    "select",
    "textarea",
    "iframe",
    "object",
    "canvas",
    "footer",
    "dialog",
}
# doc-noteref / doc-endnotes / doc-footnote (DPUB-ARIA): footnote markers and the notes themselves
# point at sources; they are not the paper's body text.
_IGNORE_ROLES = {
    "banner",
    "contentinfo",
    "navigation",
    "search",
    "dialog",
    "alertdialog",
    "complementary",
    "doc-noteref",
    "doc-endnotes",
    "doc-footnote",
}
_IGNORE_CLASS = re.compile(
    r"cookie|breadcrumb|skip-?link|skip-?to|sr-only|visually-?hidden|screen-?reader|site-?header|site-?footer"
    r"|masthead|consent|gdpr",
    re.IGNORECASE,
)
_VOID = {
    "br",
    "img",
    "hr",
    "input",
    "meta",
    "link",
    "area",
    "base",
    "col",
    "embed",
    "param",
    "source",
    "track",
    "wbr",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "pre",
    "address",
    "figure",
    "figcaption",
    "hr",
    "body",
    "header",
    "aside",
    "center",
    "fieldset",
    "details",
    "summary",
}
_MAX_DEPTH = 400

# Dublin Core names as pages write them ("DC.title", "dc.Title", "DCTERMS.date", "dct:audience"),
# normalised to the element name; the refinements ("DC.date.modified", "dcterms.created") are page
# dates, not the meeting's, and are not read.
_DC_NAME = re.compile(r"^(?:dc|dcterms|dct)[.:](title|date|audience|identifier|publisher)$", re.IGNORECASE)
# Open Graph's name of the site a page belongs to.
_SITE_NAME = re.compile(r"^og:site_name$", re.IGNORECASE)
# The separators a <title> puts between the page's own title and the site's name ("Community
# safety survey 2016 | Local Government Association", "Prevention - West Midlands Fire Service").
_TITLE_SEP = re.compile(r"\s+[|–—]\s+|\s+-\s+")
_BODY_NAME = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in BODY_WORDS) + r")\b")
_ITEM_ID = re.compile(
    r"^\s*(?:agenda\s+)?item(?:\s+(?:no\.?|number))?\s*[:.]?\s*(?P<v>[0-9]{1,3}(?:\.[0-9]{1,2})?[a-zA-Z]?)\s*$",
    re.IGNORECASE,
)


def sniff(head: bytes) -> bool:
    """HTML: a doctype or <html>/<head>/<body> at the start, or several typical block tags."""
    head = head.lstrip(b"\xef\xbb\xbf")
    if _SNIFF.match(head[:4096]):
        return True
    return len(_TAGS.findall(head[:8192])) >= 3 and head.lstrip()[:1] == b"<"


def _roman(n: int) -> str:
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _alpha(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(97 + r) + out
    return out


def _fmt(n: int, kind: str) -> str:
    if kind == "a":
        return _alpha(n) if n > 0 else str(n)
    if kind == "A":
        return _alpha(n).upper() if n > 0 else str(n)
    if kind == "i":
        return _roman(n) if 0 < n < 40 else str(n)
    if kind == "I":
        return _roman(n).upper() if 0 < n < 40 else str(n)
    return str(n)


def _int(v: str | None, default: int) -> int:
    try:
        return int(str(v).strip())
    except (TypeError, ValueError):
        return default


def _furniture_heading(text: str) -> bool:
    """A news page's byline, a picture's caption or the page's links set in a heading's tag ("<h4>By
    Jane Smith</h4>", "<h3>Related news</h3>"): a line of the page, read as a paragraph, not a
    section's name (nor, through the sections, a theme)."""
    return is_news_byline(text) or is_caption(text) or is_page_links(text)


class _Cell:
    def __init__(self, th: bool, colspan: int, rowspan: int):
        self.th = th
        self.colspan = max(1, min(colspan, 50))
        self.rowspan = max(1, min(rowspan, 500))
        self.flow: list[Proto] = []


class _Table:
    def __init__(self) -> None:
        self.rows: list[tuple[bool, list[_Cell]]] = []  # (in thead, cells)
        self.row: list[_Cell] | None = None
        self.in_head = False
        self.layout = False


class _Parser(HTMLParser):
    def __init__(self, limits: Limits):
        super().__init__(convert_charrefs=True)
        self.limits = limits
        self.flows: list[list[Proto]] = [[]]
        self.stack: list[dict[str, Any]] = []
        self.skip = 0
        self.buf: list[str] = []
        self.lines: list[str] = []
        self.lists: list[dict[str, Any]] = []
        self.tables: list[_Table] = []
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.dc: dict[str, str] = {}  # Dublin Core element → the first non-empty value
        self.count = 0
        self.in_pre = 0

    # -- text blocks --------------------------------------------------------------------------

    def _container(self) -> dict[str, Any] | None:
        """The nearest element that decides what kind of block text becomes."""
        e: dict[str, Any]
        for e in reversed(self.stack[-60:]):  # bounded: deep nesting must not make this quadratic
            if e["tag"] in ("h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "caption"):
                return e
        return None

    def flush(self) -> None:
        if self.buf:
            self.lines.append("".join(self.buf))
            self.buf = []
        lines = [clean(x) for x in self.lines]
        lines = [x for x in lines if x]
        self.lines = []
        if not lines:
            return
        c = self._container()
        flow = self.flows[-1]
        tag = c["tag"] if c else None
        if tag and tag[0] == "h" and tag[1:].isdigit() and not _furniture_heading(" ".join(lines)):
            level = int(tag[1])
            flow.append(
                Proto("heading", [" ".join(lines)], level=1 if level == 1 else 2 if level == 2 else 3)
            )
            return
        if tag == "li" and c is not None and not c.get("emitted"):
            c["emitted"] = True
            number, depth = c.get("number"), c.get("depth", 1)
            mk = parse_marker(lines[0])
            if mk.kind in ("num", "alpha") and (number is None or c.get("no_style")):
                number = mk.number
                lines = [mk.text] + lines[1:]
            elif mk.kind == "bullet":
                lines = [mk.text] + lines[1:]
            elif number is not None and mk.kind in ("num", "alpha") and mk.number == number:
                lines = [mk.text] + lines[1:]  # the number typed into the text as well
            if number is not None and number[0].isdigit():
                flow.append(Proto("paragraph", lines, number=number))
            else:
                flow.append(Proto("list_item", lines, number=number, depth=depth))
            return
        if tag in ("td", "th", "caption"):
            flow.append(Proto("paragraph", lines))
            return
        mk = parse_marker(lines[0])
        if mk.kind == "num":
            flow.append(Proto("paragraph", [mk.text] + lines[1:], number=mk.number))
        elif mk.kind in ("alpha", "bullet"):
            flow.append(Proto("list_item", [mk.text] + lines[1:], number=mk.number, depth=1))
        else:
            flow.append(Proto("paragraph", lines))

    # -- elements -----------------------------------------------------------------------------

    def _ignored(self, tag: str, attrs: dict[str, str]) -> bool:
        if tag in _IGNORE_TAGS:
            return True
        if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
            return True
        if (attrs.get("role") or "").lower() in _IGNORE_ROLES:
            return True
        if tag == "header" and (attrs.get("role") or "").lower() == "banner":
            return True
        style = (attrs.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        ident = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        return bool(ident.strip() and _IGNORE_CLASS.search(ident))

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        self.count += 1
        if self.count % 2000 == 0:
            self.limits.check_time(f"element {self.count}")
        attrs = {k.lower(): (v if v is not None else "") for k, v in attrs_list}
        if tag == "title" and self.title is None:
            self.title_parts = []
        if self.skip:
            if tag not in _VOID:
                self._push(tag, {"skip": True})
            return
        if tag not in _VOID and self._ignored(tag, attrs):
            if len(self.stack) < _MAX_DEPTH:
                self._push(tag, {"skip": True, "counted": True})
                self.skip += 1
            return
        if tag in _VOID or tag in ("meta", "br"):
            self._empty_element(tag, attrs)
            return
        if tag in _BLOCK:
            self.flush()
        self._implicit_ends(tag)
        if len(self.stack) >= _MAX_DEPTH:
            return  # too deep: keep the text, stop building structure
        self._push(tag, self._open(tag, attrs))

    def _empty_element(self, tag: str, attrs: dict[str, str]) -> None:
        """<meta> (Dublin Core metadata), <br> (a line break) and <hr> (ends a block)."""
        if tag == "meta":
            m = _DC_NAME.match((attrs.get("name") or attrs.get("property") or "").strip())
            value = clean(attrs.get("content") or "")
            if m and value:
                self.dc.setdefault(m.group(1).lower(), value)
            elif value and _SITE_NAME.match((attrs.get("property") or attrs.get("name") or "").strip()):
                self.dc.setdefault("site_name", value)
        elif tag == "br":
            if self.in_pre:
                self.buf.append("\n")
            else:
                self.lines.append("".join(self.buf))
                self.buf = []
        elif tag == "hr":
            self.flush()

    def _implicit_ends(self, tag: str) -> None:
        """Implicit end tags, as browsers apply them."""
        if tag == "li":
            self._close_until({"li"}, stop={"ul", "ol", "table", "td", "th"})
        elif tag in ("td", "th"):
            self._close_until({"td", "th"}, stop={"tr", "table"})
        elif tag == "tr":
            self._close_until({"tr"}, stop={"table", "thead", "tbody", "tfoot"})
        elif tag in ("thead", "tbody", "tfoot"):
            self._close_until({"thead", "tbody", "tfoot"}, stop={"table"})
        elif tag in _BLOCK:
            if tag in ("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd"):
                self._close_until({"p"}, stop={"div", "li", "td", "th", "blockquote", "section", "article"})
            if tag in ("dt", "dd"):
                self._close_until({"dt", "dd"}, stop={"dl"})

    def _open(self, tag: str, attrs: dict[str, str]) -> dict[str, Any]:
        """Open the lists, list items, tables and cells an element starts; its stack entry."""
        entry: dict[str, Any] = {}
        if tag in ("ul", "ol", "menu"):
            self._open_list(tag, attrs)
        elif tag == "li":
            lst = self.lists[-1] if self.lists else None
            entry["depth"] = max(1, len(self.lists))
            if lst and lst["ordered"]:
                if "value" in attrs:
                    lst["n"] = _int(attrs.get("value"), lst["n"])
                entry["number"] = _fmt(lst["n"], lst["kind"])
                entry["no_style"] = lst["no_style"]
                lst["n"] += 1
        elif tag == "table":
            self.tables.append(_Table())
        elif tag == "thead" and self.tables:
            self.tables[-1].in_head = True
        elif tag in ("tbody", "tfoot") and self.tables:
            self.tables[-1].in_head = False
        elif tag == "tr" and self.tables:
            self.tables[-1].row = []
        elif tag in ("td", "th") and self.tables:
            t = self.tables[-1]
            if t.row is None:
                t.row = []
            cell = _Cell(tag == "th", _int(attrs.get("colspan"), 1), _int(attrs.get("rowspan"), 1))
            t.row.append(cell)
            self.flows.append(cell.flow)
            entry["cell"] = True
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self.tables:
            self.tables[-1].layout = True
        elif tag == "pre":
            self.in_pre += 1
        return entry

    def _open_list(self, tag: str, attrs: dict[str, str]) -> None:
        kind = attrs.get("type") or "1"
        if kind not in ("1", "a", "A", "i", "I"):
            kind = "1"
        style = (attrs.get("style") or "").replace(" ", "").lower()
        self.lists.append(
            {
                "ordered": tag == "ol",
                "kind": kind,
                "n": _int(attrs.get("start"), 1),
                "no_style": "list-style:none" in style or "list-style-type:none" in style,
            }
        )

    def _push(self, tag: str, entry: dict[str, Any]) -> None:
        if len(self.stack) >= _MAX_DEPTH:
            return
        entry["tag"] = tag
        self.stack.append(entry)

    def _close_until(self, tags: set[str], stop: set[str]) -> None:
        """Close the innermost open element in `tags` unless an element in `stop` comes first."""
        for k in range(len(self.stack) - 1, max(-1, len(self.stack) - 60), -1):
            t = self.stack[k]["tag"]
            if t in tags:
                self._pop_to(k)
                return
            if t in stop:
                return

    def _pop_to(self, k: int) -> None:
        while len(self.stack) > k:
            # End the element while it is still open, so its text is flushed as its kind of block.
            self._end(self.stack[-1])
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # "</br>" as some editors write it
            self.handle_starttag("br", [])
            return
        for k in range(len(self.stack) - 1, max(-1, len(self.stack) - 200), -1):
            if self.stack[k]["tag"] == tag:
                self._pop_to(k)
                return
            if self.stack[k]["tag"] in ("table", "td", "th") and tag not in ("table", "td", "th", "tr"):
                if not self.skip:
                    break  # an end tag cannot close across a table cell
        if tag in _BLOCK and not self.skip:
            self.flush()

    def _end(self, e: dict[str, Any]) -> None:
        tag = e["tag"]
        if e.get("skip"):
            if tag not in _VOID and self.skip and self._ignored_entry(e):
                self.skip -= 1
            if tag == "title" and self.title_parts is not None:
                self.title = clean("".join(self.title_parts))
                self.title_parts = None
            return
        if tag == "title" and self.title_parts is not None:
            self.title = clean("".join(self.title_parts))
            self.title_parts = None
        if tag in _BLOCK:
            self.flush()
        if tag in ("ul", "ol", "menu") and self.lists:
            self.lists.pop()
        elif tag in ("td", "th") and e.get("cell"):
            if len(self.flows) > 1:
                self.flows.pop()
        elif tag == "tr" and self.tables:
            t = self.tables[-1]
            if t.row is not None:
                t.rows.append((t.in_head, t.row))
            t.row = None
        elif tag == "table" and self.tables:
            t = self.tables.pop()
            if t.row:
                t.rows.append((t.in_head, t.row))
            self.flows[-1].extend(_table_protos(t))
        elif tag == "pre":
            self.in_pre = max(0, self.in_pre - 1)
        elif tag == "thead" and self.tables:
            self.tables[-1].in_head = False

    def _ignored_entry(self, e: dict[str, Any]) -> bool:
        # Only the element that started the skipped region decrements `skip`: it has no parent
        # entry marked skip below it. Entries pushed inside a skipped region carry "skip" too but
        # were not counted; mark the counted ones.
        return bool(e.get("counted", False))

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.skip:
            return
        if self.in_pre:
            parts = data.split("\n")
            for j, p in enumerate(parts):
                if j:
                    self.lines.append("".join(self.buf))
                    self.buf = []
                self.buf.append(p)
            return
        self.buf.append(data)

    def close(self) -> None:
        super().close()
        self._pop_to(0)
        self.flush()


def _table_protos(t: _Table) -> list[Proto]:
    """A parsed table → one table Proto, or its cells' content when it is a layout table."""
    grid: list[list[_Cell | None]] = []
    heads: list[bool] = []
    pending: dict[int, int] = {}  # column → rows still covered by a rowspan
    for in_head, cells in t.rows:
        row: list[_Cell | None] = []
        col = 0
        for cell in cells:
            while pending.get(col, 0) > 0:
                row.append(None)
                pending[col] -= 1
                col += 1
            row.append(cell)
            for extra in range(cell.colspan):
                if cell.rowspan > 1:
                    pending[col + extra] = cell.rowspan - 1
                if extra:
                    row.append(None)
            col += cell.colspan
        while pending.get(col, 0) > 0:
            row.append(None)
            pending[col] -= 1
            col += 1
        grid.append(row)
        heads.append(in_head or (bool(cells) and all(c.th for c in cells)))
    width = max((len(r) for r in grid), default=0)
    if t.layout or width <= 1 or any(p.kind == "table" for r in grid for c in r if c for p in c.flow):
        # Layout: the cells' content is ordinary text in reading order.
        out: list[Proto] = []
        for r in grid:
            for c in r:
                if c:
                    out.extend(c.flow)
        return out

    def text(c: _Cell | None) -> str:
        if c is None:
            return ""
        lines: list[str] = []
        for p in c.flow:
            if p.kind == "table":
                continue
            lines.extend(x for x in (clean(y) for y in p.lines) if x)
        return "\n".join(lines)

    rows = [[text(c) for c in r] + [""] * (width - len(r)) for r in grid]
    header = None
    if rows and heads[0]:
        # Several header rows (a grouped header): each column's labels top-down, one a line.
        k = 1
        while k < len(rows) and heads[k] and k < 4:
            k += 1
        header = [clean_cell("\n".join(r[col] for r in rows[:k])) for col in range(width)]
        rows, heads = rows[k:], heads[k:]
        # A header row repeated further down (a printed table's page breaks) is not data.
        rows = [r for r, h in zip(rows, heads, strict=False) if not (h and r == header)]
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows and not header:
        return []
    return [Proto("table", header=header, rows=rows)]


def read(data: bytes, limits: Limits) -> Paper:
    text = decode_text(data, what="an HTML page")
    m = re.search(r"<meta[^>]{0,200}charset=[\"']?([\w-]{1,40})", text[:4096], re.IGNORECASE)
    if m and m.group(1).lower() not in ("utf-8", "utf8") and not _is_utf8(data):
        try:
            text = data.decode(m.group(1), errors="replace")
        except LookupError:
            pass
    parser = _Parser(limits)
    try:
        step = 1 << 16
        for k in range(0, len(text), step):
            parser.feed(text[k : k + step])
            limits.check_time(f"character {k}")
        parser.close()
    except ReadError:
        raise
    except (AssertionError, ValueError, RecursionError) as e:  # html.parser on broken declarations
        raise ReadError(
            f"the HTML cannot be read: {str(e).splitlines()[0][:120] if str(e) else type(e).__name__}"
        ) from None
    protos = parser.flows[0]
    h1 = next((clean(" ".join(p.lines)) for p in protos if p.kind == "heading" and p.level == 1), None)
    title = h1 or (parser.dc.get("title", "")[:300] or None)
    if not title and parser.title:
        title = _title_of_page(parser.title, parser.dc)
    meta, blocks = finish(protos, title, limits)
    _fill_from_metadata(meta, parser.dc)
    meta.publisher = _publisher(parser.dc, parser.title)
    if not blocks and not any(vars(meta).values()):
        raise ReadError("the HTML page has no text to read")
    return Paper(meta=meta, blocks=blocks)


def _title_of_page(page_title: str, dc: dict[str, str]) -> str | None:
    """The paper's title in the page's <title>: its first part ("<title>End of Year Report | Safer
    Communities Board | LGA</title>"), past any part that is the site's own name as the page's
    metadata gives it ("<title>Northby Council | Youth clubs funded</title>" on a site named
    "Northby Council"). A <title> that is only the site's name gives none: the text's own first
    title-like line is the title then."""
    site = {re.sub(r"\W+", " ", v).strip().lower() for v in (dc.get("publisher"), dc.get("site_name")) if v}
    parts = [p.strip() for p in re.split(r"\s+[|–—:]\s+|\s+-\s+", page_title) if p.strip()]
    own = [p for p in parts if re.sub(r"\W+", " ", p).strip().lower() not in site]
    return own[0] if own else None  # (a <title> that is the site's name alone names no paper)


def _fill_from_metadata(meta: Meta, dc: dict[str, str]) -> None:
    """Fill the meta fields the text did not state from the page's Dublin Core metadata (the
    title is taken earlier: the first <h1>, else DC.title, else the first part of <title>).

    The text wins where it states a value: on a CMS page the metadata may describe the web page
    rather than the paper. Values that do not look like what the field holds are not used (an
    audience of "Residents" is not a board; an identifier "REP/2023/114" is not an agenda item).
    """
    if not meta.meeting_date and dc.get("date"):
        meta.meeting_date = parse_date(dc["date"])
    audience = dc.get("audience", "")
    if not meta.body and len(audience) <= 120 and _BODY_NAME.search(audience):
        meta.body = audience
    m = _ITEM_ID.match(dc.get("identifier", ""))
    if not meta.item and m:
        meta.item = m.group("v")


def _publisher(dc: dict[str, str], page_title: str | None) -> str | None:
    """Who published the page, as its metadata says: Dublin Core publisher, else Open Graph's site
    name, else the last part of a <title> that joins the page's title and the site's name with a
    separator. Whether that names a body is for extraction to judge."""
    for value in (dc.get("publisher"), dc.get("site_name")):
        if value and len(value) <= 120:
            return value
    parts = _TITLE_SEP.split(page_title or "")
    if len(parts) >= 2 and 0 < len(parts[-1].strip()) <= 120:
        return parts[-1].strip()
    return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
