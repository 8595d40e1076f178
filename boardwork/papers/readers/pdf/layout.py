"""Page layout for the PDF reader: pdfplumber words → lines → reading order.

This module knows about geometry only (positions, fonts, sizes); `pdf.py` turns the lines it
produces into headings, paragraphs, list items and tables. Everything is linear (or n log n) in the
number of words on a page: words are sorted once and swept, never compared pairwise.

Pipeline for one page (`layout_page`):

1. `page_words` gives words with boxes and fonts: from PDFium's characters
   (`pdfium_page.PdfiumPage.upright_words`), or from pdfplumber's `extract_words` on a page PDFium
   cannot place.
2. Ruled tables (pdfplumber's table finder, "lines" strategy) are looked for only on pages that
   have both horizontal and vertical ruling edges; words inside a table belong to its cells.
3. Columns: a vertical gutter is an x band that (almost) no text row crosses while substantial
   text sits on both sides of it on several rows. Rows that do cross it (a title over both
   columns) are "spanning" and cut the page into bands; inside a band the left column is read
   before the right one.
4. Lines: words are grouped into rows by vertical overlap, per column.

Running headers/footers are found across pages by `furniture.mark_furniture`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter, itemgetter
from typing import Any

_BOLD = re.compile(r"bold|black|heavy|semibold|demi|extrab|ultrab", re.IGNORECASE)
# Fonts that carry only bullet glyphs (Word's Symbol bullet, LibreOffice's OpenSymbol, Wingdings).
_SYMBOL_FONT = re.compile(r"symbol|wingding|dingbat", re.IGNORECASE)

# Page furniture that needs no repetition to be recognised: "Page 3 of 12", "3 / 12", "- 3 -", "iv".
PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?$|^[-–—]\s*[0-9]{1,4}\s*[-–—]$|^[ivxlc]{1,6}$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    symbol: bool  # set in a symbol font (bullets)


@dataclass(slots=True)
class Line:
    words: list[Word]
    page: int  # 0-based page index
    seg: tuple[int, ...]  # (page, band, column): lines in the same segment flow down one column
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # dominant font size, rounded to 0.5 pt
    bold: bool  # (nearly) all of its letters are bold
    text: str
    furniture: bool = False

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class TableBox:
    page: int
    seg: tuple[int, ...]
    x0: float
    top: float
    x1: float
    bottom: float
    col_edges: list[float]  # left x of each column
    rows: list[list[list[Line]]]  # rows → cells → lines of the cell
    # The table runs off the page without a rule under its last row: that row goes on over the page.
    open_bottom: bool = False


@dataclass
class PageLayout:
    index: int
    width: float
    height: float
    elements: list[Line | TableBox] = field(default_factory=list)
    nwords: int = 0
    has_images: bool = False
    ncols: int = 1


# (x0, top, x1, bottom)
_Box = tuple[float, float, float, float]


_TOP_X0 = attrgetter("top", "x0")
_WORD_X0 = attrgetter("x0")
# What is not a letter or digit (`str.isalnum`): `\w` is isalnum() or "_".
_NOT_ALNUM = re.compile(r"[\W_]")


def _round_size(size: float) -> float:
    return round(size * 2) / 2


# Typographic ligatures some PDF producers emit as single characters ("ﬁnance").
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


@lru_cache(maxsize=256)
def font_flags(font: str) -> tuple[bool, bool]:
    """(bold, symbol) for a font name: a page has a few fonts and thousands of words."""
    return bool(_BOLD.search(font)), bool(_SYMBOL_FONT.search(font))


def make_word(
    text: str,
    x0: float,
    x1: float,
    top: float,
    bottom: float,
    size: float,
    bold: bool,
    symbol: bool,
    bbox: _Box,
) -> Word | None:
    """A `Word`, clipped to the page box `bbox` (x0, top, x1, bottom); None when nothing of it is
    on the page or it is blank.

    Text outside the page is invisible, and a damaged file can put a glyph at x = 10⁹: clipping
    keeps every later step (the gutter histogram above all) bounded by the page size.
    """
    px0, ptop, px1, pbottom = bbox
    if x0 < px0:
        x0 = px0
    if x1 > px1:
        x1 = px1
    if top < ptop:
        top = ptop
    if bottom > pbottom:
        bottom = pbottom
    if x1 < x0 or bottom < top or not text.strip():
        return None
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)
    return Word(text, x0, x1, top, bottom, min(500.0, max(1.0, size or (bottom - top) or 1.0)), bold, symbol)


_NO_CLIP: _Box = (float("-inf"), float("-inf"), float("inf"), float("inf"))


def to_words(raw: list[dict[str, Any]], bbox: _Box | None = None) -> list[Word]:
    """pdfplumber word dicts → `Word`s, clipped to the page box `bbox` (see `make_word`)."""
    box = bbox or _NO_CLIP
    out = []
    for w in raw:
        if not w.get("upright", True):
            continue  # rotated margin text (document references, "DRAFT" stamps) is not body
        word = make_word(
            w["text"],
            float(w["x0"]),
            float(w["x1"]),
            float(w["top"]),
            float(w["bottom"]),
            float(w.get("size") or 0.0),
            *font_flags(w.get("fontname") or ""),
            box,
        )
        if word is not None:
            out.append(word)
    return out


# The gap that ends a word: pdfplumber's x tolerance (3 pt), or less in small type, where it is a
# fraction of the type's size (`x_tolerance`).
X_TOLERANCE = 3.0
# A word's letters sit within a few hundredths of an em of each other, a little more where a heading
# is letter-spaced (about 0.1 em); the narrowest space between words is about 0.2 em (a font's space
# is 0.22–0.28 em, and justification shrinks it by a fifth at most). At 3 pt, words set below about
# 12 pt in a line with no blanks drawn between them (justified lines, some producers' every line) ran
# together ("thatthe"). Half way: 0.15 em. At 0.12 em or more `join_words` puts the blank back.
X_TOLERANCE_RATIO = 0.15


def x_tolerance(size: float, xt: float = X_TOLERANCE) -> float:
    """The x tolerance for characters of `size` pt: `X_TOLERANCE_RATIO` of the size where that is
    below `xt` (3 pt, or minus infinity for a character at a time), else `xt` (a size of 0 or less,
    or NaN, keeps `xt`). The PDFium path and its compiled loop (`_pdfchars.c`) compute it alike."""
    t = X_TOLERANCE_RATIO * size
    return t if 0.0 < t < xt else xt


@lru_cache(maxsize=1)
def _word_extractor() -> Any:
    """pdfplumber's `WordExtractor` for the settings `page_words` asks for, its x tolerance
    `x_tolerance` of the last character's size (pdfplumber's own `x_tolerance_ratio` would leave
    out the 3 pt cap)."""
    from pdfplumber.utils.text import WordExtractor

    tolerance = x_tolerance

    class _Extractor(WordExtractor):
        def char_begins_new_word(self, prev_char: Any, curr_char: Any, direction: Any, x_tolerance: Any,
                                 y_tolerance: Any) -> bool:  # fmt: skip
            if direction in ("ltr", "rtl"):
                x_tolerance = tolerance(float(prev_char.get("size") or 0.0), x_tolerance)
            return bool(
                super().char_begins_new_word(prev_char, curr_char, direction, x_tolerance, y_tolerance)
            )

    return _Extractor(
        x_tolerance=X_TOLERANCE,
        y_tolerance=3,
        keep_blank_chars=False,
        use_text_flow=False,
        extra_attrs=["fontname", "size"],
    )


def page_words(page: Any) -> list[Word]:
    """A page's upright words: from PDFium's characters when the page was read by it
    (`pdfium_page.PdfiumPage.upright_words`), else from pdfplumber's `extract_words` (with the
    x tolerance `x_tolerance` of the type's size)."""
    bbox: _Box = tuple(float(v) for v in page.bbox)  # type: ignore[assignment]
    fast = getattr(page, "upright_words", None)
    if fast is not None:
        return fast(bbox)  # type: ignore[no-any-return]
    raw = _word_extractor().extract_words(page.chars)
    return to_words(raw, bbox)


