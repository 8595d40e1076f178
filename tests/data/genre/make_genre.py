"""Build papers in house styles other than the samples', each with its answer key.

The answer key (`<name>.paper.json`) is the content written here by hand; the files are rendered
from it by renderers that share no code with Boardwork's writers — python-docx with numbering
through a paragraph style and bold-only headings, LibreOffice for the PDF, pdftotext for a degraded
text copy, and a council-website HTML page with navigation and a cookie banner. They measure how
the readers do on the genre rather than on the two samples.

    .venv/bin/python tests/data/genre/make_genre.py   (needs soffice and pdftotext for pdf/txt)
"""

import json
import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

FIRE = {
    "meta": {
        "title": "Annual Report on Prevention and Protection Activity 2022/23",
        "body": "Exampleshire Fire Authority",
        "meeting_date": "2023-06-21",
        "item": "9",
        "purpose": None,
        "contact": {
            "name": "Sarah Jones",
            "role": "Head of Prevention",
            "phone": "01632 960123",
            "email": "sarah.jones@exampleshire-fire.gov.uk",
        },
    },
    "blocks": [
        ("h", 1, "Annual Report on Prevention and Protection Activity 2022/23"),
        ("h", 2, "Purpose of report"),
        (
            "p",
            None,
            "To update Members on the prevention and protection activity delivered by the Service during 2022/23 and to seek approval of the priorities for 2023/24.",
        ),
        ("h", 2, "Recommendations"),
        ("p", None, "That the Authority:"),
        ("li", "a", "notes the prevention and protection activity set out in this report;"),
        ("li", "b", "approves the priorities for 2023/24 set out in the table at paragraph 11."),
        ("h", 2, "Background"),
        (
            "p",
            "1",
            "The Authority approved its Community Risk Management Plan in March 2022. The plan commits the Service to reducing accidental dwelling fires by targeting home fire safety visits at those most at risk.",
        ),
        (
            "p",
            "2",
            "This report sets out what the Service delivered against those commitments during the year, working with district councils, the police and the voluntary sector.",
        ),
        ("h", 2, "Prevention"),
        (
            "p",
            "3",
            "Crews and advocates completed 9,412 safe and well visits in 2022/23, an increase of 14 per cent on the previous year. Two thirds of visits were to households referred by partner agencies.",
        ),
        (
            "p",
            "4",
            "In October the Service launched a joint campaign with the Exampleshire Safeguarding Adults Board on hoarding and fire risk. The campaign included:",
        ),
        ("li", None, "a multi-agency hoarding protocol adopted by all six district councils;"),
        ("li", None, "training for 240 social care staff on recognising fire risk;"),
        ("li", None, "a short film shown on local television and social media."),
        (
            "p",
            "5",
            "Road safety education reached 11,000 young people through the Safe Drive Stay Alive programme delivered with Exampleshire Police and the ambulance trust.",
        ),
        ("h", 2, "Protection"),
        (
            "p",
            "6",
            "Fire safety inspectors completed 1,206 audits of high-risk premises. Enforcement notices were served on 37 premises and two prosecutions were concluded successfully.",
        ),
        (
            "p",
            "7",
            "The Service responded to 412 building regulations consultations within the statutory timescale and contributed to the Home Office consultation on emergency evacuation information sharing.",
        ),
        ("h", 3, "Building Safety Act 2022"),
        (
            "p",
            "8",
            "Officers have prepared for the new building safety regime, working with the Health and Safety Executive and the National Fire Chiefs Council on the arrangements for the Building Safety Regulator.",
        ),
        (
            "p",
            "9",
            "Two inspectors have been seconded to the multi-disciplinary team for the region, and all high-rise residential buildings in the county have been visited and their information recorded.",
        ),
        ("h", 2, "Priorities for 2023/24"),
        (
            "p",
            "10",
            "The priorities below build on this year's work and reflect the feedback received from Members at the strategy workshop in February.",
        ),
        ("p", "11", "The proposed priorities are:"),
        (
            "t",
            ["Priority", "Actions", "Lead"],
            [
                [
                    "Reduce accidental dwelling fires",
                    "Target visits at people over 65 living alone\nExtend the hoarding protocol to housing associations",
                    "Head of Prevention",
                ],
                [
                    "Protect high-risk buildings",
                    "Complete the risk-based inspection programme\nSupport the Building Safety Regulator",
                    "Head of Protection",
                ],
                [
                    "Road safety",
                    "Deliver Safe Drive Stay Alive to every secondary school",
                    "Group Manager, Community Safety",
                ],
            ],
        ),
        ("h", 2, "Financial implications"),
        (
            "p",
            "12",
            "All activity in this report has been delivered within the approved budget. The secondments to the Building Safety Regulator are funded by the Home Office.",
        ),
        ("h", 2, "Equality implications"),
        (
            "p",
            "13",
            "An equality impact assessment of the targeting of home visits was completed in September and found no adverse impact on any protected group.",
        ),
    ],
}


