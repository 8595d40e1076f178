"""Does a paper number its paragraphs, on the development papers as first read: each file as the
reader stood before its key was added (`bench/first_reading_papers_dump.py` on the commit before,
cached under $TMPDIR/activity_history), asked of this tree's `sections.is_numbered`. For the files
whose first reading passed units over as "unnumbered aside" (`activity_history_dump.py`'s skips) and
that this tree calls unnumbered (noting those the rule before the decision's items already did), it counts those units: keyed (the key has an activity of that text
under that number) or not, and of each how many this tree's kinds read, loosely (what the change
could add at first reading, rightly or wrongly), by whether the key has work in the file. Held-out
papers are never read. Prints counts and the development files' names only.

    TMPDIR=/tmp/x .venv/bin/python bench/first_reading_numbered.py
"""

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import train_activity_model as tam  # noqa: E402
from history import dumped, keyed_development  # noqa: E402
from scores import REAL, documents, held_out  # noqa: E402

from boardwork.papers.document import Paper, Paragraph, clean  # noqa: E402
from boardwork.papers.extract import kinds  # noqa: E402
from boardwork.papers.extract.sections import _TOPIC_LINE, is_numbered  # noqa: E402


def numbered_before(paper):
    """`is_numbered` before the decision's items were told apart: only a run of topic lines under a
    colon lead numbers nothing (to tell which files the decision's items change)."""
    lead = False
    for b in paper.blocks:
        if not isinstance(b, Paragraph):
            lead = False
            continue
        if not b.number:
            lead = clean(b.text).endswith(":")
            continue
        if not (lead and _TOPIC_LINE.match(clean(b.text))):
            return True
    return False


def main():
    cache = Path(tempfile.gettempdir()) / "activity_history"
    hold = held_out()
    changed = []
    asides = {"key work": [0, 0, 0, 0], "key none": [0, 0, 0, 0]}  # keyed, keyed read, other, other read
    for stem, ref, parent in keyed_development(REAL, hold):
        key = json.loads(ref.read_text())
        files = documents(REAL, stem)
        skips_of = tam.earlier_readings(parent, files)
        papers = dumped("first_reading_papers_dump.py", parent, files, cache, f"papers-{parent}.json")
        for f in files:
            then, read = skips_of.get(str(f), {}), papers.get(str(f), {})
            skips = then.get("skips") or []
            if "error" in read or not any(s["skip"] == "unnumbered aside" for s in skips):
                continue
            paper = Paper.from_dict(read)
            if is_numbered(paper):
                continue
            changed.append(
                f.name + ("" if numbered_before(paper) else " (unnumbered before the decision's items too)")
            )
            group = asides["key work" if key["activities"] else "key none"]
            for s in skips:
                if s["skip"] != "unnumbered aside":
                    continue
                keyed = any(
                    tam.pnum(k.get("paragraph")) == tam.pnum(s["number"])
                    and tam.same_text(k.get("text", ""), s["text"])
                    for k in key["activities"]
                ) or any(tam.same_text(k.get("text", ""), s["text"]) for k in key["activities"])
                read_now = bool(kinds.classify(s["text"]) or kinds.action_cues(s["text"]))
                at = 0 if keyed else 2
                group[at] += 1
                group[at + 1] += read_now
                if keyed:
                    changed[-1] += f" (keyed aside {'read' if read_now else 'not read'} by the kinds)"
    print("development files whose first reading passed units over as unnumbered asides and that this tree")
    print(f"calls unnumbered: {len(changed)}")
    for name in changed:
        print("   ", name)
    print()
    print("| files | aside units keyed | of which kinds read | aside units not keyed | of which kinds read |")
    print("| --- | --- | --- | --- | --- |")
    for g, (a, b, c, d) in asides.items():
        print(f"| {g} | {a} | {b} | {c} | {d} |")


if __name__ == "__main__":
    main()
