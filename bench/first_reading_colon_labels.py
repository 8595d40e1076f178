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
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import first_reading_headings as F  # noqa: E402

from boardwork.papers.document import Heading, Meta, Paper, Paragraph  # noqa: E402

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
    score_paper = T.load_scorer("score_paper")
    rows = T.load_history()
    probs = F.probabilities(rows)
    model = json.loads(T.OUT.read_text(encoding="utf-8"))
    add_at, drop = model["add_at"], model["drop_below"]
    sums = {"before": [0.0, 0.0], "after": [0.0, 0.0]}
    lines, kept = [], Counter()
    for r, p in zip(rows, probs, strict=True):
        stem, units, aligned, keyh = r[0], r[1], r[2], r[3]
        new, changed = turned(units, aligned)
        before = T.revise(units, aligned, p, add_at, drop)
        rules = [u.rule for u in units]
        for k in changed:
            units[k].rule = "heading"  # (a named rule's verdict: the model leaves it alone)
        after = T.revise(units, new, p, add_at, drop)
        for u, rule in zip(units, rules, strict=True):
            u.rule = rule
        for name, blocks in (("before", before), ("after", after)):
            s = score_paper(Paper(meta=Meta(), blocks=blocks).to_dict(), r[6])
            got = Counter(T.norm(b.text) for b in blocks if isinstance(b, Heading))
            for i, v in enumerate((F.f1(got, keyh), s["sections"])):
                sums[name][i] += v
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
    n = len(rows)
    print(f"{n} papers at first reading (rules + model out of fold at {add_at}/{drop}): headings / sections")
    for name, v in sums.items():
        print(f"  {name:6} " + " / ".join(f"{x / n:.4f}" for x in v))
    print(f"{len(lines)} paragraphs turned into headings:")
    print("\n".join(sorted(lines)))
    print("other unmarked lines closing with a colon (no label line):")
    for what, c in sorted(kept.items()):
        print(f"  {c:4} {what}")


if __name__ == "__main__":
    main()
