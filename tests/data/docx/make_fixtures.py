"""Build the small DOCX fixtures for the Word reader's tests (output committed next to this script).

    .venv/bin/python tests/data/docx/make_fixtures.py [NAME.docx …]

Each file imitates another council house style than the two LGA samples and exercises one area of
the reader: numbering through paragraph styles, list restarts and label formats, bold-only headings,
layout and data tables, page furniture and tracked changes. The numbering definitions are written
as raw WordprocessingML so the tests can assert the numbers Word would show, worked out by hand from
these definitions (see the comments at each paragraph).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
W = nsdecls("w")


# -- helpers --------------------------------------------------------------------------------------


def new_document(title: str, subject: str = "") -> docx.Document:
    doc = docx.Document()
    cp = doc.core_properties
    cp.title = title
    cp.subject = subject
    cp.comments = "Boardwork test fixture (tests/data/docx/make_fixtures.py)"
    cp.author = "Boardwork"
    # Fixed dates so the files are byte-stable between runs (apart from zip timestamps).
    cp.created = cp.modified = dt.datetime(2025, 1, 1, 9, 0, 0)
    cp.last_modified_by = "Boardwork"
    cp.revision = 1
    return doc


def level_xml(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{567 * (ilvl + 1)}" w:hanging="567"/></w:pPr></w:lvl>'
    )


def add_abstract(doc, aid: int, levels: list[str]) -> None:
    numbering = doc.part.numbering_part.element
    el = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{"".join(levels)}'
        "</w:abstractNum>"
    )
    # abstractNum elements must precede the num elements.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)


def add_num(doc, nid: int, aid: int, start_overrides: dict[int, int] | None = None) -> None:
    numbering = doc.part.numbering_part.element
    ov = "".join(
        f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
        for k, v in (start_overrides or {}).items()
    )
    numbering.append(parse_xml(f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>'))


def set_num(paragraph, num_id: int | None, ilvl: int | None) -> None:
    """Direct numbering on a paragraph (either part may be left out, as Word allows)."""
    ppr = paragraph._p.get_or_add_pPr()
    inner = ""
    if ilvl is not None:
        inner += f'<w:ilvl w:val="{ilvl}"/>'
    if num_id is not None:
        inner += f'<w:numId w:val="{num_id}"/>'
    ppr.insert_element_before(parse_xml(f"<w:numPr {W}>{inner}</w:numPr>"), "w:spacing", "w:ind", "w:jc")


def style_num(style, num_id: int | None, ilvl: int | None) -> None:
    ppr = style.element.get_or_add_pPr()
    inner = ""
    if ilvl is not None:
        inner += f'<w:ilvl w:val="{ilvl}"/>'
    if num_id is not None:
        inner += f'<w:numId w:val="{num_id}"/>'
    ppr.append(parse_xml(f"<w:numPr {W}>{inner}</w:numPr>"))


def para(doc_or_cell, text: str = "", style: str | None = None, bold: bool = False):
    p = doc_or_cell.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        if bold:
            r.bold = True
    return p


def raw_runs(paragraph, xml: str) -> None:
    """Append raw run-level XML (fields, tracked changes, hyperlinks…) to a paragraph."""
    el = parse_xml(f"<w:wrap {W} {nsdecls('r')}>{xml}</w:wrap>")
    for child in list(el):
        paragraph._p.append(child)


# -- 1. numbering through paragraph styles ---------------------------------------------------------


def style_numbering() -> docx.Document:
    """Audit-committee style: headings and paragraphs numbered by their STYLES, not direct numPr."""
    doc = new_document("Annual Report of the Audit Committee", "Audit Committee")
    add_abstract(
        doc,
        50,
        [
            level_xml(0, "decimal", "%1.", extra='<w:pStyle w:val="NumHeading"/>'),
            level_xml(1, "decimal", "%1.%2"),
            level_xml(2, "decimal", "%1.%2.%3"),
        ],
    )
    add_num(doc, 50, 50)
    st = doc.styles
    num_heading = st.add_style("Num Heading", WD_STYLE_TYPE.PARAGRAPH)
    num_heading.base_style = st["Heading 2"]
    style_num(num_heading, 50, None)  # level from the lvl's w:pStyle link → 0
    num_para = st.add_style("Num Para", WD_STYLE_TYPE.PARAGRAPH)
    num_para.base_style = st["Normal"]
    style_num(num_para, 50, 1)
    deep = st.add_style("Num Para Deep", WD_STYLE_TYPE.PARAGRAPH)
    deep.base_style = num_para
    style_num(deep, None, 2)  # ilvl only: the numId is inherited through w:basedOn
    plain = st.add_style("Num Para Plain", WD_STYLE_TYPE.PARAGRAPH)
    plain.base_style = num_para  # inherits numId 50, ilvl 1
    sub = st.add_style("Sub Section", WD_STYLE_TYPE.PARAGRAPH)
    sub.base_style = st["Normal"]
    sub.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="2"/>'))
    section = st.add_style("Report Section", WD_STYLE_TYPE.PARAGRAPH)
    section.base_style = st["Heading 2"]  # a heading by inheritance only

    para(doc, "Annual Report of the Audit Committee", "Title")
    para(doc, "Introduction", "Num Heading")  # level 0 → 1 (heading; the number is not shown)
    para(doc, "This report summarises the work of the committee during the year.", "Num Para")  # 1.1
    para(doc, "The committee met four times.", "Num Para")  # 1.2
    para(doc, "In May the committee reviewed the draft accounts.", "Num Para Deep")  # 1.2.1
    para(doc, "In July the committee approved the accounts.", "Num Para Deep")  # 1.2.2
    para(doc, "Members noted the external auditor's opinion.", "Num Para Plain")  # 1.3
    para(doc, "Findings", "Num Heading")  # level 0 → 2
    para(doc, "Internal audit completed most of the planned reviews.", "Num Para")  # 2.1
    p = para(doc, "An unnumbered note follows the findings.", "Num Para")
    set_num(p, 0, None)  # numId 0 switches the style's numbering off
    para(doc, "External audit raised no significant issues.", "Num Para")  # 2.2
    para(doc, "Risk", "Sub Section")  # heading by outline level 2 → level 3
    para(doc, "Risks were reviewed at every meeting.", "Num Para")  # 2.3
    para(doc, "Conclusion", "Report Section")  # heading, level 2 via basedOn
    para(doc, "The committee is satisfied with the control environment.", "Num Para")  # 2.4
    return doc


# -- 2. list formats and restarts --------------------------------------------------------------------


def list_formats() -> docx.Document:
    """Treasury-strategy style: (a)/(i) sub-levels, restarts by startOverride, isLgl, lvlRestart."""
    doc = new_document("Treasury Management Strategy", "Finance and Resources Committee")
    add_abstract(
        doc,
        60,
        [
            level_xml(0, "decimal", "%1."),
            level_xml(1, "lowerLetter", "(%2)"),
            level_xml(2, "lowerRoman", "(%3)"),
            level_xml(3, "upperLetter", "%4."),
        ],
    )
    add_num(doc, 60, 60)
    add_num(doc, 61, 60, {0: 1})  # same abstract, restarts at 1
    add_num(doc, 62, 60, {0: 10})  # same abstract, jumps to 10
    add_abstract(
        doc,
        61,
        [
            level_xml(0, "decimal", "%1."),
            level_xml(1, "decimal", "%1.%2.", extra='<w:lvlRestart w:val="0"/>'),
        ],
    )
    add_num(doc, 65, 61)
    add_abstract(
        doc,
        62,
        [level_xml(0, "upperRoman", "%1."), level_xml(1, "decimal", "%1.%2", extra="<w:isLgl/>")],
    )
    add_num(doc, 66, 62)
    add_abstract(doc, 63, [level_xml(0, "lowerLetter", "%1)")])
    add_num(doc, 63, 63)
    add_abstract(
        doc,
        64,
        [
            level_xml(0, "bullet", "\uf0b7", extra=""),
            level_xml(1, "bullet", "o"),
        ],
    )
    add_num(doc, 67, 64)
    add_abstract(doc, 65, [level_xml(0, "decimalZero", "%1.", start=9)])
    add_num(doc, 68, 65)

    def n(text, num_id, ilvl):
        p = para(doc, text)
        set_num(p, num_id, ilvl)

    para(doc, "Treasury Management Strategy", "Heading 1")
    para(doc, "Recommendations", "Heading 2")
    para(doc, "The Committee is asked to:")
    n("approve the strategy for the coming year;", 63, 0)  # a)
    n("note the prudential indicators.", 63, 0)  # b)
    para(doc, "Background", "Heading 2")
    n("The strategy sets out how the council will manage its cash.", 60, 0)  # 1
    n("It covers investments, which must be secure,", 60, 1)  # (a)
    n("with a limit for each counterparty,", 60, 2)  # (i)
    n("and a limit for each sector;", 60, 2)  # (ii)
    n("and borrowing, which must be affordable,", 60, 1)  # (b)
    n("within the authorised limit.", 60, 2)  # (i): level 2 restarts after level 1
    n("The strategy is reviewed each year.", 60, 0)  # 2
    n("Reviews take place in the autumn.", 60, 1)  # (a): level 1 restarts after level 0
    para(doc, "Borrowing", "Heading 2")
    n("No new borrowing is planned.", 60, 0)  # 3: the list carries on across headings
    n("A separate list restarts here.", 61, 0)  # 1: numId 61 has startOverride 1
    n("Its second item.", 61, 0)  # 2
    n("Back on the first instance.", 60, 0)  # 3: one counter per abstract, shared by 60 and 61
    n("A list instance that starts at ten.", 62, 0)  # 10
    n("The shared count continues.", 60, 0)  # 11
    n("A fourth-level item.", 60, 3)  # A. (levels 1-2 unused)
    para(doc, "Prudential indicators", "Heading 2")
    n("The authorised limit.", 65, 0)  # 1
    n("External debt.", 65, 1)  # 1.1
    n("Other liabilities.", 65, 1)  # 1.2
    n("The operational boundary.", 65, 0)  # 2
    n("Debt within the boundary.", 65, 1)  # 2.3: lvlRestart 0, level 1 never restarts
    para(doc, "Annexes", "Heading 2")
    n("Investment annex.", 66, 0)  # I
    n("Legal-numbered detail.", 66, 1)  # 1.1: isLgl shows the Roman level in decimals
    n("Borrowing annex.", 66, 0)  # II
    n("More legal-numbered detail.", 66, 1)  # 2.1
    n("A bullet point.", 67, 0)  # bullet, depth 1
    n("A sub-bullet.", 67, 1)  # bullet, depth 2
    n("Zero-padded paragraph.", 68, 0)  # 09
    n("Next zero-padded paragraph.", 68, 0)  # 10
    return doc


# -- 3. bold-only headings and typed labels -------------------------------------------------------------


def bold_headings() -> docx.Document:
    """District-council style: no heading styles at all; headings are bold lines, numbers typed."""
    doc = new_document("Housing Allocations Policy Review", "Cabinet")
    p = para(doc, "Item 7", bold=True)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(doc, "Housing Allocations Policy Review", bold=True)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].font.size = Pt(16)
    para(doc, "Purpose of the report", bold=True)
    para(doc, "To ask Cabinet to approve the revised housing allocations policy.")
    para(doc, "Recommendations", bold=True)
    para(doc, "That Cabinet:")
    para(doc, "1.\tApproves the revised policy.")
    para(doc, "2.\tDelegates minor changes to the Director of Housing.")
    para(doc, "Members are invited to consider the options set out below:", bold=True)
    p = para(doc, "The ")
    p.add_run("Appendix").bold = True
    p.add_run(" sets out the consultation responses.")
    para(doc, "This bold sentence ends with a full stop.", bold=True)
    para(doc, "Consultation", bold=True)
    para(doc, "3.\tThe consultation ran for twelve weeks.")
    para(doc, "(a) residents were consulted online;")
    para(doc, "(b) partners were consulted at a workshop.")
    para(doc, "\u2022\tA typed bullet point.")
    para(doc, "4.1 Responses were broadly supportive.")
    p = para(doc, "Contact officer: ", bold=True)
    p.add_run("Jane Smith, Housing Manager")
    p = para(doc, "Tel: ", bold=True)
    p.add_run("01234 567890\t")
    p.add_run("Email: ").bold = True
    p.add_run("jane.smith@example.gov.uk")
    return doc


# -- 4. tables ---------------------------------------------------------------------------------------


def _cell_bullets(cell, lines: list[str], num_id: int) -> None:
    cell.paragraphs[0].text = lines[0]
    set_num(cell.paragraphs[0], num_id, 0)
    for line in lines[1:]:
        p = cell.add_paragraph(line)
        set_num(p, num_id, 0)


def tables() -> docx.Document:
    """Borough style: a cover layout grid, a one-cell box, a merged-cell budget table, a nested table."""
    doc = new_document("Library Services Review", "Cabinet")
    cover = doc.add_table(rows=4, cols=2)
    for row, (label, value) in zip(
        cover.rows,
        [
            ("Report to:", "Cabinet"),
            ("Date of meeting:", "8 September 2021"),
            ("Report title:", "Library Services Review"),
            ("Wards affected:", "All wards"),
        ],
        strict=True,
    ):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].text = value

    para(doc, "Summary", "Heading 2")
    box = doc.add_table(rows=1, cols=1)
    box.style = doc.styles["Table Grid"]
    box.cell(0, 0).text = "Key message: every library will stay open."
    para(doc, "The review proposes longer opening hours at the central library.")

    para(doc, "Budget", "Heading 2")
    budget = doc.add_table(rows=5, cols=3)
    budget.style = doc.styles["Table Grid"]
    for c, text in enumerate(["Service", "2021/22", "2022/23"]):
        budget.cell(0, c).paragraphs[0].add_run(text).bold = True
    for c, text in enumerate(["Libraries", "£1.2m", "£1.1m"]):
        budget.cell(1, c).text = text
    museums = budget.cell(2, 0).merge(budget.cell(3, 0))  # vertical merge
    museums.text = "Museums"
    for c, text in ((1, "£0.4m"), (2, "£0.3m")):
        budget.cell(2, c).text = text
    for c, text in ((1, "£0.1m"), (2, "£0.1m")):
        budget.cell(3, c).text = text
    spanned = budget.cell(4, 0).merge(budget.cell(4, 1))  # horizontal merge (gridSpan 2)
    spanned.text = "Not yet allocated"
    budget.cell(4, 2).text = "£0.2m"

    para(doc, "Delivery", "Heading 2")
    add_abstract(doc, 70, [level_xml(0, "bullet", "\uf0b7")])
    add_num(doc, 70, 70)
    plan = doc.add_table(rows=2, cols=2)
    plan.style = doc.styles["Table Grid"]
    head = plan.rows[0]
    head._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
    head.cells[0].text = "Workstream"
    head.cells[1].text = "Actions"
    plan.cell(1, 0).text = "Opening hours"
    cell = plan.cell(1, 1)
    _cell_bullets(cell, ["Consult library users", "Agree new rotas"], 70)
    cell.add_paragraph("Milestones:")
    inner = cell.add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "Q1"
    inner.cell(0, 1).text = "Consultation"
    inner.cell(1, 0).text = "Q2"
    inner.cell(1, 1).text = "Decision"
    cell.add_paragraph("")  # Word requires a paragraph after a nested table
    return doc


# -- 5. page furniture, fields and tracked changes -------------------------------------------------------


def furniture() -> docx.Document:
    """Committee style with running header, "Page X of Y" footer, fields, revisions and controls."""
    doc = new_document("Internal Audit Progress Report", "Audit and Governance Committee")
    section = doc.sections[0]
    h = section.header.paragraphs[0]
    h.text = "Audit and Governance Committee"
    section.header.add_paragraph("21 March 2022")
    f = section.footer.paragraphs[0]
    f.add_run("Page ")
    raw_runs(
        f,
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> of </w:t></w:r>'
        '<w:fldSimple w:instr=" NUMPAGES \\* MERGEFORMAT "><w:r><w:t>2</w:t></w:r></w:fldSimple>',
    )

    # A table of contents in a content control, as Word inserts it: navigation, not body.
    toc = parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>Contents</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Internal Audit Progress Report</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>1</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    doc.element.body.insert(0, toc)

    para(doc, "Internal Audit Progress Report", "Heading 1")
    p = para(doc, "The audit plan was ")
    raw_runs(
        p,
        '<w:ins w:id="1" w:author="A" w:date="2022-03-01T00:00:00Z"><w:r><w:t>approved</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="A" w:date="2022-03-01T00:00:00Z"><w:r><w:delText>rejected</w:delText></w:r></w:del>'
        '<w:r><w:t xml:space="preserve"> in March.</w:t></w:r>',
    )
    p = para(doc, "See the ")
    rid = doc.part.relate_to("https://www.example.gov.uk/audit", RT.HYPERLINK, is_external=True)
    raw_runs(
        p,
        f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:t>council website</w:t></w:r></w:hyperlink>'
        '<w:r><w:t xml:space="preserve"> for the full plan.</w:t></w:r>',
    )
    p = para(doc, "Temporary accom")
    raw_runs(
        p,
        "<w:r><w:softHyphen/><w:t>modation</w:t></w:r>"
        '<w:r><w:t xml:space="preserve"> was reviewed</w:t></w:r><w:r><w:tab/><w:t>in</w:t><w:br/>'
        "<w:t>two stages</w:t></w:r>"
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (hidden drafting note)</w:t></w:r>'
        "<w:r><w:t>.</w:t></w:r>",
    )
    p = para(doc, "As set out in paragraph ")
    raw_runs(
        p,
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref1 \\r \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> above, follow-up work is under way in </w:t></w:r>'
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place"><w:r><w:t>Leeds</w:t></w:r></w:smartTag>'
        '<w:sdt><w:sdtPr><w:alias w:val="Status"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve"> and York</w:t></w:r>'
        "</w:sdtContent></w:sdt><w:r><w:t>.</w:t></w:r>",
    )
    control = parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="Summary"/></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>Text inside a content control is part of the paper.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    doc.element.body.insert(len(doc.element.body) - 1, control)  # before the final sectPr
    return doc


# -- 6. localised styles and text boxes ---------------------------------------------------------------


def localised() -> docx.Document:
    """A Welsh-language template: localised heading names and ids, a cover text box."""
    doc = new_document("Adroddiad Blynyddol", "Pwyllgor Archwilio")
    styles = doc.styles.element
    styles.append(
        parse_xml(
            f'<w:style {W} w:type="paragraph" w:styleId="Pennawd1"><w:name w:val="Pennawd 1"/>'
            '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
        )
    )
    styles.append(
        parse_xml(
            f'<w:style {W} w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/>'
            '<w:basedOn w:val="Normal"/></w:style>'
        )
    )
    styles.append(  # a heading style demoted to body text by outline level 9
        parse_xml(
            f'<w:style {W} w:type="paragraph" w:styleId="LeadIn"><w:name w:val="Lead In"/>'
            '<w:basedOn w:val="Heading2"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>'
        )
    )
    p = para(doc, "")
    raw_runs(
        p,
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:200pt;height:40pt">'
        "<v:textbox><w:txbxContent><w:p><w:r><w:t>Text in a text box is kept.</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>",
    )
    for style_id, text in (
        ("Pennawd1", "Adroddiad Blynyddol"),  # localised name and id: "Pennawd 1" → level 1
        ("Titre2", "Cefndir"),  # built-in name "heading 2" under a localised id
        ("LeadIn", "A lead-in paragraph in a style based on a heading."),  # outline level 9: body
    ):
        p = para(doc, text)
        p._p.get_or_add_pPr().insert(0, parse_xml(f'<w:pStyle {W} w:val="{style_id}"/>'))
    return doc


FIXTURES = {
    "localised.docx": localised,
    "style-numbering.docx": style_numbering,
    "list-formats.docx": list_formats,
    "bold-headings.docx": bold_headings,
    "tables.docx": tables,
    "furniture.docx": furniture,
}


def main(names: list[str]) -> None:
    """Write the named fixtures (all when none are named); zip timestamps differ on every run."""
    for name, build in FIXTURES.items():
        if names and name not in names:
            continue
        build().save(HERE / name)
        print("wrote", HERE / name)


if __name__ == "__main__":
    main(sys.argv[1:])
