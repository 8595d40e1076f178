"""Generate the PDF reader's fixtures: board papers in house styles other than the LGA samples.

    .venv/bin/python tests/data/pdf/make_fixtures.py

Writes, next to this file:

* `numbered.pdf` — a district-council committee report (WeasyPrint, DejaVu Serif): running header
  with the council name and "Agenda Item 5", footer "Page N of M", "1.1"-style numbered
  paragraphs with hanging indents, a paragraph running over a page break, "(a)" items, bullets
  with a nested level, a bordered table whose cells hold bullets, and automatic hyphenation.
* `two-column.pdf` — a briefing in two columns under a full-width title, with a paragraph that
  runs from the foot of the left column to the top of the right one.
* `cabinet.pdf` — a cabinet report with a ruled cover table (metadata, not body), numbered bold
  headings, first-line indents without paragraph spacing, a table without rules, page numbers.
* `scanned.pdf` — one page that is only an image (no text layer).

The texts are module constants so that the tests can compare the parse with what was put in.
Bad-input PDFs (encrypted, 600 pages, damaged) are built in the tests themselves: they are tiny.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent

COUNCIL = "Northshire District Council"
ITEM = "5"

NUMBERED_TITLE = "Review of Street Trading and Licensing Fees"
NUMBERED_SECTIONS = [
    (
        "Introduction",
        [
            (
                "1.1",
                "This report sets out the outcome of the annual review of street trading consent fees "
                "and the proposed charges for the coming financial year, which the committee is asked "
                "to consider before they are published for consultation.",
            ),
            (
                "1.2",
                "The fees must recover the reasonable costs of administering the regime and may not be "
                "used to raise revenue, so the review compares the income of the last three years with "
                "the cost of processing applications, inspections and enforcement.",
            ),
        ],
    ),
    (
        "Proposals",
        [
            (
                "2.1",
                "Officers propose to keep the annual consent fee for static pitches at its current level "
                "and to introduce a reduced fee for community and charity traders who trade on no more "
                "than twelve days in the year.",
            ),
            (
                "2.2",
                "The proposals take account of the cross-border arrangements agreed with neighbouring "
                "authorities and of the well-established practice of charging a separate fee for "
                "mobile units, which remain responsible for their own waste.",
            ),
            (
                "2.3",
                "Consultation will run for six weeks. Respondents will be asked whether the reduced fee "
                "should apply to all voluntary organisations or only to registered charities, whether "
                "the number of trading days is set at the right level, and whether the arrangements for "
                "paying by instalments should be extended to new applicants as well as to renewals. The "
                "results of the consultation will be reported to the committee in the autumn together "
                "with a final schedule of fees, an equality impact assessment and the views of the "
                "town and parish councils that host markets and events in their areas during the year.",
            ),
        ],
    ),
]
RECOMMENDATION_LEAD = "The committee is recommended to:"
LETTERED = [
    ("a", "approve the draft schedule of fees for consultation;"),
    ("b", "delegate minor changes to the schedule to the Head of Regulatory Services."),
]
BULLET_LEAD = "The review considered evidence from:"
BULLETS = [
    (1, "the licensing team's records of applications and inspections;"),
    (2, "renewals processed online;"),
    (2, "renewals processed on paper;"),
    (1, "a survey of traders carried out in the spring."),
]
TABLE_HEADER = ["Fee category", "Proposed changes"]
TABLE_ROWS = [
    ("Static pitch", ["No change to the annual fee", "Payment by four instalments allowed"]),
    ("Mobile unit", ["Separate waste condition added to every consent issued from April"]),
]
HYPHEN_TITLE = "Enforcement"
HYPHEN_PARAGRAPH = (
    "The enforcement programme concentrates on unauthorised trading near schools, where complaints "
    "have increased, and on the responsibilities of consent holders under the environmental "
    "regulations, including the characteristically intermittent problems of litter and noise "
    "reported by residents."
)

TWO_COL_TITLE = "Community Safety Partnership Briefing"
TWO_COL_SECTIONS = [
    (
        "Anti-social behaviour",
        [
            "Reports of anti-social behaviour fell by eight per cent over the quarter, with the largest "
            "reductions in the town centre where the new patrol pattern began in January.",
            "Partners agreed to review the patrol pattern in the summer, when the evening economy is "
            "busier, and to share the results with ward councillors before the next meeting of the "
            "partnership board.",
        ],
    ),
    (
        "Domestic abuse",
        [
            "The refuge provider reported that demand for places remained high throughout the winter "
            "months, and the partnership has agreed to fund two additional outreach workers from the "
            "prevention grant for the remainder of the year.",
            "A training session for frontline staff on recognising coercive control will be held in "
            "May, and the partnership will publish an updated directory of local support services "
            "at the same time so that staff can refer people quickly and safely.",
        ],
    ),
    (
        "Road safety",
        [
            "Speed checks outside three primary schools found that most drivers kept to the limit, "
            "but the partnership will ask the highways authority to consider further measures near "
            "the junction where most complaints were made.",
            "Volunteers from the community speed watch scheme will continue to carry out checks each month.",
        ],
    ),
    (
        "Next meeting",
        [
            "The partnership board will next meet in July, when it will receive the annual strategic "
            "assessment and agree its priorities for the coming year.",
        ],
    ),
]

CABINET_COVER = [
    ("Report to:", "Cabinet"),
    ("Date of meeting:", "14 October 2023"),
    ("Report of:", "Director of Place"),
    ("Title:", "Community Safety Plan Update"),
]
CABINET_SECTIONS = [
    (
        "1. Introduction",
        [
            "The council continues to monitor the delivery of the plan and reports progress to members "
            "at regular intervals, with particular attention to areas where performance has fallen "
            "below target.",
            "This update covers the first half of the year. It sets out performance against the plan's "
            "indicators, the work carried out with partners, and the areas where further action is "
            "proposed before the end of the year, including the review of the late-night levy.",
            "Short final paragraph of the section.",
        ],
    ),
    ("2. Performance", []),
]
PERFORMANCE_TABLE = [
    ["Indicator", "Target", "Actual"],
    ["Burglary", "120", "98"],
    ["Vehicle crime", "300", "341"],
    ["Criminal damage", "450", "430"],
]
CABINET_AFTER_TABLE = (
    "Vehicle crime remains above target, and a joint operation with the police is planned for the "
    "winter months, when most offences are reported. The operation will be evaluated and the "
    "results reported to the next meeting, together with any changes to the plan that partners "
    "propose in the light of the evaluation and of the views expressed by residents in the survey."
)

_CABINET_CSS = """
@page { size: A4; margin: 25mm 20mm; @bottom-center { content: counter(page); font: 10pt "Liberation Sans"; } }
body { font: 11pt/1.3 "Liberation Serif"; }
h2 { font: bold 11pt "Liberation Serif"; margin: 12pt 0 4pt; }
p { margin: 0; text-indent: 18pt; text-align: justify; }
p.first { text-indent: 0; }
table.cover { border-collapse: collapse; width: 100%; margin-bottom: 10pt; }
table.cover td { border: 0.5pt solid black; padding: 3pt; }
table.plain td { padding: 2pt 24pt 2pt 0; }
.push { height: 500pt; }
"""


def cabinet_html() -> str:
    """A cabinet report: a ruled cover table of label/value rows, numbered bold headings, first-line
    indents with no space between paragraphs, a table without rules, a lone page number footer."""
    cover = "".join(f"<tr><td>{_esc(a)}</td><td>{_esc(b)}</td></tr>" for a, b in CABINET_COVER)
    parts = [f'<table class="cover">{cover}</table>']
    for head, paras in CABINET_SECTIONS:
        parts.append(f"<h2>{_esc(head)}</h2>")
        for k, text in enumerate(paras):
            parts.append(f'<p class="{"first" if k == 0 else ""}">{_esc(text)}</p>')
    rows = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>" for r in PERFORMANCE_TABLE)
    parts.append(f'<table class="plain">{rows}</table>')
    parts.append('<div class="push"></div>')  # the next paragraph starts a new page
    parts.append(f'<p class="first">{_esc(CABINET_AFTER_TABLE)}</p>')
    return (
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<style>{_CABINET_CSS}</style></head><body>{''.join(parts)}</body></html>"
    )


_NUMBERED_CSS = f"""
@page {{
  size: A4; margin: 28mm 22mm 25mm 22mm;
  @top-left {{ content: "{COUNCIL}"; font: 9pt "DejaVu Sans"; }}
  @top-right {{ content: "Agenda Item {ITEM}"; font: bold 9pt "DejaVu Sans"; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 9pt "DejaVu Sans"; }}
}}
body {{ font: 11pt/1.4 "DejaVu Serif"; }}
h1 {{ font: bold 17pt/1.2 "DejaVu Sans"; margin: 0 0 10pt; }}
h2 {{ font: bold 13pt/1.2 "DejaVu Sans"; margin: 14pt 0 6pt; }}
h3 {{ font: bold 11pt/1.2 "DejaVu Serif"; margin: 10pt 0 4pt; }}
p {{ margin: 0 0 7pt; }}
p.n {{ padding-left: 13mm; text-indent: -13mm; }}
p.n span.l {{ display: inline-block; width: 13mm; text-indent: 0; }}
p.hy {{ hyphens: auto; text-align: justify; width: 95mm; }}
ul {{ margin: 0 0 7pt; padding-left: 9mm; }}
li {{ margin: 0 0 3pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 6pt 0 8pt; }}
td, th {{ border: 0.75pt solid black; padding: 3pt 5pt; vertical-align: top; text-align: left; }}
th {{ font-weight: bold; }}
td ul {{ margin: 0; padding-left: 5mm; }}
td li {{ margin: 0; }}
.spacer {{ height: 330pt; }}
"""


def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def numbered_html() -> str:
    parts = [f"<h1>{_esc(NUMBERED_TITLE)}</h1>"]
    for k, (head, paras) in enumerate(NUMBERED_SECTIONS):
        parts.append(f"<h2>{_esc(head)}</h2>")
        for num, text in paras:
            parts.append(f'<p class="n"><span class="l">{num}</span>{_esc(text)}</p>')
        if k == 0:
            # Push section 2 down so that paragraph 2.3 runs over the page break.
            parts.append('<div class="spacer"></div>')
    parts.append("<h2>Recommendations</h2>")
    parts.append(f"<p>{_esc(RECOMMENDATION_LEAD)}</p>")
    for letter, text in LETTERED:
        parts.append(f'<p class="n"><span class="l">({letter})</span>{_esc(text)}</p>')
    parts.append("<h2>Evidence</h2>")
    parts.append(f"<p>{_esc(BULLET_LEAD)}</p>")
    html_list = "<ul>"
    open_sub = False
    for depth, text in BULLETS:
        if depth == 2 and not open_sub:
            html_list = html_list[: -len("</li>")] + "<ul>"
            open_sub = True
        elif depth == 1 and open_sub:
            html_list += "</ul></li>"
            open_sub = False
        html_list += f"<li>{_esc(text)}</li>"
    html_list += "</ul>"
    parts.append(html_list)
    parts.append("<h3>Fee table</h3>")
    rows = "".join(
        f"<tr><td>{_esc(a)}</td><td><ul>{''.join(f'<li>{_esc(x)}</li>' for x in items)}</ul></td></tr>"
        for a, items in TABLE_ROWS
    )
    parts.append(f"<table><tr><th>{TABLE_HEADER[0]}</th><th>{TABLE_HEADER[1]}</th></tr>{rows}</table>")
    parts.append(f"<h2>{_esc(HYPHEN_TITLE)}</h2>")
    parts.append(f'<p class="hy">{_esc(HYPHEN_PARAGRAPH)}</p>')
    return (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{_esc(NUMBERED_TITLE)}'
        f"</title><style>{_NUMBERED_CSS}</style></head><body>{''.join(parts)}</body></html>"
    )


_TWO_COL_CSS = """
@page {
  size: A4; margin: 25mm 18mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "Liberation Sans"; }
  @top-left { content: "Westborough Community Safety Partnership"; font: 8pt "Liberation Sans"; }
}
body { font: 10pt/1.35 "Liberation Sans"; }
h1 { font: bold 20pt/1.2 "Liberation Sans"; margin: 0 0 14pt; }
h2 { font: bold 12pt/1.2 "Liberation Sans"; margin: 0 0 5pt; }
.cols { columns: 2; column-gap: 12mm; }
p { margin: 0 0 8pt; }
.gap { height: 530pt; }
.gap2 { height: 300pt; }
"""


def two_column_html() -> str:
    parts = [f"<h1>{_esc(TWO_COL_TITLE)}</h1>", '<div class="cols">']
    for k, (head, paras) in enumerate(TWO_COL_SECTIONS):
        parts.append(f"<h2>{_esc(head)}</h2>")
        for text in paras:
            parts.append(f"<p>{_esc(text)}</p>")
        if k == 0:
            # Push the second paragraph to the foot of the left column so it runs on at the top of
            # the right one.
            parts.insert(-1, '<div class="gap"></div>')
        if k == 2:
            parts.append('<div class="gap2"></div>')  # fill the page: the last section is on page 2
    parts.append("</div>")
    return (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{_esc(TWO_COL_TITLE)}'
        f"</title><style>{_TWO_COL_CSS}</style></head><body>{''.join(parts)}</body></html>"
    )


def scanned_html() -> str:
    import base64

    from PIL import Image, ImageDraw

    img = Image.new("L", (600, 800), 255)
    d = ImageDraw.Draw(img)
    for y in range(80, 720, 24):  # grey bars standing in for lines of scanned print
        d.rectangle((60, y, 540 - (y * 7) % 120, y + 10), fill=60)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    src = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    return (
        "<!doctype html><html><head><style>@page { size: A4; margin: 0 } img { width: 210mm }</style>"
        f'</head><body><img src="{src}"></body></html>'
    )


def render(markup: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=markup).write_pdf()


def main() -> None:
    for name, make in (
        ("numbered.pdf", numbered_html),
        ("two-column.pdf", two_column_html),
        ("cabinet.pdf", cabinet_html),
        ("scanned.pdf", scanned_html),
    ):
        data = render(make())
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
