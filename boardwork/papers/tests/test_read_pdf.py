"""The PDF reader: corpus PDFs against their reference parses, generated house styles, bad input."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import struct
import time
import zlib
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boardwork.papers.document import Heading, ListItem, Paragraph, Table
from boardwork.papers.readers import Limits, ReadError, detect_format, pdf, read_bytes
from boardwork.papers.readers.pdf.hyphens import Vocabulary
from boardwork.papers.tests.golden import DATA, check_golden
from boardwork.papers.tests.pdfbytes import pdf_file

CORPUS = DATA / "corpus"
FIXTURES = DATA / "pdf"
CORPUS_PDFS = ["lga-scb-end-of-year-2009.lga.pdf", "lga-sscb-end-of-year-2020-21.lga.pdf"]


def _fixture_module():
    """The fixture generator: its text constants are what the fixtures were made from."""
    spec = importlib.util.spec_from_file_location("pdf_fixtures", FIXTURES / "make_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


FX = _fixture_module()


def _compiled_or_skip():
    from boardwork.papers.readers.pdf import pdfium_page

    compiled = pdfium_page._compiled()
    if compiled is None:
        pytest.skip("the compiled reader (_pdfchars) is not built here")
    return compiled


@pytest.fixture(autouse=True, params=["compiled", "pure"])
def reader_path(request, monkeypatch):
    """Every test of this module runs on both paths of `pdfium_page`: the compiled loop
    (`_pdfchars`, when built) and the pure-Python one, which must give the same result."""
    from boardwork.papers.readers.pdf import pdfium_page

    monkeypatch.setattr(pdfium_page, "COMPILED", _compiled_or_skip() if request.param == "compiled" else None)
    return request.param


def _path() -> str:
    from boardwork.papers.readers.pdf import pdfium_page

    return "pure" if pdfium_page.COMPILED is None else "compiled"


def _read(name: str):
    """Each fixture is parsed once per test session and path (tests only look at the Paper)."""
    return _read_on(name, _path())


@cache
def _read_on(name: str, path: str):
    del path  # (the cache's key)
    file = (CORPUS if name in CORPUS_PDFS else FIXTURES) / name
    return read_bytes(file.read_bytes(), name)


# -- corpus ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CORPUS_PDFS)
def test_corpus_pdf_equals_reference_parse(name):
    """The sample papers, published as PDF, parse to exactly the reference (body and meta)."""
    ref = json.loads((CORPUS / name.replace(".lga.pdf", ".paper.json")).read_text(encoding="utf-8"))
    got = _read(name).to_dict()
    assert got["source"]["pages"] == (3 if "2009" in name else 10)
    assert got["meta"] == ref["meta"]
    for i, (g, r) in enumerate(zip(got["blocks"], ref["blocks"], strict=False)):
        assert g == r, f"block {i + 1}"
    assert len(got["blocks"]) == len(ref["blocks"])


@pytest.mark.parametrize("name", CORPUS_PDFS)
def test_corpus_pdf_golden(name):
    check_golden(name, _read(name).to_dict())


# Every other PDF with a text layer in the repository: the genre papers and the house-style fixtures.
OTHER_PDFS = sorted((DATA / "genre").glob("*.pdf")) + sorted(
    p for p in FIXTURES.glob("*.pdf") if p.name != "scanned.pdf"
)


@pytest.mark.parametrize("path", OTHER_PDFS, ids=lambda p: p.name)
def test_every_pdf_in_the_repository_parses_as_its_golden_file(path):
    """The whole Paper of each PDF, compared with its stored parse: a change to the PDF reader (its
    speed above all) that moves one word, block or metadata field of any of them fails here. The
    regenerate flag (BOARDWORK_REGENERATE_GOLDEN) rewrites the file and fails the run."""
    check_golden(path.name, read_bytes(path.read_bytes(), path.name).to_dict())


def test_table_split_over_pages_is_one_table_with_one_header():
    paper = _read("lga-sscb-end-of-year-2020-21.lga.pdf")
    tables = [b for b in paper.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    first_cells = [r[0] for r in tables[0].rows]
    assert "Priority area" not in first_cells  # the header repeated on page 9 is not a row
    assert first_cells.count("Community safety") == 1  # the row split by the page break is merged
    # Table text is not repeated as paragraphs.
    assert not any("Joint Inspection Team." == b.text for b in paper.blocks if not isinstance(b, Table))


# -- generated house styles --------------------------------------------------------------------


def test_numbered_report_paragraph_numbers_and_hanging_indents():
    paper = _read("numbered.pdf")
    numbered = {b.number: b.text for b in paper.blocks if isinstance(b, Paragraph) and b.number}
    expected = {num: text for _, paras in FX.NUMBERED_SECTIONS for num, text in paras}
    assert numbered == expected  # 2.3 runs over the page break and is still one paragraph
    assert not any(b.text.startswith(("1.1", "2.3")) for b in paper.blocks if hasattr(b, "text"))


def test_numbered_report_headings_and_levels():
    paper = _read("numbered.pdf")
    heads = [(b.level, b.text) for b in paper.blocks if isinstance(b, Heading)]
    assert heads[0] == (1, FX.NUMBERED_TITLE)
    sections = [head for head, _ in FX.NUMBERED_SECTIONS] + ["Recommendations", "Evidence", FX.HYPHEN_TITLE]
    assert [t for lvl, t in heads if lvl == 2] == sections
    assert (3, "Fee table") in heads
    assert paper.meta.title == FX.NUMBERED_TITLE


def test_numbered_report_lists():
    paper = _read("numbered.pdf")
    items = [(b.number, b.depth, b.text) for b in paper.blocks if isinstance(b, ListItem)]
    lettered = [(n, d, t) for n, d, t in items if n]
    assert lettered == [(letter, 1, text) for letter, text in FX.LETTERED]
    bullets = [(d, t) for n, d, t in items if n is None]
    assert bullets == FX.BULLETS
    paras = [b.text for b in paper.blocks if isinstance(b, Paragraph)]
    assert FX.RECOMMENDATION_LEAD in paras and FX.BULLET_LEAD in paras


def test_numbered_report_bordered_table_with_bullets():
    paper = _read("numbered.pdf")
    (table,) = [b for b in paper.blocks if isinstance(b, Table)]
    assert table.header == FX.TABLE_HEADER
    assert table.rows == [[a, "\n".join(items)] for a, items in FX.TABLE_ROWS]


def test_auto_hyphenated_words_are_rejoined():
    paper = _read("numbered.pdf")
    assert FX.HYPHEN_PARAGRAPH in [b.text for b in paper.blocks if isinstance(b, Paragraph)]


def test_running_header_and_page_footer_are_meta_not_body():
    paper = _read("numbered.pdf")
    text = paper.text()
    assert "Page 1 of 2" not in text and "Page 2 of 2" not in text
    assert FX.COUNCIL not in text and "Agenda Item" not in text
    assert paper.meta.item == FX.ITEM
    assert paper.source.pages == 2


def test_two_columns_read_in_order_and_joined_across_the_column_break():
    paper = _read("two-column.pdf")
    expected = [Heading(FX.TWO_COL_TITLE, 1)]
    for head, paras in FX.TWO_COL_SECTIONS:
        expected.append(Heading(head, 2))
        expected += [Paragraph(t) for t in paras]
    assert paper.blocks == expected
    assert "Page" not in paper.text()


def test_cabinet_cover_table_is_meta_and_table_without_rules_is_a_table():
    paper = _read("cabinet.pdf")
    cover = dict(FX.CABINET_COVER)
    assert paper.meta.body == cover["Report to:"]
    assert paper.meta.meeting_date == "2023-10-14"
    assert paper.meta.title == cover["Title:"]
    expected = []
    for head, paras in FX.CABINET_SECTIONS:
        expected.append(Heading(head, 2))
        expected += [Paragraph(t) for t in paras]  # first-line indents, no spacing: still 3 paragraphs
    expected.append(Table(header=None, rows=FX.PERFORMANCE_TABLE))
    expected.append(Paragraph(FX.CABINET_AFTER_TABLE))  # a short table row does not run on to page 2
    assert paper.blocks == expected
    assert paper.source.pages == 2


# -- line-end hyphens --------------------------------------------------------------------------


def _vocab(*lines):
    v = Vocabulary()
    for ln in lines:
        v.add_line(ln)
    return v


@pytest.mark.parametrize(
    ("a", "b", "context", "joined"),
    [
        ("tackling far-", "right activity", ["the far-right groups"], "tackling far-right activity"),
        ("the regu-", "lation of fees", [], "the regulation of fees"),
        ("the regu-", "lation", ["the regulation"], "the regulation"),
        ("local counter-", "extremism work", [], "local counter-extremism work"),
        ("activity on-", "and off line", [], "activity on- and off line"),
        ("the COVID-", "19 pandemic", [], "the COVID-19 pandemic"),
        ("non-", "UK nationals", [], "non-UK nationals"),
        ("com\u2010", "plaints have", [], "complaints have"),
        ("fire and", "rescue", [], "fire and rescue"),
        ("hate crime -", "as well", [], "hate crime - as well"),
        ("community safety", "well-being", [], "community safety well-being"),
        ("well-", "attended events", [], "well-attended events"),
        ("the bus-", "stop and the road", ["a bus", "a stop"], "the bus-stop and the road"),
    ],
)
def test_line_end_hyphen(a, b, context, joined):
    assert _vocab(*context, a, b).join(a, b) == joined


# -- bad input ---------------------------------------------------------------------------------


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _text_pdf(text: bytes = b"Hello council", pages: int = 1, content: bytes | None = None) -> bytes:
    """`pages` pages sharing one content stream that shows `text` in Helvetica."""
    content = content or b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
    objects += [page] * pages
    return pdf_file(objects)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for ch in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(ch ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _encrypted_pdf(user_password: bytes, owner_password: bytes = b"owner") -> bytes:
    """A one-page PDF encrypted with the standard security handler, revision 2 (40-bit RC4)."""
    doc_id = b"0123456789abcdef"
    perms = -44  # printing and copying not allowed: the usual "protected" council PDF
    o = _rc4(hashlib.md5((owner_password + _PAD)[:32]).digest()[:5], (user_password + _PAD)[:32])
    key = hashlib.md5((user_password + _PAD)[:32] + o + struct.pack("<i", perms) + doc_id).digest()[:5]
    u = _rc4(key, _PAD)

    def enc(num: int, data: bytes) -> bytes:
        return _rc4(hashlib.md5(key + struct.pack("<i", num)[:3] + b"\0\0").digest()[:10], data)

    content = enc(3, zlib.compress(b"BT /F1 12 Tf 72 720 Td (Hello council) Tj ET"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + o.hex().encode() + b"> /U <" + u.hex().encode()
        + b"> /P %d >>" % perms,
    ]  # fmt: skip
    ident = b"<" + doc_id.hex().encode() + b">"
    return pdf_file(objects, b"/Encrypt 6 0 R /ID [" + ident + b" " + ident + b"] ")


def test_sniff():
    assert pdf.sniff(b"%PDF-1.7\n...")
    assert pdf.sniff(b"\xef\xbb\xbf junk before the header %PDF-1.4")
    assert not pdf.sniff(b"PK\x03\x04")
    assert not pdf.sniff(b" " * 1100 + b"%PDF-1.4")
    assert detect_format(_text_pdf(), "x.bin") == "pdf"


def test_minimal_pdf_reads():
    paper = read_bytes(_text_pdf(b"The committee noted the report."), "x.pdf")
    assert [b.text for b in paper.blocks] == ["The committee noted the report."]
    assert paper.source.pages == 1


def test_scanned_pdf_has_no_text_layer():
    with pytest.raises(ReadError) as err:
        read_bytes((FIXTURES / "scanned.pdf").read_bytes(), "scanned.pdf")
    assert str(err.value) == pdf.SCANNED


def test_password_protected_pdf():
    with pytest.raises(ReadError, match="password"):
        read_bytes(_encrypted_pdf(b"secret"), "locked.pdf")


def test_permissions_only_encryption_is_read():
    # Owner password only (an empty user password): common for published council papers.
    paper = read_bytes(_encrypted_pdf(b""), "restricted.pdf")
    assert [b.text for b in paper.blocks] == ["Hello council"]


def test_too_many_pages_is_refused_before_the_pages_are_parsed():
    data = _text_pdf(pages=600)
    # CPU time of this process, not the wall clock: other work on the machine must not fail it.
    started = time.process_time()
    with pytest.raises(ReadError, match="600 pages; the limit is 500"):
        read_bytes(data, "long.pdf", Limits(max_pages=500))
    assert time.process_time() - started < 2


def test_time_limit():
    with pytest.raises(ReadError, match="longer than"):
        read_bytes((FIXTURES / "numbered.pdf").read_bytes(), "n.pdf", Limits(max_seconds=0, started=0))


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n" + bytes(range(256)) * 8,
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
        b"%PDF-",
    ],
)
def test_damaged_pdf(data):
    with pytest.raises(ReadError) as err:
        read_bytes(data, "broken.pdf")
    assert "\n" not in str(err.value)


def test_glyph_far_outside_the_page_is_ignored():
    # A damaged file placed a word at x = 2e9: the layout must stay bounded by the page size.
    # (2e9 is within the PDF's integer limit, 2^31 - 1; PDFium reads a larger integer as 0.)
    lines = b"".join(b"(Line %d of the report.) Tj 0 -14 Td " % i for i in range(8))
    content = b"BT /F1 12 Tf 72 720 Td " + lines + b"2000000000 0 Td (Far) Tj ET"
    data = _text_pdf(content=content)
    started = time.process_time()
    paper = read_bytes(data, "far.pdf", Limits(max_seconds=30))
    assert time.process_time() - started < 5
    assert "Far" not in paper.text() and "Line 7 of the report." in paper.text()


def test_blank_pdf():
    with pytest.raises(ReadError, match="no text"):
        read_bytes(_text_pdf(b""), "blank.pdf")


_SAMPLE = (FIXTURES / "two-column.pdf").read_bytes()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cut=st.integers(min_value=0, max_value=len(_SAMPLE)),
    flips=st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(_SAMPLE) - 1), st.integers(0, 255)), max_size=6
    ),
)
def test_mutated_pdf_only_raises_read_error(cut, flips):
    data = bytearray(_SAMPLE[:cut] if cut > 200 else _SAMPLE)
    for pos, byte in flips:
        if pos < len(data):
            data[pos] = byte
    started = time.monotonic()
    limits = Limits(max_seconds=10)
    try:
        paper = pdf.read(bytes(data), limits)
    except ReadError as e:
        assert str(e) and "\n" not in str(e)
    else:
        assert paper.source.format == "pdf"
    assert time.monotonic() - started < 10


# -- Boardwork's own PDFs ----------------------------------------------------------------------


def _own_paper():
    """Numbered paragraphs with hanging indents above and below a ruled table that runs over a page."""
    from boardwork.papers.document import Meta, Paper

    def para(n: int) -> Paragraph:
        return Paragraph(
            text=f"Paragraph {n} records that the panel reviewed workstream {n} against its milestones "
            "for the year and agreed the next steps, with the lead officer reporting back at the "
            "following meeting of the board in the spring.",
            number=str(n),
        )

    rows = [
        [
            f"Area {k}: safety and resilience",
            f"Continue the programme of support for councils in area {k}, including practitioner "
            "roundtables, published case studies and training for elected members.",
        ]
        for k in range(1, 13)
    ]
    blocks = [Heading("Annual review of workstreams", level=1), Heading("Progress", level=2)]
    blocks += [para(n) for n in range(1, 8)]
    blocks += [Heading("Priorities for next year", level=2), para(8)]
    blocks += [Table(header=["Priority area", "Proposed activity"], rows=rows)]
    blocks += [para(n) for n in range(9, 12)]
    return Paper(meta=Meta(title="Annual review of workstreams"), blocks=blocks)


def _own_pdf_read():
    return _own_pdf_read_on(_path())


@cache
def _own_pdf_read_on(path: str):
    from boardwork.papers.writers import write

    del path  # (the cache's key)
    paper = _own_paper()
    return paper, read_bytes(write(paper, "pdf"), "own.pdf")


def test_own_pdf_paragraphs_around_a_ruled_table_read_back():
    """The page background WeasyPrint paints is not a table, and body text next to one stays body."""
    paper, got = _own_pdf_read()
    want_paras = [(b.number, b.text) for b in paper.blocks if isinstance(b, Paragraph)]
    got_paras = [(b.number, b.text) for b in got.blocks if isinstance(b, Paragraph)]
    assert got_paras == want_paras
    want_heads = [b.text for b in paper.blocks if isinstance(b, Heading)]
    assert [b.text for b in got.blocks if isinstance(b, Heading)][-len(want_heads) + 1 :] == want_heads[1:]
    tables = [b for b in got.blocks if isinstance(b, Table)]
    want = next(b for b in paper.blocks if isinstance(b, Table))
    assert len(tables) == 1, "the table split by the page break is one table"
    assert tables[0].header == want.header
    assert tables[0].rows == want.rows
    # In order: paragraph 8, the table, paragraph 9.
    kinds = [(type(b).__name__, getattr(b, "number", None)) for b in got.blocks]
    i = kinds.index(("Table", None))
    assert kinds[i - 1] == ("Paragraph", "8") and kinds[i + 1] == ("Paragraph", "9")


# -- a table cut by a page break, with its header repeated -------------------------------------


def _long_table_pdf(borders: str) -> tuple[bytes, list[list[str]]]:
    """Two columns, the header repeated on every page (a <thead>), and a row too tall for one page:
    WeasyPrint cuts it, so both of its cells go on over the break."""
    from weasyprint import HTML

    def sentences(k: int, n: int) -> str:
        return " ".join(
            f"Activity {k} step {i} is agreed with partners across the region this year." for i in range(n)
        )

    rows = [
        ["Priority 1: community safety", sentences(1, 2)],
        ["Priority 2: serious violence and the duty on partners", sentences(2, 3)],
        # Both cells of row 3 go on over the page break.
        [
            "Priority 3: fire safety, " + ", ".join(f"with partner body {i}" for i in range(60)),
            sentences(3, 40),
        ],
        ["Priority 4: licensing", sentences(4, 2)],
    ]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    html = (
        "<html><head><style>@page { size: A4; margin: 2.5cm } body { font: 11pt sans-serif }"
        f"table {{ border-collapse: {borders}; width: 100% }}"
        "td, th { border: 1px solid #000; padding: 4px; vertical-align: top; text-align: left }</style></head>"
        "<body><h1>Work plan</h1>"
        + "".join(
            f"<p>{n}. Paragraph {n} says how the board will report on the plan during the year.</p>"
            for n in (1, 2, 3)
        )
        + "<table><thead><tr><th>Priority area</th><th>Proposed activity</th></tr></thead>"
        + f"<tbody>{body}</tbody></table><p>4. The paragraph after the table asks the board to note it.</p>"
        "</body></html>"
    )
    return HTML(string=html).write_pdf(), rows


@pytest.mark.parametrize("borders", ["collapse", "separate"])
def test_table_cut_by_a_page_break_with_its_header_repeated_comes_out_whole(borders):
    data, rows = _long_table_pdf(borders)
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    pages = [" ".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc))]
    doc.close()
    # The case under test: the header on both pages, and row 3 on both.
    assert len(pages) == 2 and all("Priority area Proposed activity" in p for p in pages), pages
    assert "Activity 3 step 0 " in pages[0] and "Activity 3 step 39 " in pages[1]
    assert "partner body 0," in pages[0] and "partner body 59" in pages[1]
    paper = read_bytes(data, "plan.pdf")
    tables = [b for b in paper.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].header == ["Priority area", "Proposed activity"]
    assert tables[0].rows == rows  # every row whole, none split in two, no header among them
    paras = [(b.number, b.text) for b in paper.blocks if isinstance(b, Paragraph)]
    assert [n for n, _ in paras] == ["1", "2", "3", "4"]
    assert paras[-1][1] == "The paragraph after the table asks the board to note it."


def test_rulings_from_pdfium_are_pdfplumbers_including_inside_a_form_xobject():
    """The ruling edges PDFium's page objects give (`pdfium_page`) are the ones pdfplumber finds:
    lines, rectangles and curves, in a scaled page and inside a Form XObject drawn with its own
    matrix (headers and tables are often such forms)."""
    import pdfplumber
    import pypdfium2 as pdfium

    from boardwork.papers.readers.pdf.pdfium_page import PdfiumPage

    table = b"0.5 w 0 0 m 300 0 l S 0 40 m 300 40 l S 0 0 m 0 40 l S 150 0 m 150 40 l S 300 0 m 300 40 l S"
    content = (
        b"q 1 0 0 1 72 600 cm /Fm1 Do Q "  # the table, drawn as a form
        b"0 0 1 RG 72 500 200 30 re S "  # a rectangle
        b"1 1 1 rg 72 400 200 30 re f "  # a white box (not a ruling)
        b"72 300 m 100 330 130 330 160 300 c S "  # a curve
        b"q 0.75 0 0 0.75 0 0 cm 96 200 m 400 200 l S Q "  # a line in a scaled page
        b"BT /F1 12 Tf 72 720 Td (Rulings) Tj ET"
    )
    form = (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 300 40] /Matrix [1 0 0 1 0 0] /Length %d >>\nstream\n"
        % len(table)
        + table
        + b"\nendstream"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R"
        b" /Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> >> >>",
        form,
    ]
    data = pdf_file(objects)

    def key(edges):
        return sorted(
            (e["object_type"], e["orientation"], *(round(e[k], 2) for k in ("x0", "x1", "top", "bottom")))
            for e in edges
        )

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        want = pdf.pages[0].edges
    doc = pdfium.PdfDocument(data)
    try:
        got = PdfiumPage(doc[0]).edges
    finally:
        doc.close()
    # The form's five lines, two rectangles, the curve (from its start to its end point: pdfminer
    # keeps only the end points of its segments) and the line.
    assert len(want) == 5 + 4 + 4 + 1 + 1
    assert key(got) == key(want)
    white = [e for e in got if e["object_type"] == "rect_edge" and e["fill"]]
    assert white and all(e["non_stroking_color"] == (1.0, 1.0, 1.0) for e in white)


@pytest.mark.parametrize(
    "path",
    sorted(CORPUS.glob("*.pdf")) + sorted((DATA / "genre").glob("*.pdf")) + sorted(FIXTURES.glob("*.pdf")),
    ids=lambda p: p.name,
)
def test_text_objects_found_by_looking_ahead_are_those_asked_for_every_character(path, monkeypatch):
    """`pdfium_page` asks PDFium for the text object of a few characters and counts those in
    between as the same object's (PDFium lists an object's characters together unless it reorders
    right-to-left text, where every character is asked). The characters, fonts and sizes it reads
    that way are the ones it reads asking for every character."""
    import re

    import pypdfium2 as pdfium

    from boardwork.papers.readers.pdf import pdfium_page

    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        ahead = [pdfium_page.PdfiumPage(page).runs(pieces=False) for page in doc]
        monkeypatch.setattr(pdfium_page, "_RTL", re.compile("."))  # as if every page were right-to-left
        every = [pdfium_page.PdfiumPage(page).runs(pieces=False) for page in doc]
    finally:
        doc.close()
    assert ahead == every
    assert path.name == "scanned.pdf" or any(run[2] for runs in ahead for run in runs)


def test_character_beyond_the_bmp_is_read_not_dropped():
    """A character outside the Basic Multilingual Plane (here a mathematical bold A, U+1D400, which
    the font's ToUnicode map gives for "~") is PDFium's two UTF-16 halves; it is read as the one
    character pdfminer reads, not dropped with a gap where it stood."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def"
        b" /CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange"
        b" 1 beginbfchar <7E> <D835DC00> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        _stream(b"BT /F1 12 Tf 72 720 Td (The set ~ of all councils) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R"
        b" /Resources << /Font << /F1 4 0 R >> >> >>",
        _stream(cmap),
    ]
    paper = read_bytes(pdf_file(objects), "set.pdf")
    assert [b.text for b in paper.blocks] == ["The set \U0001d400 of all councils"]


