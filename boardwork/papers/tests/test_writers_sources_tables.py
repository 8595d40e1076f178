"""Writers, issue #10: sources named in every format (and absent when off), tables whose columns fit
(no overprint in the PDF, no letter-a-line column in DOCX) and RAG ratings as coloured cells.

Every paper here is built by hand: no database, no compose."""

from __future__ import annotations

import io
import re
import zipfile

import pdfplumber
import pytest
from lxml import etree

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph, RefInfo, Table, block_to_dict
from boardwork.papers.readers import read_bytes
from boardwork.papers.style import HouseStyle
from boardwork.papers.writers import write
from boardwork.papers.writers._common import table_widths

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}
BASE = "https://boardwork.example/"

WEBINAR = "Webinar on county lines"
LETTER = "Letter to the Home Office on fire safety"


def sourced_paper() -> Paper:
    """A small composed-looking paper: refs on a heading, a paragraph, a list item and a table."""
    return Paper(
        meta=Meta(title="End of Year Report", body="Safer and Stronger Communities Board"),
        blocks=[
            Heading("End of Year Report", 1),
            Heading("Community safety", 2, refs=["theme:t1"]),
            Paragraph(
                "In June we held a webinar for 140 councillors and wrote to the Home Office.",
                "1",
                refs=["activity:a1", "activity:a2"],
            ),
            ListItem("County lines guidance was published.", None, refs=["activity:a1"]),
            Table(
                ["Rating", "Commitment"],
                [["Amber", "Publish guidance on county lines"]],
                refs=["commitment:c1"],
                rag_column=0,
            ),
            Paragraph("The Board is asked to note the report.", "2"),
        ],
        ref_info={
            "activity:a1": RefInfo(f"Activity: {WEBINAR}", "2023-06-14", "/boards/sscb/activities/a1/"),
            "activity:a2": RefInfo(f"Activity: {LETTER}", "2023-06", "https://gov.example/letter"),
            "commitment:c1": RefInfo("Commitment: Publish guidance on county lines", None, None),
            # theme:t1 has no RefInfo: it must still show something (the ref), not fail.
        },
    )


def zparts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def xtext(el: etree._Element) -> str:
    return "".join(t.text or "" for t in el.iter(f"{W}t"))


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


# -- sources ---------------------------------------------------------------------------------------


def test_docx_comments_name_records_with_dates_and_links() -> None:
    data = write(sourced_paper(), "docx", with_sources=True, base_url=BASE)
    z = zparts(data)
    comments = etree.fromstring(z["word/comments.xml"])
    texts = [xtext(c) for c in comments.findall("w:comment", NS)]
    para = next(t for t in texts if LETTER in t)
    assert WEBINAR in para and "14 June 2023" in para and "June 2023" in para
    # Site-relative links became absolute, and are live hyperlinks in the comments part.
    rels = z["word/_rels/comments.xml.rels"].decode()
    assert (
        f'Target="{BASE}boards/sscb/activities/a1/"' in rels and 'Target="https://gov.example/letter"' in rels
    )
    assert comments.findall(".//w:hyperlink", NS)
    # A ref with no RefInfo still names itself; one without a link has no link.
    assert any(t.startswith("theme t1") for t in texts)
    assert "Commitment: Publish guidance on county lines" in texts


def test_pdf_links_sources_and_lists_them() -> None:
    data = write(sourced_paper(), "pdf", with_sources=True, base_url=BASE)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        uris = {h.get("uri") for p in pdf.pages for h in p.hyperlinks}
        annots = [a for p in pdf.pages for a in p.annots]
    assert f"{BASE}boards/sscb/activities/a1/" in uris and "https://gov.example/letter" in uris
    assert len(annots) > len(uris)  # the superscript numbers link too (to the list or the record)
    text = pdf_text(data)
    assert "Sources" in text and WEBINAR in text and "14 June 2023" in text and "theme t1" in text
    assert text.index(WEBINAR) > text.index("note the report")  # the list is at the end


