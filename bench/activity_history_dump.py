"""Run by bench/train_activity_model.py --history with an earlier commit's `boardwork` first on
sys.path: reads the files named on stdin with that commit's reader and extracts them with that
commit's rules (`extraction_of`, the rules alone), and prints, for each file, the extraction it made
and why its rules passed each unit over where that commit says (`pipeline._skipped`), as JSON, so
that the activity model can be trained on the rules as they stood before a paper was added. Not
for use on its own."""

import importlib
import json
import sys
from pathlib import Path

from boardwork.papers.readers import read_path

pipeline = importlib.import_module("boardwork.papers.extract.pipeline")
skips = []
skipped = getattr(pipeline, "_skipped", None)
if skipped is not None:

    def capture(u, *args, **kwargs):
        why = skipped(u, *args, **kwargs)
        skips.append({"number": getattr(u, "number", None), "text": getattr(u, "text", ""), "skip": why})
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
