"""A page read by PDFium (pypdfium2) that answers like a pdfplumber page, for `layout.layout_page`.

pdfplumber gets characters and ruling lines from pdfminer.six, which interprets every content
stream in Python: nearly all of a PDF's reading time, and what lets a crafted page run for minutes.
PDFium does the same work in C. This adapter builds, from PDFium's text page and page objects,
the characters and edges pdfplumber would have built; groups the characters into the layout's
words as pdfplumber's `WordExtractor` does (`extract_words`, on tuples: a dict per character was a
third of the time; and on pieces, runs of characters the grouping keeps together, where they can
stand for their characters: see `_Char`) and hands the edges to pdfplumber's own table finder
(`TableFinder`), so that everything downstream is unchanged:

- a character's box: from its origin, the advance width (PDFium's loose box), and the font's
  descent (PDFium's) and size, where the size is the font size scaled by the text and drawing
  matrices (pdfminer's `LTChar.size`);
- paths are split into subpaths and classified as pdfminer does (`PDFLayoutAnalyzer.paint_path`):
  one segment is a line, an axis-aligned closed four-sided path a rectangle, anything else a curve
  through the end points of its segments; their edges are pdfplumber's (`obj_to_edges`), with the
  stroke and fill flags and colours `layout._visible` looks at.

`usable(page)` says when a page is plain enough for this (no rotation, the crop box at the media
box's origin); other pages are read by pdfplumber as before.

The characters' loop (`_runs` with `_read`, `_object`, `_object_end`) and the word grouping
(`_words` with `_lines`, `_spans`) are restated in C in `_pdfchars.c`, an optional extension built
at install, which calls PDFium at pypdfium2's addresses (`COMPILED`; ADR 0010). The Python here is
the reference and the fallback (no compiler, or `BOARDWORK_PDF_PURE=1`): both give the same runs
and words, to the last bit, and a change to one is made to the other.
"""

from __future__ import annotations

import ctypes
import math
import os
import re
from itertools import groupby
from operator import itemgetter
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as R

from ..limits import Limits, ReadError
from .layout import _LIGATURE, _LIGATURES, X_TOLERANCE, Word, font_flags, make_word, x_tolerance

# PDFium reports a hyphen it takes for a line-end hyphenation as U+0002 (one character) or U+FFFE
# (in a page's text); pdfminer as the hyphen drawn.
_PDFIUM_HYPHENS = ("\x02", "\ufffe")


# A piece: characters of one text object that pdfplumber's word grouping would keep together
# whatever else is on their line (consecutive, at one height, each at or right of the one before
# and within the x tolerance of its right edge, no blank among them), as (text, x0 of the first,
# x1 = the right-most right edge, top, bottom, x0 of the last, right edge of the last), in
# pdfplumber's top-down page coordinates. A blank, and every character when a page is read a
# character at a time, is a piece of its own.
_Char = tuple[str, float, float, float, float, float, float]
# (font name, size, pieces): pieces of one font and size, in content order.
_Run = tuple[str, float, list[_Char]]
_TEXT, _X0, _TOP, _BOTTOM = itemgetter(0), itemgetter(1), itemgetter(3), itemgetter(4)
# Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# pdfplumber's x and y tolerances, as `layout.page_words` asks for them: the x tolerance is
# `layout.x_tolerance` of a run's size, at most `_XT`.
_XT = X_TOLERANCE
_YT = 3.0


def _lines(chars: list[_Char], tops: set[float], tolerance: float) -> list[list[_Char]]:
    """pdfplumber's `cluster_objects` on the characters' tops (`tops`, the distinct ones), each
    line sorted by x0 (both sorts stable, as pdfplumber's)."""
    index: dict[float, int] = {}
    k = 0
    last = min(tops)
    for t in sorted(tops):
        if t > last + tolerance:
            k += 1
        index[t] = k
        last = t
    if k == 0:
        return [sorted(chars, key=_X0)]
    lines: list[list[_Char]] = [[] for _ in range(k + 1)]
    # Characters come at one height a text object at a time: moved a group at a time.
    for top, group in groupby(chars, key=_TOP):
        lines[index[top]].extend(group)
    return [sorted(line, key=_X0) for line in lines if line]


