"""Run by bench/first_reading_losses.py with an earlier commit's `boardwork` first on sys.path, for
commits whose pipeline has no `_skipped` (before 2026-12-02's later commits, the pass-over checks were
written inline): reads the files named on stdin with that commit's reader, extracts them with its
rules (so that the units it built are those it read), and prints each unit with the reason its
inline checks passed it over, reconstructed from the three they all had (an excluded section, an
unnumbered paragraph outside an untitled section — in a numbered paper, where the commit asks
`is_numbered` —, a list of duties where it has `_duty_items`, a one-sentence list lead) and the
kinds its patterns read in it loosely, as JSON in the shape of `activity_history_dump.py`'s "skips".
Not for use on its own."""

import importlib
import json
import sys
from pathlib import Path

from history import loose as loose_kinds

from boardwork.papers.readers import read_path

pipeline = importlib.import_module("boardwork.papers.extract.pipeline")
kinds = importlib.import_module("boardwork.papers.extract.kinds")
text_mod = importlib.import_module("boardwork.papers.extract.text")
built = []
original = pipeline.build_units


def capture(paper, cycle):
    units, sections = original(paper, cycle)
    built.append((paper, units))
    return units, sections


pipeline.build_units = capture


def why(u, numbered, duties):
    role = u.section.role
    if role == "excluded":
        return "excluded section"
    if u.number is None and numbered and role != "untitled":
        return "unnumbered aside"
    if id(u) in duties:
        return "list of duties or topics"
    if len(text_mod.sentences(u.text)) == 1 and kinds.POINTER.search(u.text):
        return "list lead"
    return None


out = {}
for path in sys.stdin.read().split():
    built.clear()
    try:
        paper = read_path(Path(path))
        pipeline.extraction_of(paper)
    except Exception as e:
        out[path] = {"error": f"{type(e).__name__}: {e}"}
        continue
    paper, units = built[0]
    numbered = pipeline.is_numbered(paper) if hasattr(pipeline, "is_numbered") else True
    duties = pipeline._duty_items(units) if hasattr(pipeline, "_duty_items") else set()
    out[path] = [
        {
            "number": u.number,
            "text": u.text,
            "skip": why(u, numbered, duties),
            "loose": loose_kinds(kinds, u.text),
        }
        for u in units
    ]
json.dump(out, sys.stdout)
