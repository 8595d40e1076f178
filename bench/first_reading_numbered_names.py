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
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import first_reading_headings as F  # noqa: E402

from boardwork.papers.document import Heading, Meta, Paper, Paragraph  # noqa: E402

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
    score_paper = T.load_scorer("score_paper")
    rows = T.load_history()
    probs = F.probabilities(rows)
    model = json.loads(T.OUT.read_text(encoding="utf-8"))
    add_at, drop = model["add_at"], model["drop_below"]
    sums = {"before": [0.0, 0.0, 0.0], "after": [0.0, 0.0, 0.0]}
    lines = []
    for r, p in zip(rows, probs, strict=True):
        stem, units, aligned, keyh = r[0], r[1], r[2], r[3]
        new, changed = turned(units, aligned)
        before = T.revise(units, aligned, p, add_at, drop)
        rules = [u.rule for u in units]
        for k in changed:
            units[k].rule = "item"  # (a named rule's verdict: the model leaves it alone)
        after = T.revise(units, new, p, add_at, drop)
        for u, rule in zip(units, rules, strict=True):
            u.rule = rule
        for name, blocks in (("before", before), ("after", after)):
            s = score_paper(Paper(meta=Meta(), blocks=blocks).to_dict(), r[6])
            got = F.Counter(T.norm(b.text) for b in blocks if isinstance(b, Heading))
            for i, v in enumerate((F.f1(got, keyh), s["numbered"], s["sections"])):
                sums[name][i] += v
        for k in changed:
            verdict = "key heading" if T.norm(aligned[k].text) in keyh else "not a key heading"
            lines.append(f"  {verdict} | {stem} | {units[k].number} | {aligned[k].text[:70]}")
    n = len(rows)
    print(
        f"{n} papers at first reading (rules + model out of fold at {add_at}/{drop}): headings / numbered / sections"
    )
    for name, v in sums.items():
        print(f"  {name:6} " + " / ".join(f"{x / n:.4f}" for x in v))
    print(f"{len(lines)} numbered paragraphs turned into headings:")
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main()