def _spans(line: list[_Char], flat: bool, check: bool, xt: float) -> list[tuple[int, int, float]] | None:
    """The words of a line of pieces sorted by x0, as (start, end, x1) (pieces): a word ends at a
    blank, before a character further than the x tolerance `xt` (the run's) from the last one's
    right edge, or (unless every character's top is within the y tolerance of every other's,
    `flat`) one whose top is further than the y tolerance from the last one's. pdfplumber also
    ends a word at a step back, which a line sorted by x0 does not have. None when `check` finds a
    piece whose first x0 is not right of the one before's last x0 (see `PdfiumPage._words`)."""
    out: list[tuple[int, int, float]] = []
    start = -1
    x1 = reach = last_top = prev = 0.0
    yt = _YT
    for k, (text, x0, widest, top, _bottom, last, right) in enumerate(line):
        if check:
            # `not <`, not `>=`: a NaN fails the check, as it failed `lt` before.
            if k and not prev < x0:
                return None
            prev = last
        if text == " ":
            if start >= 0:
                out.append((start, k, x1))
                start = -1
            continue
        if start < 0:
            start, x1 = k, widest
        elif x0 > reach or (not flat and top != last_top and abs(top - last_top) > yt):
            out.append((start, k, x1))
            start, x1 = k, widest
        elif widest > x1:
            x1 = widest
        reach = right + xt
        last_top = top
    if start >= 0:
        out.append((start, len(line), x1))
    return out


def usable(page: pdfium.PdfPage) -> bool:
    """Whether the page's coordinates are pdfplumber's without translation."""
    try:
        if page.get_rotation() % 360:
            return False
        mb = page.get_mediabox()
        cb = page.get_cropbox()
    except pdfium.PdfiumError:
        return False
    return mb[0] == 0 and mb[1] == 0 and all(abs(a - b) < 0.01 for a, b in zip(mb, cb, strict=True))


def check_objects(page: pdfium.PdfPage, index: int, limit: int) -> None:
    """Refuse page `index` when it draws more than `limit` objects (`Limits.max_page_objects`),
    counted by PDFium once the page is loaded: one call, before anything is made of them."""
    count = R.FPDFPage_CountObjects(page.raw)
    if count > limit:
        raise _too_many(index, limit)


def _too_many(index: int, limit: int) -> ReadError:
    return ReadError(f"page {index + 1} of the PDF draws more than {limit:,} objects (a PDF bomb?)")


