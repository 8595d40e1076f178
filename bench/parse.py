"""Reader speed: Boardwork's readers against no-logic floors, in pages per second.

    .venv/bin/python bench/parse.py [--runs N] [--pages P] [--no-big] [--cpu]
    .venv/bin/python bench/parse.py --phases [--runs N]

For each sample paper (shared/corpus: .txt, formats/*.docx, formats/*.pdf; falling back to the
copies in tests/data/corpus) and for a generated ~200-page paper (a DOCX written with python-docx,
and the same paper as HTML printed to PDF by WeasyPrint, in a temporary directory), it prints the
median time of several runs of `read_bytes` beside the FLOOR measured in the same run:

- docx: python-docx `Document()` load + every body paragraph's plain `.text`;
- pdf:  pdfplumber `page.extract_text()` over every page; and, in its own column, the pypdfium2
  text floor (PDFium's text of every page, `get_textpage().get_text_range()`), with Boardwork's
  PDF reading time as a multiple of it (`× pdfium`: the median ratio of reads and floors timed in
  turns, at least 9 pairs; the goal is 3× or less);
- txt:  reading the file and decoding it.

`--cpu` times CPU seconds of this process (`time.process_time`) instead of wall-clock seconds: on
a machine others are using, wall-clock times grow with the load and the ratios drift; CPU times
much less (the readers and floors all run in this process; pandoc and markitdown, in children,
are then not timed).

`--phases` prints, for each sample PDF, the CPU time of each phase of reading it (opening, PDFium's
page loading and characters, words, rulings and tables, lines and columns, running headers and
footers, Paper building) as a multiple of the pypdfium2 text floor, and the floors of the
per-character calls alone, rung by rung (pages loaded; their text pages built; a character's origin,
then also its loose box, asked for every character, as `readers/pdf/pdfium_page.py` must; a tuple
made of them), and what reading would cost if the characters cost no more than their two calls
and every other phase stayed as measured.

The first line says which path the PDF reader takes: the compiled characters' loop (`_pdfchars`)
or the pure-Python one (`BOARDWORK_PDF_PURE=1`, or the extension not built); both read the same.

`ratio` is Boardwork's speed as a share of the floor's (1.00 = as fast as the floor; 0.50 = half
as fast). Pandoc and markitdown are timed too when they are on PATH. Placeholder readers and files a
reader refuses print the ReadError instead of a figure. This is a script, not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from boardwork.papers.readers import READERS, ReadError, detect_format, read_bytes  # noqa: E402

# The shared samples sit beside the checkout (../shared), as on every developer machine and in CI.
SHARED = ROOT.parent / "shared" / "corpus"
LOCAL = ROOT / "tests" / "data" / "corpus"


# -- inputs ------------------------------------------------------------------------------------


def sample_files() -> list[Path]:
    out = []
    for pattern in ("*.txt", "formats/*.docx", "formats/*.pdf"):
        found = sorted(SHARED.glob(pattern)) if SHARED.exists() else []
        if not found:
            found = sorted(LOCAL.glob(Path(pattern).name))
        out.extend(found)
    return out


def pdf_pages(path: Path) -> int | None:
    try:
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            return len(pdf.pages)
    except Exception:  # noqa: BLE001 - a bench must not stop on one file
        return None


def docx_pages(path: Path) -> int | None:
    try:
        with zipfile.ZipFile(path) as zf:
            m = re.search(rb"<Pages>(\d+)</Pages>", zf.read("docProps/app.xml"))
            return int(m.group(1)) if m else None
    except (KeyError, zipfile.BadZipFile, OSError):
        return None


def page_count(path: Path, known: dict[str, int]) -> int:
    """Pages of a file: its own count (PDF pages, DOCX app.xml), else its PDF twin's, else form feeds."""
    stem = path.name.split(".")[0]
    if path.name in known:  # generated files: the page count of their PDF rendering
        return known[path.name]
    if path.suffix == ".pdf":
        n = pdf_pages(path)
    elif path.suffix == ".docx":
        n = docx_pages(path)
    else:
        n = None
    if not n:
        n = known.get(stem)
    if not n and path.suffix == ".txt":
        n = path.read_bytes().count(b"\f") + 1
    return n or 1


