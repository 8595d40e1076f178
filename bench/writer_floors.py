"""No-logic baselines for the writers' speed budget (DOCX ≤ 1.5× floor_docx, PDF ≤ 1.5× floor_pdf).

- floor_docx(paper): python-docx writing the same blocks plainly — a paragraph per block, Word's
  heading styles, a plain table — with no numbering, styles, header or footer.
- floor_pdf(html_text): WeasyPrint rendering the given HTML with its defaults (no tags, no variant).
- plain_html(paper): the same blocks as bare HTML (no CSS), the input floor_pdf is meant to get.

bench/report.py imports these; `python bench/writer_floors.py [N]` prints writer-vs-floor timings
for a synthetic paper of about N paragraphs (default 1,500), built by repeating the 2020/21 sample.
"""

from __future__ import annotations

import html as _html
import io
import sys
import time
from pathlib import Path

import docx

from boardwork.papers.document import Heading, ListItem, Paper, Paragraph, Table

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "corpus" / "lga-sscb-end-of-year-2020-21.paper.json"


def floor_docx(paper: Paper) -> bytes:
    doc = docx.Document()
    for b in paper.blocks:
        if isinstance(b, Heading):
            doc.add_heading(b.text, level=min(max(b.level, 1), 9))
        elif isinstance(b, Paragraph | ListItem):
            doc.add_paragraph(b.text)
        elif isinstance(b, Table):
            ncols = max([len(r) for r in b.rows] + [len(b.header or [])] + [1])
            rows = ([b.header] if b.header else []) + b.rows
            t = doc.add_table(rows=len(rows), cols=ncols)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def plain_html(paper: Paper, with_sources: bool = False) -> str:
    """The paper's blocks as bare HTML. With `with_sources`, the same content a paper written with
    its sources carries, at its plainest: each block's source numbers as text after it ("[3, 4]")
    and the numbered list of the records cited (label and date) at the end, with no links."""
    e = _html.escape
    numbers: dict[str, int] = {}

    def cite(refs: list[str]) -> str:
        if not with_sources or not refs:
            return ""
        for ref in refs:
            numbers.setdefault(ref, len(numbers) + 1)
        return " [" + ", ".join(str(numbers[r]) for r in refs) + "]"

    out = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{e(paper.meta.title or '')}</title></head><body>"
    ]
    for b in paper.blocks:
        if isinstance(b, Heading):
            lvl = min(max(b.level, 1), 6)
            out.append(f"<h{lvl}>{e(b.text)}{cite(b.refs)}</h{lvl}>")
        elif isinstance(b, Paragraph | ListItem):
            out.append(f"<p>{e(b.text)}{cite(b.refs)}</p>")
        elif isinstance(b, Table):
            rows = ([b.header] if b.header else []) + b.rows
            out.append(
                "<table>"
                + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
                + "</table>"
                + (f"<p>{cite(b.refs)}</p>" if with_sources and b.refs else "")
            )
    if numbers:
        items = []
        for ref in numbers:
            info = paper.ref_info.get(ref)
            label = info.label if info else ref
            date = f" ({info.date})" if info and info.date else ""
            items.append(f"<li>{e(label)}{e(date)}</li>")
        out.append(f"<h2>Sources</h2><ol>{''.join(items)}</ol>")
    out.append("</body></html>")
    return "".join(out)


def floor_pdf(html_text: str) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=html_text).write_pdf()


def big_paper(paragraphs: int = 1500) -> Paper:
    """The 2020/21 sample repeated (numbers carried on) until it has about `paragraphs` paragraphs."""
    base = Paper.from_json(SAMPLE.read_text(encoding="utf-8"))
    out = Paper(meta=base.meta, blocks=[])
    offset = 0
    count = 0
    while count < paragraphs:
        top = 0
        for b in base.blocks:
            if isinstance(b, Paragraph) and b.number:
                parts = b.number.split(".")
                n = int(parts[0]) + offset
                top = max(top, int(parts[0]))
                out.blocks.append(
                    Paragraph(b.text, ".".join([str(n), *parts[1:]]), refs=[f"activity:{count:08x}"])
                )
                count += 1
            elif isinstance(b, Heading) and b.level == 1 and out.blocks:
                continue
            else:
                out.blocks.append(b)
                if isinstance(b, Paragraph):
                    count += 1
        offset += top
    return out


def best_of(fn, *args, runs: int = 3) -> tuple[float, float]:
    """(best CPU seconds, best wall seconds) over `runs` calls. CPU time is the fair figure on a
    shared machine; wall time is what a user waits."""
    cpu, wall = [], []
    for _ in range(runs):
        c, w = time.process_time(), time.perf_counter()
        fn(*args)
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    return min(cpu), min(wall)


def main(n: int = 1500) -> None:
    from boardwork.papers.writers import docx as docx_writer
    from boardwork.papers.writers import html as html_writer
    from boardwork.papers.writers import pdf as pdf_writer

    paper = big_paper(n)
    paras = sum(isinstance(b, Paragraph) for b in paper.blocks)
    print(f"paper: {len(paper.blocks)} blocks, {paras} paragraphs")
    fd = best_of(floor_docx, paper)
    wd = best_of(docx_writer.write, paper)
    print(
        f"docx: writer {wd[0]:.3f} s cpu ({wd[1]:.3f} wall)  floor {fd[0]:.3f} s cpu ({fd[1]:.3f} wall)  "
        f"ratio {wd[0] / fd[0]:.2f}"
    )
    plain = plain_html(paper)
    floor_pdf(plain)  # warm up fonts
    fp = best_of(floor_pdf, plain, runs=2)
    wp = best_of(pdf_writer.write, paper, runs=2)
    wh = best_of(html_writer.write, paper)
    print(
        f"pdf:  writer {wp[0]:.3f} s cpu ({wp[1]:.3f} wall)  floor {fp[0]:.3f} s cpu ({fp[1]:.3f} wall)  "
        f"ratio {wp[0] / fp[0]:.2f}  (html step {wh[0]:.3f} s)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1500)