def _pdfium_and_pdfplumber_words(data: bytes):
    """The words of page 1 as the PDF reader makes them from PDFium's characters (in pieces, or
    a character at a time where pieces cannot stand for them), as pdfplumber's own `extract_words`
    makes them, and whether the pieces stood."""
    import pdfplumber
    import pypdfium2 as pdfium

    from boardwork.papers.readers.pdf.layout import page_words
    from boardwork.papers.readers.pdf.pdfium_page import PdfiumPage

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        want = page_words(pdf.pages[0])
    doc = pdfium.PdfDocument(data)
    try:
        page = PdfiumPage(doc[0])
        got = page.upright_words(page.bbox)
        pieces_stood = page._words(page.runs(), page.bbox, True) is not None
    finally:
        doc.close()
    return got, want, pieces_stood


def _same_words(got, want) -> None:
    """Same texts and x extents; tops and bottoms within 0.5 pt (PDFium's descent of a standard
    font is not pdfminer's to the hundredth)."""
    assert [(w.text, round(w.x0, 2), round(w.x1, 2)) for w in got] == [
        (w.text, round(w.x0, 2), round(w.x1, 2)) for w in want
    ]
    assert all(
        abs(g.top - w.top) < 0.5 and abs(g.bottom - w.bottom) < 0.5 for g, w in zip(got, want, strict=True)
    )


