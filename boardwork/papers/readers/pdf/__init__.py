"""Reader for PDF board papers with a text layer (pdfplumber/pdfminer.six).

The reader works from positioned words, not from a text dump:

* `layout` lays each page out as lines (with font size, weight and position) and ruled tables,
  in reading order (columns are read one after the other), and marks running headers, footers
  and page numbers. The header lines are handed to `find_meta` with the body lines, which is
  where the board name, the meeting date, "Item 4" and the contact block are recognised.
* `_Builder` turns the lines into blocks:
  - the body font is the most common size; lines larger than it are headings (largest → level 1),
    wholly bold lines at body size are the next level down;
  - a label at the start of a line ("12.", "1.1.", "a.", "(a)", "iv)", a bullet glyph) opens a
    numbered paragraph or list item; its wrapped lines sit at the hanging indent;
  - a paragraph ends at a labelled line, a heading, a wider vertical gap than the body's line
    spacing, an indentation change, or a "hard" line break (the next line's first word would have
    fitted on the line, so the line did not wrap);
  - across a page or column break a paragraph carries on when its last line has no sentence-final
    punctuation and the next one is unlabelled body text at the same indentation;
  - a ruled table continuing on the next page is merged: its repeated header row is dropped, and
    a first row with an empty first cell or only lower-case starts, or any first row when the
    table ran off the foot of the page with no rule under its last row, is the rest of the row
    split by the page break.
* Hyphens at line ends: see `hyphens.Vocabulary.join`.

Tagged-PDF structure is not used: most council PDFs are untagged, and the geometry is enough.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ...document import Block, Heading, ListItem, Meta, Paper, Paragraph, Source, Table, clean, number_label
from .._shared.meta import BODY_NAME_WHOLE, CLOCK, WRAPPED_BEFORE, find_date, find_meta, is_cover_label
from ..limits import Limits, ReadError
from .furniture import mark_furniture
from .hyphens import HYPHENS, Vocabulary
from .layout import (
    Line,
    PageLayout,
    TableBox,
    find_borderless_tables,
    join_words,
    layout_page,
    make_line,
)

if TYPE_CHECKING:  # imported when a page is read (PDFium loads lazily)
    from .pdfium_page import PdfiumPage

FORMAT = "pdf"

log = logging.getLogger(__name__)

SCANNED = "the PDF has no text layer (it looks like a scanned image); run OCR on it first"


def sniff(head: bytes) -> bool:
    return b"%PDF-" in head[:1024]


# -- errors ------------------------------------------------------------------------------------


def _causes(e: BaseException) -> Iterator[BaseException]:
    seen = set()
    stack: list[BaseException | None] = [e]
    while stack:
        x = stack.pop()
        if x is None or id(x) in seen:
            continue
        seen.add(id(x))
        yield x
        stack.extend(a for a in getattr(x, "args", ()) if isinstance(a, BaseException))
        stack.append(x.__cause__)
        stack.append(x.__context__)


def _map_error(e: BaseException) -> ReadError:
    """A pdfminer/pdfplumber failure → one sentence for the user."""
    names = {type(x).__name__ for x in _causes(e)}
    if "PDFPasswordIncorrect" in names:
        return ReadError("the PDF is protected with a password; save an unprotected copy and upload that")
    if "PDFTextExtractionNotAllowed" in names:
        return ReadError(
            "the PDF does not allow its text to be extracted; save an unrestricted copy and upload that"
        )
    if "PDFEncryptionError" in names:
        return ReadError(
            "the PDF is encrypted in a way that cannot be read; save an unencrypted copy and upload that"
        )
    return ReadError(
        "the PDF is damaged (its structure cannot be parsed); save or export it again and re-upload"
    )


def _page_count(pdf: Any) -> int:  # a pdfplumber PDF (the library has no types)
    """The page count from the page tree's /Count, read before any page is parsed."""
    try:
        from pdfminer.pdftypes import resolve1

        pages = resolve1(pdf.doc.catalog.get("Pages"))
        count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
        if isinstance(count, int) and count >= 0:
            return count
    except Exception:  # noqa: BLE001 - a broken /Count is checked again after the pages are listed
        pass
    return len(pdf.pages)


def _check_streams(page: Any, index: int, limits: Limits) -> None:
    """Refuse a page whose content streams unpack to more than `limits.max_stream_bytes`, counting
    the inflated bytes in chunks (never holding more than one chunk) before pdfminer decodes them
    whole. Only Flate is measured: it is the filter bombs use, and the others are rare and small."""
    import zlib

    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1

    try:
        contents = page.page_obj.contents or []
    except Exception:  # noqa: BLE001 - a page without readable contents is judged by the layout step
        return
    total = 0
    for ref in contents if isinstance(contents, list) else [contents]:
        stream = resolve1(ref)
        if not isinstance(stream, PDFStream) or stream.rawdata is None:
            continue
        filters = [f for f, _ in stream.get_filters()]
        if not filters or filters[0] not in LITERALS_FLATE_DECODE:
            total += len(stream.rawdata)
            continue
        inflater = zlib.decompressobj()
        buf = stream.rawdata
        try:
            while buf:
                chunk = inflater.decompress(buf, 1 << 20)
                total += len(chunk)
                if total > limits.max_stream_bytes:
                    raise ReadError(
                        f"page {index + 1} of the PDF unpacks to more than "
                        f"{limits.max_stream_bytes / 1048576:.0f} MB of drawing instructions (a PDF bomb?)"
                    )
                buf = inflater.unconsumed_tail
                if not chunk:
                    break
        except zlib.error:
            continue  # a damaged stream: pdfminer reports (or skips) it as it always has


# What may lie between the keyword `stream` and the stream's data (PDFium skips the end of line).
_STREAM_GAP = frozenset(b" \t\r\n\x0c\x00")
# The most a deflate stream can inflate to, a byte read: a 258-byte match in two bits.
_ZLIB_MAX_RATIO = 1032