WORDS = (
    "the board council members agreed priorities community safety funding review report government "
    "local authorities partnership resilience licensing services support councils programme work plan "
    "year delivery progress consultation response strategy investment lobbying guidance national policy"
).split()


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _paper_plan(pages: int, seed: int = 1) -> list[tuple]:
    """A long board paper as (kind, …) tuples: sections of numbered paragraphs, bullets, tables."""
    rng = random.Random(seed)
    plan: list[tuple] = [("h1", "Generated Board Paper for Benchmarking")]
    number = 0
    for s in range(pages * 2):  # about two sections a page
        plan.append(("h2", f"Section {s + 1}: " + " ".join(rng.choice(WORDS) for _ in range(3))))
        for _ in range(3):
            number += 1
            plan.append(("p", number, " ".join(_sentence(rng, rng.randint(12, 24)) for _ in range(2))))
        if s % 3 == 0:
            for _ in range(3):
                plan.append(("bullet", _sentence(rng, rng.randint(6, 14))))
        if s % 10 == 5:
            rows = [[_sentence(rng, 3), _sentence(rng, 10) + "\n" + _sentence(rng, 8)] for _ in range(6)]
            plan.append(("table", ["Priority area", "Proposed activity"], rows))
    return plan


def make_big_docx(plan: list[tuple], path: Path) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {w} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    header = doc.sections[0].header.paragraphs[0]
    header.text = "Generated Board 1 January 2025"
    for item in plan:
        kind = item[0]
        if kind == "h1":
            doc.add_heading(item[1], level=1)
        elif kind == "h2":
            doc.add_heading(item[1], level=2)
        elif kind == "p":
            p = doc.add_paragraph(item[2])
            p._p.get_or_add_pPr().insert(
                0, parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>')
            )
        elif kind == "bullet":
            doc.add_paragraph(item[1], style="List Bullet")
        elif kind == "table":
            header_row, rows = item[1], item[2]
            t = doc.add_table(rows=len(rows) + 1, cols=2)
            t.style = doc.styles["Table Grid"]
            for c, text in enumerate(header_row):
                t.cell(0, c).text = text
            for r, row in enumerate(rows, start=1):
                for c, text in enumerate(row):
                    cell = t.cell(r, c)
                    lines = text.split("\n")
                    cell.text = lines[0]
                    for line in lines[1:]:
                        cell.add_paragraph(line)
    doc.save(str(path))


def make_big_html(plan: list[tuple]) -> str:
    import html

    out = [
        "<html><head><style>@page { size: A4; margin: 2.5cm; @top-right { content: 'Generated Board' } }"
        "body { font: 11pt Arial, sans-serif } table { border-collapse: collapse }"
        "td, th { border: 1px solid #000; padding: 4px }</style></head><body>"
    ]
    for item in plan:
        kind = item[0]
        if kind == "h1":
            out.append(f"<h1>{html.escape(item[1])}</h1>")
        elif kind == "h2":
            out.append(f"<h2>{html.escape(item[1])}</h2>")
        elif kind == "p":
            out.append(f"<p>{item[1]}. {html.escape(item[2])}</p>")
        elif kind == "bullet":
            out.append(f"<ul><li>{html.escape(item[1])}</li></ul>")
        elif kind == "table":
            out.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in item[1]) + "</tr>")
            for row in item[2]:
                cells = "".join("<td>" + html.escape(c).replace("\n", "<br>") + "</td>" for c in row)
                out.append(f"<tr>{cells}</tr>")
            out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def make_big_txt(plan: list[tuple]) -> str:
    lines = []
    for item in plan:
        kind = item[0]
        if kind in ("h1", "h2"):
            lines += ["", item[1], ""]
        elif kind == "p":
            lines += [f"{item[1]}.\t{item[2]}", ""]
        elif kind == "bullet":
            lines.append(f"\u2022\t{item[1]}")
        elif kind == "table":
            lines.append("\t".join(item[1]))
            for row in item[2]:
                lines.append("\t".join(c.replace("\n", " ") for c in row))
    return "\n".join(lines) + "\n"