def test_words_from_pdfium_pieces_are_pdfplumbers_where_text_overlaps():
    """Characters are read from PDFium in pieces (the characters of a text object that pdfplumber
    would keep together), which stand for their characters only where no other character of the
    line falls among them once the line is sorted by x0. Where two text objects overlap on a line
    ("Bold" drawn twice, 8 pt apart) the page is read a character at a time, and its words are
    pdfplumber's ("BBolodld"); on letter-spaced and kerned text a piece ends where pdfplumber's
    word does (at 12 pt a gap of 0.2 em, 2.4 pt, ends a word, one of 0.1 em does not: the x
    tolerance is 0.15 em below 20 pt)."""
    overlap = b"BT /F1 12 Tf 72 690 Td (Bold) Tj ET BT /F1 12 Tf 80 690 Td (Bold) Tj ET "
    spaced = (
        b"BT /F1 12 Tf 72 660 Td 4 Tc (SPACED) Tj 0 Tc ET "
        b"BT /F1 12 Tf 72 630 Td [(Ke) -400 (rned) -200 (te) -100 (xt)] TJ ET"
    )
    got, want, pieces_stood = _pdfium_and_pdfplumber_words(_text_pdf(content=overlap + spaced))
    assert not pieces_stood
    _same_words(got, want)
    assert [w.text for w in want] == ["BBolodld", "S", "P", "A", "C", "E", "D", "Ke", "rned", "text"]

    got, want, pieces_stood = _pdfium_and_pdfplumber_words(_text_pdf(content=spaced))
    assert pieces_stood
    _same_words(got, want)
    assert [w.text for w in want] == ["S", "P", "A", "C", "E", "D", "Ke", "rned", "text"]