def test_pdf_without_base_url_links_numbers_to_the_list() -> None:
    data = write(sourced_paper(), "pdf", with_sources=True)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        uris = {h.get("uri") for p in pdf.pages for h in p.hyperlinks}
        annots = [a for p in pdf.pages for a in p.annots]
    # A site-relative link leads nowhere from a PDF: only the absolute one is a URI link.
    assert uris == {"https://gov.example/letter"}
    assert len(annots) > 2


def test_markdown_footnotes() -> None:
    text = write(sourced_paper(), "md", with_sources=True, base_url=BASE).decode()
    assert re.search(r"wrote to the Home Office\.\[\^\d\]\[\^\d\]$", text, flags=re.M)
    lines = text.splitlines()
    assert f"[^2]: Activity: {WEBINAR} (14 June 2023), <{BASE}boards/sscb/activities/a1/>" in lines
    assert f"[^3]: Activity: {LETTER} (June 2023), <https://gov.example/letter>" in lines
    notes = [ln for ln in lines if re.match(r"\[\^\d+\]: ", ln)]
    assert len(notes) == 4  # theme, two activities, commitment: each once, though a1 is cited twice
    # Relative links stay as text when no base URL is given.
    plain = write(sourced_paper(), "md", with_sources=True).decode()
    assert f"[^2]: Activity: {WEBINAR} (14 June 2023), /boards/sscb/activities/a1/" in plain.splitlines()


def test_html_links_records_and_lists_them() -> None:
    text = write(sourced_paper(), "html", with_sources=True).decode()
    body = text.split("</style>")[1]
    assert '<a href="/boards/sscb/activities/a1/" role="doc-noteref"' in body
    assert '<a href="#bw-src-4" role="doc-noteref"' in body  # no link recorded: to the list entry
    assert (
        f'<li id="bw-src-2" value="2"><a href="/boards/sscb/activities/a1/">Activity: {WEBINAR}</a> (14 June 2023)'
        in body
    )


def test_html_long_runs_of_sources_are_ranges() -> None:
    refs = [f"activity:r{i}" for i in range(6)]
    paper = Paper(
        blocks=[Paragraph("One.", "1", refs=refs[:1]), Table(["A"], [["x"]], refs=refs[1:] + refs[:1])]
    )
    body = write(paper, "html", with_sources=True).decode().split("</style>")[1]
    assert '<a href="#bw-src-2" role="doc-noteref" aria-label="Sources 2 to 6">2–6</a>' not in body
    assert '<a href="#bw-src-1" role="doc-noteref" aria-label="Sources 1 to 6">1–6</a>' in body
    # The table's numbers are sorted into one range though it cites r0 last.
    assert body.count('role="doc-noteref"') == 2  # "1" on the paragraph; "1–6" on the table


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "md"])
def test_sources_off_means_absent(fmt: str) -> None:
    data = write(sourced_paper(), fmt, ref_url=lambda r: f"/x/{r}")
    if fmt == "docx":
        z = zparts(data)
        assert "word/comments.xml" not in z
        text = z["word/document.xml"].decode()
    elif fmt == "pdf":
        text = pdf_text(data)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert not [a for p in pdf.pages for a in p.annots]
    else:
        text = data.decode()
    assert WEBINAR not in text and LETTER not in text and "Sources" not in text
    assert "[^" not in text and "bw-src" not in text and "/x/" not in text


@pytest.mark.parametrize("fmt", ["docx", "html", "md"])
def test_sources_are_not_read_back_as_body(fmt: str) -> None:
    paper = sourced_paper()
    plain = [block_to_dict(b) for b in read_bytes(write(paper, fmt), f"x.{fmt}").blocks]
    sourced = [
        block_to_dict(b)
        for b in read_bytes(write(paper, fmt, with_sources=True, base_url=BASE), f"x.{fmt}").blocks
    ]
    assert sourced == plain


def test_pdf_sources_read_back_only_after_the_body() -> None:
    paper = sourced_paper()
    plain = read_bytes(write(paper, "pdf"), "x.pdf").blocks
    sourced = read_bytes(write(paper, "pdf", with_sources=True), "x.pdf").blocks
    cut = next(i for i, b in enumerate(sourced) if isinstance(b, Heading) and b.text == "Sources")

    # The body reads back as without sources, but for the superscript numbers after a block.
    def bare(b):
        d = block_to_dict(b)
        if "text" in d:
            d["text"] = re.sub(r"(?<=\D)[\d,]+$", "", d["text"])
        if d.get("header"):
            d["header"][-1] = re.sub(r"(?<=\D)[\d,]+$", "", d["header"][-1])
        return d

    assert [bare(b) for b in sourced[:cut]] == [bare(b) for b in plain]