class PdfiumPage:
    """The parts of `pdfplumber.page.Page` that `layout.layout_page` uses. `index` and
    `max_objects` are the page's number and the object limit, for the objects inside forms, which
    `check_objects` does not see: they are counted as the forms are walked for rulings."""

    def __init__(self, page: pdfium.PdfPage, index: int = 0, max_objects: int = Limits.max_page_objects):
        self._page = page
        self._index = index
        self._limit = self._budget = max_objects
        left, bottom, right, top = page.get_mediabox()
        self.width = float(right - left)
        self.height = float(top - bottom)
        self.bbox = (0.0, 0.0, self.width, self.height)
        self._edges: list[dict[str, Any]] | None = None
        self._images = False

    # -- characters and words

    def runs(self, pieces: bool = True) -> list[_Run]:
        """The page's characters as drawn, in content order, in runs of one font and size: (font
        name, size, [piece, …]), a piece as `_Char` says, or every character a piece of its own
        unless `pieces`. Rotated characters make runs of their own with a negative size and no
        characters: the layout reads upright words only, but a rotated character still ends a run
        of one font, as in pdfplumber."""
        tp = self._page.get_textpage()
        try:
            return self._runs(tp.raw, pieces)
        finally:
            tp.close()

    def _runs(self, tp: Any, pieces: bool) -> list[_Run]:
        height = self.height
        runs: list[_Run] = []
        n = R.FPDFText_CountChars(tp)
        if n <= 0:
            return runs
        f = _fast()
        handle = f.ffi.cast("void *", ctypes.cast(tp, ctypes.c_void_p).value or 0)
        # One call for the text; one unit a character unless a character lies beyond the BMP.
        texts = _text(tp, n)
        if len(texts) != n:
            texts = "".join(_units(tp, n))  # still one code point a character
        objects: dict[int, tuple[float, float, str, bool]] = {}
        fonts: dict[tuple[int, float], tuple[float, str]] = {}
        get_object, is_generated = f.text_object, f.is_generated
        xt = _XT if pieces else -math.inf
        last_obj = -1
        key: tuple[str, float] | None = None
        chars: list[_Char] = []
        size = descent = 0.0
        upright = True
        # Characters of one text object are consecutive in PDFium's list, unless right-to-left
        # text was reordered: there each character's object is asked for.
        contiguous = not _RTL.search(texts)
        if COMPILED is not None:
            address = ctypes.cast(tp, ctypes.c_void_p).value or 0
            return COMPILED.runs(address, texts, height, xt, contiguous)  # type: ignore[no-any-return]
        probe_at = probed = -1
        i = 0
        while i < n:
            if _skipped(texts[i], handle, i, is_generated):
                i += 1
                continue
            obj = probed if i == probe_at else get_object(handle, i)
            if contiguous:
                end, probe_at, probed = _object_end(get_object, handle, i, n, obj, texts)
            else:
                end = i + 1
            if obj != last_obj:
                # Look the object's font up once.
                last_obj = obj
                known = objects.get(obj)
                if known is None:
                    known = objects[obj] = self._object(f, handle, tp, i, obj, fonts)
                size, descent, fontname, upright = known
                run_key = (fontname, size if upright else -size)
                if run_key != key:
                    key = run_key
                    chars = []
                    runs.append((run_key[0], run_key[1], chars))
            if not upright:
                i = end
                continue
            _read(texts, i, end, handle, f, height, size, descent, chars, x_tolerance(size, xt))
            i = end
        return runs

    @staticmethod
    def _object(
        f: _Fast, handle: Any, tp: Any, i: int, obj: int, fonts: dict[tuple[int, float], tuple[float, str]]
    ) -> tuple[float, float, str, bool]:
        """Size, descent, font name and uprightness of character `i`'s text object `obj` (shared
        by all of its characters). `fonts` keeps a font's descent and name by (font, size): a page
        has many text objects and few fonts."""
        m = f.matrix
        if f.char_matrix(handle, i, m):
            a, b, c, d = m.a, m.b, m.c, m.d
        else:
            a = b = c = d = 0.0
        # The size PDFium reports leaves out the drawing matrix (a page drawn at 0.75 scale).
        size = f.font_size(handle, i) * (abs(d) if d else 1.0)
        upright = a * d > 0 and b * c <= 0
        font = f.object_font(obj)
        key = (font, size)
        known = fonts.get(key)
        if known is None:
            desc = ctypes.c_float()
            handle_of_font = ctypes.cast(ctypes.c_void_p(font), R.FPDF_FONT)
            if not (font and R.FPDFFont_GetDescent(handle_of_font, ctypes.c_float(size), desc)):
                desc.value = 0.0
            name = ctypes.create_string_buffer(256)
            flags = ctypes.c_int()
            R.FPDFText_GetFontInfo(tp, i, name, len(name), flags)
            known = fonts[key] = (desc.value, name.value.decode("utf-8", "replace"))
        return size, known[0], known[1], upright

    def close(self) -> None:
        self._page.close()

    def upright_words(self, bbox: tuple[float, float, float, float]) -> list[Word]:
        """pdfplumber's `extract_words` for the settings `layout.page_words` asks for (x tolerance
        `layout.x_tolerance` of the run's size, y tolerance 3, blank characters split words, no
        text flow, words split where the font or size changes), for upright text, made straight
        into `layout.Word`s clipped to `bbox`. It follows `pdfplumber.utils.text.WordExtractor`
        step by step: runs of one font and size in content order; lines clustered by top (±y
        tolerance, chained); characters sorted by x0 in a line; a new word at a blank, a gap wider
        than the run's x tolerance or a change of line (see `_spans`); a word's box is the union
        of its characters'."""
        words = self._words(self.runs(), bbox, True)
        if words is None:  # pieces of a line overlap: read it a character at a time
            words = self._words(self.runs(pieces=False), bbox, False) or []  # (never None unchecked)
        return words

    @staticmethod
    def _words(runs: list[_Run], bbox: tuple[float, float, float, float], check: bool) -> list[Word] | None:
        """`upright_words` from `runs`; None when `check` finds a line whose pieces are not in
        the order of their characters once sorted by x0 (overlapping or overprinted text), which
        the pieces cannot stand for."""
        if COMPILED is not None:
            made = COMPILED.words(runs, bbox, check, font_flags, make_word, Word, _LIGATURES)
            if made is not NotImplemented:  # (a NaN among the coordinates: the Python below)
                return made  # type: ignore[no-any-return]
        words: list[Word] = []
        append = words.append
        px0, ptop, px1, pbottom = bbox
        for font, size, run in runs:
            if size < 0 or not run:
                continue  # rotated text
            bold, symbol = font_flags(font)
            # `make_word`'s size, the same for every word of the run unless the font size is 0.
            wsize = min(500.0, max(1.0, size)) if size else 0.0
            xt = x_tolerance(size)
            tops = set(map(_TOP, run))
            # One line at one height is the common case: no clustering.
            lines = [sorted(run, key=_X0)] if len(tops) == 1 else _lines(run, tops, _YT)
            flat = max(tops) - min(tops) <= _YT
            # Ligatures are looked for once a run (translating a word without one changes nothing).
            ligatures = _LIGATURE.search("".join(map(_TEXT, run))) is not None
            for line in lines:
                spans = _spans(line, flat, check, xt)
                if spans is None:
                    return None
                # A line at one height (usually) gives its words its top and bottom.
                level = (len(tops) == 1 or len(set(map(_TOP, line))) == 1) and len(
                    set(map(_BOTTOM, line))
                ) == 1
                for a, b, x1 in spans:
                    first = line[a]
                    # A word is one piece as a rule (a span holds no blank).
                    t = first[0] if b - a == 1 else "".join(map(_TEXT, line[a:b]))
                    if level:
                        top, bottom = first[3], first[4]
                    else:
                        top, bottom = min([c[3] for c in line[a:b]]), max([c[4] for c in line[a:b]])
                    x0 = first[1]
                    if x0 < px0 or x1 > px1 or top < ptop or bottom > pbottom or not wsize:
                        # Clipped to the page, or sized from its height: `make_word` does it.
                        w = make_word(t, x0, x1, top, bottom, size, bold, symbol, bbox)
                        if w is not None:
                            append(w)
                    elif x1 >= x0 and bottom >= top:
                        # `make_word` on the page: a span has a character other than a blank.
                        if ligatures:
                            t = t.translate(_LIGATURES)
                        append(Word(t, x0, x1, top, bottom, wsize, bold, symbol))
        return words

    # -- rulings and images

    @property
    def edges(self) -> list[dict[str, Any]]:
        if self._edges is None:
            self._edges = []
            self._walk_objects()
        return self._edges

    @property
    def images(self) -> bool:
        self.edges  # noqa: B018 - walking the objects notes the images
        return self._images

    def find_tables(self, settings: dict[str, Any]) -> list[Any]:
        from pdfplumber.table import TableFinder, TableSettings

        return TableFinder(self, TableSettings.resolve(settings)).tables  # type: ignore[arg-type]

    def _walk_objects(self) -> None:
        page = self._page.raw
        count = R.FPDFPage_CountObjects(page)
        self._spend(count)
        self._walk([R.FPDFPage_GetObject(page, k) for k in range(count)], None, 0)

    def _spend(self, count: int) -> None:
        """Count `count` more objects against the page's object limit."""
        self._budget -= max(0, count)
        if self._budget < 0:
            raise _too_many(self._index, self._limit)

    def _walk(self, objs: list[Any], parent: tuple[float, ...] | None, depth: int) -> None:
        m = R.FS_MATRIX()
        for obj in objs:
            kind = R.FPDFPageObj_GetType(obj)
            if kind == R.FPDF_PAGEOBJ_IMAGE:
                self._images = True
            elif kind == R.FPDF_PAGEOBJ_PATH:
                R.FPDFPageObj_GetMatrix(obj, m)
                self._path(obj, _compose((m.a, m.b, m.c, m.d, m.e, m.f), parent))
            elif kind == R.FPDF_PAGEOBJ_FORM and depth < 12:
                R.FPDFPageObj_GetMatrix(obj, m)
                here = _compose((m.a, m.b, m.c, m.d, m.e, m.f), parent)
                n = R.FPDFFormObj_CountObjects(obj)
                self._spend(n)
                self._walk([R.FPDFFormObj_GetObject(obj, k) for k in range(max(0, n))], here, depth + 1)

    def _path(self, obj: Any, matrix: tuple[float, ...]) -> None:
        fillmode, stroke = ctypes.c_int(), ctypes.c_int()
        if not R.FPDFPath_GetDrawMode(obj, fillmode, stroke) or not (fillmode.value or stroke.value):
            return  # pdfminer sees only painted paths
        r, g, b, a = (ctypes.c_uint() for _ in range(4))
        paint = {
            "stroke": bool(stroke.value),
            "fill": bool(fillmode.value),
            "stroking_color": _colour(R.FPDFPageObj_GetStrokeColor(obj, r, g, b, a), r, g, b),
            "non_stroking_color": _colour(R.FPDFPageObj_GetFillColor(obj, r, g, b, a), r, g, b),
        }
        x, y = ctypes.c_float(), ctypes.c_float()
        ops: list[tuple[str, tuple[float, float]]] = []
        for s in range(R.FPDFPath_CountSegments(obj)):
            seg = R.FPDFPath_GetPathSegment(obj, s)
            R.FPDFPathSegment_GetPoint(seg, x, y)
            kind = R.FPDFPathSegment_GetType(seg)
            pt = _apply(matrix, x.value, y.value)
            if kind == R.FPDF_SEGMENT_MOVETO:
                if ops:
                    self._subpath(ops, paint)
                ops = [("m", pt)]
            elif ops:
                ops.append(("c" if kind == R.FPDF_SEGMENT_BEZIERTO else "l", pt))
            if ops and R.FPDFPathSegment_GetClose(seg):
                ops.append(("h", ops[0][1]))
        if ops:
            self._subpath(ops, paint)

    def _subpath(self, ops: list[tuple[str, tuple[float, float]]], paint: dict[str, Any]) -> None:
        # A Bézier segment is three PDFium points (two control points, then the end): pdfminer
        # keeps only the end point of each operator.
        pts: list[tuple[float, float]] = []
        shape = ""
        run = 0
        for op, pt in ops:
            if op == "c":
                run += 1
                if run < 3:
                    continue
                run = 0
            shape += op
            pts.append(pt)
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts.pop()
        h = self.height
        if shape in ("mlh", "ml"):
            (x0, y0), (x1, y1) = pts[0], pts[1]
            top, bottom = h - max(y0, y1), h - min(y0, y1)
            self._edges.append(  # type: ignore[union-attr]
                {
                    "object_type": "line",
                    "x0": min(x0, x1),
                    "x1": max(x0, x1),
                    "top": top,
                    "bottom": bottom,
                    "doctop": top,
                    "width": abs(x1 - x0),
                    "height": bottom - top,
                    "orientation": "h" if top == bottom else "v",
                    **paint,
                }
            )
            return
        if shape in ("mlllh", "mllll"):
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
                y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
            )
            if pts[0] == pts[4] and square:
                self._rect(min(x0, x2), min(y0, y2), max(x0, x2), max(y0, y2), paint)
                return
        if len(pts) < 2 or shape[:1] != "m":
            return
        for (ax, ay), (bx, by) in zip(pts, pts[1:], strict=False):
            top, bottom = h - max(ay, by), h - min(ay, by)
            self._edges.append(  # type: ignore[union-attr]
                {
                    "object_type": "curve_edge",
                    "x0": min(ax, bx),
                    "x1": max(ax, bx),
                    "top": top,
                    "bottom": bottom,
                    "doctop": top,
                    "width": abs(ax - bx),
                    "height": abs(ay - by),
                    "orientation": "v" if ax == bx else ("h" if ay == by else None),
                    **paint,
                }
            )

    def _rect(self, x0: float, y0: float, x1: float, y1: float, paint: dict[str, Any]) -> None:
        h = self.height
        top, bottom = h - y1, h - y0
        base = {"object_type": "rect_edge", "doctop": top, **paint}
        self._edges.extend(  # type: ignore[union-attr]
            [
                {**base, "x0": x0, "x1": x1, "top": top, "bottom": top, "width": x1 - x0, "height": 0,
                 "orientation": "h"},
                {**base, "x0": x0, "x1": x1, "top": bottom, "bottom": bottom, "doctop": bottom,
                 "width": x1 - x0, "height": 0, "orientation": "h"},
                {**base, "x0": x0, "x1": x0, "top": top, "bottom": bottom, "width": 0,
                 "height": bottom - top, "orientation": "v"},
                {**base, "x0": x1, "x1": x1, "top": top, "bottom": bottom, "width": 0,
                 "height": bottom - top, "orientation": "v"},
            ]
        )  # fmt: skip