# A justified line of small type drawn with no blanks: each word placed by its own offset, the
# gaps between words 0.2–0.25 em (1.8–2.5 pt at 9–11 pt), under pdfplumber's 3 pt tolerance.
_JUSTIFIED = (
    b"BT /F1 9 Tf 72 700 Td [(The) -250 (panel) -250 (agreed) -210 (that) -210 (the) -250 (review) -250 (be)"
    b" -210 (published.)] TJ ET "
    b"BT /F1 11 Tf 72 680 Td [(THE) -200 (BOARD) -230 (WILL) -200 (MEET) -200 (IN) -200 (JULY)] TJ ET"
)


def test_a_justified_line_of_small_type_with_no_blanks_splits_at_its_word_gaps():
    """Where a line of small type is drawn with no blanks and its words are set 0.2 em apart
    (justified, or a producer that places each word), the words are split: the x tolerance is
    0.15 of the type's size below 20 pt (1.35 pt at 9 pt), not 3 pt, on PDFium's path and
    pdfplumber's alike."""
    got, want, pieces_stood = _pdfium_and_pdfplumber_words(_text_pdf(content=_JUSTIFIED))
    assert pieces_stood
    _same_words(got, want)
    assert [w.text for w in got] == (
        "The panel agreed that the review be published. THE BOARD WILL MEET IN JULY".split()
    )
    paper = read_bytes(_text_pdf(content=_JUSTIFIED), "justified.pdf")
    assert [b.text for b in paper.blocks] == [
        "The panel agreed that the review be published.",
        "THE BOARD WILL MEET IN JULY",
    ]