def make_big(tmp: Path, pages: int) -> tuple[list[Path], dict[str, int]]:
    """The generated paper as DOCX, PDF and TXT; the PDF's page count stands for all three."""
    plan = _paper_plan(max(1, round(pages * 1.16)))  # calibrated: 50 planned units print as ~43 pages
    docx_path, pdf_path, txt_path = tmp / "big.docx", tmp / "big.pdf", tmp / "big.txt"
    make_big_docx(plan, docx_path)
    txt_path.write_text(make_big_txt(plan), encoding="utf-8")
    known: dict[str, int] = {}
    try:
        from weasyprint import HTML

        t = time.perf_counter()
        document = HTML(string=make_big_html(plan)).render()
        document.write_pdf(str(pdf_path))
        n = len(document.pages)
        print(f"generated big paper: {n} PDF pages (WeasyPrint {time.perf_counter() - t:.1f} s)")
        paths = [txt_path, docx_path, pdf_path]
    except Exception as e:  # noqa: BLE001
        print(f"generated big paper without PDF (WeasyPrint failed: {e}); assuming {pages} pages")
        n, paths = pages, [txt_path, docx_path]
    for p in paths:
        known[p.name] = n
    return paths, known


# -- floors and peers ----------------------------------------------------------------------------


def floor_docx(path: Path) -> None:
    import docx

    doc = docx.Document(str(path))
    "\n".join(p.text for p in doc.paragraphs)