# -- tables ----------------------------------------------------------------------------------------

COMMENTARY = (
    "Guidance drafted with the Home Office and two police forces; publication slipped from "
    "September because the consultation closed late, and is now planned for the spring once "
    "members have commented on the draft at the next meeting of the Board. "
)


def performance_paper(widths: list[float] | None = None) -> Paper:
    rows = []
    for i, rating in enumerate(["Complete", "Amber", "Red", "Green", "Amber", "Complete"]):
        rows.append(
            [rating, f"Commitment {i + 1}: support councils on county lines", COMMENTARY * (1 + i % 2)]
        )
    return Paper(
        meta=Meta(title="Performance report"),
        blocks=[
            Heading("Performance report", 1),
            Heading("Community safety", 2),
            Table(["Rating", "Commitment", "Commentary"], rows, widths=widths, rag_column=0),
        ],
    )


def overprinted(data: bytes) -> list[tuple[str, str]]:
    """Pairs of printed characters whose boxes overlap (beyond a hair): text printed over text.

    Checked per character, not per word: pdfplumber joins interleaved glyphs of two cells into
    one word ("RatinCgommitment"), so word boxes alone would miss the overprint."""
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            chars = sorted((c for c in page.chars if c["text"].strip()), key=lambda c: c["x0"])
            for i, a in enumerate(chars):
                for b in chars[i + 1 :]:
                    if b["x0"] >= a["x1"] - 0.5:
                        break
                    if a["top"] < b["bottom"] - 1 and b["top"] < a["bottom"] - 1:
                        out.append((a["text"], b["text"]))
    return out


@pytest.mark.parametrize("widths", [None, [1, 4, 10], [0.1, 5, 10]])
def test_pdf_performance_table_has_no_overprint(widths: list[float] | None) -> None:
    data = write(performance_paper(widths), "pdf")
    assert overprinted(data) == []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = [w["text"] for p in pdf.pages for w in p.extract_words()]
    # Each rating is one whole word, never broken across lines (the header repeats on a new page).
    assert words.count("Complete") == 2 and words.count("Amber") == 2 and words.count("Rating") >= 1
    assert all(w in ("Complete", "Amber", "Rating") for w in words if re.match(r"Compl|Amb|Rat", w))


def docx_table(data: bytes) -> etree._Element:
    doc = etree.fromstring(zparts(data)["word/document.xml"])
    return doc.find(".//w:tbl", NS)


def test_docx_columns_fit_and_rating_is_wide_enough() -> None:
    tbl = docx_table(write(performance_paper(), "docx"))
    assert tbl.find("w:tblPr/w:tblLayout", NS).get(f"{W}type") == "fixed"
    grid = [int(g.get(f"{W}w")) for g in tbl.findall("w:tblGrid/w:gridCol", NS)]
    # "Complete" in 11 pt Arial is about 45 pt (900 twips); with the cell margins, over 1100.
    assert grid[0] >= 1100
    assert grid[2] > grid[1] > grid[0]  # long commentary gets the room
    for tr in tbl.findall("w:tr", NS):
        assert [int(tc.find("w:tcPr/w:tcW", NS).get(f"{W}w")) for tc in tr.findall("w:tc", NS)] == grid


def test_docx_honours_table_widths() -> None:
    grid = [
        int(g.get(f"{W}w"))
        for g in docx_table(write(performance_paper([2, 3, 5]), "docx")).findall("w:tblGrid/w:gridCol", NS)
    ]
    total = sum(grid)
    assert [round(10 * g / total) for g in grid] == [2, 3, 5]
    # Widths that would squeeze "Complete" are widened just enough; the rest give way.
    squeezed = [
        int(g.get(f"{W}w"))
        for g in docx_table(write(performance_paper([0.1, 5, 10]), "docx")).findall("w:tblGrid/w:gridCol", NS)
    ]
    assert squeezed[0] >= 1100 and squeezed[2] > squeezed[1]