CABINET = {
    "cover": [
        ("Report to", "Cabinet"),
        ("Date of meeting", "8 February 2024"),
        ("Report of", "Director of Communities"),
        ("Title", "Community Safety Partnership Plan: Annual Review"),
        ("Agenda item", "6"),
        ("Wards affected", "All wards"),
    ],
    "meta": {
        "title": "Community Safety Partnership Plan: Annual Review",
        "body": "Cabinet",
        "meeting_date": "2024-02-08",
        "item": "6",
        "purpose": None,
        "contact": {
            "name": "Daniel Okoro",
            "role": "Community Safety Manager",
            "phone": "01234 567890",
            "email": "daniel.okoro@northvale.gov.uk",
        },
    },
    "blocks": [
        ("h", 1, "Community Safety Partnership Plan: Annual Review"),
        ("h", 2, "Summary"),
        (
            "p",
            "1",
            "This report reviews the first year of the Northvale Community Safety Partnership Plan 2023-2026 and sets out the partnership's priorities for the coming year.",
        ),
        ("h", 2, "Recommendation"),
        (
            "p",
            "2",
            "That Cabinet notes the progress made by the partnership and endorses the priorities for 2024/25.",
        ),
        ("h", 2, "Reasons for the recommendation"),
        (
            "p",
            "3",
            "The Crime and Disorder Act 1998 requires the Council and its partners to prepare a plan to reduce crime and disorder and to review it each year.",
        ),
        ("h", 2, "Progress in 2023/24"),
        (
            "p",
            "4",
            "Anti-social behaviour reported to the police fell by 11 per cent. The Council's neighbourhood wardens and Northvale Police ran joint patrols in the town centre every weekend from May to September.",
        ),
        (
            "p",
            "5",
            "The partnership commissioned a domestic abuse needs assessment from the University of Northvale, which reported in November. Its recommendations have shaped the new safe accommodation strategy.",
        ),
        (
            "p",
            "6",
            "Officers responded to the Home Office consultation on anti-social behaviour powers in June, supporting the proposal to raise the fines for fly-tipping and graffiti.",
        ),
        (
            "p",
            "7",
            "Twelve licensed premises took part in the Ask for Angela scheme after training delivered with Northvale Pubwatch.",
        ),
        ("h", 2, "Priorities for 2024/25"),
        (
            "p",
            "8",
            "The partnership proposes to keep its three priorities and to add serious violence, following the new duty on councils:",
        ),
        ("li", None, "anti-social behaviour and neighbourhood crime;"),
        ("li", None, "domestic abuse and violence against women and girls;"),
        ("li", None, "exploitation of children and vulnerable adults;"),
        ("li", None, "serious violence."),
        ("h", 2, "Financial implications"),
        (
            "p",
            "9",
            "The plan is delivered within existing budgets and the Police and Crime Commissioner's community safety grant of £148,000 for 2024/25.",
        ),
        ("h", 2, "Legal implications"),
        (
            "p",
            "10",
            "The Council is a responsible authority under section 5 of the Crime and Disorder Act 1998.",
        ),
    ],
}


