"""A page read by PDFium (pypdfium2) that answers like a pdfplumber page, for `layout.layout_page`.

pdfplumber gets characters and ruling lines from pdfminer.six, which interprets every content
stream in Python: nearly all of a PDF's reading time, and what lets a crafted page run for minutes.
PDFium does the same work in C. This adapter builds, from PDFium's text page and page objects,
the characters and edges pdfplumber would have built; groups the characters into words as
pdfplumber's `WordExtractor` does (`extract_words`, on tuples: a dict per character was a third of
the time) and hands the edges to pdfplumber's own table finder (`TableFinder`), so that everything
downstream is unchanged:

- a character's box: from its origin, the advance width (PDFium's loose box), and the font's
  descent (PDFium's) and size, where the size is the font size scaled by the text and drawing
  matrices (pdfminer's `LTChar.size`);
- paths are split into subpaths and classified as pdfminer does (`PDFLayoutAnalyzer.paint_path`):
  one segment is a line, an axis-aligned closed four-sided path a rectangle, anything else a curve
  through the end points of its segments; their edges are pdfplumber's (`obj_to_edges`), with the
  stroke and fill flags and colours `layout._visible` looks at.

`usable(page)` says when a page is plain enough for this (no rotation, the crop box at the media
box's origin); other pages are read by pdfplumber as before.
"""

from __future__ import annotations

import ctypes
from itertools import groupby
from operator import itemgetter
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as R

from .layout import Word, make_word

# PDFium reports a hyphen it takes for a line-end hyphenation as U+0002 (one character) or U+FFFE
# (in a page's text); pdfminer as the hyphen drawn.
_PDFIUM_HYPHENS = (2, 0xFFFE)


# (text, x0, x1, top, bottom, fontname, size), in pdfplumber's top-down page coordinates.
_Char = tuple[str, float, float, float, float, str, float]
_FONT_KEY = itemgetter(5, 6)
_X0 = itemgetter(1)


def _lines(chars: list[_Char], tolerance: float) -> list[list[_Char]]:
    """pdfplumber's `cluster_objects` on the characters' tops, each line sorted by x0 (both sorts
    stable, as pdfplumber's)."""
    tops = sorted({c[3] for c in chars})
    index: dict[float, int] = {}
    k = 0
    last = tops[0] if tops else 0.0
    for t in tops:
        if t > last + tolerance:
            k += 1
        index[t] = k
        last = t
    lines: list[list[_Char]] = [[] for _ in range(k + 1)]
    for c in chars:
        lines[index[c[3]]].append(c)
    return [sorted(line, key=_X0) for line in lines if line]


def _word(chars: list[_Char], font: str, size: float, bbox: tuple[float, float, float, float]) -> Word | None:
    """pdfplumber's merged word box (`merge_chars`), as a `layout.Word`."""
    if len(chars) == 1:
        c = chars[0]
        return make_word(c[0], c[1], c[2], c[3], c[4], size, font, bbox)
    return make_word(
        "".join([c[0] for c in chars]),
        min([c[1] for c in chars]),
        max([c[2] for c in chars]),
        min([c[3] for c in chars]),
        max([c[4] for c in chars]),
        size,
        font,
        bbox,
    )


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


