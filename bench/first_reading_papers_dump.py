"""Run by bench/first_reading_numbered.py with an earlier commit's `boardwork` first on sys.path:
reads the files named on stdin with that commit's reader and prints each one's reading
(`Paper.to_dict()`) as JSON. Not for use on its own."""

import json
import sys
from pathlib import Path

from boardwork.papers.readers import read_path

out = {}
for path in sys.stdin.read().split():
    try:
        out[path] = read_path(Path(path)).to_dict()
    except Exception as e:  # an earlier reader may refuse a file the current one reads
        out[path] = {"error": f"{type(e).__name__}: {e}"}
json.dump(out, sys.stdout)
