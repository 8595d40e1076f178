"""Numbered lines that name sections (`layout._names_over_prose`), judged at first reading.

Each development plain-text paper is read as the reader stood before its key was added (its first
reading, as `bench/first_reading_headings.py` reads it, cached under $TMPDIR/heading_history; the
heading model's verdicts out of fold, at the shipped thresholds). A reader rule of today cannot change
those frozen readings, so this applies today's rule to their units: where the earlier reading's
numbers did not all head items (`_numbers_head_items` of today on its units), each numbered paragraph
the rule names becomes a heading, held by the rules as the emitter holds it. Prints the means of
headings F1, numbered and sections (the shared scorer) before and after, and each unit turned with
its key's verdict (a key heading or not): the honest test of whether the rule reaches papers of
houses it was not written on. No held-out paper is read.

    TMPDIR=/tmp/x .venv/bin/python bench/first_reading_numbered_names.py
"""

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import first_reading_headings as F  # noqa: E402

from boardwork.papers.document import Heading, Paragraph  # noqa: E402

T = F.T
lay = importlib.import_module("boardwork.papers.readers.txt.layout")


def turned(units, aligned):
    """The earlier reading's blocks with today's rule applied, and the units it turned."""
    items, _ = lay._numbers_head_items(units)
    nums = [k for k, u in enumerate(units) if u.kind == "num" and u.table is None]
    named = set() if items else lay._names_over_prose(units, lay._lists_under_a_lead(units, nums))
    new = list(aligned)
    changed = []
    for k in sorted(named):
        if isinstance(aligned[k], Paragraph):
            # (As the emitter levels it: a sub-number is a level down.)
            level = 2 if "." not in (units[k].number or "").rstrip(".").removesuffix(".0") else 3
            new[k] = Heading(text=aligned[k].text, level=level)
            changed.append(k)
    return new, changed


def main():
    lines = []
    for r, changed in F.before_after(turned, "item", ("numbered", "sections")):
        stem, units, aligned, keyh = r[0], r[1], r[2], r[3]
        for k in changed:
            verdict = "key heading" if T.norm(aligned[k].text) in keyh else "not a key heading"
            lines.append(f"  {verdict} | {stem} | {units[k].number} | {aligned[k].text[:70]}")
    print(f"{len(lines)} numbered paragraphs turned into headings:")
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main()