def paper_json(spec) -> dict:
    blocks = []
    for b in spec["blocks"]:
        if b[0] == "h":
            blocks.append({"type": "heading", "level": b[1], "text": b[2]})
        elif b[0] == "p":
            blocks.append({"type": "paragraph", "number": b[1], "text": b[2]})
        elif b[0] == "li":
            blocks.append({"type": "list_item", "number": b[1], "depth": 1, "text": b[2]})
        else:
            blocks.append({"type": "table", "header": b[1], "rows": b[2]})
    return {"schema": "boardwork.paper/1", "meta": spec["meta"], "blocks": blocks}


# -- DOCX in another house style ---------------------------------------------------------------

NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="{aid}">
<w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>
<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>{rpr}</w:lvl></w:abstractNum>"""


def _add_numbering(doc, aid, fmt, text, symbol=False):
    from docx.oxml import parse_xml

    numbering = doc.part.numbering_part.element
    rpr = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>' if symbol else ""
    absn = parse_xml(NUMBERING.format(aid=aid, fmt=fmt, text=text, rpr=rpr))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(
        f'<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="{aid + 100}">'
        f'<w:abstractNumId w:val="{aid}"/></w:num>'
    )
    numbering.append(num)
    return aid + 100


def _num_pr(num_id, ilvl=0):
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(lvl)
    numpr.append(nid)
    return numpr


def _field(run, instr):
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)


def render_docx(spec, path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(12)
    # Numbered paragraphs get their numbers through a paragraph style, as many councils' templates do.
    para_num = _add_numbering(doc, 20, "decimal", "%1.")
    letters = _add_numbering(doc, 21, "lowerLetter", "(%1)")
    bullets = _add_numbering(doc, 22, "bullet", "\uf0b7", symbol=True)
    style = doc.styles.add_style("Report Para", 1)
    style.base_style = normal
    style.element.get_or_add_pPr().append(_num_pr(para_num))
    meta = spec["meta"]
    section = doc.sections[0]
    section.header.paragraphs[0].text = spec.get("header", f"{meta['body']} – 21 June 2023")
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    _field(fp.add_run(), "PAGE")
    fp.add_run(" of ")
    _field(fp.add_run(), "NUMPAGES")
    if spec.get("cover"):
        # A two-column layout table of cover facts, as most council report templates have.
        cover = doc.add_table(rows=len(spec["cover"]), cols=2)
        for row, (label, value) in zip(cover.rows, spec["cover"], strict=True):
            row.cells[0].paragraphs[0].add_run(f"{label}:").bold = True
            row.cells[1].paragraphs[0].text = value
    else:
        p = doc.add_paragraph(f"Agenda Item {meta['item']}")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for b in spec["blocks"]:
        if b[0] == "h":
            p = doc.add_paragraph()
            r = p.add_run(b[2])
            r.bold = True
            r.font.size = Pt(16 if b[1] == 1 else 13 if b[1] == 2 else 12)
            if b[1] == 3:
                r.italic = True
        elif b[0] == "p":
            p = doc.add_paragraph(b[2], style="Report Para" if b[1] else None)
        elif b[0] == "li":
            p = doc.add_paragraph(b[2])
            p._p.get_or_add_pPr().append(_num_pr(letters if b[1] else bullets))
        else:
            header, rows = b[1], b[2]
            table = doc.add_table(rows=1 + len(rows), cols=len(header))
            table.style = "Table Grid"
            for i, h in enumerate(header):
                cell = table.rows[0].cells[i]
                cell.paragraphs[0].add_run(h).bold = True
            for r, row in enumerate(rows, start=1):
                for i, value in enumerate(row):
                    cell = table.rows[r].cells[i]
                    lines = value.split("\n")
                    cell.paragraphs[0].text = lines[0]
                    for line in lines[1:]:
                        cell.add_paragraph(line)
    c = meta["contact"]
    doc.add_paragraph(f"Contact officer: {c['name']}, {c['role']}")
    doc.add_paragraph(f"Telephone: {c['phone']}   Email: {c['email']}")
    doc.core_properties.title = meta["title"]
    doc.save(path)


# -- a council-website HTML page ----------------------------------------------------------------


def render_html(spec, path):
    meta = spec["meta"]
    out = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(meta['title'])} | {escape(meta['body'])}</title>",
        "<style>body{font-family:sans-serif}</style><script>window.dataLayer=[];</script></head><body>",
        "<div id='cookie-banner' class='cookie-banner'><p>We use cookies to make this site work.</p><button>Accept all cookies</button></div>",
        "<header role='banner'><a href='/'>Exampleshire Fire and Rescue</a><nav><ul><li><a href='/about'>About us</a></li><li><a href='/meetings'>Meetings</a></li></ul></nav></header>",
        "<main><article>",
    ]
    if spec.get("cover"):
        out.append(
            "<table class='cover'>"
            + "".join(
                f"<tr><th scope='row'>{escape(k)}:</th><td>{escape(v)}</td></tr>" for k, v in spec["cover"]
            )
            + "</table>"
        )
    else:
        out.append(f"<p class='meta'>{escape(meta['body'])} – 21 June 2023 – Agenda item {meta['item']}</p>")
    blocks = spec["blocks"]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "h":
            out.append(f"<h{b[1]}>{escape(b[2])}</h{b[1]}>")
        elif b[0] == "p" and b[1]:
            # Numbered paragraphs as an ordered list item each, with explicit values.
            out.append(f"<ol class='paras'><li value='{b[1]}'>{escape(b[2])}</li></ol>")
        elif b[0] == "p":
            out.append(f"<p>{escape(b[2])}</p>")
        elif b[0] == "li":
            kind = "a" if b[1] else None
            items = []
            while (
                i < len(blocks) and blocks[i][0] == "li" and (blocks[i][1] is not None) == (kind is not None)
            ):
                items.append(f"<li>{escape(blocks[i][2])}</li>")
                i += 1
            out.append(f"<ol type='a'>{''.join(items)}</ol>" if kind else f"<ul>{''.join(items)}</ul>")
            continue
        else:
            head = "".join(f"<th scope='col'>{escape(h)}</th>" for h in b[1])
            body = "".join(
                "<tr>"
                + "".join("<td>" + "<br>".join(escape(x) for x in cell.split("\n")) + "</td>" for cell in row)
                + "</tr>"
                for row in b[2]
            )
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        i += 1
    c = meta["contact"]
    out += [
        f"<p>Contact officer: {escape(c['name'])}, {escape(c['role'])}</p>",
        f"<p>Telephone: {escape(c['phone'])} Email: <a href='mailto:{c['email']}'>{escape(c['email'])}</a></p>",
        "</article></main><footer role='contentinfo'><p>© Exampleshire Fire and Rescue Service</p><a href='/privacy'>Privacy</a></footer>",
        "<script src='/js/site.js'></script></body></html>",
    ]
    path.write_text("\n".join(out), encoding="utf-8")


def main():
    CABINET["header"] = "Northvale District Council"
    for name, spec in (
        ("exampleshire-fire-prevention-2022-23", FIRE),
        ("northvale-cabinet-csp-review-2024", CABINET),
    ):
        render_all(name, spec)
    print("written to", HERE)


def render_all(name, spec):
    (HERE / f"{name}.paper.json").write_text(
        json.dumps(paper_json(spec), indent=1, ensure_ascii=False) + "\n"
    )
    docx_path = HERE / f"{name}.docx"
    render_docx(spec, docx_path)
    render_html(spec, HERE / f"{name}.html")
    if shutil.which("soffice") and shutil.which("pdftotext"):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
                check=True,
                capture_output=True,
            )
            pdf = HERE / f"{name}.pdf"
            shutil.copy(Path(tmp) / f"{name}.pdf", pdf)
        # A degraded text copy, as pdftotext's layout mode exports it (page furniture included).
        subprocess.run(["pdftotext", "-layout", str(pdf), str(HERE / f"{name}.txt")], check=True)


if __name__ == "__main__":
    main()