def group_rows(words: list[Word]) -> list[list[Word]]:
    """Words → rows (sorted top to bottom, each left to right) by vertical overlap.

    One sweep over the words sorted by top: a word joins the open row when at least half of the
    smaller height overlaps it (a bullet in a bigger symbol font, a superscript, a bold run).
    """
    rows: list[list[Word]] = []
    cur: list[Word] = []
    top = bottom = 0.0
    for w in sorted(words, key=_TOP_X0):
        if cur:
            wb = w.bottom
            overlap = (bottom if bottom < wb else wb) - w.top
            wh, h = wb - w.top, bottom - top
            if overlap >= 0.5 * (wh if wh < h else h):
                cur.append(w)
                if wb > bottom:
                    bottom = wb
                continue
            rows.append(cur)
        cur = [w]
        top, bottom = w.top, w.bottom
    if cur:
        rows.append(cur)
    for r in rows:
        r.sort(key=_WORD_X0)
    return rows


def join_words(words: list[Word]) -> str:
    """Words of one line → text. Pieces split only by a font change (no gap) are glued back."""
    if len(words) == 1:
        return words[0].text
    parts: list[str] = []
    prev = None
    for w in words:
        if prev is not None:
            gap = w.x0 - prev.x1
            size = w.size
            if gap >= 0.12 * (size if size < prev.size else prev.size):
                parts.append(" ")
        parts.append(w.text)
        prev = w
    return "".join(parts)