def test_kerned_and_letter_spaced_words_stay_whole_and_spaced_lines_are_unchanged():
    """Guards for the x tolerance of the type's size: letters kerned together or apart by up to
    0.1 em and letters spaced 0.1 em (9 pt, 0.9 pt) stay one word; a line with its blanks drawn
    reads as before; in large type the tolerance stays 3 pt (24 pt letters 2.5 pt apart are one
    word, 3.3 pt apart are letters, as before)."""
    content = (
        b"BT /F1 9 Tf 72 700 Td [(W) 60 (ater) -40 (pro) -100 (of) 30 (ing)] TJ ET "
        b"BT /F1 9 Tf 72 680 Td 0.9 Tc (SPACED) Tj 0 Tc ET "
        b"BT /F1 10 Tf 72 660 Td (The panel met in May.) Tj ET "
        b"BT /F1 24 Tf 72 620 Td 2.5 Tc (TITLE) Tj 0 Tc ET "
        b"BT /F1 24 Tf 72 580 Td 3.3 Tc (WIDE) Tj 0 Tc ET"
    )
    got, want, pieces_stood = _pdfium_and_pdfplumber_words(_text_pdf(content=content))
    assert pieces_stood
    _same_words(got, want)
    assert [w.text for w in got] == ["Waterproofing", "SPACED", "The", "panel", "met", "in", "May.", "TITLE", "W",
                                     "I", "D", "E"]  # fmt: skip


