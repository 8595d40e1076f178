"""A body's own work told in its minutes, at first reading (NOTES 1310): what this tree's rules for the
genre do to the units the rules at first reading read, each development paper as the rules stood
before its key was added (`bench/first_reading_losses.py --units-out A --vetoed-out B --excluded-out C`):

- of the units read for work with no kind (A), keyed or not: how many this tree's kinds' patterns and
  `reported_kinds` still read nothing in, and of those how many `pipeline.minute_engagement_kinds` (a
  visit the minute tells of) reads;
- of the earlier rules' activities the shipped model vetoed (B): how many a deed read again in what
  the meeting was told (`reported_kinds` reading one of the kinds read then) would keep from the veto
  (tried and not kept, NOTES 1313);
- of the units passed over in an excluded section (C): how many have the shape of the chair's remarks
  run on under a procedural item (`pipeline._CHAIRS_REMARK`, nothing procedural in them): the
  dump keeps no section title, so `pipeline.chairs_remarks_under_procedure`'s heading is not asked.

Held-out papers are never in the files. Counts per side (keyed, not keyed); `--list` prints each.

    PYTHONPATH=/path/to/tree .venv/bin/python bench/first_reading_minutes.py A B C [--list]
"""

import json
import sys
from collections import Counter

from boardwork.papers.extract import kinds, pipeline

LIST = "--list" in sys.argv
units, vetoed, excluded = (json.loads(open(f).read()) for f in sys.argv[1:4])


def side(u):
    return "keyed" if u["keyed"] else "not keyed"


def show(tag, u, got=""):
    if LIST:
        print(tag, side(u), got, u["file"], u["number"], u["text"][:140].replace("\n", " "))


none_read, nothing_now, visits = Counter(), Counter(), Counter()
for u in units:
    none_read[side(u)] += 1
    if kinds.classify(u["text"], unknown_author=True) or pipeline.reported_kinds(u["text"]):
        continue
    nothing_now[side(u)] += 1
    if got := pipeline.minute_engagement_kinds(u["text"]):
        visits[side(u)] += 1
        show("visit", u, got)
all_vetoed, spared = Counter(), Counter()
for u in vetoed:
    all_vetoed[side(u)] += 1
    if any(k in u["kinds_then"] for k in pipeline.reported_kinds(u["text"])):
        spared[side(u)] += 1
        show("spared", u, u["kinds_then"])
all_excluded, own = Counter(), Counter()
for u in excluded:
    all_excluded[side(u)] += 1
    if pipeline._CHAIRS_REMARK.match(u["text"]) and not pipeline._PROCEDURAL_MATTER.search(u["text"]):
        own[side(u)] += 1
        show("excluded", u)
print("| at first reading | keyed | not keyed |")
print("| --- | --- | --- |")
for label, c in (
    ("units read for work, no kind", none_read),
    ("of which this tree's kinds and `reported_kinds` read nothing", nothing_now),
    ("of which `minute_engagement_kinds` reads", visits),
    ("the earlier rules' activities the model vetoed", all_vetoed),
    ("of which a deed read again in reported speech (not kept)", spared),
    ("units passed over in an excluded section", all_excluded),
    ("of which the chair's remarks' shape", own),
):
    print(f"| {label} | {c['keyed']} | {c['not keyed']} |")
