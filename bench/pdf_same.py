"""Whether a change to the PDF reader leaves every parse as it was: Paper JSON and page words.

    .venv/bin/python bench/pdf_same.py --write DIR      # before the change (e.g. on main)
    .venv/bin/python bench/pdf_same.py --check DIR      # after it: prints every difference

The PDFs: every PDF under tests/data (the real corpus included) and ../shared/corpus, and, with
`--generated` (default on), a set printed here by WeasyPrint from the real corpus's HTML and text
papers in a few house styles (justified, two columns, small type, tables), cached in
`--cache` (default: the system's temporary directory). For each it records the Paper's JSON (the
source's file name and hash included) and every page's words as the PDF reader's layout sees them
(text and box, to the last bit of the float), so that a change that moves a word by 0.001 pt and
leaves the Paper alone is seen too. Exit status 1 when anything differs. This is a script, not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from boardwork.papers.readers import ReadError, read_bytes  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
REAL = ROOT / "tests" / "data" / "real"

STYLES = {
    "plain": "body { font: 11pt Arial, sans-serif }",
    "justified": "body { font: 10pt 'DejaVu Serif', serif; text-align: justify; hyphens: auto }",
    "columns": "body { font: 9pt Arial, sans-serif; columns: 2; text-align: justify }",
    "small": "body { font: 7pt 'DejaVu Sans Mono', monospace; letter-spacing: 0.4pt }",
}


def repo_pdfs() -> list[Path]:
    found = sorted((ROOT / "tests" / "data").rglob("*.pdf"))
    if SHARED.exists():
        found += sorted(SHARED.rglob("*.pdf"))
    return found


def _html_of(path: Path) -> str:
    if path.suffix == ".html":
        return path.read_text(encoding="utf-8", errors="replace")
    paras = path.read_text(encoding="utf-8", errors="replace").split("\n\n")
    return "".join(f"<p>{html.escape(p)}</p>" for p in paras if p.strip())


def generated_pdfs(cache: Path) -> list[Path]:
    """The real corpus's HTML and text papers printed to PDF in each house style (cached)."""
    from weasyprint import HTML

    cache.mkdir(parents=True, exist_ok=True)
    out = []
    sources = sorted(REAL.glob("*.html")) + sorted(REAL.glob("*.txt"))
    for k, src in enumerate(sources):
        style_name = list(STYLES)[k % len(STYLES)]
        target = cache / f"{src.stem}.{style_name}.pdf"
        if not target.exists():
            page = (
                f"<html><head><style>@page {{ size: A4; margin: 2cm }} {STYLES[style_name]}"
                " table { border-collapse: collapse } td, th { border: 1px solid #000; padding: 3px }"
                f"</style></head><body>{_html_of(src)}</body></html>"
            )
            try:
                HTML(string=page, base_url=str(src.parent)).write_pdf(str(target))
            except Exception as e:  # noqa: BLE001 - a file WeasyPrint cannot print is left out
                print(f"skipped {src.name}: {e}", file=sys.stderr)
                continue
        out.append(target)
    return out


def page_words(data: bytes) -> list[list[tuple]]:
    """Every page's words as the layout sees them (PDFium's pages, else pdfplumber's)."""
    import io

    import pdfplumber

    from boardwork.papers.readers import pdf as reader
    from boardwork.papers.readers.limits import Limits
    from boardwork.papers.readers.pdf.layout import page_words as words_of

    out: list[list[tuple]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        fast = reader._open_pdfium(data, len(pdf.pages))
        for i, page in enumerate(pdf.pages):
            pp = reader._pdfium_page(fast, i, Limits())
            words = words_of(pp or page)
            out.append(
                [
                    (
                        w.text,
                        w.x0.hex(),
                        w.x1.hex(),
                        w.top.hex(),
                        w.bottom.hex(),
                        w.size.hex(),
                        w.bold,
                        w.symbol,
                    )
                    for w in words
                ]
            )
            if pp is not None:
                pp.close()
        if fast is not None:
            fast.close()
    return out


def record(path: Path) -> dict:
    data = path.read_bytes()
    try:
        paper = read_bytes(data, path.name).to_dict()
    except ReadError as e:
        paper = {"error": str(e)}
    try:
        words = page_words(data)
    except Exception as e:  # noqa: BLE001 - a file the reader refuses may not open at all
        words = [[("error", type(e).__name__)]]
    return {"paper": paper, "words": json.loads(json.dumps(words))}


def key(path: Path) -> str:
    return f"{path.name}.{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="record every PDF's parse into this directory")
    mode.add_argument("--check", type=Path, help="compare every PDF's parse with this directory's")
    ap.add_argument("--no-generated", action="store_true", help="only the repository's PDFs")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "boardwork-pdf-same")
    args = ap.parse_args()
    pdfs = repo_pdfs() + ([] if args.no_generated else generated_pdfs(args.cache))
    differ = 0
    for path in pdfs:
        got = record(path)
        if args.write:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / key(path)).write_text(json.dumps(got), encoding="utf-8")
            continue
        want_file = args.check / key(path)
        if not want_file.exists():
            print(f"{path.name}: no record")
            differ += 1
            continue
        want = json.loads(want_file.read_text(encoding="utf-8"))
        if got == want:
            continue
        differ += 1
        if got["paper"] != want["paper"]:
            print(f"{path.name}: Paper differs")
        for p, (g, w) in enumerate(zip(got["words"], want["words"], strict=False)):
            if g != w:
                diff = next(
                    (k for k, (a, b) in enumerate(zip(g, w, strict=False)) if a != b), min(len(g), len(w))
                )
                print(
                    f"{path.name}: page {p + 1} words differ from word {diff}: "
                    f"{g[diff : diff + 2]} != {w[diff : diff + 2]} ({len(g)} vs {len(w)} words)"
                )
                break
    print(
        f"{len(pdfs)} PDFs, {differ} differing"
        if args.check
        else f"{len(pdfs)} PDFs recorded in {args.write}"
    )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
