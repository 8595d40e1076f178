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

`--matched` reads instead the keyed activities the first reading found (`bench/first_reading_losses.py
--matched-out FILE`) and asks how `classify` and its fallback (`action_cues`) are best combined on
them, each read loosely without the author's name: `classify` else the fallback (as the pipeline
combines them), both (their union), and the fallback's kinds added only from the sentences `classify`
reads nothing in (a second deed it did not cover). For each: the kinds read that the key has (right),
that it lacks (wrong), and the key's kinds missed; and the kinds each merge adds, right and wrong, by
kind (what a merge would have done to the kinds of the development papers as they stood).

    PYTHONPATH=/path/to/tree .venv/bin/python bench/first_reading_kinds.py FILE --matched [--list]
"""

import json
import os
import sys
from collections import Counter

from boardwork.papers.extract import kinds
from boardwork.papers.extract.text import norm_text, sentences

# BW_LAST_RESORT names another function of `kinds` of the same signature to judge the same way
# (`_genre_deeds`, the twenty-sixth extraction round).
any_deed = getattr(kinds, os.environ.get("BW_LAST_RESORT", "_any_deed"), None)


def loose(text):
    return list(kinds.classify(text)) or [k for k, _ in kinds.action_cues(text)]


def merged(text, how):
    """The kinds of a unit read loosely, `classify` and the fallback combined as `how` says."""
    main = list(kinds.classify(text))
    cues = [k for k, _ in kinds.action_cues(text)]
    if how == "classify, else the fallback" or not main:
        return main or cues
    if how == "both":
        return main + [k for k in cues if k not in main]
    extra = []  # the fallback's kinds of the sentences classify reads nothing in
    for _, s in sentences(norm_text(text)):
        if not kinds.classify(s):
            extra += [k for k, _ in kinds.action_cues(s) if k not in main and k not in extra]
    return main + extra


def matched(rows):
    """`--matched`: the merges compared on the keyed activities the first reading found."""
    ways = ("classify, else the fallback", "both", "the fallback in sentences classify reads nothing in")
    right, wrong, missed = Counter(), Counter(), Counter()
    added = {w: Counter() for w in ways[1:]}
    for r in rows:
        key = set(r["kinds_key"])
        base = set(merged(r["text"], ways[0]))
        for w in ways:
            got = set(merged(r["text"], w))
            right[w] += len(got & key)
            wrong[w] += len(got - key)
            missed[w] += len(key - got)
            if w == ways[0]:
                continue
            for k in got - base:
                added[w][(k, k in key)] += 1
                if "--list" in sys.argv:
                    print(
                        w, "+", k, "right" if k in key else "wrong", r["file"], r["number"], r["text"][:140]
                    )
    print(f"| {len(rows)} keyed activities found at first reading | kinds right | wrong | key's missed |")
    print("| --- | --- | --- | --- |")
    for w in ways:
        print(f"| {w} | {right[w]} | {wrong[w]} | {missed[w]} |")
    print()
    print("| kinds added | " + " | ".join(f"{w}: right / wrong" for w in ways[1:]) + " |")
    print("| --- |" + " --- |" * len(ways[1:]))
    for k in sorted({k for c in added.values() for k, _ in c}):
        print(
            f"| {k} | "
            + " | ".join(f"{added[w][(k, True)]} / {added[w][(k, False)]}" for w in ways[1:])
            + " |"
        )


units = json.loads(open(sys.argv[1]).read())
if "--matched" in sys.argv:
    matched(units)
    sys.exit()
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