@pytest.mark.parametrize(
    "path",
    sorted(CORPUS.glob("*.pdf")) + sorted((DATA / "genre").glob("*.pdf")) + sorted(FIXTURES.glob("*.pdf")),
    ids=lambda p: p.name,
)
def test_words_from_pieces_are_the_words_from_characters(path):
    """The words made from PDFium's characters read in pieces are, to the last bit, the words made
    from them read a character at a time (as pdfplumber's word grouping takes them)."""
    import pypdfium2 as pdfium

    from boardwork.papers.readers.pdf.pdfium_page import PdfiumPage

    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        for page in doc:
            pp = PdfiumPage(page)
            pieces, chars = pp.runs(), pp.runs(pieces=False)
            assert sum(len(r[2]) for r in pieces) <= sum(len(r[2]) for r in chars)
            assert pp._words(pieces, pp.bbox, True) == pp._words(chars, pp.bbox, False)
    finally:
        doc.close()


def test_characters_read_one_at_a_time_are_every_blank_control_and_surrogate_and_above():
    """`_read` reads a text object's characters in stretches between the ones it must look at one
    at a time; the search that finds those (`_ODD`) finds exactly what the per-character test
    took before: a control or blank up to the space, anything from the surrogates up (private-use
    bullets, U+FFFE, characters beyond the BMP), and every other `str.isspace` blank."""
    import sys

    from boardwork.papers.readers.pdf.pdfium_page import _BLANKS, _ODD

    wrong = [
        hex(c)
        for c in range(sys.maxunicode + 1)
        if bool(_ODD.match(chr(c))) != (chr(c) <= " " or chr(c) >= "\ud800" or chr(c) in _BLANKS)
    ]
    assert wrong == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\r\n\x0b\x0c\x1c\x85\xa0\u2003\u3000\u00ad\u200bab-.")))
def test_clean_is_the_regex_definition(text):
    """`clean` joins on `str.split`, which splits on exactly what `\\s` matches: the same string as
    collapsing whitespace runs with the regex and stripping, soft hyphens and zero-width spaces
    dropped first."""
    import re

    from boardwork.papers.document import clean

    want = re.sub(r"\s+", " ", text.replace("\u00ad", "").replace("\u200b", "")).strip()
    assert clean(text) == want


# -- opening with PDFium alone -----------------------------------------------------------------


def _flate(data: bytes) -> bytes:
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"


def _page_of_streams(contents: list[bytes], unused: list[bytes] = (), page_extra: bytes = b"") -> bytes:
    """One page drawn by `contents` (content streams, Flate), then `unused` streams no page names."""
    refs = b" ".join(b"%d 0 R" % (5 + i) for i in range(len(contents)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [" + refs + b"] "
        b"/Resources << /Font << /F1 4 0 R >> >> " + page_extra + b">>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_file(objects + [_flate(c) for c in contents] + [_flate(u) for u in unused])


_HELLO = b"BT /F1 12 Tf 72 720 Td (Hello council) Tj ET\n"


def test_content_streams_each_under_the_stream_limit_but_over_it_together_are_refused():
    # Each stream alone is under 8 MB: only their sum, the page's, passes the limit.
    data = _page_of_streams([_HELLO + b" " * (5 << 20), b" " * (5 << 20)])
    with pytest.raises(ReadError, match="^page 1 of the PDF unpacks to more than 8 MB"):
        read_bytes(data, "two.pdf", Limits(max_stream_bytes=8 << 20))
    assert [b.text for b in read_bytes(data, "two.pdf", Limits(max_stream_bytes=16 << 20)).blocks] == [
        "Hello council"
    ]


def test_a_big_stream_no_page_draws_does_not_refuse_the_file():
    # The scan counts every stream in the file; past the limit it hands over to the page-by-page
    # check (pdfminer's), which measures only what the page draws.
    data = _page_of_streams([_HELLO], unused=[b" " * (10 << 20)])
    assert not pdf._streams_fit(data, Limits(max_stream_bytes=8 << 20))
    paper = read_bytes(data, "unused.pdf", Limits(max_stream_bytes=8 << 20))
    assert [b.text for b in paper.blocks] == ["Hello council"]


def test_the_stream_scan_counts_every_zlib_stream_in_the_file_and_their_sum():
    one = _page_of_streams([_HELLO + b" " * (3 << 20)])
    two = _page_of_streams([_HELLO + b" " * (3 << 20)], unused=[b" " * (3 << 20)])
    limit = Limits(max_stream_bytes=5 << 20)
    assert pdf._streams_fit(one, limit) and not pdf._streams_fit(two, limit)
    # A stream whose data is not zlib is counted at its length, as part of the file's.
    raw = pdf_file([b"<< /Length 9 >>\nstream\n" + b"x" * (6 << 20) + b"\nendstream"])
    assert not pdf._streams_fit(raw, limit)


def test_pdfminer_is_opened_only_for_a_page_pdfium_cannot_place_as_pdfplumber_would(monkeypatch):
    import pdfplumber

    opened = []
    real_open = pdfplumber.open

    def counting_open(*args, **kwargs):
        opened.append(1)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(pdfplumber, "open", counting_open)
    read_bytes((FIXTURES / "numbered.pdf").read_bytes(), "numbered.pdf")
    assert opened == []
    cropped = _page_of_streams([_HELLO], page_extra=b"/CropBox [20 20 580 820] ")
    by_pdfium_first = read_bytes(cropped, "cropped.pdf")
    assert opened == [1]
    # The same Paper as when pdfminer opens the file.
    monkeypatch.setattr(pdf, "_layout_by_pdfium", lambda data, limits: None)
    assert read_bytes(cropped, "cropped.pdf").to_dict() == by_pdfium_first.to_dict()


# -- the object limit --------------------------------------------------------------------------

_TICK = b"0 0 m 1 1 l S\n"  # one path object, a short line


def test_a_page_drawing_more_objects_than_the_limit_is_refused_and_one_under_it_is_read():
    over = _page_of_streams([_HELLO + _TICK * 1200])
    under = _page_of_streams([_HELLO + _TICK * 800])
    with pytest.raises(
        ReadError, match=r"^page 1 of the PDF draws more than 1,000 objects \(a PDF bomb\?\)$"
    ):
        read_bytes(over, "over.pdf", Limits(max_page_objects=1000))
    assert [b.text for b in read_bytes(under, "under.pdf", Limits(max_page_objects=1000)).blocks] == [
        "Hello council"
    ]


def test_a_cropped_page_over_the_object_limit_is_refused_before_pdfminer_reads_it(monkeypatch):
    # PDFium's characters cannot stand for a cropped (or rotated) page's: pdfminer would read it,
    # interpreting every object in Python. PDFium's count refuses it first.
    import pdfplumber

    opened = []
    real_open = pdfplumber.open
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: opened.append(1) or real_open(*a, **k))
    limits = Limits(max_page_objects=1000)
    crop = b"/CropBox [20 20 580 820] "
    with pytest.raises(ReadError, match=r"^page 1 of the PDF draws more than 1,000 objects"):
        read_bytes(_page_of_streams([_HELLO + _TICK * 1200], page_extra=crop), "cropped.pdf", limits)
    assert opened == []
    # Under the limit, the same page is read by pdfplumber as before.
    fewer = _page_of_streams([_HELLO + _TICK * 800], page_extra=crop)
    assert [b.text for b in read_bytes(fewer, "cropped.pdf", limits).blocks] == ["Hello council"]
    assert opened == [1]


def _page_drawing_a_form(paths: int, times: int) -> bytes:
    form_content = _TICK * paths
    form = (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 300 40] /Length %d >>\nstream\n" % len(form_content)
        + form_content
        + b"\nendstream"
    )
    content = _HELLO + b"q /Fm1 Do Q " * times
    return pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >> >>",
            _stream(content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            form,
        ]
    )