def floor_pdf(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        "\n".join((page.extract_text() or "") for page in pdf.pages)


def floor_pdfium(path: Path) -> None:
    """PDFium's own text of every page (pypdfium2): the fastest a PDF's text comes out in Python."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def floor_txt(path: Path) -> None:
    path.read_bytes().decode("utf-8", errors="replace")


FLOORS = {"docx": floor_docx, "pdf": floor_pdf, "txt": floor_txt, "md": floor_txt, "html": floor_txt}


def peer(cmd: list[str]):
    def run(path: Path) -> None:
        subprocess.run([*cmd, str(path)], check=True, capture_output=True, timeout=600)

    return run


PEERS = {
    "pandoc": (["pandoc", "-t", "plain"], {"docx", "html", "md"}),  # pandoc cannot read PDF
    "markitdown": (["markitdown"], {"docx", "pdf", "html", "txt"}),
}


def _runs_for(warm_seconds: float, runs: int) -> int:
    """Fewer runs for slow measurements (a 200-page PDF), at least 3 while a run is under 20 s."""
    if warm_seconds > 60:
        return 1
    if warm_seconds > 20:
        return min(runs, 3)
    return runs


CLOCK = time.perf_counter  # time.process_time with --cpu


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = CLOCK()
        fn()
        times.append(CLOCK() - t)
    return statistics.median(times)


def paired_multiple(data: bytes, path: Path, runs: int) -> float:
    """Boardwork's PDF reading time as a multiple of the pypdfium2 text floor: the median of
    `runs` ratios, each of a read and a floor measured one right after the other."""
    ratios = []
    for _ in range(runs):
        t = CLOCK()
        read_bytes(data, path.name)
        ours = CLOCK() - t
        t = CLOCK()
        floor_pdfium(path)
        ratios.append(ours / (CLOCK() - t))
    return statistics.median(ratios)


# -- where a PDF's reading time goes ---------------------------------------------------------------

# (module path, attribute, phase): the functions timed by `--phases`, each charged its own time less
# that of the timed functions it calls.
PHASES = [
    ("boardwork.papers.readers.pdf", "read", "opening (PDFium; pdfminer if needed), meta"),
    ("boardwork.papers.readers.pdf", "_streams_fit", "stream scan (every zlib stream inflated)"),
    ("boardwork.papers.readers.pdf", "_pdfium_page", "PDFium page loading"),
    ("boardwork.papers.readers.pdf.pdfium_page", "PdfiumPage.runs", "PDFium characters (text page, calls)"),
    ("boardwork.papers.readers.pdf.layout", "page_words", "words from characters"),
    ("boardwork.papers.readers.pdf.layout", "find_tables", "rulings and ruled tables"),
    ("boardwork.papers.readers.pdf", "layout_page", "lines, columns, overprint"),
    ("boardwork.papers.readers.pdf", "mark_furniture", "running headers and footers"),
    ("boardwork.papers.readers.pdf", "_Builder.__init__", "Paper building"),
    ("boardwork.papers.readers.pdf", "_Builder.build", "Paper building"),
]


def _timed(phase: str, fn, totals: dict[str, float], stack: list[float]):
    def wrapper(*args, **kwargs):
        stack.append(0.0)
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            took = time.process_time() - start
            inner = stack.pop()
            totals[phase] = totals.get(phase, 0.0) + took - inner
            if stack:
                stack[-1] += took

    return wrapper


# The rungs of `ffi_floor`: what each adds to the one before.
FLOOR_RUNGS = [
    ("pages", "PDFium's pages loaded, nothing else"),
    ("textpages", "+ each page's text page built"),
    ("origin", "+ 1 call a character (its origin)"),
    ("box", "+ 2 calls a character (origin, loose box)"),
    ("tuples", "+ a tuple a character (text, x0, x1, top, bottom)"),
]


def ffi_floor(path: Path, rung: str = "box") -> float:
    """CPU seconds of the per-character work no reading of PDFium's characters can skip, up to
    `rung` (see FLOOR_RUNGS): every page loaded, its text page built, and for each character the
    two calls a character's box takes (its origin, and its loose box's right edge), through the
    same cffi functions, and a tuple made of what they return."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as R

    from boardwork.papers.readers.pdf import pdfium_page

    f = pdfium_page._fast()
    origin = f.ffi.new("double[2]")
    box = f.box
    ox, oy = origin, origin + 1
    get_origin, get_box = f.char_origin, f.loose_box
    depth = [name for name, _ in FLOOR_RUNGS].index(rung)
    t = time.process_time()
    doc = pdfium.PdfDocument(str(path))
    try:
        for page in doc:
            if depth < 1:
                continue
            tp = page.get_textpage()
            handle = f.ffi.cast("void *", ctypes.cast(tp.raw, ctypes.c_void_p).value or 0)
            n = R.FPDFText_CountChars(tp.raw)
            if depth == 2:
                for i in range(n):
                    get_origin(handle, i, ox, oy)
            elif depth == 3:
                for i in range(n):
                    get_origin(handle, i, ox, oy)
                    get_box(handle, i, box)
            elif depth == 4:
                chars = []
                append = chars.append
                for i in range(n):
                    get_origin(handle, i, ox, oy)
                    get_box(handle, i, box)
                    append(("a", origin[0], box[2], origin[1], origin[1]))
            tp.close()
    finally:
        doc.close()
    return time.process_time() - t


