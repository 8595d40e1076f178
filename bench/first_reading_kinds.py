"""How the kinds' patterns of this tree read the units the rules at first reading read for work and
read no kind in (`bench/first_reading_losses.py --units-out FILE`), the keyed ones and the others:

- "now": how many this tree's patterns read as work when read loosely (`kinds.classify`, else
  `kinds.action_cues`, without the author's name, as `bench/activity_history_dump.py` reads them);
  in sample on the development papers, whose words the verbs' lists were extended from;
- "then + last resort": among the units the first reading's own patterns read nothing in even
  loosely, how many `action_cues`' last resort alone (`kinds._any_deed` at 3906e03, not kept; a past-tense deed of the
  body whatever its verb) reads: what the last resort would have added to the rules as they stood,
  the fairer figure for papers the verbs' lists were not extended from.

Run it with PYTHONPATH set to the tree to judge (main's, a branch's) to compare their patterns.

    PYTHONPATH=/path/to/tree .venv/bin/python bench/first_reading_kinds.py FILE [--list]
"""

import json
import os
import sys
from collections import Counter

from boardwork.papers.extract import kinds

# BW_LAST_RESORT names another function of `kinds` of the same signature to judge the same way
# (`_genre_deeds`, the twenty-sixth extraction round).
any_deed = getattr(kinds, os.environ.get("BW_LAST_RESORT", "_any_deed"), None)


def loose(text):
    return list(kinds.classify(text)) or [k for k, _ in kinds.action_cues(text)]


units = json.loads(open(sys.argv[1]).read())
now, then, last, total = Counter(), Counter(), Counter(), Counter()
for u in units:
    side = "keyed" if u["keyed"] else "not keyed"
    total[side] += 1
    got = loose(u["text"])
    if got:
        now[side] += 1
    if not u["loose_then"]:
        then[side] += 1
        if any_deed is not None and any_deed(u["text"], ()):
            last[side] += 1
            if "--list" in sys.argv:
                print("last resort:", side, u["file"], u["number"], u["text"][:140].replace("\n", " "))
    if got and "--list" in sys.argv:
        print("now:", side, got, u["file"], u["number"], u["text"][:140].replace("\n", " "))
print("| units read for work, no kind, at first reading | keyed | not keyed |")
print("| --- | --- | --- |")
print(f"| all | {total['keyed']} | {total['not keyed']} |")
print(f"| read as work by this tree's patterns, loosely | {now['keyed']} | {now['not keyed']} |")
print(f"| nothing read loosely by the first reading's patterns | {then['keyed']} | {then['not keyed']} |")
print(f"| of these, read by the last resort alone | {last['keyed']} | {last['not keyed']} |")