def make_line(words: list[Word], page: int, seg: tuple[int, ...]) -> Line:
    sizes: dict[float, int] = {}  # letters by size rounded to 0.5 pt, in order of first use
    letters = bold = 0
    last = s = -1.0
    # The line's box in the same pass (as `max` and `min` would: the first of equals kept).
    first = words[0]
    x1, top, bottom = first.x1, first.top, first.bottom
    for w in words:
        if w.x1 > x1:
            x1 = w.x1
        if w.top < top:
            top = w.top
        if w.bottom > bottom:
            bottom = w.bottom
        if w.symbol:
            continue
        t = w.text
        n = len(t) if t.isalnum() else len(_NOT_ALNUM.sub("", t))
        if not n:
            continue
        if w.size != last:  # the words of a line mostly share a size
            last = w.size
            s = round(last * 2) / 2  # `_round_size`, without a call a word
        sizes[s] = sizes.get(s, 0) + n
        letters += n
        if w.bold:
            bold += n
    # The first of the most used sizes (as `Counter.most_common`).
    size = max(sizes.items(), key=itemgetter(1))[0] if sizes else _round_size(words[0].size)
    return Line(
        words=words,
        page=page,
        seg=seg,
        x0=first.x0,
        x1=x1,
        top=top,
        bottom=bottom,
        size=size,
        bold=letters > 0 and bold >= 0.9 * letters,
        text=join_words(words),
    )


# -- columns -----------------------------------------------------------------------------------

_BIN = 2.0  # pt per histogram bin when looking for gutters