class PdfiumPage:
    """The parts of `pdfplumber.page.Page` that `layout.layout_page` uses."""

    def __init__(self, page: pdfium.PdfPage):
        self._page = page
        left, bottom, right, top = page.get_mediabox()
        self.width = float(right - left)
        self.height = float(top - bottom)
        self.bbox = (0.0, 0.0, self.width, self.height)
        self._edges: list[dict[str, Any]] | None = None
        self._images = False

    # -- characters and words

    def chars(self) -> list[_Char]:
        """The page's characters as drawn, in content order: (text, x0, x1, top, bottom, fontname,
        size). A rotated character has a negative size and no box: the layout reads upright words
        only, but a rotated character still ends a run of one font, as in pdfplumber."""
        tp = self._page.get_textpage()
        try:
            return self._chars(tp.raw)
        finally:
            tp.close()

    def _chars(self, tp: Any) -> list[_Char]:
        height = self.height
        out: list[_Char] = []
        n = R.FPDFText_CountChars(tp)
        if n <= 0:
            return out
        f = _fast()
        handle = ctypes.cast(tp, ctypes.c_void_p).value
        # One call for the text; one unit a character unless a character lies beyond the BMP.
        text_all = _text(tp, n)
        aligned = len(text_all) == n
        ox, oy = ctypes.c_double(), ctypes.c_double()
        box = R.FS_RECTF()
        pox, poy, pbox = ctypes.byref(ox), ctypes.byref(oy), ctypes.byref(box)
        objects: dict[int, tuple[float, float, str, bool, tuple[float, float, float, float]]] = {}
        get_object, get_origin, get_box = f.text_object, f.char_origin, f.loose_box
        for i in range(n):
            code = ord(text_all[i]) if aligned else R.FPDFText_GetUnicode(tp, i)
            if code <= 32 or code == 0xFFFE:
                if code in _PDFIUM_HYPHENS:
                    text = "-"
                elif code == 0 or R.FPDFText_IsGenerated(tp, i):
                    continue  # spaces and line breaks PDFium infers; pdfminer has only the drawn ones
                else:
                    text = chr(code)
            elif 0xD800 <= code <= 0xDFFF:
                continue
            else:
                text = chr(code)
            obj = get_object(handle, i)
            known = objects.get(obj)
            if known is None:
                known = objects[obj] = self._object(tp, i)
            size, descent, fontname, upright, _m = known
            if not upright:
                # Only where it breaks a run of one font: pdfplumber groups by (upright, font, size).
                out.append((text, 0.0, 0.0, 0.0, 0.0, fontname, -size))
                continue
            get_origin(handle, i, pox, poy)
            get_box(handle, i, pbox)
            bottom = height - (oy.value + descent)
            x0 = ox.value
            out.append((text, x0, box.right if box.right > x0 else x0, bottom - size, bottom, fontname, size))
        return out

    @staticmethod
    def _object(tp: Any, i: int) -> tuple[float, float, str, bool, tuple[float, float, float, float]]:
        """Size, descent, font name and uprightness of character `i`'s text object (shared by all
        of its characters)."""
        m = R.FS_MATRIX()
        R.FPDFText_GetMatrix(tp, i, m)
        # The size PDFium reports leaves out the drawing matrix (a page drawn at 0.75 scale).
        size = R.FPDFText_GetFontSize(tp, i) * (abs(m.d) if m.d else 1.0)
        font = R.FPDFTextObj_GetFont(R.FPDFText_GetTextObject(tp, i))
        desc = ctypes.c_float()
        if not (font and R.FPDFFont_GetDescent(font, ctypes.c_float(size), desc)):
            desc.value = 0.0
        name = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        R.FPDFText_GetFontInfo(tp, i, name, len(name), flags)
        upright = m.a * m.d > 0 and m.b * m.c <= 0
        return size, desc.value, name.value.decode("utf-8", "replace"), upright, (m.a, m.b, m.c, m.d)

    def close(self) -> None:
        self._page.close()

    def upright_words(self, bbox: tuple[float, float, float, float]) -> list[Word]:
        """pdfplumber's `extract_words` for the settings `layout.page_words` asks for (x and y
        tolerance 3, blank characters split words, no text flow, words split where the font or
        size changes), for upright text, made straight into `layout.Word`s clipped to `bbox`. It
        follows `pdfplumber.utils.text.WordExtractor` step by step: runs of one font and size in
        content order; lines clustered by top (±y tolerance, chained); characters sorted by x0 in
        a line; a new word at a blank, a gap wider than the x tolerance or a change of line (a step
        back cannot happen in a line sorted by x0)."""
        xt = yt = 3.0
        words: list[Word] = []
        append = words.append
        for (font, size), group in groupby(self.chars(), key=_FONT_KEY):
            if size < 0:
                continue  # rotated text
            run = list(group)
            tops = {c[3] for c in run}
            if len(tops) == 1:
                lines = [sorted(run, key=_X0)]  # one line at one height: the common case
                flat = True
            else:
                lines = _lines(run, yt)
                flat = max(tops) - min(tops) <= yt
            for line in lines:
                cur: list[_Char] = []
                reach = 0.0  # x1 of the word's last character, plus the x tolerance
                last_top = 0.0
                for ch in line:
                    if ch[0].isspace():
                        if cur:
                            w = _word(cur, font, size, bbox)
                            if w is not None:
                                append(w)
                            cur = []
                        continue
                    if cur and (ch[1] > reach or (not flat and abs(ch[3] - last_top) > yt)):
                        w = _word(cur, font, size, bbox)
                        if w is not None:
                            append(w)
                        cur = []
                    cur.append(ch)
                    reach = ch[2] + xt
                    last_top = ch[3]
                if cur:
                    w = _word(cur, font, size, bbox)
                    if w is not None:
                        append(w)
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
        self._walk([R.FPDFPage_GetObject(page, k) for k in range(count)], None, 0)

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
    """PDFium's per-character calls with plain pointer arguments: a character costs three calls,
    and ctypes' conversion of typed handles was most of their time."""

    def __init__(self) -> None:
        vp, i, dp = ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p

        def proto(fn: Any, restype: Any, *args: Any) -> Any:
            return ctypes.CFUNCTYPE(restype, *args)(ctypes.cast(fn, ctypes.c_void_p).value or 0)

        self.text_object = proto(R.FPDFText_GetTextObject, vp, vp, i)
        self.char_origin = proto(R.FPDFText_GetCharOrigin, ctypes.c_int, vp, i, dp, dp)
        self.loose_box = proto(R.FPDFText_GetLooseCharBox, ctypes.c_int, vp, i, dp)


_FAST: _Fast | None = None


def _fast() -> _Fast:
    global _FAST
    if _FAST is None:
        _FAST = _Fast()
    return _FAST


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
