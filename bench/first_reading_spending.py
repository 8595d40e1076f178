"""An item of the body's money spent, read at first reading: each development file as the rules
stood before its key was added (`activity_history_dump.py`'s units, in reading order, cached under
$TMPDIR/activity_history), with this tree's `pipeline._SPENDING_LEAD` and `_SPENDING_ITEM` applied
to them as `pipeline._spending_listed` applies them (an item up to six units after the lead; the
units' sections are not in the dump, so an item under an excluded section is counted too: an upper
bound). For each file it says whether the earlier rules read any activity in it, whether its key has
work, and which units the rule would read, keyed or not. Held-out papers are never read. Prints
counts and development files' names only.

    TMPDIR=/tmp/x .venv/bin/python bench/first_reading_spending.py
"""

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import train_activity_model as tam  # noqa: E402
from history import keyed_development  # noqa: E402
from scores import REAL, documents, held_out  # noqa: E402

from boardwork.papers.extract.pipeline import _SPENDING_ITEM, _SPENDING_LEAD  # noqa: E402


def main():
    hold = held_out()
    classes = Counter()
    for stem, ref, parent in keyed_development(REAL, hold):
        key = json.loads(ref.read_text())
        files = documents(REAL, stem)
        readings = tam.earlier_readings(parent, files)
        for f in files:
            then = readings.get(str(f), {})
            skips = then.get("skips") or []
            found = {
                tam.pnum(a.get("paragraph")) for a in (then.get("extraction") or {}).get("activities", [])
            }
            lead_at, read = None, []
            for i, s in enumerate(skips):
                if _SPENDING_LEAD.search(s["text"]) and not _SPENDING_ITEM.match(s["text"]):
                    lead_at = i
                    continue
                if lead_at is not None and i - lead_at <= 6 and _SPENDING_ITEM.match(s["text"]):
                    keyed = any(tam.same_text(k.get("text", ""), s["text"]) for k in key["activities"])
                    read.append(keyed)
            if not read:
                continue
            cls = ("key work" if key["activities"] else "key none") + (
                " / found some" if found else " / found none"
            )
            classes[cls] += 1
            print(f"{Path(f).name}: {cls}; the rule reads {len(read)} units, {sum(read)} of them keyed")
    print()
    print("| first reading (the earlier rules alone) | files the rule reads a unit in |")
    print("| --- | --- |")
    for cls, n in sorted(classes.items()):
        print(f"| {cls} | {n} |")


if __name__ == "__main__":
    main()