def find_gutters(rows: list[list[Word]]) -> list[tuple[float, float]]:
    """Vertical gutters between text columns, as (x_start, x_end) bands; [] for one column.

    A gutter is a run of at least 8 pt that at most a few rows cross (a spanning title, a
    footer), with substantial text on both sides: at least three rows whose text left of it and
    three whose text right of it is a quarter of the text width or more. The last test keeps a
    hanging indent (labels at the margin, text 20 pt in) or a bullet column from passing as one.
    """
    if len(rows) < 6:
        return []
    lo = min(w.x0 for r in rows for w in r)
    hi = max(w.x1 for r in rows for w in r)
    width = hi - lo
    if not 100 <= width <= 20000:  # (words are clipped to the page, so this is the page size)
        return []
    nb = int(width / _BIN) + 2
    # Words covering each bin: +1 where a word starts, -1 after it ends, summed from the left.
    steps = [0] * (nb + 1)
    for r in rows:
        for w in r:
            steps[int((w.x0 - lo) / _BIN)] += 1
            steps[int((w.x1 - lo) / _BIN) + 1] -= 1
    cover = list(accumulate(steps[:nb]))
    allowed = max(2, int(0.05 * len(rows)))
    runs: list[tuple[int, int]] = []
    b = 0
    while b < nb:
        if cover[b] <= allowed:
            s = b
            while b < nb and cover[b] <= allowed:
                b += 1
            if s > 0 and b < nb and (b - s) * _BIN >= 8:
                runs.append((s, b))
        else:
            b += 1
    gutters = []
    for s, e in runs:
        # The gutter proper is the emptiest part of the run: a ragged line that pokes into the
        # run must not count as crossing it.
        low = min(cover[s:e])
        best = (s, s)
        b = s
        while b < e:
            if cover[b] == low:
                c = b
                while b < e and cover[b] == low:
                    b += 1
                if b - c > best[1] - best[0]:
                    best = (c, b)
            else:
                b += 1
        s, e = best
        gx0, gx1 = lo + s * _BIN, lo + e * _BIN
        left = right = 0
        for r in rows:
            lw = [w for w in r if w.x1 <= gx0]
            rw = [w for w in r if w.x0 >= gx1]
            if len(lw) + len(rw) < len(r):
                continue  # the row crosses the gutter
            if lw and lw[-1].x1 - lw[0].x0 >= 0.25 * width:
                left += 1
            if rw and rw[-1].x1 - rw[0].x0 >= 0.25 * width:
                right += 1
        if left >= 3 and right >= 3:
            gutters.append((gx0, gx1))
    return gutters


# -- text drawn over text ----------------------------------------------------------------------

# A table or figure caption: "Table 3", "Figure 2:", "Chart 1.4 –".
_CAPTION = re.compile(r"^(?:table|figure|fig\.|chart|graph|diagram)\s*[0-9]", re.IGNORECASE)


def _overlap(a: Word, b: Word) -> bool:
    o = min(a.x1, b.x1) - max(a.x0, b.x0)
    return o > 2 and o > 0.3 * min(a.x1 - a.x0, b.x1 - b.x0)


def overprinted(rows: list[list[Word]]) -> set[int]:
    """Ids of words hidden under (or over) other words: text drawn on top of text is never legible.

    Such text was clipped away or covered when the page was drawn, which the text layer does not
    record: an HTML table caption hidden with CSS `clip` (WeasyPrint still writes its glyphs, over
    the first row), a heading's shadow, text under a white box. Where two lines of a row overlap at
    different heights, a caption-like line ("Table 3: …") goes, else the one with fewer letters:
    the visible text is the layout's own, the hidden one a stray. Identical tops (a bold faked by
    drawing a word twice) are left alone. Linear in the words: each row is scanned once in x order.
    """
    hidden: set[int] = set()
    for r in rows:
        if len(r) < 2:
            continue
        reach = r[0]
        clash = False
        for w in r[1:]:
            if w.x0 < reach.x1 - 2 and abs(w.top - reach.top) > 1 and _overlap(w, reach):
                clash = True
                break
            if w.x1 > reach.x1:
                reach = w
        if not clash:
            continue
        subs: list[list[Word]] = []
        for w in sorted(r, key=lambda w: w.top):
            if subs and w.top - subs[-1][0].top <= 1:
                subs[-1].append(w)
            else:
                subs.append([w])

        def rank(sub: list[Word]) -> tuple[Any, ...]:
            sub.sort(key=lambda w: w.x0)
            caption = bool(_CAPTION.match(join_words(sub)))
            return (caption, -sum(len(w.text) for w in sub))

        kept: list[Word] = []
        for sub in sorted(subs, key=rank):
            if any(_overlap(w, k) for w in sub for k in kept):
                hidden.update(id(w) for w in sub)
            else:
                kept.extend(sub)
    return hidden