class _Fast:
    """PDFium's per-character calls through cffi: a character costs three calls, and ctypes'
    conversion of arguments was most of their time (cffi calls the same functions, found at
    pypdfium2's addresses, for about 60 % of ctypes' cost)."""

    def __init__(self) -> None:
        import cffi

        self.ffi = ffi = cffi.FFI()
        ffi.cdef("typedef struct { float left, top, right, bottom; } FS_RECTF;")
        ffi.cdef("typedef struct { float a, b, c, d, e, f; } FS_MATRIX;")

        def fn(signature: str, f: Any) -> Any:
            return ffi.cast(signature, ctypes.cast(f, ctypes.c_void_p).value or 0)

        # The text object as a number: compared and hashed once a character.
        self.text_object = fn("intptr_t (*)(void *, int)", R.FPDFText_GetTextObject)
        self.char_origin = fn("int (*)(void *, int, double *, double *)", R.FPDFText_GetCharOrigin)
        self.loose_box = fn("int (*)(void *, int, float *)", R.FPDFText_GetLooseCharBox)
        self.is_generated = fn("int (*)(void *, int)", R.FPDFText_IsGenerated)
        # A text object's look-ups (once an object: a page has hundreds).
        self.char_matrix = fn("int (*)(void *, int, FS_MATRIX *)", R.FPDFText_GetMatrix)
        self.font_size = fn("double (*)(void *, int)", R.FPDFText_GetFontSize)
        self.object_font = fn("intptr_t (*)(intptr_t)", R.FPDFTextObj_GetFont)
        self.matrix = ffi.new("FS_MATRIX *")
        self.origin = ffi.new("double[2]")
        # The loose box as four floats (FS_RECTF: left, top, right, bottom).
        self.box = ffi.new("float[4]")
        self.origin_view = memoryview(ffi.buffer(self.origin)).cast("d")
        self.box_view = memoryview(ffi.buffer(self.box)).cast("f")