def test_the_objects_inside_forms_count_each_time_the_form_is_drawn():
    # Three objects on the page itself; 600 in the form, drawn once (under 1,000) or twice (over).
    limits = Limits(max_page_objects=1000)
    assert [b.text for b in read_bytes(_page_drawing_a_form(600, 1), "once.pdf", limits).blocks] == [
        "Hello council"
    ]
    with pytest.raises(ReadError, match=r"^page 1 of the PDF draws more than 1,000 objects"):
        read_bytes(_page_drawing_a_form(600, 2), "twice.pdf", limits)


def test_the_default_object_limit_refuses_a_page_of_a_few_hundred_thousand_paths():
    # Well under the default stream limit (4 MB unpacked): the stream check lets it through.
    data = _page_of_streams([_HELLO + _TICK * 300_000])
    with pytest.raises(ReadError, match=r"^page 1 of the PDF draws more than 250,000 objects"):
        read_bytes(data, "ticks.pdf")


# -- the compiled loop -------------------------------------------------------------------------


def test_the_compiled_loop_is_what_the_reader_uses_when_it_is_built():
    """`_pdfchars` (built from `_pdfchars.c` at install where a C compiler is) is what a fresh
    process reads with, unless `BOARDWORK_PDF_PURE=1` asks for the pure-Python path. CI sets
    `BOARDWORK_PDF_COMPILED=required`, so a build that silently left it out fails there."""
    import importlib.util
    import os
    import subprocess
    import sys

    built = importlib.util.find_spec("boardwork.papers.readers.pdf._pdfchars") is not None
    if os.environ.get("BOARDWORK_PDF_COMPILED") == "required":
        assert built, "the compiled PDF reader was not built"
    probe = "from boardwork.papers.readers.pdf import pdfium_page as p; print(p.COMPILED is not None)"
    env = {k: v for k, v in os.environ.items() if k != "BOARDWORK_PDF_PURE"}

    def compiled_in_a_fresh_process() -> str:
        done = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    assert compiled_in_a_fresh_process() == str(built)
    env["BOARDWORK_PDF_PURE"] = "1"
    assert compiled_in_a_fresh_process() == "False"


def _bits(value):
    """A value with every float as its bytes: equal only when equal to the last bit (and -0.0 is
    not 0.0)."""
    if isinstance(value, float):
        return struct.pack("<d", value)
    if isinstance(value, list | tuple):
        return [_bits(v) for v in value]
    if hasattr(value, "__slots__"):
        return [_bits(getattr(value, k)) for k in value.__slots__]
    return value


@pytest.mark.parametrize(
    "path",
    sorted(CORPUS.glob("*.pdf")) + sorted((DATA / "genre").glob("*.pdf")) + sorted(FIXTURES.glob("*.pdf")),
    ids=lambda p: p.name,
)
def test_compiled_and_pure_paths_read_the_same_runs_and_words_to_the_bit(path, reader_path, monkeypatch):
    """The compiled loop's runs of pieces (in pieces and a character at a time) and words are
    the pure-Python path's, every float to the last bit."""
    import pypdfium2 as pdfium

    from boardwork.papers.readers.pdf import pdfium_page

    if reader_path == "pure":
        pytest.skip("compares the two paths itself")
    compiled = pdfium_page.COMPILED
    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        for page in doc:
            pp = pdfium_page.PdfiumPage(page)
            got = []
            for on in (compiled, None):
                monkeypatch.setattr(pdfium_page, "COMPILED", on)
                runs, chars = pp.runs(), pp.runs(pieces=False)
                got.append(
                    [runs, chars, pp._words(runs, pp.bbox, True), pp._words(chars, pp.bbox, False),
                     pp.upright_words(pp.bbox)]
                )  # fmt: skip
            assert _bits(got[0]) == _bits(got[1])
    finally:
        doc.close()


