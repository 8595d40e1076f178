"""Section labels closing with a colon (`layout._long_label_over_prose`), judged at first reading.

Each development plain-text paper is read as the reader stood before its key was added (its first
reading, as `bench/first_reading_headings.py` reads it, cached under $TMPDIR/heading_history; the
heading model's verdicts out of fold, at the shipped thresholds). A reader rule of today cannot change
those frozen readings, so this applies today's rule to their units: each paragraph the rule names (and
no exclusion of `_not_heading_because` rules out) becomes a level-2 heading, held by the rules. Prints
the means of headings F1 and sections (the shared scorer) before and after, each unit turned with its
key's verdict (a key heading or not), and the lines closing with a colon the rule leaves as text, by
the guard that kept them (the must-stay-text cases). No held-out paper is read.

    TMPDIR=/tmp/x .venv/bin/python bench/first_reading_colon_labels.py
"""

import importlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import first_reading_headings as F  # noqa: E402

from boardwork.papers.document import Heading, Meta, Paragraph  # noqa: E402

T = F.T
lay = importlib.import_module("boardwork.papers.readers.txt.layout")


def turned(units, aligned):
    """The earlier reading's blocks with today's rule applied, and the units it turned."""
    new = list(aligned)
    changed = []
    for k in range(len(units)):
        if (
            isinstance(aligned[k], Paragraph)
            and lay._long_label_over_prose(units, k)
            and not lay._not_heading_because(units, k, Meta(), set())
        ):
            new[k] = Heading(text=aligned[k].text, level=2)
            changed.append(k)
    return new, changed


def main():
    lines, kept = [], Counter()
    for r, changed in F.before_after(turned, "heading", ("sections",)):
        stem, units, aligned, keyh = r[0], r[1], r[2], r[3]
        for k in changed:
            verdict = "key heading" if T.norm(aligned[k].text) in keyh else "not a key heading"
            lines.append(f"  {verdict} | {stem} | {aligned[k].text[:70]}")
        for k, u in enumerate(units):
            s = u.text.strip()
            if (
                k in changed
                or u.kind
                or u.table is not None
                or not s.endswith(":")
                or lay.is_label_heading(s)
            ):
                continue
            kept[("key heading" if T.norm(s) in keyh else "text") + " left as it was"] += 1
    print(f"{len(lines)} paragraphs turned into headings:")
    print("\n".join(sorted(lines)))
    print("other unmarked lines closing with a colon (no label line):")
    for what, c in sorted(kept.items()):
        print(f"  {c:4} {what}")


if __name__ == "__main__":
    main()
