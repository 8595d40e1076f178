"""Work told to a meeting in reported speech, at first reading (NOTES 1210): of the units the rules at
first reading read for work and read no kind in (`bench/first_reading_losses.py --units-out FILE`),
keyed or not, how many this tree's `pipeline.reported_kinds` reads (the deed after a reporting verb
and its "that", in the past perfect), where this tree's kinds' patterns read nothing in the unit's
text as a whole (`kinds.classify`, without the author's name, as the dump reads units). Held-out papers
are never in the file.

    PYTHONPATH=/path/to/tree .venv/bin/python bench/first_reading_reported.py FILE [--list]
"""

import json
import sys
from collections import Counter

from boardwork.papers.extract import kinds, pipeline

units = json.loads(open(sys.argv[1]).read())
total, told, read = Counter(), Counter(), Counter()
for u in units:
    side = "keyed" if u["keyed"] else "not keyed"
    total[side] += 1
    if kinds.classify(u["text"], unknown_author=True):
        continue
    told[side] += bool(pipeline._REPORTED.search(u["text"]))
    got = pipeline.reported_kinds(u["text"])
    if got:
        read[side] += 1
        if "--list" in sys.argv:
            print(side, got, u["file"], u["number"], u["text"][:140].replace("\n", " "))
print("| units read for work, no kind, at first reading | keyed | not keyed |")
print("| --- | --- | --- |")
print(f"| all | {total['keyed']} | {total['not keyed']} |")
print(
    f"| no kind read by this tree's patterns, a reporting verb and its 'that' | {told['keyed']} | {told['not keyed']} |"
)
print(f"| read by `reported_kinds` | {read['keyed']} | {read['not keyed']} |")