_FAST: _Fast | None = None


def _compiled() -> Any:
    """The compiled loop (`_pdfchars`, built from `_pdfchars.c` when a C compiler was there at
    install) given PDFium's function addresses; None when it is not built or `BOARDWORK_PDF_PURE=1`
    asks for the pure-Python path, which gives the same runs and words."""
    if os.environ.get("BOARDWORK_PDF_PURE") == "1":
        return None
    try:
        from . import _pdfchars  # type: ignore[attr-defined]
    except ImportError:
        return None

    def address(f: Any) -> int:
        return ctypes.cast(f, ctypes.c_void_p).value or 0

    _pdfchars.init(
        address(R.FPDFText_GetCharOrigin),
        address(R.FPDFText_GetLooseCharBox),
        address(R.FPDFText_IsGenerated),
        address(R.FPDFText_GetTextObject),
        address(R.FPDFText_GetMatrix),
        address(R.FPDFText_GetFontSize),
        address(R.FPDFTextObj_GetFont),
        address(R.FPDFFont_GetDescent),
        address(R.FPDFText_GetFontInfo),
    )
    return _pdfchars


# The compiled module in use, or None for the pure-Python path.
COMPILED = _compiled()


def _fast() -> _Fast:
    global _FAST
    if _FAST is None:
        _FAST = _Fast()
    return _FAST