def _streams_fit(data: bytes, limits: Limits) -> bool:
    """Whether every page of the file is sure to pass `_check_streams`, proved without parsing
    the file: the file's length plus what every zlib stream in it inflates to (each counted once)
    is at most `limits.max_stream_bytes`. Every occurrence of the keyword `stream` is tried (not
    only those of the objects a parser finds, so that no object can hide from it), whatever the
    object is (a page's contents, a form, a font, an object stream: PDFium decodes them all while
    loading a page; images as well, which it does not), inflating in chunks and giving up (False)
    as soon as the total passes the limit. A page's content streams are among these, and
    `_check_streams` counts a stream not starting with a zlib header at its raw length, which the
    file's length bounds. False says "look closer", not "refuse": pdfminer's page-by-page check
    then decides. Deflate makes at most 1,032 bytes of a byte it reads, so a file small enough is
    not scanned."""
    import zlib

    limit = limits.max_stream_bytes
    n = len(data)
    if n * (_ZLIB_MAX_RATIO + 1) <= limit:
        return True  # no stream of so small a file can inflate past the limit, nor all of them together
    total = n
    if total > limit:
        return False
    view = memoryview(data)
    tried = 0
    at = data.find(b"stream")
    while at >= 0:
        start = at + 6
        nxt = data.find(b"stream", start)
        if at >= 3 and data[at - 3 : at] == b"end":
            at = nxt
            continue
        p = start
        while p < n and data[p] in _STREAM_GAP:
            p += 1
        at = nxt
        if p + 1 >= n:
            continue
        cmf, flg = data[p], data[p + 1]
        if cmf & 0x0F != 8 or ((cmf << 8) | flg) % 31:
            continue  # not zlib: counted in the file's length
        tried += 1
        if not tried % 1024:
            limits.check_time("the stream check")  # a file made of little more than streams
        inflater = zlib.decompressobj()
        tail = b""
        try:
            while not inflater.eof:
                # The input in slices too: the unconsumed input is copied at every call.
                chunk_in: bytes | memoryview = tail
                if not tail:
                    if p >= n:
                        break
                    chunk_in, p = view[p : p + 65536], p + 65536
                total += len(inflater.decompress(chunk_in, 1 << 20))
                if total > limit:
                    return False
                tail = inflater.unconsumed_tail
        except zlib.error:
            continue  # damaged: what inflated before the damage is counted
    return True


def _open_pdfium(data: bytes, npages: int) -> Any:  # a pypdfium2 PdfDocument or None
    """The same file opened by PDFium, which reads characters and paths far faster than pdfminer
    (see `pdfium_page`); None when PDFium cannot open it or counts other pages (pdfplumber then
    reads every page, as it opened the file)."""
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
    except Exception:  # noqa: BLE001 - pdfminer opened it: let pdfplumber read it
        return None
    if len(doc) != npages:
        doc.close()
        return None
    return doc


def _pdfium_page(doc: Any, index: int, limits: Limits) -> PdfiumPage | None:
    """Page `index` read through PDFium, or None for a page pdfplumber must read (rotated, cropped).
    A page that draws more than `limits.max_page_objects` objects is refused here, before pdfminer
    (which would interpret each of them in Python) or the layout sees it."""
    if doc is None:
        return None
    from .pdfium_page import PdfiumPage, check_objects, usable

    try:
        page = doc[index]
    except Exception:  # noqa: BLE001 - a page PDFium cannot load is left to pdfplumber
        return None
    try:
        check_objects(page, index, limits.max_page_objects)
    except ReadError:
        page.close()
        raise
    return PdfiumPage(page, index, limits.max_page_objects) if usable(page) else None


def read(data: bytes, limits: Limits) -> Paper:
    """Read a PDF board paper. Raises ReadError (never a library exception)."""
    # Both warn about every odd object in a file; the outcome reaches the user as a ReadError.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    logging.getLogger("pdfplumber").setLevel(logging.ERROR)
    laid_out = _layout_by_pdfium(data, limits)
    pages, info = laid_out if laid_out is not None else _layout_by_pdfplumber(data, limits)
    if not pages:
        raise ReadError("the PDF has no pages")
    if not any(p.nwords for p in pages):
        if any(p.has_images for p in pages):
            raise ReadError(SCANNED)
        raise ReadError("the PDF has no text (its pages are blank)")
    image_only = [p.index + 1 for p in pages if p.has_images and not p.nwords]
    if len(image_only) * 2 > len(pages):
        raise ReadError(
            f"most pages of the PDF ({len(image_only)} of {len(pages)}) have no text layer "
            "(they look like scanned images); run OCR on it first"
        )
    limits.check_time("layout")
    try:
        paper = _Builder(pages, info).build()
    except Exception:  # noqa: BLE001 - a bug here must still reach the user as one sentence
        log.exception("PDF layout failed")
        raise ReadError("the PDF's layout could not be read (an error in Boardwork's PDF reader)") from None
    paper.source = Source(format=FORMAT, pages=len(pages))
    return paper


def _layout_by_pdfium(data: bytes, limits: Limits) -> tuple[list[PageLayout], dict[str, Any]] | None:
    """The pages laid out with the file opened by PDFium alone, pdfminer opened only for a page
    PDFium cannot place (rotated, cropped); None when the file is one for
    `_layout_by_pdfplumber` to read as it always has: PDFium cannot open it or finds no page, it
    is encrypted (pdfminer's messages for passwords and permissions), its streams may unpack to
    more than the stream limit (pdfminer's page-by-page check, with its message, decides), or
    pdfminer, once opened, lists other pages than PDFium."""
    if not _streams_fit(data, limits):
        return None
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as R

        doc = pdfium.PdfDocument(data)
    except Exception:  # noqa: BLE001 - pdfminer tries it and says why it cannot
        return None
    plumber = None
    try:
        if R.FPDF_GetSecurityHandlerRevision(doc.raw) != -1:
            return None
        npages = len(doc)
        if npages <= 0:
            return None
        limits.check_pages(npages)
        pages: list[PageLayout] = []
        for i in range(npages):
            limits.check_time(f"page {i + 1}")
            fast = _pdfium_page(doc, i, limits)
            if fast is not None:
                pages.append(layout_page(fast, i))
                fast.close()
                continue
            if plumber is None:
                import pdfplumber

                plumber = pdfplumber.open(io.BytesIO(data))
                if len(plumber.pages) != npages:
                    return None
            page = plumber.pages[i]
            _check_streams(page, i, limits)
            pages.append(layout_page(page, i))
            page.close()
        info = {"Title": doc.get_metadata_value("Title")}
    except ReadError:
        raise
    except (Exception, RecursionError, MemoryError) as e:  # noqa: BLE001
        raise _map_error(e) from None
    finally:
        if plumber is not None:
            plumber.flush_cache()
        doc.close()
    return pages, info


