"""The year each development paper reports on (`extract.dates.detect_cycle`) against its key, alone
and fast: a cycle rule's effect on the development papers in a minute instead of a full scoring.

The samples' and the development papers' files that have an extraction key are read once and cached
(pickled `Paper`s under $TMPDIR/cycles-papers.pkl, refreshed with `--fresh`: a reader change needs
it); each run then applies this tree's cycle rules to them and prints one line per file, OK or BAD,
the cycle read and the key's, with the paper's meeting date and title, then the share right (the
extraction figure `cycle` of `bench/scores.py`, which reads the same cycle through the whole import
path). Held-out papers are never read (`bench/scores.py`'s `--no-held-out` groups). Compare two
trees' outputs with `diff <(sort a) <(sort b)`.

    PYTHONPATH=$PWD .venv/bin/python bench/cycles.py > $TMPDIR/cycles.txt
    PYTHONPATH=$PWD .venv/bin/python bench/cycles.py --fresh   # read the files again
"""

import json
import os
import pickle
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import scores  # noqa: E402

from boardwork.papers.extract.dates import detect_cycle  # noqa: E402
from boardwork.papers.readers import ReadError, read_path  # noqa: E402
from boardwork.papers.readers.limits import Limits  # noqa: E402


def main() -> None:
    cache = Path(os.environ.get("TMPDIR") or tempfile.gettempdir()) / "cycles-papers.pkl"
    items = [
        (f, ex)
        for group, rows in scores.groups(no_held_out=True)
        if group != "real (held out)"
        for f, _ref, ex in rows
        if ex is not None
    ]
    if cache.exists() and "--fresh" not in sys.argv:
        papers = pickle.loads(cache.read_bytes())
    else:
        papers = {}
        for f, _ex in items:
            try:
                papers[str(f)] = read_path(f, Limits(heading_model=True))
            except ReadError:
                continue
        cache.write_bytes(pickle.dumps(papers))
    right = total = 0
    for f, ex in items:
        paper = papers.get(str(f))
        if paper is None:
            continue
        want = json.loads(ex.read_text(encoding="utf-8")).get("cycle") or None
        got = detect_cycle(paper).label or None
        total += 1
        right += got == want
        print(
            f"{'OK ' if got == want else 'BAD'} {Path(f).name:70} got={got} want={want} "
            f"md={paper.meta.meeting_date} title={(paper.meta.title or '')[:80]!r}"
        )
    print(f"cycle {right}/{total} = {right / max(total, 1):.4f}")


if __name__ == "__main__":
    main()