def pdf_phases(paths: list[Path], runs: int) -> None:
    """CPU time of each phase of reading each PDF (median of `runs`), as a multiple of the pypdfium2
    text floor, and the floor of PDFium's per-character calls (`ffi_floor`)."""
    import importlib

    totals: dict[str, float] = {}
    stack: list[float] = []
    patched = []
    for module_name, attr, phase in PHASES:
        owner = importlib.import_module(module_name)
        path = attr.split(".")
        for part in path[:-1]:
            owner = getattr(owner, part)
        original = getattr(owner, path[-1])
        patched.append((owner, path[-1], original))
        setattr(owner, path[-1], _timed(phase, original, totals, stack))
    # `read_bytes` finds the reader through the registry, which holds the module: patched above.
    try:
        for path in paths:
            data = path.read_bytes()
            read_bytes(data, path.name)
            samples: dict[str, list[float]] = {}
            floors: list[float] = []
            rungs: dict[str, list[float]] = {name: [] for name, _ in FLOOR_RUNGS}
            for _ in range(runs):
                totals.clear()
                read_bytes(data, path.name)
                for phase, t in totals.items():
                    samples.setdefault(phase, []).append(t)
                t = time.process_time()
                floor_pdfium(path)
                floors.append(time.process_time() - t)
                for name in rungs:
                    rungs[name].append(ffi_floor(path, name))
            floor = statistics.median(floors)
            phases = {k: statistics.median(v) for k, v in samples.items()}
            total = sum(phases.values())
            print(
                f"{path.name}: {total * 1000:.1f} ms CPU = {total / floor:.1f}× the pypdfium2 text floor ({floor * 1000:.1f} ms)"
            )
            for phase, t in sorted(phases.items(), key=lambda kv: -kv[1]):
                print(f"  {phase:52} {t * 1000:7.1f} ms  {t / floor:5.2f}× floor  {t / total:4.0%}")
            print("  floors of the per-character calls (each rung adds to the one above):")
            for name, label in FLOOR_RUNGS:
                t = statistics.median(rungs[name])
                print(f"    {label:50} {t * 1000:7.1f} ms  {t / floor:5.2f}× floor")
            # What reading would cost if the characters and words cost nothing but their calls (none,
            # as if PDFium handed out words; or the 2 a character) and the other phases stayed as they are.
            chars = ("PDFium page loading", "PDFium characters (text page, calls)", "words from characters")
            rest = sum(t for phase, t in phases.items() if not phase.startswith(chars))
            for rung, label in (("textpages", "no call a character"), ("box", "2 calls a character")):
                t = statistics.median(rungs[rung]) + rest
                print(
                    f"  {label + ' + every other phase as measured':52} {t * 1000:7.1f} ms  {t / floor:5.2f}× floor"
                )
    finally:
        for owner, name, original in patched:
            setattr(owner, name, original)


def pdf_path() -> str:
    """Which of the PDF reader's two paths this process reads with (ADR 0010)."""
    from boardwork.papers.readers.pdf import pdfium_page

    if pdfium_page.COMPILED is not None:
        return "PDF characters and words: compiled (_pdfchars)"
    return "PDF characters and words: pure Python (_pdfchars not built, or BOARDWORK_PDF_PURE=1)"