# Every character `str.isspace` takes for a blank (a set lookup is cheaper than the method call).
_BLANKS = frozenset(c for c in map(chr, range(0x10000)) if c.isspace())


def _skipped(text: str, handle: Any, i: int, is_generated: Any) -> bool:
    """Whether character `i` (`text`) is left out: a space or line break PDFium inferred (pdfminer
    has only the drawn ones), a NUL, or the second half of a character beyond the BMP (whose
    first half carries it)."""
    if text <= " ":
        return text != "\x02" and (text == "\x00" or bool(is_generated(handle, i)))
    return "\ud800" <= text <= "\udfff"


# The characters `_read` takes one at a time: controls and blanks (`str.isspace`), surrogates and
# everything from them up (private-use bullets, U+FFFE, characters beyond the BMP). A text
# object's other characters are read in stretches between them, with no test a character.
_ODD = re.compile(
    "[\x00- \ud800-\U0010ffff" + "".join(re.escape(c) for c in sorted(_BLANKS) if " " < c < "\ud800") + "]"
)


def _read(
    texts: str,
    i: int,
    end: int,
    handle: Any,
    f: _Fast,
    height: float,
    size: float,
    descent: float,
    out: list[_Char],
    xt: float,
) -> None:
    """Characters `i`…`end` of one upright text object appended to `out` in pieces (see `_Char`)
    that hold characters up to `xt` apart (the x tolerance of the object's size, `layout.x_tolerance`;
    minus infinity: a character a piece)."""
    # The out-parameters are read through memoryviews: a third of the cost of cffi's indexing.
    pox, poy, ov, bv = f.origin, f.origin + 1, f.origin_view, f.box_view
    box = f.box
    get_origin, get_box, is_generated = f.char_origin, f.loose_box, f.is_generated
    append = out.append
    # The characters of one object, at one height as a rule: its top and bottom are worked out
    # again only when the origin's y changes.
    last_y = None
    top = bottom = 0.0
    first = widest = last = right = reach = 0.0
    pos = i
    stops = [m.start() for m in _ODD.finditer(texts, i, end)]
    stops.append(end)
    for j in stops:
        # Ordinary characters pos…j: pieces.
        start = -1  # the first character of the open piece
        for k in range(pos, j):
            get_origin(handle, k, pox, poy)
            y = ov[1]
            if y != last_y:
                if start >= 0:
                    append((texts[start:k], first, widest, top, bottom, last, right))
                    start = -1
                last_y = y
                bottom = height - (y + descent)
                top = bottom - size
            x0 = ov[0]
            get_box(handle, k, box)
            x1 = bv[2]
            x1 = x1 if x1 > x0 else x0
            if start >= 0 and last <= x0 <= reach:
                last, right, reach = x0, x1, x1 + xt
                if x1 > widest:
                    widest = x1
            else:
                if start >= 0:
                    append((texts[start:k], first, widest, top, bottom, last, right))
                start = k
                first = last = x0
                widest = right = x1
                reach = x1 + xt
        if start >= 0:
            append((texts[start:j], first, widest, top, bottom, last, right))
        if j == end:
            break
        pos = j + 1
        # The odd character at j: a piece of its own, or left out.
        text = texts[j]
        if text in _PDFIUM_HYPHENS:
            text = "-"
        elif text <= " ":
            if text == "\x00" or is_generated(handle, j):
                continue  # `_skipped`
        elif "\ud800" <= text <= "\udfff":
            continue
        get_origin(handle, j, pox, poy)
        y = ov[1]
        if y != last_y:
            last_y = y
            bottom = height - (y + descent)
            top = bottom - size
        x0 = ov[0]
        if text in _BLANKS:
            append((" ", x0, x0, top, bottom, x0, x0))  # a blank's x1 is never read
            continue
        get_box(handle, j, box)
        x1 = bv[2]
        x1 = x1 if x1 > x0 else x0
        append((text, x0, x1, top, bottom, x0, x1))


