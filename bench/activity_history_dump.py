"""Run by bench/train_activity_model.py --history with an earlier commit's `boardwork` first on
sys.path: reads the files named on stdin with that commit's reader and extracts them with that
commit's rules (`extraction_of`, the rules alone), and prints, for each file, the extraction it made
and, for each unit where that commit says (`pipeline._skipped`), why its rules passed it over and
the kinds its patterns read in it loosely, as JSON, so
that the activity model can be trained on the rules as they stood before a paper was added. Not
for use on its own."""

import importlib
import json
import sys
from pathlib import Path

from history import loose as loose_kinds

from boardwork.papers.readers import read_path

pipeline = importlib.import_module("boardwork.papers.extract.pipeline")
kinds = importlib.import_module("boardwork.papers.extract.kinds")
skips = []
skipped = getattr(pipeline, "_skipped", None)


if skipped is not None:

    def capture(u, *args, **kwargs):
        why = skipped(u, *args, **kwargs)
        text = getattr(u, "text", "")
        skips.append(
            {
                "number": getattr(u, "number", None),
                "text": text,
                "skip": why,
                "loose": loose_kinds(kinds, text),
            }
        )
        return why

    pipeline._skipped = capture
out = {}
for path in sys.stdin.read().split():
    skips.clear()
    try:
        paper = read_path(Path(path))
        extraction = pipeline.extraction_of(paper).to_dict()
    except Exception as e:  # an earlier reader or rule may refuse a file the current ones read
        out[path] = {"error": f"{type(e).__name__}: {e}"}
        continue
    out[path] = {"extraction": extraction, "skips": list(skips)}
json.dump(out, sys.stdout)