# -- tables ------------------------------------------------------------------------------------

_TABLE_SETTINGS: dict[str, Any] = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def _white(color: Any) -> bool:
    """Whether a PDF colour (grey, RGB or CMYK components, as pdfminer gives them) is white."""
    if isinstance(color, (int, float)):
        color = (color,)
    if not isinstance(color, (tuple, list)) or not color:
        return False  # a pattern or an unknown space: assume it shows
    try:
        comps = [float(c) for c in color]
    except (TypeError, ValueError):
        return False
    if len(comps) == 4:  # CMYK: white is no ink
        return all(c <= 0.03 for c in comps)
    return all(c >= 0.97 for c in comps)


def _visible(edge: dict[str, Any]) -> bool:
    """Whether an edge is drawn in a colour that shows on a white page.

    HTML-to-PDF printers (WeasyPrint) paint the page or body background as a white rectangle the
    size of the text area; its edges are not rulings, and as a "table" they would swallow the
    whole page. A shaded cell (grey fill) or a black rule is visible and stays.
    """
    if edge.get("stroke") and not _white(edge.get("stroking_color")):
        return True
    if edge.get("fill") and not _white(edge.get("non_stroking_color")):
        return True
    # Neither stroked nor filled in a visible colour. An edge that records neither (some producers'
    # lines) is kept: only a positively white paint is dropped.
    return not (edge.get("stroke") or edge.get("fill"))


def _covered(spans: list[tuple[float, float]], x0: float, x1: float, gap: float = 0) -> bool:
    """Whether sorted (start, end) spans cover x0..x1 (cell borders are often drawn per cell), with
    holes of at most `gap` (the space between cells' own borders in a table with separate borders)."""
    reach = x0 + 2
    for a, b in spans:
        if a > reach + gap:
            break
        reach = max(reach, b)
    return reach >= x1 - 2


