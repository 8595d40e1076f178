"""Writers: DOCX XML (numbering, furniture, properties, comments), HTML, Markdown, PDF, HouseStyle."""

from __future__ import annotations

import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx as python_docx
import pytest
from lxml import etree

from boardwork.papers.document import Contact, Heading, ListItem, Meta, Paper, Paragraph, Table, block_to_dict
from boardwork.papers.readers import read_bytes
from boardwork.papers.style import HouseStyle, HouseStyleError
from boardwork.papers.writers import WRITERS, WriteError, write
from boardwork.papers.writers import docx as docx_writer
from boardwork.papers.writers import html as html_writer
from boardwork.papers.writers import md as md_writer

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "data" / "corpus"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}


def sample(name: str) -> Paper:
    return Paper.from_json((CORPUS / f"{name}.paper.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def p2021() -> Paper:
    return sample("lga-sscb-end-of-year-2020-21")


@pytest.fixture(scope="module")
def p2009() -> Paper:
    return sample("lga-scb-end-of-year-2009")


def parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xml")}


def body_paragraphs(doc_xml: etree._Element) -> list[etree._Element]:
    return doc_xml.findall(".//w:body/w:p", NS)


def ptext(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def blocks(paper: Paper) -> list[dict]:
    return [block_to_dict(b) for b in paper.blocks]


# -- DOCX ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def docx2021(p2021: Paper) -> dict[str, etree._Element]:
    return parts(docx_writer.write(p2021))


def test_docx_numbered_paragraphs_use_word_numbering(p2021: Paper, docx2021) -> None:
    doc = docx2021["word/document.xml"]
    body = body_paragraphs(doc)
    texts = [ptext(p) for p in body]
    at = {}
    pos = 0
    for b in p2021.blocks:  # each Paper paragraph, in order, is a body paragraph with exactly its text
        if isinstance(b, Paragraph):
            pos = texts.index(b.text, pos)
            at[id(b)] = body[pos]
    num_ids = set()
    numbered = [b for b in p2021.blocks if isinstance(b, Paragraph) and b.number]
    assert len(numbered) > 50
    for b in numbered:
        p = at[id(b)]  # no typed "12." in front of the text
        ilvl = p.find("w:pPr/w:numPr/w:ilvl", NS)
        assert ilvl is not None, b.number
        assert int(ilvl.get(f"{W}val")) == b.number.count(".")
        num_ids.add(p.find("w:pPr/w:numPr/w:numId", NS).get(f"{W}val"))
    assert len(num_ids) == 1  # one list: the count carries on across headings
    unnumbered = [b for b in p2021.blocks if isinstance(b, Paragraph) and not b.number]
    for b in unnumbered:
        assert at[id(b)].find("w:pPr/w:numPr", NS) is None

    numbering = docx2021["word/numbering.xml"]
    (num,) = [n for n in numbering.findall("w:num", NS) if n.get(f"{W}numId") in num_ids]
    aid = num.find("w:abstractNumId", NS).get(f"{W}val")
    (absn,) = [a for a in numbering.findall("w:abstractNum", NS) if a.get(f"{W}abstractNumId") == aid]
    lvls = {lv.get(f"{W}ilvl"): lv for lv in absn.findall("w:lvl", NS)}
    assert lvls["0"].find("w:lvlText", NS).get(f"{W}val") == "%1."
    assert lvls["1"].find("w:lvlText", NS).get(f"{W}val") == "%1.%2."
    assert lvls["1"].find("w:numFmt", NS).get(f"{W}val") == "decimal"


def test_docx_headings_table_header_footer_properties(p2021: Paper, docx2021) -> None:
    doc = docx2021["word/document.xml"]
    styles = {ptext(p): p.find("w:pPr/w:pStyle", NS) for p in body_paragraphs(doc)}
    assert styles["Background"].get(f"{W}val") == "Heading2"
    assert styles[p2021.meta.title].get(f"{W}val") == "Heading1"

    (tbl,) = doc.findall(".//w:tbl", NS)
    rows = tbl.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert rows[0].find(".//w:r/w:rPr/w:b", NS) is not None
    assert tbl.find("w:tblPr/w:tblStyle", NS).get(f"{W}val") == "TableGrid"
    table = next(b for b in p2021.blocks if isinstance(b, Table))
    cell = rows[1].findall("w:tc", NS)[1]
    lines = [ptext(p) for p in cell.findall("w:p", NS)]
    assert lines == table.rows[0][1].split("\n")  # each cell line its own (bullet) paragraph
    assert all(p.find("w:pPr/w:numPr", NS) is not None for p in cell.findall("w:p", NS))

    header = next(v for k, v in docx2021.items() if k.startswith("word/header"))
    assert "Safer and Stronger Communities Board" in ptext(header)
    footer = next(v for k, v in docx2021.items() if k.startswith("word/footer"))
    instr = [t.text.strip() for t in footer.iter(f"{W}instrText")]
    assert instr == ["PAGE", "NUMPAGES"]
    assert ptext(footer).startswith("Page ")

    core = docx2021["docProps/core.xml"]
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert core.find(f"{dc}title").text == p2021.meta.title
    assert core.find(f"{dc}subject").text == "Safer and Stronger Communities Board"
    assert core.find(f"{dc}creator").text == "Local Government Association"
    assert core.find(f"{dc}language").text == "en-GB"
    lang = docx2021["word/styles.xml"].find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(f"{W}val") == "en-GB"
    normal = docx2021["word/styles.xml"].find("w:style[@w:styleId='Normal']", NS)
    assert normal.find("w:rPr/w:rFonts", NS).get(f"{W}ascii") == "Arial"


def test_docx_lists_item_contact_and_date(p2009: Paper) -> None:
    x = parts(docx_writer.write(p2009))
    doc, numbering = x["word/document.xml"], x["word/numbering.xml"]
    paras = body_paragraphs(doc)
    assert ptext(paras[0]) == "Item 4"
    assert paras[0].find("w:pPr/w:jc", NS).get(f"{W}val") == "right"
    header = next(v for k, v in x.items() if k.startswith("word/header"))
    assert "13 July 2009" in ptext(header)

    def abstract_for(p):
        nid = p.find("w:pPr/w:numPr/w:numId", NS).get(f"{W}val")
        num = numbering.find(f"w:num[@w:numId='{nid}']", NS)
        aid = num.find("w:abstractNumId", NS).get(f"{W}val")
        return numbering.find(f"w:abstractNum[@w:abstractNumId='{aid}']", NS)

    by_text = {ptext(p): p for p in paras}
    lettered = by_text["consider areas where further progress remains to be made."]
    assert abstract_for(lettered).find("w:lvl/w:numFmt", NS).get(f"{W}val") == "lowerLetter"
    bullet = by_text[next(b.text for b in p2009.blocks if isinstance(b, ListItem) and b.number is None)]
    lvl = abstract_for(bullet).findall("w:lvl", NS)
    # These bullets sit at depth 2 under paragraph 8: a Symbol bullet there, "o" one level deeper.
    assert [lv.find("w:lvlText", NS).get(f"{W}val") for lv in lvl[1:3]] == ["\uf0b7", "o"]
    assert lvl[1].find("w:rPr/w:rFonts", NS).get(f"{W}ascii") == "Symbol"
    assert bullet.find("w:pPr/w:numPr/w:ilvl", NS).get(f"{W}val") == "1"  # depth 2
    assert bullet.find("w:pPr/w:pStyle", NS).get(f"{W}val") == "ListParagraph"

    contact = [ptext(p) for p in paras if ptext(p).startswith("Contact Officer:")]
    assert contact == ["Contact Officer: Liz Hobson, Business Manager"]
    # It follows the Action section.
    texts = [ptext(p) for p in paras]
    assert texts.index(contact[0]) == texts.index("LGA, IDeA and LACORS officers to action as necessary") + 1
    assert doc.find(".//w:hyperlink", NS) is not None


@pytest.mark.parametrize("name", ["lga-sscb-end-of-year-2020-21", "lga-scb-end-of-year-2009"])
def test_docx_round_trip_through_reader(name: str) -> None:
    paper = sample(name)
    back = read_bytes(docx_writer.write(paper), "x.docx")
    assert blocks(back) == blocks(paper)
    assert back.meta == paper.meta


def test_docx_numbers_that_word_would_not_count_are_kept() -> None:
    # Starts at 5, skips 7, sub-numbers, a restart at 3; lettered lists restart after a paragraph.
    paper = Paper(
        meta=Meta(title="Odd numbers", body="Test Board"),
        blocks=[
            Heading("Odd numbers", 1),
            Paragraph("Five.", "5"),
            Paragraph("Six.", "6"),
            Paragraph("Eight.", "8"),
            Paragraph("Eight point two.", "8.2"),
            Paragraph("Eight point three.", "8.3"),
            ListItem("first", "a"),
            ListItem("second", "b"),
            Paragraph("Nine.", "9"),
            ListItem("again first", "a"),
            ListItem("roman one", "i", depth=2),
            ListItem("roman two", "ii", depth=2),
            ListItem("again second", "b"),
            Paragraph("Three.", "3"),
            Paragraph("Four.", "4"),
        ],
    )
    data = docx_writer.write(paper)
    doc = parts(data)["word/document.xml"]
    assert not any(re.match(r"^\s*\d", ptext(p)) for p in body_paragraphs(doc))  # nothing typed
    back = read_bytes(data, "x.docx")
    assert blocks(back) == blocks(paper)


def test_docx_with_sources_adds_comments(p2021: Paper) -> None:
    paper = Paper(meta=p2021.meta, blocks=list(p2021.blocks[:12]))
    paper.blocks[5] = Paragraph(
        paper.blocks[5].text, getattr(paper.blocks[5], "number", None), refs=["activity:3f2a9c"]
    )
    labels = {"activity:3f2a9c": "activity 12 (Domestic abuse webinars)"}
    data = docx_writer.write(paper, with_sources=True, ref_labels=labels)
    x = parts(data)
    comments = x["word/comments.xml"]
    assert ptext(comments) == "activity 12 (Domestic abuse webinars)"
    doc = x["word/document.xml"]
    start = doc.find(".//w:commentRangeStart", NS)
    assert start.getparent().find("w:r/w:t", NS).text == paper.blocks[5].text
    # Without with_sources, no comments part.
    assert "word/comments.xml" not in parts(docx_writer.write(paper))


def test_docx_survives_markup_and_control_characters() -> None:
    nasty = "<script>alert('x')</script> & \x0c form feed \x00 nul"
    paper = Paper(meta=Meta(title=nasty), blocks=[Heading(nasty, 1), Paragraph(nasty, "1")])
    back = read_bytes(docx_writer.write(paper), "x.docx")
    assert back.blocks[1].text.startswith("<script>alert('x')</script> &")


def test_docx_template_keeps_its_styles(tmp_path: Path, p2009: Paper) -> None:
    t = python_docx.Document()
    t.styles["Normal"].font.name = "Georgia"
    t.add_paragraph("Template body text that must go")
    path = tmp_path / "board.docx"
    t.save(path)
    data = docx_writer.write(p2009, HouseStyle(template_docx=str(path)))
    out = python_docx.Document(io.BytesIO(data))
    assert out.styles["Normal"].font.name == "Georgia"
    texts = [p.text for p in out.paragraphs]
    assert "Template body text that must go" not in texts
    assert "End of Year Report" in texts
    # Our numbering was added to the template's numbering definitions.
    back = read_bytes(data, "x.docx")
    assert blocks(back) == blocks(p2009)
    # Bytes work as well as a path, and survive the JSON form.
    style = HouseStyle.from_dict(
        json.loads(json.dumps(HouseStyle(template_docx=path.read_bytes()).to_dict()))
    )
    assert (
        python_docx.Document(io.BytesIO(docx_writer.write(p2009, style))).styles["Normal"].font.name
        == "Georgia"
    )


# -- HTML ----------------------------------------------------------------------------------------


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse_html(text: str) -> _Collect:
    c = _Collect()
    c.feed(text)
    return c


def test_html_is_accessible_and_escaped(p2009: Paper) -> None:
    paper = Paper(
        meta=p2009.meta,
        blocks=[
            *p2009.blocks,
            Paragraph("<script>alert(1)</script> & <b>bold</b>", "11"),
            Table(["A", "B"], [["1", "x\ny"]]),
        ],
    )
    text = html_writer.write_text(paper)
    assert "<script>alert" not in text and "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in text
    c = parse_html(text)
    tags = [t for t, _ in c.tags]
    # The 2009 paper repeats its level-1 title: a second <h1>, marked, so readers see level 1.
    h1s = [a for t, a in c.tags if t == "h1"]
    assert [a.get("id") for a in h1s] == ["title", "end-of-year-report"] and h1s[1]["class"] == "bw-title"
    assert dict(c.tags)["html"]["lang"] == "en-GB"
    assert tags.count("main") == 1 and "title" in tags and "caption" not in tags
    # Tables are named by the heading they follow (no invented caption text).
    ids = {a["id"] for t, a in c.tags if "id" in a}
    labelled = [a.get("aria-labelledby") for t, a in c.tags if t == "table"]
    assert labelled and all(x in ids for x in labelled)
    assert len(ids) == len([a for t, a in c.tags if "id" in a])  # ids are unique
    assert all(a.get("scope") == "col" for t, a in c.tags if t == "th")
    assert "<style>" in text and "@page" in text and "counter(pages)" in text
    assert '<span class="bw-label">8.\t</span>' in text
    # Heading order: never skip a level going down.
    levels = [int(t[1]) for t in tags if re.fullmatch(r"h[1-6]", t)]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_html_sources_links_and_fragment(p2021: Paper) -> None:
    paper = Paper(
        meta=p2021.meta,
        blocks=[Heading("T", 1), Paragraph("Text.", "1", refs=["activity:abc", "commitment:d"])],
    )
    plain = html_writer.write_text(paper)
    assert 'data-refs="activity:abc commitment:d"' in plain and "bw-sources" not in plain.split("</style>")[1]
    # Links alone show nothing: sources are shown only when asked for (the web preview's bug).
    url = lambda r: f"/r/{r}" if r.startswith("activity") else None  # noqa: E731
    assert "bw-sources" not in html_writer.write_text(paper, ref_url=url).split("</style>")[1]
    linked = html_writer.write_text(paper, ref_url=url, with_sources=True)
    assert '<a href="/r/activity:abc"' in linked and '<a href="#bw-src-2"' in linked
    frag = html_writer.write_text(paper, fragment=True)
    assert frag.startswith("<article") and "<style" not in frag and "<html" not in frag


# -- Markdown ------------------------------------------------------------------------------------


def test_markdown_numbers_tables_and_round_trip(p2021: Paper) -> None:
    text = md_writer.write_text(p2021)
    nums = re.findall(r"^(\d+(?:\.\d+)*)\. ", text, flags=re.M)
    assert nums == [b.number for b in p2021.blocks if isinstance(b, Paragraph) and b.number]
    table = next(b for b in p2021.blocks if isinstance(b, Table))
    rows = [r for r in text.splitlines() if r.startswith("| ")]
    assert len(rows) == 2 + len(table.rows)  # header, separator, rows
    assert rows[2].split(" | ")[0] == "| " + table.rows[0][0]
    assert rows[2].count("<br>") == table.rows[0][1].count("\n")
    assert text.startswith("Safer and Stronger Communities Board\n\n## Purpose of report\n\nFor direction.")
    back = read_bytes(text.encode(), "x.md")
    assert blocks(back) == blocks(p2021)


def test_markdown_escapes(p2009: Paper) -> None:
    paper = Paper(meta=Meta(), blocks=[Paragraph("1. not a number"), Paragraph("<b>x</b> *y* [z](u)")])
    text = md_writer.write_text(paper)
    assert "1\\. not a number" in text and "&lt;b>x&lt;/b> \\*y\\* \\[z\\](u)" in text
    back = read_bytes(md_writer.write(p2009), "x.md")
    assert blocks(back) == blocks(p2009) and back.meta == p2009.meta


# -- PDF -----------------------------------------------------------------------------------------


def test_pdf_is_tagged_with_metadata() -> None:
    import pdfplumber

    paper = Paper(
        meta=Meta(
            title="Short paper",
            body="Test Board",
            meeting_date="2021-07-13",
            contact=Contact(name="A. Person"),
        ),
        blocks=[
            Heading("Short paper", 1),
            Heading("Background", 2),
            Paragraph("One.", "1"),
            Paragraph("Two.", "1.1"),
        ],
    )
    data = write(paper, "pdf")
    assert data.startswith(b"%PDF")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert pdf.metadata["Title"] == "Short paper"
        assert pdf.metadata["Author"] == "Local Government Association"
        text = pdf.pages[0].extract_text()
        assert "Test Board" in text and "13 July 2021" in text and "Page 1 of 1" in text and "1.1." in text
        catalog = pdf.doc.catalog
        assert "StructTreeRoot" in catalog and catalog["Lang"] == b"en-GB"


# -- registry and HouseStyle ---------------------------------------------------------------------


def test_registry(p2009: Paper) -> None:
    assert set(WRITERS) == {"docx", "pdf", "html", "md"}
    assert write(p2009, "md").startswith(b"Safer Communities Board")
    with pytest.raises(WriteError, match="unknown output format"):
        write(p2009, "odt")
    with pytest.raises(WriteError, match="no option fragment"):
        write(p2009, "md", fragment=True)
    assert write(p2009, "html", fragment=True).startswith(b"<article")


def test_house_style_round_trip_and_validation() -> None:
    d = HouseStyle.default().to_dict()
    json.dumps(d)
    assert HouseStyle.from_dict(d) == HouseStyle.default()
    s = HouseStyle.default().with_overrides({"heading_colour": "#003366", "body_size_pt": 11})
    assert s.heading_colour == "003366" and s.body_size_pt == 11.0
    with pytest.raises(HouseStyleError, match="unknown house style setting 'heading_color'"):
        HouseStyle.from_dict({"heading_color": "000000"})
    with pytest.raises(HouseStyleError, match="'body_size_pt' must be a number"):
        HouseStyle.from_dict({"body_size_pt": "12"})
    with pytest.raises(HouseStyleError, match="hex colour"):
        HouseStyle.from_dict({"text_colour": "blue"})
    with pytest.raises(HouseStyleError, match="must be one of"):
        HouseStyle.from_dict({"contact_position": "top"})
    with pytest.raises(HouseStyleError, match="list of strings"):
        HouseStyle.from_dict({"section_order": "Summary"})
    with pytest.raises(HouseStyleError, match="true or false"):
        HouseStyle.from_dict({"show_item": 1})
    st = HouseStyle.default()
    assert st.header_lines(Meta(body="X Board", meeting_date="2021-07-13")) == ["X Board", "13 July 2021"]
    assert st.header_lines(Meta(body="X Board")) == ["X Board"]
    action = st.wording("action", board="X Board", cycle="2020/21", next_cycle="2021/22")
    assert "2021/22" in action and "X Board" in action and "{" not in action
    assert (
        HouseStyle(action_template="For {board} by {typo}").wording("action", board="B") == "For B by {typo}"
    )


def test_nested_bullets_docx_glyphs_and_html_nesting() -> None:
    paper = Paper(
        meta=Meta(title="T"),
        blocks=[Heading("T", 1), ListItem("outer"), ListItem("inner", depth=2), ListItem("outer again")],
    )
    x = parts(docx_writer.write(paper))
    paras = body_paragraphs(x["word/document.xml"])
    nid = paras[1].find("w:pPr/w:numPr/w:numId", NS).get(f"{W}val")
    aid = x["word/numbering.xml"].find(f"w:num[@w:numId='{nid}']/w:abstractNumId", NS).get(f"{W}val")
    absn = x["word/numbering.xml"].find(f"w:abstractNum[@w:abstractNumId='{aid}']", NS)
    assert [lv.get(f"{W}val") for lv in absn.findall("w:lvl/w:lvlText", NS)[:2]] == ["\uf0b7", "o"]
    assert blocks(read_bytes(docx_writer.write(paper), "x.docx")) == blocks(paper)
    text = html_writer.write_text(paper, fragment=True)
    assert "<ul><li>outer<ul><li>inner</li></ul></li><li>outer again</li></ul>" in text
    # Bullets indented under a paragraph (depth 2 with no depth-1 parent): real nesting through an
    # unmarked holder item, so any reader counts depth 2.
    text = html_writer.write_text(sample("lga-scb-end-of-year-2009"), fragment=True)
    assert '<ul class="bw-indent"><li class="bw-holder"><ul><li>established new networks' in text


@pytest.mark.parametrize("name", ["lga-scb-end-of-year-2009", "lga-sscb-end-of-year-2020-21"])
def test_html_round_trip_through_reader(name: str) -> None:
    """write → read gives back exactly the Paper written: every block, and the meta, which travels
    in the page's Dublin Core metadata (the masthead is page chrome to a reader)."""
    paper = sample(name)
    data = write(paper, "html")
    head = data.split(b"</head>")[0].decode()
    assert '<meta name="DC.title"' in head and '<meta name="dcterms.audience"' in head
    back = read_bytes(data, "x.html")
    assert blocks(back) == blocks(paper)
    assert back.meta == paper.meta