def test_compiled_and_pure_paths_split_small_type_at_the_same_gaps_to_the_bit(reader_path, monkeypatch):
    """The x tolerance of the type's size (`layout.x_tolerance`, restated in `_pdfchars.c`) makes
    the same pieces and words on both paths, every float to the last bit, on a justified line of
    small type with no blanks and on kerned and letter-spaced words."""
    import pypdfium2 as pdfium

    from boardwork.papers.readers.pdf import pdfium_page

    if reader_path == "pure":
        pytest.skip("compares the two paths itself")
    compiled = pdfium_page.COMPILED
    content = (
        _JUSTIFIED + b" BT /F1 7 Tf 72 600 Td [(Ke) -100 (rned) -160 (gap)] TJ ET"
        b" BT /F1 7 Tf 72 590 Td 0.7 Tc (spaced) Tj ET"
    )
    doc = pdfium.PdfDocument(_text_pdf(content=content))
    try:
        pp = pdfium_page.PdfiumPage(doc[0])
        got = []
        for on in (compiled, None):
            monkeypatch.setattr(pdfium_page, "COMPILED", on)
            runs, chars = pp.runs(), pp.runs(pieces=False)
            got.append([runs, chars, pp._words(runs, pp.bbox, True), pp._words(chars, pp.bbox, False)])
        assert _bits(got[0]) == _bits(got[1])
        assert [w.text for w in got[0][2]][-3:] == ["Kerned", "gap", "spaced"]
    finally:
        doc.close()


def test_compiled_words_leave_a_nan_coordinate_to_the_python_path(reader_path):
    """A NaN coordinate (a damaged matrix) is left to the Python path, whose sets and sorts treat
    NaN by object: the compiled `words` answers NotImplemented, and `_words` the Python's words."""
    from boardwork.papers.readers.pdf import pdfium_page
    from boardwork.papers.readers.pdf.layout import _LIGATURES, Word, font_flags, make_word

    if reader_path == "pure":
        pytest.skip("compares the two paths itself")
    nan = float("nan")
    top, bottom = 90.0, 100.0
    runs = [
        ("Helvetica", 10.0, [("ab", 10.0, 20.0, top, bottom, 15.0, 20.0), ("cd", 21.0, 30.0, nan, bottom, 25.0, 30.0)]),
        ("Helvetica", 10.0, [("ef", 40.0, 50.0, top, bottom, 45.0, 50.0)]),
    ]  # fmt: skip
    bbox = (0.0, 0.0, 595.0, 842.0)
    compiled = pdfium_page.COMPILED
    assert compiled.words(runs, bbox, True, font_flags, make_word, Word, _LIGATURES) is NotImplemented
    got = pdfium_page.PdfiumPage._words(runs, bbox, True)
    pdfium_page.COMPILED = None  # (the fixture puts it back)
    assert _bits(got) == _bits(pdfium_page.PdfiumPage._words(runs, bbox, True))
    assert [w.text for w in got] == ["abcd", "ef"]


_COORD = st.sampled_from(
    [0.0, -0.0, 1.5, 2.0, 3.0, 4.5, 6.0, 9.0, 100.0, 594.0, 600.0, 1e9, float("inf"), -5.0]
)
_PIECE = st.tuples(
    st.sampled_from([" ", "a", "ab", "\ufb01x", "-", "\u00e9t\u00e9", "\U0001d400"]),
    _COORD,
    _COORD,
    st.sampled_from([10.0, 11.0, 12.5, 14.0, 20.0, -0.0, 0.0, float("inf")]),
    st.sampled_from([20.0, 21.0, 22.5, 30.0, 0.0, 900.0]),
    _COORD,
    _COORD,
)
_RUN = st.tuples(
    st.sampled_from(["Helvetica", "Arial-BoldMT", "Symbol"]),
    st.sampled_from([10.0, 0.0, -10.0, 0.5, 600.0]),
    st.lists(_PIECE, max_size=12),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(runs=st.lists(_RUN, max_size=4), check=st.booleans())
def test_compiled_words_are_the_python_words_for_any_pieces(runs, check, reader_path):
    """The compiled word grouping is the Python one on made-up pieces, however odd: ties, signed
    zeros, infinities, words off the page or sized 0, pieces out of order (`check`), ligatures,
    several lines a run, lines more than the tolerance apart."""
    from boardwork.papers.readers.pdf import pdfium_page

    if reader_path == "pure":
        return
    runs = [(font, size, list(pieces)) for font, size, pieces in runs]
    bbox = (0.0, 0.0, 595.0, 842.0)
    compiled = pdfium_page.COMPILED
    got = pdfium_page.PdfiumPage._words(runs, bbox, check)
    pdfium_page.COMPILED = None
    try:
        want = pdfium_page.PdfiumPage._words(runs, bbox, check)
    finally:
        pdfium_page.COMPILED = compiled
    assert _bits(got) == _bits(want)


def test_compiled_functions_refuse_malformed_input_with_an_exception(reader_path):
    """The C entry points check what they are handed: no text page, or runs and pieces of the
    wrong shape or types, raise an exception rather than read memory they were not given."""
    from boardwork.papers.readers.pdf import pdfium_page
    from boardwork.papers.readers.pdf.layout import _LIGATURES, Word, font_flags, make_word

    if reader_path == "pure":
        pytest.skip("the compiled functions' own checks")
    c = pdfium_page.COMPILED
    with pytest.raises(ValueError):
        c.runs(0, "abc", 842.0, 3.0, True)
    bbox = (0.0, 0.0, 595.0, 842.0)

    def words(runs, box=bbox):
        return c.words(runs, box, True, font_flags, make_word, Word, _LIGATURES)

    piece = ("ab", 1.0, 2.0, 3.0, 4.0, 1.0, 2.0)
    assert [w.text for w in words([("F", 10.0, [piece])])] == ["ab"]
    for bad in (
        [("F", 10.0)],
        [("F", "10", [piece])],
        [("F", 10.0, (piece,))],
        [("F", 10.0, [piece[:6]])],
        [("F", 10.0, [(1, *piece[1:])])],
        [("F", 10.0, [("ab", 1, 2.0, 3.0, 4.0, 1.0, 2.0)])],
        ["run"],
    ):
        with pytest.raises(TypeError):
            words(bad)
    with pytest.raises(ValueError):
        words([], (0.0, 0.0, 1.0))
    with pytest.raises(TypeError):
        words([], (0.0, 0.0, "x", 1.0))