# -- main ----------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per measurement (median); default 5")
    ap.add_argument("--pages", type=int, default=200, help="size of the generated paper; default 200")
    ap.add_argument("--no-big", action="store_true", help="samples only")
    ap.add_argument("--cpu", action="store_true", help="time CPU seconds of this process, not wall-clock")
    ap.add_argument(
        "--phases",
        action="store_true",
        help="for the sample PDFs: CPU time of each phase of reading, and floors",
    )
    args = ap.parse_args()
    print(pdf_path())
    if args.phases:
        if hasattr(os, "getloadavg"):
            print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (CPU-time medians below)")
        pdf_phases([f for f in sample_files() if f.suffix == ".pdf"], args.runs)
        return
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time
        PEERS.clear()  # they run in child processes, which this process's CPU time leaves out

    known: dict[str, int] = {}
    files = sample_files()
    for f in files:
        if f.suffix == ".pdf":
            known[f.name.split(".")[0]] = pdf_pages(f) or 0

    if hasattr(os, "getloadavg"):
        clock = "CPU-time" if args.cpu else "wall-clock"
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs ({clock} medians below)")
    print(
        "readers registered:", ", ".join(f"{k} ({m.__name__.rsplit('.', 1)[-1]})" for k, m in READERS.items())
    )
    peers_found = {name: shutil.which(cmd[0]) for name, (cmd, _fmts) in PEERS.items()}
    for name, where in peers_found.items():
        print(f"{name}: {where or 'not installed'}")

    with tempfile.TemporaryDirectory(prefix="boardwork-bench-") as tmpdir:
        if not args.no_big:
            big, big_known = make_big(Path(tmpdir), args.pages)
            files = files + big
            known.update(big_known)

        header = (
            f"{'file':44} {'fmt':4} {'pages':>5} {'boardwork p/s':>14} {'floor p/s':>10} {'ratio':>6}"
            f" {'pdfium p/s':>10} {'× pdfium':>8}"
        )
        for name in peers_found:
            header += f" {name + ' p/s':>15}"
        pdf_multiples: list[float] = []
        print()
        print(header)
        print("-" * len(header))
        for path in files:
            data = path.read_bytes()
            pages = page_count(path, known)
            runs = args.runs
            try:
                fmt = detect_format(data, path.name)
            except ReadError as e:
                print(f"{path.name:44} ?    {pages:5}  {e}")
                continue
            line = f"{path.name[:44]:44} {fmt:4} {pages:5}"
            try:
                t0 = time.perf_counter()
                read_bytes(data, path.name)  # warm-up (imports, caches) and a check that it reads
                warm = time.perf_counter() - t0
                ours = median_time(lambda d=data, n=path.name: read_bytes(d, n), _runs_for(warm, runs))
                ours_ps = pages / ours
                ours_txt = f"{ours_ps:14.1f}"
            except ReadError as e:
                ours_ps = None
                ours_txt = f"  ReadError: {e}"
            floor = FLOORS[fmt]
            t0 = time.perf_counter()
            floor(path)
            floor_s = median_time(lambda f=floor, p=path: f(p), _runs_for(time.perf_counter() - t0, runs))
            floor_ps = pages / floor_s
            ratio = f"{ours_ps / floor_ps:6.3g}" if ours_ps else "     -"
            if ours_ps is None:
                line += f" {ours_txt}\n{'':55} {'':14} {floor_ps:10.1f} {ratio}"
            else:
                line += f" {ours_txt} {floor_ps:10.1f} {ratio}"
            if fmt == "pdf":
                t0 = time.perf_counter()
                floor_pdfium(path)
                fast_s = median_time(
                    lambda p=path: floor_pdfium(p), _runs_for(time.perf_counter() - t0, runs)
                )
                times = "       -"
                if ours_ps:
                    # The multiple from reads and floors taken in turns (the median of their
                    # ratios): on a loaded machine the two medians above drift apart by minutes.
                    multiple = paired_multiple(data, path, max(runs, 9))
                    times = f"{multiple:7.1f}×"
                    pdf_multiples.append(multiple)
                line += f" {pages / fast_s:10.1f} {times}"
            else:
                line += f" {'':10} {'':8}"
            for name, where in peers_found.items():
                cmd, fmts = PEERS[name]
                if not where:
                    line += f" {'not installed':>15}"
                elif fmt not in fmts:
                    line += f" {'n/a':>15}"
                else:
                    try:
                        fn = peer(cmd)
                        fn(path)
                        t = median_time(lambda fn=fn, p=path: fn(p), max(1, min(runs, 3)))
                        line += f" {pages / t:15.1f}"
                    except (subprocess.SubprocessError, OSError) as e:
                        line += f" {'failed: ' + type(e).__name__:>15}"
            print(line)
        if pdf_multiples:
            print(
                f"PDF reading: {statistics.median(pdf_multiples):.1f}× the pypdfium2 text floor (median over "
                f"{len(pdf_multiples)} PDFs; worst {max(pdf_multiples):.1f}×; goal ≤ 3×)"
            )
    print()
    print("ratio = Boardwork pages/s ÷ floor pages/s (median of runs, same process, same files).")
    print("× pdfium = Boardwork's time ÷ the pypdfium2 text floor's time, for PDFs.")


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # `| head`
        pass
    except KeyboardInterrupt:
        sys.exit(130)