def _open_ends(hs: list[dict[str, Any]], vs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Horizontal edges that close a table left open at a page break.

    A table split over pages is often drawn without a rule where the page cuts it: its column
    rules stop at the page's text area with nothing across them, and the table finder would lose
    the cut row. Where two or more vertical rules end (or start) at the same height and no
    horizontal rule spans them there, one is added.
    """
    out = []
    for key in ("top", "bottom"):
        groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for e in vs:
            groups[round(e[key])].append(e)
        for group in groups.values():
            if len(group) < 2:
                continue
            x0, x1 = min(e["x0"] for e in group), max(e["x1"] for e in group)
            if x1 - x0 < 20:
                continue
            y = group[0][key]
            if _covered(sorted((h["x0"], h["x1"]) for h in hs if abs(h["top"] - y) <= 2), x0, x1):
                continue
            out.append(
                {
                    "object_type": "synthetic_edge",
                    "orientation": "h",
                    "x0": x0,
                    "x1": x1,
                    "top": y,
                    "bottom": y,
                    "width": x1 - x0,
                    "height": 0.0,
                }
            )
    return out


def _rulings(page: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]], bool]:
    """The page's visible ruling edges (horizontal, vertical), and whether they may make a table.

    Returns the edges to find tables in, and whether they differ from pdfplumber's own (then the
    table finder is given them explicitly).
    """
    edges = page.edges
    hs: list[dict[str, Any]] = []
    vs: list[dict[str, Any]] = []
    dropped = False
    for e in edges:
        if not _visible(e):
            dropped = True
        elif e.get("orientation") == "h":
            hs.append(e)
        else:
            vs.append(e)
    if len(hs) < 2 and not vs:
        return hs, vs, False
    extra = _open_ends(hs, vs)
    hs.extend(extra)
    return hs, vs, bool(dropped or extra)


def find_tables(page: Any, words: list[Word], index: int) -> tuple[list[TableBox], list[Word]]:
    """Ruled tables on the page with their cells' lines, and the words outside every table.

    Boxes of one cell (a framed note) or one column are not tables: their text is read as body.
    """
    if not words or not page.edges:
        return [], words
    hs, vs, changed = _rulings(page)
    if len(hs) < 2 or len(vs) < 2:
        return [], words
    settings = _TABLE_SETTINGS
    if changed:  # invisible edges dropped or open ends closed: find tables in these edges only
        settings = {
            "vertical_strategy": "explicit",
            "horizontal_strategy": "explicit",
            "explicit_vertical_lines": vs,
            "explicit_horizontal_lines": hs,
        }
    boxes = []
    for t in page.find_tables(settings):
        cells_rows = [[c for c in row.cells] for row in t.rows]
        if not cells_rows:
            continue
        ncols = max(len(r) for r in cells_rows)
        if ncols < 2:
            continue
        boxes.append((t.bbox, cells_rows))
    if not boxes:
        return [], words
    rest: list[Word] = []
    assigned: list[list[list[list[Word]]]] = [[[[] for _ in r] for r in rows] for _, rows in boxes]
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        target = None
        for k, ((x0, top, x1, bottom), rows) in enumerate(boxes):
            if x0 <= cx <= x1 and top <= cy <= bottom:
                for i, row in enumerate(rows):
                    for j, c in enumerate(row):
                        if c is not None and c[0] <= cx <= c[2] and c[1] <= cy <= c[3]:
                            target = (k, i, j)
                            break
                    if target:
                        break
                break
        if target is None:
            rest.append(w)
        else:
            k, i, j = target
            assigned[k][i][j].append(w)
    # A table closed only by `_open_ends` (no rule drawn within a few points of its foot) ran off
    # the page: its last row was cut by the break.
    drawn = [e for e in hs if e.get("object_type") != "synthetic_edge"]
    tables = []
    for k, ((x0, top, x1, bottom), rows) in enumerate(boxes):
        if not any(cell for row in assigned[k] for cell in row):
            continue
        foot = sorted((e["x0"], e["x1"]) for e in drawn if abs(e["top"] - bottom) <= 4)
        open_bottom = not _covered(foot, x0, x1, gap=4)
        ncols = max(len(r) for r in rows)
        edges: list[float] = []
        for j in range(ncols):
            xs = [r[j][0] for r in rows if j < len(r) and r[j] is not None]
            edges.append(min(xs) if xs else x0)
        out_rows = []
        for i, row in enumerate(rows):
            out_rows.append(
                [[make_line(r, index, ()) for r in group_rows(assigned[k][i][j])] for j in range(len(row))]
            )
        tables.append(TableBox(index, (), x0, top, x1, bottom, edges, out_rows, open_bottom))
    return tables, rest


def _pieces(line: Line) -> list[list[Word]]:
    """A line cut at gaps wider than 1.2 em: the cells of a table drawn without rules."""
    out: list[list[Word]] = [[line.words[0]]]
    for w in line.words[1:]:
        if w.x0 - out[-1][-1].x1 >= 1.2 * line.size:
            out.append([w])
        else:
            out[-1].append(w)
    return out


def find_borderless_tables(flow: list[Any], is_label: Callable[[Line], bool]) -> list[Any]:
    """Replace runs of lines that are rows of a table without rules by a `TableBox`.

    A run is three or more consecutive lines of one column, each cut into two or more pieces by
    gaps wider than 1.2 em (prose never has such gaps), where the pieces of all the lines, laid
    over each other, leave clear vertical channels: those channels separate the columns. A line
    that starts with a paragraph label ("1.1", a bullet) is not a row: label and text are
    separated by a tab, not by a column gap. Each line is one row; wrapped cells are not rebuilt.
    """
    out: list[Any] = []
    run: list[tuple[Line, list[list[Word]]]] = []

    def close() -> None:
        if len(run) >= 3:
            table = _borderless(run)
            if table is not None:
                out.append(table)
                run.clear()
                return
        out.extend(ln for ln, _ in run)
        run.clear()

    for e in flow:
        if isinstance(e, Line):
            pieces = _pieces(e) if len(e.words) > 1 else []
            if len(pieces) >= 2 and not is_label(e):
                if run and (
                    run[-1][0].seg != e.seg or e.top - run[-1][0].bottom > 2.5 * max(e.size, run[-1][0].size)
                ):
                    close()
                run.append((e, pieces))
                continue
        close()
        out.append(e)
    close()
    return out


def _borderless(run: list[tuple[Line, list[list[Word]]]]) -> TableBox | None:
    spans = sorted((p[0].x0, max(w.x1 for w in p)) for _, pieces in run for p in pieces)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1] + 2:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    if len(cols) < 2:
        return None
    rows = []
    for line, pieces in run:
        cells: list[list[Word]] = [[] for _ in cols]
        for p in pieces:
            cx = (p[0].x0 + p[-1].x1) / 2
            j = next(k for k, c in enumerate(cols) if c[0] - 2 <= cx <= c[1] + 2)
            cells[j].extend(p)
        if sum(1 for c in cells if c) < 2:
            return None
        rows.append([[make_line(c, line.page, line.seg)] if c else [] for c in cells])
    first = run[0][0]
    return TableBox(
        page=first.page,
        seg=first.seg,
        x0=cols[0][0],
        top=first.top,
        x1=cols[-1][1],
        bottom=run[-1][0].bottom,
        col_edges=[c[0] for c in cols],
        rows=rows,
    )


# -- one page ----------------------------------------------------------------------------------


def layout_page(page: Any, index: int) -> PageLayout:
    """Lay out one pdfplumber page: its lines and tables in reading order."""
    words = page_words(page)
    out = PageLayout(index=index, width=float(page.width), height=float(page.height), nwords=len(words))
    if not words:
        out.has_images = bool(page.images)
        return out
    rows = group_rows(words)
    hidden = overprinted(rows)
    if hidden:
        words = [w for w in words if id(w) not in hidden]
        rows = group_rows(words)
    n = len(words)
    tables, words = find_tables(page, words, index)
    if len(words) != n:
        rows = group_rows(words)
    gutters = find_gutters(rows)
    out.ncols = len(gutters) + 1
    items: list[tuple[float, int, int, Line | TableBox]] = []  # (top, band, col, element)
    if not gutters:
        for r in rows:
            items.append((r[0].top, 0, 0, make_line(r, index, (index, 0, 0))))
        for t in tables:
            t.seg = (index, 0, 0)
            items.append((t.top, 0, 0, t))
    else:
        bounds = [(g0 + g1) / 2 for g0, g1 in gutters]

        def crosses(x0: float, x1: float) -> bool:
            return any(x0 < g1 and x1 > g0 for g0, g1 in gutters)

        def column(x: float) -> int:
            return sum(x > b for b in bounds)

        spanning: list[Line | TableBox] = []
        column_words: dict[int, list[Word]] = defaultdict(list)
        for r in rows:
            if any(crosses(w.x0, w.x1) for w in r):
                spanning.append(make_line(r, index, ()))
            else:
                for w in r:
                    column_words[column((w.x0 + w.x1) / 2)].append(w)
        col_tables: list[TableBox] = []
        for t in tables:
            (spanning if crosses(t.x0, t.x1) else col_tables).append(t)
        spanning.sort(key=lambda e: e.top)
        span_tops = [e.top for e in spanning]

        def band(top: float) -> int:
            # Band k lies between spanning element k-1 and k; spanning element k closes band k.
            return sum(top > s for s in span_tops)

        for k, e in enumerate(spanning):
            e.seg = (index, k, -1)
            items.append((e.top, 2 * k + 1, 0, e))
        for c, ws in column_words.items():
            for r in group_rows(ws):
                line = make_line(r, index, ())
                b = band(line.top)
                line.seg = (index, b, c)
                items.append((line.top, 2 * b, c, line))
        for t in col_tables:
            b = band(t.top)
            c = column((t.x0 + t.x1) / 2)
            t.seg = (index, b, c)
            items.append((t.top, 2 * b, c, t))
    items.sort(key=lambda it: (it[1], it[2], it[0]))
    out.elements = [it[3] for it in items]
    return out