def _object_end(
    get_object: Any, handle: Any, start: int, n: int, obj: int, texts: str
) -> tuple[int, int, int]:
    """Where the characters of text object `obj`, from `start`, end: (end, end again, the object
    of the character there). Most objects run to the end of their line, where PDFium puts a line
    break of its own (belonging to no object): that is tried first, in two calls. Otherwise it
    looks 1, 2, 4 … characters ahead, then halves the last step: about two calls for each doubling
    of an object's length, against one a character. Characters in between that belong to no
    object (the spaces and line breaks PDFium adds) are skipped by the caller whatever object they
    are counted in, so any end short of the next object's first character makes the same pieces."""
    nl = texts.find("\r", start + 1)
    if nl < 0:
        nl = n
    if nl - 1 == start or get_object(handle, nl - 1) == obj:
        at = get_object(handle, nl) if nl < n else -1
        if at != obj:
            return nl, nl, at
    lo, step = start, 1
    while True:
        hi = lo + step
        if hi >= n:
            hi, at = n, -1
            break
        at = get_object(handle, hi)
        if at != obj:
            break
        lo, step = hi, step * 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        got = get_object(handle, mid)
        if got == obj:
            lo = mid
        else:
            hi, at = mid, got
    return hi, hi, at


def _units(tp: Any, n: int) -> list[str]:
    """The text of each of PDFium's characters. PDFium keeps a character beyond the BMP (a
    mathematical letter, an emoji) as two, its UTF-16 halves, with one box: the first half gets
    the character (pdfminer reads it as one), the second stays a lone surrogate, which is skipped."""
    units = [chr(R.FPDFText_GetUnicode(tp, i)) for i in range(n)]
    for i in range(n - 1):
        high, low = units[i], units[i + 1]
        if "\ud800" <= high <= "\udbff" and "\udc00" <= low <= "\udfff":
            units[i] = chr(0x10000 + ((ord(high) - 0xD800) << 10) + (ord(low) - 0xDC00))
    return units


def _text(tp: Any, n: int) -> str:
    buf = ctypes.create_string_buffer(2 * (n + 1))
    got = R.FPDFText_GetText(tp, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    return buf.raw[: max(0, got - 1) * 2].decode("utf-16-le", errors="replace")


def _colour(ok: int, r: Any, g: Any, b: Any) -> tuple[float, ...] | None:
    if not ok:
        return None
    return (r.value / 255, g.value / 255, b.value / 255)


def _compose(inner: tuple[float, ...], outer: tuple[float, ...] | None) -> tuple[float, ...]:
    """The matrix `inner` then `outer` (PDF order: a point goes through inner first)."""
    if outer is None:
        return inner
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return (a * x + c * y + e, b * x + d * y + f)