def test_docx_rag_cells_shaded_with_the_word() -> None:
    style = HouseStyle()
    tbl = docx_table(write(performance_paper(), "docx", style))
    rows = tbl.findall("w:tr", NS)[1:]
    for tr in rows:
        first, second = tr.findall("w:tc", NS)[:2]
        word = xtext(first)
        fill = first.find("w:tcPr/w:shd", NS).get(f"{W}fill")
        assert fill == getattr(style, f"rag_{word.lower()}_fill")
        assert second.find("w:tcPr/w:shd", NS) is None  # only the rating column
    # A board's own colours are used.
    mine = HouseStyle().with_overrides({"rag_amber_fill": "FFBF00"})
    tbl = docx_table(write(performance_paper(), "docx", mine))
    assert tbl.findall(".//w:shd[@w:fill='FFBF00']", NS)


def test_html_colgroup_and_rag_classes() -> None:
    text = write(performance_paper([2, 3, 5]), "html").decode()
    cols = [float(x) for x in re.findall(r'<col class="bw-w\d+" style="width: ([\d.]+)%">', text)]
    assert [round(c) for c in cols] == [20, 30, 50]
    assert text.count('<td class="bw-rag bw-rag-amber">Amber</td>') == 2
    assert f".bw-rag-amber {{ background: #{HouseStyle().rag_amber_fill};" in text
    assert "table-layout: fixed" in text and "overflow-wrap: break-word" in text


def test_markdown_rag_word_marked() -> None:
    text = write(performance_paper(), "md").decode()
    assert "| **Amber** | Commitment 2" in text
    back = read_bytes(text.encode(), "x.md")
    assert [r[0] for r in next(b for b in back.blocks if isinstance(b, Table)).rows][:2] == [
        "Complete",
        "Amber",
    ]


