"""Run by bench/train_heading_model.py with an earlier commit's `boardwork` first on sys.path: reads
the plain-text files named on stdin with that commit's reader and prints, for each, the units its
emitter read and the blocks it made (JSON), so that the heading model can be judged against the
rules as they stood before a paper was added. Not for use on its own."""

import importlib
import json
import sys

from boardwork.papers.readers import Limits
from boardwork.papers.readers.txt import read

lay = importlib.import_module("boardwork.papers.readers.txt.layout")
seen = []
emit = lay._emit


def capture(units, *args, **kwargs):
    blocks = emit(units, *args, **kwargs)
    seen.append((units, blocks))
    return blocks


lay._emit = capture
out = {}
for path in sys.stdin.read().split():
    seen.clear()
    try:
        paper = read(open(path, "rb").read(), Limits())
    except Exception as e:  # an earlier reader may refuse a file the current one reads
        out[path] = {"error": str(e)}
        continue
    units, blocks = seen[-1]
    out[path] = {
        "units": [
            {
                "text": u.text,
                "kind": u.kind,
                "number": u.number,
                "indent": u.indent,
                "gap": u.gap,
                "table": u.table is not None,
                "lines": list(u.lines),
                "row": bool(getattr(u, "row", False)),
            }
            for u in units
        ],
        "blocks": [b.__dict__ | {"type": b.type} for b in blocks],
        "title": paper.meta.title,
    }
json.dump(out, sys.stdout)