def _layout_by_pdfplumber(data: bytes, limits: Limits) -> tuple[list[PageLayout], dict[str, Any]]:
    """The pages laid out with the file opened by pdfplumber (pdfminer), each page's content
    streams measured before it is read, and read by PDFium where it can place it."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - every parser failure becomes one sentence
        raise _map_error(e) from None
    fast = None
    try:
        limits.check_pages(_page_count(pdf))
        plist = pdf.pages
        limits.check_pages(len(plist))
        fast = _open_pdfium(data, len(plist))
        pages: list[PageLayout] = []
        for i, page in enumerate(plist):
            limits.check_time(f"page {i + 1}")
            _check_streams(page, i, limits)
            pages.append(layout_page(_pdfium_page(fast, i, limits) or page, i))
            page.close()  # drop the page's cached objects: memory stays flat on long files
        info = dict(pdf.metadata or {})
    except ReadError:
        raise
    except (Exception, RecursionError, MemoryError) as e:  # noqa: BLE001
        raise _map_error(e) from None
    finally:
        # Not `pdf.close()`: it lists every page again (pdfminer parses the page tree anew) only to
        # close them, which the loop did; the stream is ours (a BytesIO).
        pdf.flush_cache()
        if fast is not None:
            fast.close()
    return pages, info


# -- labels ------------------------------------------------------------------------------------

# Glyphs that are bullets wherever they start a line.
_BULLETS = set("•◦▪■●○◆◇►▶▸➢➤✓✔❖➔→·∙⁃")
# Characters that are bullets only when a tab-sized gap follows them ("o  item", "-  item").
_WEAK_BULLETS = {"o", "-", "–", "—", "*", "+", ">"}
_NUM = re.compile(r"\(?([0-9]{1,3}(?:\.[0-9]{1,3}){0,4})([.)]?)")
_ALPHA = re.compile(r"(\()?([a-zA-Z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})([.)])")
# A short sentence set in bold or large type ("The meeting is cancelled.", "No meeting will be held
# in August."): a capital, then words with a lower-case verb among them, then a full stop after a
# word of three letters or more (not an abbreviation, "Misc.", nor a label, "1."). Headings do not
# end in a full stop; a longer one is already a paragraph (`_flush`).
_SHORT_SENTENCE = re.compile(
    r"[A-Z][\w’'-]*(?:\s+[\w’'(),-]+)*?"
    r"\s+(?:is|are|was|were|has|have|had|will|shall|may|can)\s+"
    r"[\w’'(),\s-]*[a-z]{3,}\."
)
# An address's lines: a telephone or fax number after its label, a US state and ZIP code, a UK
# postcode.
_ADDRESS = re.compile(
    r"\b(?:Phone|Tel(?:ephone)?|Fax)\b\s*[.:]?\s*\+?\(?[0-9]|\b[A-Z]{2}\s+[0-9]{5}(?:-[0-9]{4})?\b|"
    r"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s+[0-9][A-Z]{2}\b"
)
# A line that is a reference and its number ("Next Resolution No. 2022-38", "Ordinance No. 841"):
# a clerk's bookkeeping set in the cover's type above the title, neither a heading nor the title.
# (A number of three characters or more: "Recommendation No. 3" in bold is a heading.)
_REFERENCE_LINE = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,4}No\.?\s*[0-9][\w/-]{2,}")
_WEEKDAY_LEAD = re.compile(r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?", re.I)
# A line holding only a clock time or a range of two.
_CLOCK_LINE = re.compile(rf"(?:{CLOCK.pattern})(?:\s*[-–—]\s*(?:{CLOCK.pattern}))?", re.I)
# What may follow a date on a cover's date line: the meeting's time ("Thursday, December 8, 2022 –
# 6:00 PM", "12 May 2023 at 10:30am").
_TIME_AFTER_DATE = re.compile(rf"\s*(?:[-–—,|]|at)?\s*(?:{_CLOCK_LINE.pattern})\s*", re.I)
# A cover line naming the meeting's place: a room ("CITY HALL COUNCIL CHAMBERS", "Committee Room 2")
# or a street address ("15900 E. MAIN STREET, LA PUENTE", "1 Civic Square").
_PLACE_LINE = re.compile(
    r"(?:.*\b(?:chambers?|room|hall|auditorium)\b.*)|"
    r"(?:[0-9]{1,6}[A-Z]?\s+(?:[\w.’'-]+\s+){0,4}"
    r"(?:street|st|road|rd|avenue|ave|drive|dr|boulevard|blvd|square|lane|way|place|parkway)\b\.?(?:,.*)?)",
    re.I,
)
# A label glued to the capitals after it: "10.PUBLIC" (a closed decimal label, then a capital word).
_GLUED_NUM = re.compile(r"([0-9]{1,3}\.)([A-Z][A-Z’'&-]{2,})")
# A telephone number's area code in brackets and the rest of the number: "(310) 325-7110".
_PHONE_AREA = re.compile(r"\([0-9]{3}\)")
_PHONE_REST = re.compile(r"[0-9]{3}[-.\u2010-\u2013][0-9]{4}[.,;:)]?|[0-9]{3}[-.\u2010-\u2013]")
# A sub-item's label in an American agenda: the item's letter and a number ("A-1", "C-1"), or the
# meeting's date and a number ("11/09/22-1."), set apart from its text by a tab.
_SUB_ITEM = re.compile(r"(?:[A-Z]{1,2}|[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{2}|[0-9]{4}))-[0-9]{1,3}\.?")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
# A sentence's end in running text: a full stop after a word in lower case.
_SENTENCE_STOP = re.compile(r"[a-z]{2,}[.!?](?:\s|$)")
# A local government's name: "City of Riverton", "Town of X", "Riverton City Council".
_LOCAL_GOVERNMENT = re.compile(
    r"(?:(?:City|Town|County|Borough|Village|Township)\s+of\s+[A-Z][\w’'. -]*|[A-Z][\w’'. -]*\s+Council)"
)
# An item's number or code opening a caption: "49", "PU4", "2.1", a roman "I" or "IV".
_ITEM_CODE = re.compile(r"[IVXLC]{1,4}|\S*[0-9]\S*")
_FULL_STOP = re.compile(r"[.!?][\"'”’)\]]*$")


def _is_private_use(ch: str) -> bool:
    return "\ue000" <= ch <= "\uf8ff"  # Symbol/Wingdings bullets land here (U+F0B7, U+F0A7 …)


@dataclass(slots=True)
class Label:
    kind: str  # "num" (decimal: a paragraph), "alpha" (letter/roman: a list item), "bullet"
    raw: str  # the label as printed: "12.", "(a)", "•"
    x0: float
    text_x0: float  # where the text after the label starts (the hanging indent)
    strong: bool  # a tab-sized gap or a bullet glyph: certainly a label
    text: str  # the rest of the line


def parse_label(line: Line) -> Label | None:
    """The paragraph label at the start of a line, if any."""
    words = line.words
    w0 = words[0]
    t = w0.text
    w1 = words[1] if len(words) > 1 else None
    tab = w1 is not None and (w1.x0 - w0.x1) >= 0.45 * line.size
    first = t[0]
    if first in _BULLETS or _is_private_use(first) or (w0.symbol and len(t) == 1):
        if len(t) == 1:
            if w1 is None:
                return None
            return Label("bullet", t, w0.x0, w1.x0, True, join_words(words[1:]))
        # A bullet glued to its text ("•Text").
        rest = (t[1:] + (" " + join_words(words[1:]) if w1 else "")).strip()
        return Label("bullet", first, w0.x0, w0.x0 + (w0.x1 - w0.x0) / len(t), True, rest) if rest else None
    m = _GLUED_NUM.fullmatch(t)
    if m:
        # "10.PUBLIC HEARINGS": an item number set so close to the capitals after it that no space
        # is left between them. Only a capital word is split off: "2.5m", "1.e" stay words.
        cut = w0.x0 + (w0.x1 - w0.x0) * len(m.group(1)) / len(t)
        rest = (m.group(2) + " " + join_words(words[1:])).strip()
        return Label("num", m.group(1), w0.x0, cut, False, rest)
    if w1 is None:
        return None
    if _PHONE_AREA.fullmatch(t) and _PHONE_REST.fullmatch(w1.text):
        return None  # "(310) 325-7110": a telephone number opening a wrapped line, not "(310)"
    if t in _WEAK_BULLETS:
        return Label("bullet", t, w0.x0, w1.x0, True, join_words(words[1:])) if tab else None
    m = _NUM.fullmatch(t)
    if m:
        closed = bool(m.group(2)) or t.startswith("(")
        if t.startswith("(") and not t.endswith(")"):
            return None
        if tab or closed:
            return Label("num", t, w0.x0, w1.x0, tab, join_words(words[1:]))
        return None
    m = _ALPHA.fullmatch(t)
    if m and (not m.group(1) or m.group(3) == ")"):
        return Label("alpha", t, w0.x0, w1.x0, tab, join_words(words[1:]))
    if tab and _SUB_ITEM.fullmatch(t):
        # "A-1  READ AND APPROVE …", "11/09/22-1.  Regular Meeting": an item under item A (or under
        # the meeting of that date), a list item. Only with a tab after it: "C-1 zone" opening a
        # wrapped line and a date in a sentence are words.
        return Label("alpha", t, w0.x0, w1.x0, tab, join_words(words[1:]))
    return None


def _date_line(text: str) -> bool:
    """A line that is a date and nothing else, perhaps after its weekday ("TUESDAY, DECEMBER 6, 2022")."""
    s = text.strip()
    found = find_date(s) if s and len(s) <= 60 else None
    if found is None:
        return False
    a, b = found[1]
    return bool(_WEEKDAY_LEAD.fullmatch(s[:a]) and not s[b:].strip(" ,.;"))


def _date_and_time(text: str) -> str | None:
    """The date of a line that is a date (perhaps after its weekday) and the meeting's time, and
    nothing else: "Thursday, December 8, 2022 – 6:00 PM" → "2022-12-08"."""
    s = text.strip()
    found = find_date(s) if s and len(s) <= 80 else None
    if found is None:
        return None
    a, b = found[1]
    if not _WEEKDAY_LEAD.fullmatch(s[:a]) or not _TIME_AFTER_DATE.fullmatch(s[b:]):
        return None
    return found[0]


def _carries_on(row: list[str]) -> bool:
    """Whether a table row, first on its page, is the rest of a row cut by the page break: every
    cell with text starts in lower case (a new row starts with a label, a capital or a number)."""
    cells = [c.strip() for c in row if c.strip()]
    return bool(cells) and all(c[0].islower() for c in cells)


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


# -- block building ----------------------------------------------------------------------------


# A heading's look: ("large", size) or ("bold", size).
_Style = tuple[str, float]


@dataclass
class _Open:
    kind: str  # "heading" | "text"
    lines: list[Line]
    label: Label | None = None
    style: _Style | None = None
    cont_rel: float | None = None  # indent of the wrapped lines, from the column's margin
    agenda_item: bool = False  # a bold numbered line read as an item of its list, not a heading


@dataclass
class _HeadingDraft:
    text: str
    style: _Style


@dataclass
class _TableDraft:
    header: list[str] | None
    rows: list[list[str]]
    box: TableBox
    last_lines: list[str] = field(default_factory=list)


def _median(values: list[float], default: float) -> float:
    if not values:
        return default
    v = sorted(values)
    return v[len(v) // 2]


class _Builder:
    def __init__(self, pages: list[PageLayout], info: dict[str, Any]) -> None:
        self.pages = pages
        self.info = info
        self.header_lines = mark_furniture(pages)
        self.flow: list[Line | TableBox] = [
            e for p in pages for e in p.elements if not (isinstance(e, Line) and e.furniture)
        ]
        lines = [e for e in self.flow if isinstance(e, Line)]
        sizes: Counter[float] = Counter()
        for ln in lines:
            sizes[ln.size] += len(ln.text)
        self.body_size = sizes.most_common(1)[0][0] if sizes else 12.0
        # Usual gap between two wrapped lines of body text.
        gaps = []
        for a, b in zip(lines, lines[1:], strict=False):
            if a.seg == b.seg and a.size == b.size == self.body_size:
                g = b.top - a.bottom
                if -self.body_size < g < 2 * self.body_size:
                    gaps.append(g)
        self.line_gap = _median(gaps, 0.2 * self.body_size)
        self.tol = max(2.5, 0.25 * self.body_size)
        self._margins(lines)
        # A line's label, asked for by the table finder and again by the paragraph builder.
        self._labels: dict[int, tuple[Line, Label | None]] = {}
        self.flow = find_borderless_tables(self.flow, lambda ln: self.label(ln) is not None)
        # Letterhead lines: each its own paragraph, never a heading (`_letterhead`).
        self.apart: set[int] = set()
        self._letterhead()
        self.vocab = Vocabulary()
        hyphen = False
        for e in self.flow:
            if isinstance(e, Line):
                hyphen = self.vocab.add_line(e.text, hyphen)
            else:
                for row in e.rows:
                    for cell in row:
                        hyphen = False
                        for ln in cell:
                            hyphen = self.vocab.add_line(ln.text, hyphen)
                hyphen = False

    def _letterhead(self) -> None:
        """A letterhead of two columns over the first page's cover — the members' names and posts
        down one side, the body's address, telephone and fax down the other — is read as a table
        without rules. It is no table: each name is a paragraph of its own, and the address column
        is the letterhead's furniture, as a running footer's address is. Only a table that opens
        the paper (at most a few lines above it, cut at the same column edge) with an address in
        its right column and no labels ("Date:", "Report to:") in its left one: a cover table
        and a table in the body stay tables."""
        at = next((i for i, e in enumerate(self.flow[:6]) if isinstance(e, TableBox)), None)
        if at is None:
            return
        box = self.flow[at]
        assert isinstance(box, TableBox)
        if box.page != 0 or len(box.col_edges) != 2:
            return
        left = [c[0] for c in (row[:1] for row in box.rows) if c and c[0]]
        right = [ln for row in box.rows for ln in row[1]] if all(len(r) == 2 for r in box.rows) else []
        if (
            len(left) < 2
            or not any(_ADDRESS.search(ln.text) for ln in right)
            or any(ln.text.rstrip().endswith(":") for cell in left for ln in cell)
        ):
            return
        edge = box.col_edges[1] - self.tol
        above: list[Line] = []
        for e in self.flow[:at]:
            if not isinstance(e, Line) or e.page != 0:
                return
            words = [w for w in e.words if w.x1 <= edge]
            if words:
                above.append(e if len(words) == len(e.words) else make_line(words, e.page, e.seg))
        kept = above + [ln for cell in left for ln in cell]
        self.apart.update(id(ln) for ln in kept)
        self.flow[: at + 1] = kept

    # -- geometry helpers

    def _margins(self, lines: list[Line]) -> None:
        """Left margin and right edge of each page column.

        A page's own leftmost line is not always at the margin (a page of list items), so the
        margin is the one most pages share, unless the whole page is shifted (mirrored margins).
        """
        lo: dict[tuple[int, int], float] = {}
        hi: dict[tuple[int, int], float] = {}
        for ln in lines:
            key = (ln.page, ln.seg[2] if ln.seg else 0)
            lo[key] = min(lo.get(key, ln.x0), ln.x0)
            hi[key] = max(hi.get(key, ln.x1), ln.x1)
        ncols = {p.index: p.ncols for p in self.pages}
        common_lo: dict[tuple[int, int], Counter[int]] = {}
        common_hi: dict[tuple[int, int], Counter[int]] = {}
        for (page, col), x in lo.items():
            common_lo.setdefault((ncols[page], col), Counter())[round(x)] += 1
            common_hi.setdefault((ncols[page], col), Counter())[round(hi[(page, col)])] += 1
        self.margin: dict[tuple[int, int], float] = {}
        for (page, col), x in lo.items():
            k = (ncols[page], col)
            doc_lo = max(common_lo[k].items(), key=lambda kv: (kv[1], -kv[0]))[0]
            doc_hi = max(common_hi[k].items(), key=lambda kv: (kv[1], kv[0]))[0]
            shift = x - doc_lo
            if shift > self.tol and abs((hi[(page, col)] - doc_hi) - shift) > self.tol:
                x = doc_lo  # an indented page, not a shifted one
            self.margin[(page, col)] = x
        self.right = hi

    def label(self, ln: Line) -> Label | None:
        """`parse_label(ln)`, worked out once a line (the line is kept with it: ids stay unique)."""
        known = self._labels.get(id(ln))
        if known is None:
            known = self._labels[id(ln)] = (ln, parse_label(ln))
        return known[1]

    def rel(self, ln: Line, x: float) -> float:
        return x - self.margin.get((ln.page, ln.seg[2] if ln.seg else 0), ln.x0)

    def hard_break(self, p: Line, n: Line, right: float | None = None) -> bool:
        """Did line `p` end early? True when `n`'s first word would have fitted after it.

        `right` is the measure the text is set to: the paragraph's widest line so far (or the
        next line), capped at the column's right edge, so that a narrow paragraph (a quote, text
        beside a picture) is not taken for a run of short lines.
        """
        if p.text.endswith(HYPHENS):
            return False
        if right is None:
            col_right = self.right.get((p.page, p.seg[2] if p.seg else 0), p.x1)
            widest = max((ln.x1 for ln in self.cur.lines), default=p.x1) if self.cur else p.x1
            if n.seg != p.seg and (self.cur is None or len(self.cur.lines) < 2):
                right = col_right  # one line is no measure of the paragraph's width
            else:
                right = min(col_right, max(widest, n.x1 if n.seg == p.seg else widest))
        w = n.words[0]
        return p.x1 + 0.3 * p.size + (w.x1 - w.x0) < right - 1.0

    def heading_style(self, ln: Line, label: Label | None) -> _Style | None:
        if label is not None and label.kind == "bullet":
            return None
        if _REFERENCE_LINE.fullmatch(ln.text):
            return None  # "Next Resolution No. 2022-38" in the cover's type: a clerk's reference
        if ln.size >= self.body_size + 1:
            return ("large", ln.size)
        if ln.bold and abs(ln.size - self.body_size) < 1:
            return ("bold", self.body_size)
        return None

    # -- main

    def build(self) -> Paper:
        meta, skip_lines, skip_rows = self._meta()
        self.title = meta.title
        self.drafts: list[_HeadingDraft | _TableDraft | tuple[_Open, str]] = []
        self.cur: _Open | None = None
        self.last_table: _TableDraft | None = None
        prev_line: Line | None = None
        plain_items = self._plain_item_columns(skip_lines)
        skip_lines = skip_lines | self.places
        seen: Line | None = None  # the line before, read or left out
        place: tuple[Line, float] | None = None  # the cover's last time or place line, its spacing
        for e in self.flow:
            if isinstance(e, TableBox):
                self._flush()
                self._table(e, skip_rows.get(id(e), set()))
                prev_line = seen = place = None
                continue
            before, seen = seen, e
            if place is not None and self._cover_place(place, e):
                place = (e, place[1])
                continue
            place = None
            when = _date_and_time(e.text) if e.page == 0 and self._centred(e) else None
            if when is not None or (e.page == 0 and _date_line(e.text) and self._centred(e)):
                self._cover_body(meta, before, e)
                if when is not None and meta.meeting_date is None:
                    meta.meeting_date = when
            if when is not None or self._cover_time(e):
                if before is not None and before.seg == e.seg:
                    place = (e, e.top - before.bottom)
                continue
            if id(e) in skip_lines:
                continue
            self.last_table = None
            if self.cur is not None and prev_line is not None and self._centred_run(prev_line, e):
                # One sentence set over centred cover lines, whatever the type of each line.
                self.cur.kind, self.cur.style = "text", None
                self.cur.lines.append(e)
                prev_line = e
                continue
            label = self.label(e)
            style = self.heading_style(e, label)
            if id(e) in self.apart:
                self._flush()
                self.cur = _Open("text", [e])
                prev_line = None
                continue
            item = style is not None and style[0] == "bold" and self._in_item_column(e, label, plain_items)
            if item:
                style = None
            if (
                self.cur is not None
                and prev_line is not None
                and self._continues(self.cur, prev_line, e, label, style)
            ):
                self.cur.lines.append(e)
                if len(self.cur.lines) == 2:
                    self.cur.cont_rel = self.rel(e, e.x0)
            else:
                self._flush()
                self.cur = _Open("heading" if style else "text", [e], None if style else label, style)
                self.cur.agenda_item = item and label is not None and label.kind == "num"
            prev_line = e
        self._flush()
        return Paper(meta=meta, blocks=self._finish())

    def _centred(self, ln: Line) -> bool:
        """A line set in the middle of its column, short of both edges (a cover's lines)."""
        key = (ln.page, ln.seg[2] if ln.seg else 0)
        left = self.margin.get(key, ln.x0)
        right = self.right.get(key, ln.x1)
        return (
            ln.x0 > left + 2 * self.tol
            and ln.x1 < right - 2 * self.tol
            and abs((ln.x0 + ln.x1) / 2 - (left + right) / 2) <= self.tol
        )

    def _centred_run(self, p: Line, n: Line) -> bool:
        """Whether centred line `n` goes on with the sentence of centred line `p` above it: `p`
        cannot end there ("Notice is hereby given that the") or `n` opens in lower case ("will hold
        a meeting"). A cover sets each line apart (a gap a heading's), and often in another type
        ("Notice is hereby given that the" / "PARKS COMMITTEE" in bold), so neither the gap nor the
        type may cut it; a run of centred names, dates and places has neither sign and stays apart."""
        if n.seg != p.seg or not self._centred(p) or not self._centred(n) or abs(n.size - p.size) >= 1:
            return False
        if not 0 <= n.top - p.bottom <= 1.5 * n.size:
            return False
        return bool(WRAPPED_BEFORE.search(p.text.rstrip())) or n.text[:1].islower()

    def _cover_time(self, ln: Line) -> bool:
        """A centred line of the first page that is only the meeting's time ("9:00 am",
        "10:30am-12:30pm"), as a notice's or an agenda's cover sets it under the date: the
        meeting's, as its date line is, not body text."""
        return ln.page == 0 and bool(_CLOCK_LINE.fullmatch(ln.text.strip())) and self._centred(ln)

    def _places_above_dates(self) -> set[int]:
        """The centred lines of the first page's cover right above its date line that name the
        meeting's place, a room and its address ("CITY HALL COUNCIL CHAMBERS" / "15900 E. MAIN
        STREET" / "DECEMBER 6, 2022"): the meeting's, as the place lines under a time line are
        (`_cover_place`), in no block and no part of the title over them. Only a run of such lines
        set at the cover's spacing: a title, a body's name or a line further up stops it."""
        out: set[int] = set()
        lines = [e for e in self.flow if isinstance(e, Line) and e.page == 0]
        for i, ln in enumerate(lines):
            if not (self._centred(ln) and (_date_line(ln.text) or _date_and_time(ln.text))):
                continue
            below = ln
            for above in reversed(lines[:i]):
                if (
                    above.seg != below.seg
                    or not self._centred(above)
                    or abs(above.size - below.size) >= 1
                    or not 0 <= below.top - above.bottom <= above.size
                    or not _PLACE_LINE.fullmatch(clean(above.text))
                ):
                    break
                out.add(id(above))
                below = above
        return out

    def _cover_body(self, meta: Meta, above: Line | None, date: Line) -> None:
        """A cover's centred line naming a body right above its date line ("LA CAÑADA FLINTRIDGE
        PLANNING COMMISSION" / "Thursday, December 8, 2022 – 6:00 PM", under the notice's title)
        names the meeting's body, as the date line gives its date: meta, in no block, and not a
        heading run on into the date. A title ("Planning Commission Meeting Agenda"), an address or
        a room above the date stays as it was."""
        cur = self.cur
        if (
            above is None
            or cur is None
            or len(cur.lines) != 1
            or cur.lines[0] is not above
            or above.seg != date.seg
            or not self._centred(above)
            or not 0 <= date.top - above.bottom <= above.size
        ):
            return
        text = clean(above.text)
        if text == self.title or not BODY_NAME_WHOLE.fullmatch(text if not text.isupper() else text.title()):
            return
        self.cur = None
        meta.body = meta.body or text

    def _cover_place(self, place: tuple[Line, float], ln: Line) -> bool:
        """Whether centred line `ln` goes on from the cover's time line (or a place line after it)
        as the meeting's place ("2 Civic Square, Committee Room 4"): set in the same type at the
        cover's own spacing, with no more space above it than above the time line or a line's
        height. A line further down (a boxed notice, the body) has more space above it, or another
        size or alignment."""
        last, spacing = place
        return (
            ln.seg == last.seg
            and self._centred(ln)
            and abs(ln.size - last.size) < 1
            and 0 <= ln.top - last.bottom <= max(spacing + self.tol, ln.size)
        )

    def _item_key(self, ln: Line, label: Label | None) -> tuple[str, int, float] | None:
        """A numbered or lettered label's column: its kind, its depth ("1." 0, "1.1" 1) and where it
        stands from the column's margin."""
        if label is None or label.kind == "bullet":
            return None
        return label.kind, label.raw.strip("().").count("."), self.rel(ln, label.x0)

    def _plain_item_columns(self, skip_lines: set[int]) -> list[tuple[str, int, float]]:
        """The label columns of the numbered and lettered paragraphs set in plain type."""
        out = []
        for e in self.flow:
            if isinstance(e, Line) and id(e) not in skip_lines and not e.bold:
                label = self.label(e)
                key = self._item_key(e, label)
                if key is not None and self.heading_style(e, label) is None:
                    out.append(key)
        return out

    def _in_item_column(self, ln: Line, label: Label | None, plain: list[tuple[str, int, float]]) -> bool:
        """Whether a bold line opening with a number or letter is one item of a list whose other
        items are set in plain type: an agenda's items in bold capitals ("1. CALL TO ORDER") among
        items in plain type ("4. Approval of the minutes") at the same label position are one
        list, not headings with their numbers left in the text. A bold "1. Introduction" over
        paragraphs numbered "1.1", "1.2" is another depth, and stays a heading."""
        key = self._item_key(ln, label)
        if key is None:
            return False
        kind, depth, x = key
        return any(k == kind and d == depth and abs(px - x) <= self.tol for k, d, px in plain)

    def _continues(self, cur: _Open, p: Line, n: Line, label: Label | None, style: _Style | None) -> bool:
        if n.seg != p.seg:
            # A page or column break: only an unfinished sentence on a full line carries on.
            if cur.kind != "text" or (label is not None and label.strong) or style is not None:
                return False
            if abs(n.size - p.size) >= 1 or _FULL_STOP.search(p.text.rstrip()):
                return False
            if self.hard_break(p, n) and not (cur.label is not None and p.text.rstrip().endswith(":")):
                # (A numbered or lettered item whose line ends in a colon goes on with what it
                # introduces on the next page: "a. Join the meeting online:" / "Meeting ID: …".)
                return False
            first = cur.lines[0]
            allowed = [self.rel(first, cur.label.text_x0 if cur.label else first.x0)]
            if cur.cont_rel is not None:
                allowed.append(cur.cont_rel)
            x = self.rel(n, n.x0)
            return any(abs(x - a) <= 1.5 * self.tol for a in allowed)
        gap = n.top - p.bottom
        para_gap = self.line_gap + 0.45 * n.size
        if _REFERENCE_LINE.fullmatch(p.text) or _REFERENCE_LINE.fullmatch(n.text):
            return False  # each reference on its own line
        if cur.kind == "heading":
            return style == cur.style and gap <= para_gap and len(cur.lines) < 4
        if style is not None:
            # A wholly bold (or larger) line inside a paragraph only when the text plainly flows on.
            if gap > para_gap or _ends_sentence(p.text) or n.size != p.size or self.hard_break(p, n):
                return False
        if label is not None:
            if label.strong or _ends_sentence(p.text) or gap > para_gap:
                return False
        if gap > para_gap or abs(n.size - p.size) >= 1:
            return False
        if self.hard_break(p, n) and not (label is None and self._hanging_block(cur, p, n)):
            return False
        if len(cur.lines) == 1:
            if cur.label is not None:
                lab = cur.label
                # A hanging indent short of where the first line's text starts: the label set out
                # in the margin with a wide gap after it ("1.    To watch …" / "(Spectrum), …").
                hanging = lab.strong and lab.x0 + self.tol < n.x0 <= lab.text_x0 + self.tol
                return hanging or abs(n.x0 - lab.text_x0) <= self.tol or abs(n.x0 - lab.x0) <= self.tol
            return n.x0 <= p.x0 + self.tol
        return cur.cont_rel is None or abs(self.rel(n, n.x0) - cur.cont_rel) <= self.tol

    def _hanging_block(self, cur: _Open, p: Line, n: Line) -> bool:
        """Whether line `n` is one more line of a numbered or lettered item whose lines after the
        first hang deeper than its label: an agenda's instructions set a short line after another
        inside one item ("a. Join the meeting online:" / "Meeting ID: 875 …" / "Passcode: …"), and
        the item goes on until a line stands out of its indent; its first line, when it ends in a
        colon, goes on with the line hanging under it. A paragraph with no label, or an
        item whose wrapped lines go back to the label's margin, ends at a short line as before."""
        lab = cur.label
        if cur.kind != "text" or lab is None:
            return False
        first = cur.lines[0]
        if len(cur.lines) == 1:
            # The item's one line ends in a colon: what it introduces hangs under it.
            return p.text.rstrip().endswith(":") and lab.x0 + self.tol < n.x0 <= lab.text_x0 + self.tol
        return (
            cur.cont_rel is not None
            and cur.cont_rel > self.rel(first, lab.x0) + self.tol
            and abs(self.rel(n, n.x0) - cur.cont_rel) <= self.tol
        )

    def _join_lines(self, texts: list[str]) -> str:
        out = ""
        for t in texts:
            out = self.vocab.join(out, clean(t))
        return clean(out)

    def _flush(self) -> None:
        cur, self.cur = self.cur, None
        if cur is None:
            return
        if cur.kind == "heading" and cur.style is not None:  # a heading always has its style
            text = self._join_lines([ln.text for ln in cur.lines])
            nwords = len(text.split())
            if (
                len(cur.lines) <= 3
                and nwords <= 30
                and not (text.endswith((".", ";", ",")) and nwords > 6)
                and not _SHORT_SENTENCE.fullmatch(text)
            ):
                self.drafts.append(_HeadingDraft(text, cur.style))
                return
            # Not a heading after all: a bold or large paragraph.
            cur.label = self.label(cur.lines[0])
        texts = [cur.label.text if cur.label else cur.lines[0].text] + [ln.text for ln in cur.lines[1:]]
        text = self._join_lines(texts)
        if text:
            self.drafts.append((cur, text))

    # -- tables

    def _cell(self, lines: list[Line]) -> tuple[str, bool]:
        """A cell's text (one line per bullet or paragraph) and whether it is all bold."""
        if not lines:
            return "", False
        right = max(ln.x1 for ln in lines)
        items: list[list[str]] = []
        prev = None
        for ln in lines:
            lab = self.label(ln)
            if lab is not None and lab.kind == "bullet":
                items.append([lab.text])
            elif (
                prev is None
                or (lab is not None and lab.strong)
                or ln.top - prev.bottom > self.line_gap + 0.45 * ln.size
                or self.hard_break(prev, ln, right)
            ):
                items.append([ln.text])
            else:
                items[-1].append(ln.text)
            prev = ln
        text = "\n".join(t for t in (self._join_lines(it) for it in items) if t)
        return text, all(ln.bold for ln in lines)

    def _table(self, box: TableBox, skip_rows: set[int]) -> None:
        rows: list[list[str]] = []
        bold_first = False
        for i, row in enumerate(box.rows):
            cells = [self._cell(c) for c in row]
            if i in skip_rows:
                continue
            if not rows:
                bold_first = any(t for t, _ in cells) and all(b for t, b in cells if t)
            rows.append([t for t, _ in cells])
        rows = [r for r in rows if any(r)]
        if not rows:
            return
        prev = self.last_table
        if (
            prev is not None
            and prev.box.page != box.page
            and len(prev.box.col_edges) == len(box.col_edges)
            and all(abs(a - b) <= 4 for a, b in zip(prev.box.col_edges, box.col_edges, strict=True))
        ):
            # The same table carried over a page break.
            norm = [clean(c).lower() for c in rows[0]]
            head = prev.header or (prev.rows[0] if prev.rows else None)
            if head is not None and norm == [clean(c).lower() for c in head]:
                rows.pop(0)
            # The first row goes on with the last one when it has no label of its own (an empty
            # first cell), when the last one ran off the foot of the page with no rule under it, or
            # when each of its cells carries on a sentence (starts in lower case).
            if (
                rows
                and prev.rows
                and (not rows[0][0].strip() or prev.box.open_bottom or _carries_on(rows[0]))
            ):
                last = prev.rows[-1]
                for j, c in enumerate(rows.pop(0)):
                    if not c:
                        continue
                    if j >= len(last):
                        last.append(c)
                    elif not last[j]:
                        last[j] = c
                    elif not _ends_sentence(last[j]) and c[:1].islower():
                        last[j] = self.vocab.join(last[j], c)
                    else:
                        last[j] = last[j] + "\n" + c
            prev.rows.extend(rows)
            prev.box = box
            return
        header = None
        if bold_first and len(rows) > 1:
            header = rows.pop(0)
        draft = _TableDraft(header, rows, box)
        self.drafts.append(draft)
        self.last_table = draft

    # -- meta

    def _title_lines(self) -> list[Line]:
        """The first line(s) in the largest heading size: the title, for find_meta."""
        big = [
            e
            for e in self.flow
            if isinstance(e, Line)
            and e.size >= self.body_size + 1
            and len(e.words) <= 30
            and not is_cover_label(e.text)  # "Agenda Item 5" in 20 pt
            and not _REFERENCE_LINE.fullmatch(e.text)
        ]
        if not big:
            return self._cover_title_lines()
        size = max(e.size for e in big)
        big_ids = {id(e) for e in big}
        out: list[Line] = []
        for e in self.flow:
            if isinstance(e, Line) and e.size == size and (out or id(e) in big_ids):
                if out and (e.seg != out[-1].seg or e.top - out[-1].bottom > self.line_gap + 0.6 * size):
                    break
                if out and (_date_line(e.text) or _CLOCK_LINE.fullmatch(e.text.strip())):
                    break  # the meeting's date and time set under the title in its type
                out.append(e)
            elif out:
                break
        return out

    def _cover_title_lines(self) -> list[Line]:
        """A page in one size of type that opens with a cover of centred bold lines ("AGENDA" /
        "REGULAR MEETING" / "PLANNING COMMISSION" over the room, address, date and time): the lines
        before the meeting's place, date or time are the title."""
        out: list[Line] = []
        for e in self.flow:
            if not isinstance(e, Line) or e.page != 0 or not e.bold or not self._centred(e):
                break
            if out and (e.seg != out[-1].seg or abs(e.size - out[-1].size) >= 1):
                break
            if out and e.top - out[-1].bottom > self.line_gap + 0.6 * e.size:
                break
            if id(e) in self.places or _date_line(e.text) or _date_and_time(e.text):
                break
            if _CLOCK_LINE.fullmatch(e.text.strip()):
                break
            out.append(e)
        return out if len(out) <= 4 else []

    def _meta(self) -> tuple[Meta, set[int], dict[int, set[int]]]:
        lines: list[str] = list(self.header_lines)
        refs: list[object] = [None] * len(lines)  # a Line, a (table, row) pair or None
        for e in self.flow:
            if isinstance(e, Line):
                lines.append(e.text)
                refs.append(e)
            else:
                # Cover tables ("Report to: | Cabinet") carry metadata too: offer label/value rows.
                for i, row in enumerate(e.rows):
                    cells = [clean(" ".join(ln.text for ln in c)) for c in row]
                    cells = [c for c in cells if c]
                    if len(cells) == 2 and len(cells[0].split()) <= 6:
                        sep = " " if cells[0].endswith(":") else ": "
                        lines.append(cells[0] + sep + cells[1])
                        refs.append((e, i))
        self.places = self._places_above_dates()
        guess = self._title_lines()
        title = self._join_lines([e.text for e in guess]) or None
        meta, skip = find_meta(lines, title=title)
        if (
            title is not None
            and meta.title == title
            and len(guess) > 1
            and meta.body
            and clean(guess[0].text) == meta.body
            and _LOCAL_GOVERNMENT.fullmatch(meta.body)
        ):
            # "City of Manhattan Beach" over "Planning Commission Meeting Agenda" in the same type:
            # the city's name, taken as the body, is no part of the title under it. (A service's
            # name over its consultation's title, "Scottish Fire and Rescue Service" / "Transformation
            # Consultation", is read as one title as before.)
            meta.title = self._join_lines([e.text for e in guess[1:]])
        if not meta.title:
            meta.title = _info_title(self.info)
        skip_lines: set[int] = set()
        skip_rows: dict[int, set[int]] = {}
        for i in skip:
            r = refs[i] if 0 <= i < len(refs) else None
            if isinstance(r, Line):
                skip_lines.add(id(r))
            elif isinstance(r, tuple):
                skip_rows.setdefault(id(r[0]), set()).add(r[1])
        return meta, skip_lines, skip_rows

    # -- output

    def _caps_label(
        self, cur: _Open, text: str, after: _HeadingDraft | _TableDraft | tuple[_Open, str] | None
    ) -> bool:
        """Whether a line in capitals of the body's plain type is the label of the paragraph set
        right under it ("AVAILABILITY" / "Any writings or documents provided to …"): a short line
        with no number and no stop, at the column's margin, and the paragraph of ordinary sentences
        under it (a full stop after a word in lower case) at the margin with no more than a line's
        spacing between them. A body's name over the cover's lines ("STIRLING COUNCIL") and a
        label over a list of names ("COUNCILLORS") are not such labels, nor an item's caption with
        its number or code ("49 MINUTES", "PU4 INTRODUCTION …", "I DECLARATION OF INTEREST"), which
        the plain-text rules read with their numbers. An agenda's items in
        capitals ("CALL TO ORDER", "ROLL CALL") stand apart from what follows, and stay paragraphs."""
        if not isinstance(after, tuple) or after[0].label is not None or len(cur.lines) != 1:
            return False
        ln, nxt = cur.lines[0], after[0].lines[0]
        letters = [c for c in text if c.isalpha()]
        return (
            cur.kind == "text"
            and cur.style is None
            and len(letters) >= 4
            and all(c.isupper() for c in letters)
            and len(text.split()) <= 6
            and not text.endswith((".", ":", ";", ","))
            and abs(ln.size - self.body_size) < 1
            and self.rel(ln, ln.x0) <= self.tol
            and nxt.seg == ln.seg
            and abs(nxt.x0 - ln.x0) <= self.tol
            and 0 <= nxt.top - ln.bottom <= self.line_gap + 0.45 * nxt.size
            and len(after[0].lines) >= 2
            and bool(_SENTENCE_STOP.search(after[1]))
            and not BODY_NAME_WHOLE.fullmatch(text.title())
            and not _ITEM_CODE.fullmatch(text.split()[0])
        )

    def _finish(self) -> list[Block]:
        large = sorted(
            {d.style[1] for d in self.drafts if isinstance(d, _HeadingDraft) and d.style[0] == "large"}
        )
        large.reverse()
        # Sizes within half a point are one level.
        levels: dict[float, int] = {}
        level = 0
        prev_size = None
        for s in large:
            if prev_size is None or prev_size - s > 0.6:
                level += 1
            levels[s] = min(level, 3)
            prev_size = s
        bold_level = min(3, max(2, level + 1))
        blocks: list[Block] = []
        stack: list[tuple[float, int]] = []  # (label indent, depth) of the open list levels
        for i, d in enumerate(self.drafts):
            if isinstance(d, _HeadingDraft):
                lvl = levels.get(d.style[1], bold_level) if d.style[0] == "large" else bold_level
                if not levels and i == 0 and d.text == self.title:
                    # A page in one size of type (a notice of meeting): its first line, bold and the
                    # paper's title, is the title (level 1), not a section of it.
                    lvl = 1
                blocks.append(Heading(text=d.text, level=lvl))
                stack.clear()
                continue
            if isinstance(d, _TableDraft):
                blocks.append(Table(header=d.header, rows=d.rows))
                continue
            cur, text = d
            first = cur.lines[0]
            lab = cur.label
            if lab is None and self._caps_label(
                cur, text, self.drafts[i + 1] if i + 1 < len(self.drafts) else None
            ):
                blocks.append(Heading(text=text, level=bold_level))
                stack.clear()
                continue
            if lab is None:
                if self.rel(first, first.x0) <= self.tol:
                    stack.clear()
                blocks.append(Paragraph(text=text))
                continue
            x = self.rel(first, lab.x0)
            while stack and stack[-1][0] > x + self.tol:
                stack.pop()
            if cur.agenda_item:
                # A bold item of an agenda opens a part of the paper as the heading it looked like
                # did: the lettered items under it are a list's first level ("8. CONSENT AGENDA" /
                # "a. Minutes of …").
                stack.clear()
                blocks.append(Paragraph(text=text, number=number_label(lab.raw)))
                continue
            if stack and abs(stack[-1][0] - x) <= self.tol:
                depth = stack[-1][1]
            else:
                depth = stack[-1][1] + 1 if stack else 1
                stack.append((x, depth))
            if lab.kind == "num":
                blocks.append(Paragraph(text=text, number=number_label(lab.raw)))
            elif lab.kind == "alpha":
                blocks.append(ListItem(text=text, number=number_label(lab.raw), depth=depth))
            else:
                blocks.append(ListItem(text=text, number=None, depth=depth))
        return blocks


_FILENAME_TITLE = re.compile(r"\.(docx?|pdf|rtf|odt)$|^microsoft\s+word|^untitled", re.IGNORECASE)


def _info_title(info: dict[str, Any]) -> str | None:
    """The PDF's /Title, when it is a title and not a file name left by the printer driver."""
    t = info.get("Title")
    if not isinstance(t, str):
        return None
    t = clean(t)
    if len(t.split()) < 2 or _FILENAME_TITLE.search(t):
        return None
    return t