def _luminance(hex_colour: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def test_rag_fills_have_accessible_contrast() -> None:
    style = HouseStyle()
    for key in ("red", "amber", "green", "complete"):
        fill, text = _luminance(style.rag_fill(key)), _luminance(style.text_colour)
        assert (max(fill, text) + 0.05) / (min(fill, text) + 0.05) >= 4.5, key


def test_only_web_links_are_written() -> None:
    paper = sourced_paper()
    paper.ref_info["activity:a1"] = RefInfo("Activity:\n odd", None, "javascript:alert(1)")
    for fmt in ("html", "md"):
        text = write(paper, fmt, with_sources=True).decode()
        assert "javascript" not in text and "Activity: odd" in text


def test_table_widths_keep_short_words_whole() -> None:
    rows = [["Rating", "Commentary"], ["Complete", "a " * 400]]
    widths = table_widths(rows, 2, 1000, char_width=10, padding=10)
    assert sum(widths) == 1000 and widths[0] >= len("Complete") * 10 + 10
    # Given widths are honoured where they leave room for the words.
    assert table_widths(rows, 2, 1000, widths=[3, 7], char_width=1, padding=0) == [300, 700]


def test_html_fragment_colours_come_from_the_app_stylesheet() -> None:
    """The web preview's CSP drops inline styles: the fragment's RAG cells and column widths are
    classes, each defined in the app's stylesheet in the default house colours."""
    from pathlib import Path

    css = (Path(__file__).parents[2] / "web" / "static" / "web" / "app.css").read_text()
    text = write(performance_paper([2, 3, 5]), "html", fragment=True).decode()
    assert "<style" not in text
    for key in ("red", "amber", "green", "complete"):
        fill = getattr(HouseStyle(), f"rag_{key}_fill")
        assert re.search(rf"\.bw-rag-{key} \{{ background: #{fill}; \}}", css), key
    assert '<td class="bw-rag bw-rag-amber">Amber</td>' in text
    for width in re.findall(r'<col class="bw-w(\d+)"', text):
        assert f"col.bw-w{width} {{ width: {width}%; }}" in css


# -- the item column: a commitment named, its details listed under it -----------------------------


def item_paper() -> Paper:
    """A performance table whose first column names each commitment and lists its details."""
    return Paper(
        meta=Meta(title="Performance report"),
        blocks=[
            Heading("Community safety", 2),
            Table(
                ["Commitment", "Rating", "Commentary and trend"],
                [
                    [
                        "Publish guidance on county lines\nLead: Sam Taylor\nDue: 31 March 2024\nStatus: At risk",
                        "Amber",
                        "Draft with the Home Office.\nSince Q3: Green to Amber",
                    ],
                    ["Host webinars on resilience", "Green", "Two held."],
                ],
                widths=[36, 11, 53],
                rag_column=1,
                item_column=0,
            ),
        ],
    )


DETAILS = ["Lead: Sam Taylor", "Due: 31 March 2024", "Status: At risk"]


@pytest.mark.parametrize("for_print", [False, True])
def test_html_item_column_lists_details_under_the_name(for_print: bool) -> None:
    from boardwork.papers.writers import html as html_writer

    text = html_writer.write_text(item_paper(), for_print=for_print)
    cell = re.search(r"<tbody><tr><td>(.*?)</td>", text).group(1)
    name, _, listed = cell.partition("<ul")
    assert name == "Publish guidance on county lines"  # the name is not a list item
    items = re.findall(r"<li>(.*?)</li>", listed)
    # In print the bullet is text hung in the indent (no list marker to lay out); on screen the
    # browser's marker. A one-line cell is never a list; other multi-line cells list every line.
    assert items == ([f"\u2022\u2002{d}" for d in DETAILS] if for_print else DETAILS)
    assert "<td>Two held.</td>" in text
    commentary = re.search(r'bw-rag-amber">Amber</td><td>(.*?)</td>', text).group(1)
    assert len(re.findall(r"<li>", commentary)) == 2


def test_pdf_item_column_bullets_and_no_overprint() -> None:
    data = write(item_paper(), "pdf")
    # Kerned pairs ("Ta" in "Taylor", "Tw") overlap by a point: an overprint covers over a third of
    # the narrower character.
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = [c for p in pdf.pages for c in p.chars if c["text"].strip()]
    for a in chars:
        for b in chars:
            if a is b or not (a["top"] < b["bottom"] - 1 and b["top"] < a["bottom"] - 1):
                continue
            overlap = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            assert overlap < 0.35 * min(a["x1"] - a["x0"], b["x1"] - b["x0"]), (a["text"], b["text"])
    # The first column's text, line by line: the name, then each detail after its bullet.
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        rating = next(w for w in page.extract_words() if w["text"] == "Rating")
        column = page.crop((0, rating["bottom"], rating["x0"] - 2, page.height)).extract_text()
    text = " ".join(column.split())
    assert text.startswith("Commitment Publish guidance on county lines \u2022 Lead: Sam Taylor")
    assert "\u2022 Due: 31 March 2024 \u2022 Status: At risk Host webinars" in text


def test_docx_item_column_name_plain_details_bulleted() -> None:
    tbl = docx_table(write(item_paper(), "docx"))
    first_cell = tbl.findall("w:tr", NS)[1].find("w:tc", NS)
    paras = first_cell.findall("w:p", NS)
    assert [xtext(p) for p in paras] == ["Publish guidance on county lines", *DETAILS]
    numbered = [p.find("w:pPr/w:numPr", NS) is not None for p in paras]
    assert numbered == [False, True, True, True]


def test_markdown_item_column_and_round_trip() -> None:
    paper = item_paper()
    text = write(paper, "md").decode()
    row = next(ln for ln in text.splitlines() if ln.startswith("| Publish"))
    cells = [c.strip() for c in row.strip("|").split(" | ")]
    assert cells[0].split("<br>") == ["Publish guidance on county lines", *(f"\u2022 {d}" for d in DETAILS)]
    assert cells[2].split("<br>") == ["\u2022 Draft with the Home Office.", "\u2022 Since Q3: Green to Amber"]
    back = next(b for b in read_bytes(text.encode(), "x.md").blocks if isinstance(b, Table))
    assert back.rows == paper.blocks[1].rows  # the bullets are the writer's, not the cell's text


def test_item_column_survives_json() -> None:
    table = item_paper().blocks[1]
    again = Paper.from_json(Paper(blocks=[table]).to_json()).blocks[0]
    assert again.item_column == 0 and again.rag_column == 1
