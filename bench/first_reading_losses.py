"""Where activities are lost on papers the rules were not written on: each development paper as the
rules stood before its key was added (its first reading), by cause.

For each development file, the extraction of the commit before its key was added and, per unit, why
those rules passed it over (`bench/activity_history_dump.py`, cached under $TMPDIR/activity_history,
as `bench/train_activity_model.py --history` reads them), with the shipped activity model applied to
those verdicts as an import applies it (veto and additions, `history_choice`; the shipped weights
were fitted on these papers, so its veto here is in sample and a lower bound). Then, with the shared
scorer's unit (a paragraph number):

- every keyed activity missed at first reading, by cause: vetoed by the model; the unit passed over
  (`pipeline._skipped`'s reason); read for work but no kind read (split by whether the loosely read
  kinds saw any); the key's text not a unit (the reading joined, split or dropped it, or numbered it
  otherwise);
- every activity found that the key lacks, by cause: added by the model; its text a keyed activity
  under another number; in a paper whose key has no work; else the section role it was read in;
- every keyed activity found with the wrong kinds (kinds missed and kinds extra, by kind);
- beside the missed: how many of those the rules read for work and read nothing in, even loosely,
  the kinds' last resort of this tree (`kinds._any_deed`, tried at 3906e03 and not kept: 0 without it) reads; and how many units of that class
  without a keyed activity it reads (what it would have added to the rules as they stood);
- beside each: how many of them are in a file whose first reading named another body as the paper's
  (its `paper.body`; a file whose reading named none is not counted);
- papers by whether the key has work and whether any was found at first reading, with the
  activities-F1 mean each cell and the whole imply (the shared scorer's F1 of the paragraph numbers:
  1 when both are empty, 0 when one is); and the same table again with this tree's judgements of
  what is not work (`pipeline.not_work`: a standing description, the meeting's own business, a
  heading …) taking out the activities found at first reading whose text they judge not work — what
  those judgements would have spared, or cost, at each paper's first reading;
- the same table with this tree's judgement of the paper as a whole (`pipeline.PaperRead.no_work`,
  `intentions.reports_no_work`: a paper of intentions, duties or business to come) taking out every
  activity found at first reading in a paper it judges so, alone and with `pipeline.not_work`.
- the activities found at first reading that this tree's `events.event_continuations` takes for
  paragraphs going on telling an event an earlier activity told ("During the visit …", NOTES 985),
  counted by activity (keyed or not, by the unit's number and text: a page's unnumbered paragraphs
  are one number to the scorer and to the counts above), and the papers' table with them taken out.

Counts are per file (as the means are: a paper's renditions count once each). Held-out papers are
never read. Prints counts only.

    TMPDIR=/tmp/x .venv/bin/python bench/first_reading_losses.py [--papers] [--none-read] [--units-out FILE]

`--none-read` lists, per file whose key has work and where the first reading (with the model) read
none, the cause of each keyed unit, and counts those files by cause (a file once under each cause
its keyed units have, and once under its first keyed unit's cause).

`--units-out FILE` writes the units of the class "read for work, no kind" (keyed or not) as JSON, for
`bench/first_reading_kinds.py` to read with the kinds' patterns of any tree. `--vetoed-out FILE` writes
the earlier rules' activities the model vetoed (with the kinds read then), and `--excluded-out FILE` the
units passed over as in an excluded section, keyed or not, in the same shape
(`bench/first_reading_minutes.py` reads all three). `--matched-out FILE` writes the keyed activities the
first reading found, each with the activity found of its text (its text as read then, the kinds read then
and the key's), for
`bench/first_reading_kinds.py --matched` to read with the kinds of any tree.
"""

import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault("BW_MODEL_OLD_LOOSE", "1")  # the shipped weights' training (ADR 0013)
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import train_activity_model as tam  # noqa: E402
from history import dumped, keyed_development  # noqa: E402
from scores import REAL, documents, held_out  # noqa: E402

from boardwork.papers.extract import kinds, pipeline  # noqa: E402
from boardwork.papers.extract.model import shipped_model  # noqa: E402

try:  # an event told over several paragraphs (NOTES 985): in this tree or not
    from boardwork.papers.extract import events
except ImportError:
    events = None

# BW_LAST_RESORT names another function of `kinds` of the same signature to judge the same way
# (`_genre_deeds`, the twenty-sixth extraction round).
LAST_NAME = os.environ.get("BW_LAST_RESORT", "_any_deed")
LAST = getattr(kinds, LAST_NAME, None)
NOT_WORK = getattr(pipeline, "not_work", None)


def f1(pred, ref):
    """The shared scorer's activities F1 of two sets of paragraph numbers."""
    if not pred and not ref:
        return 1.0
    hits = len(pred & ref)
    return 2 * hits / (len(pred) + len(ref)) if hits else 0.0


def cell(keyP, found):
    return f"key {'work' if keyP else 'none'} / found {'some' if found else 'none'}"


def judged_now(fname, predP, keyP, pred, judged, per_paper):
    """The paragraphs found at first reading less those whose every activity's text this tree's
    `pipeline.not_work` judges not work (counted in `judged`, listed in `per_paper`)."""
    now = set(predP)
    if NOT_WORK is None:
        return now
    for p, (a, _was_added) in predP.items():
        texts = [x.get("text", "") for x in pred["activities"] if tam.pnum(x.get("paragraph")) == p]
        why = [NOT_WORK(t) for t in texts]
        if texts and all(why):
            now.discard(p)
            keyed = "keyed" if p in keyP else "not keyed"
            judged[f"{keyed}: {why[0]}"] += 1
            per_paper[fname].append(
                f"judged not work {p or '-'} ({keyed}): {why[0]} {a.get('text', '')[:160]!r}"
            )
    return now


def folded_now(read, kept, added, key, folded, per_paper, fname):
    """The first reading's activities (each on the unit it was read in, in order) that this tree's
    `events.event_continuations` takes for paragraphs going on telling an event an earlier one told:
    counted in `folded` by whether the key holds an activity in that unit (its number and text), by
    activity, not by paragraph number (a page's unnumbered paragraphs are one number to the scorer).
    Returns the paragraph numbers whose every first-reading activity is folded."""
    if events is None:
        return set()
    acts = read.old_extraction["activities"]
    at = {}
    for i in kept:
        j = next((j for j, c in enumerate(read.candidates) if c.old == i), None)
        if j is not None:
            at.setdefault(j, acts[i])
    for j in added:
        at.setdefault(j, tam.guessed(read.candidates[j]))
    told = [
        events.Told(
            c.found.unit.text,
            id(c.found.unit.section),
            tuple(at[j].get("kinds") or ()) if j in at else None,
            tuple(at[j].get("organisations") or ()) if j in at else (),
            at[j].get("date") if j in at else None,
        )
        for j, c in enumerate(read.candidates)
    ]
    gone = Counter()
    for j, (_anchor, why) in events.event_continuations(told).items():
        u = read.candidates[j].found.unit
        keyed = any(
            tam.same_unit(k.get("paragraph"), k.get("text", ""), u.number, u.text) for k in key["activities"]
        )
        folded[f"{'keyed' if keyed else 'not keyed'}: {why}"] += 1
        gone[tam.pnum(u.number)] += 1
        per_paper[fname].append(
            f"folded into an event {u.number or '-'} ({'keyed' if keyed else 'not keyed'}): {why} {u.text[:160]!r}"
        )
    left = Counter(tam.pnum(read.candidates[j].found.unit.number) for j in at)
    return {p for p, n in gone.items() if n == left[p]}


def paper_table(cells, title):
    """Papers by key work/none and found some/none, with the activities-F1 mean they imply."""
    print(f"| {title} | papers | activities F1 mean |")
    print("| --- | --- | --- |")
    for cell in (
        "key none / found none",
        "key none / found some",
        "key work / found none",
        "key work / found some",
    ):
        scores = cells.get(cell, [])
        mean = f"{sum(scores) / len(scores):.3f}" if scores else "-"
        print(f"| {cell} | {len(scores)} | {mean} |")
    every = [x for v in cells.values() for x in v]
    print(f"| all | {len(every)} | {sum(every) / max(1, len(every)):.3f} |")


def last_resort(text):
    """Would the kinds' last resort of this tree read a deed in a unit (without the author's name, as
    the first reading's loose kinds were read)?"""
    return bool(LAST and LAST(text, ()))


def norm(s):
    return " ".join(re.findall(r"[a-z0-9]+", (s or "").lower()))


def same_body(a, b):
    a, b = norm(a), norm(b)
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def miss_cause(key_act, skips):
    """Why a keyed activity's unit was not read as work by the earlier rules, and that unit (or None)."""
    p = tam.pnum(key_act.get("paragraph"))
    text = key_act.get("text", "")
    numbered = [s for s in skips if tam.pnum(s["number"]) == p]
    unit = next((s for s in numbered if tam.same_text(s["text"], text)), None)
    if unit is None:
        if any(tam.same_text(s["text"], text) for s in skips):
            return "reading: the text a unit under another number", None
        if numbered:
            return "reading: the number's unit holds other text (joined or split)", None
        return "reading: the text not a unit", None
    if unit["skip"]:
        return f"skipped: {unit['skip']}", unit
    why = (
        "read for work, no kind (" + ("loose kinds read some" if unit.get("loose") else "nothing loose") + ")"
    )
    return why, unit


def extra_cause(act, key, added):
    if added:
        return "added by the model"
    if not key["activities"]:
        return "the key has no work in the paper"
    if any(tam.same_text(k["text"], act.get("text", "")) for k in key["activities"]):
        return "the key's activity under another number"
    return "another unit read as work" + (" (a theme)" if act.get("theme") else "")


def units_of(parent, files):
    """{file: [unit…]} for a commit whose pipeline has no `_skipped`: its units and the reasons its
    inline checks passed them over (`first_reading_units_dump.py`; cached beside the history)."""
    import tempfile

    cache = Path(tempfile.gettempdir()) / "activity_history"
    return dumped("first_reading_units_dump.py", parent, files, cache, f"units-{parent}.json")


def print_none_read(nothing, n_files):
    """The files whose key has work and where the first reading read none: each keyed unit's cause,
    and the files counted by cause (once under each cause present; once under the first unit's)."""
    any_cause, first_cause = Counter(), Counter()
    for units in nothing.values():
        for why in {why for _p, why, _k, _t in units}:
            any_cause[why] += 1
        if units:
            first_cause[units[0][1]] += 1
    print()
    print(
        f"Files whose key has work and where nothing was read at first reading: {len(nothing)} of {n_files}"
    )
    print()
    print("| cause of a keyed unit | files with a unit so | files whose first keyed unit is so | units |")
    print("| --- | --- | --- | --- |")
    units_by = Counter(why for units in nothing.values() for _p, why, _k, _t in units)
    for why, n in any_cause.most_common():
        print(f"| {why} | {n} | {first_cause[why]} | {units_by[why]} |")
    print()
    for fname, units in sorted(nothing.items()):
        print(fname)
        for p, why, k, text in units:
            print(f"    {p or '-'}: {why} {k} {text[:160]!r}")


def print_papers(cells, cells_now, judged, cells_paper=None, cells_both=None):
    """The papers at first reading by key work/none x found some/none, and again with this tree's
    `pipeline.not_work` (with what it judges not work), and with its paper-level judgement (alone and
    with `not_work`)."""
    print()
    paper_table(cells, "papers at first reading")
    if NOT_WORK is not None:
        print()
        paper_table(cells_now, "with this tree's `pipeline.not_work`")
        print()
        print(
            "| activities found at first reading that `pipeline.not_work` judges not work | files' activities |"
        )
        print("| --- | --- |")
        for why, n in sorted(judged.items(), key=lambda x: (-x[1], x[0])):
            print(f"| {why} | {n} |")
    if cells_paper is not None:
        print()
        paper_table(cells_paper, "with this tree's paper-level judgement (`PaperRead.no_work`) alone")
    if cells_both is not None and NOT_WORK is not None:
        print()
        paper_table(cells_both, "with `pipeline.not_work` and the paper-level judgement")


def print_folded(folded, cells_events):
    """The activities found at first reading that this tree's `events` folds into an event an
    earlier one told, keyed or not, and the papers' table with them taken out."""
    if events is None:
        return
    print()
    print(
        "| activities found at first reading that `events` folds into an earlier event | files' activities |"
    )
    print("| --- | --- |")
    for why, n in sorted(folded.items(), key=lambda x: (-x[1], x[0])):
        print(f"| {why} | {n} |")
    print(f"| all | {sum(folded.values())} |")
    print()
    paper_table(cells_events, "with this tree's `events` folding")


def kinds_of_matched(p, pred, key, counts, matched_out, fname):
    """The kinds of a keyed activity found at first reading: those missed and extra counted, and the
    activity written for `--matched-out`."""
    got = {k for x in pred["activities"] if tam.pnum(x.get("paragraph")) == p for k in x.get("kinds") or ()}
    want = {k for x in key["activities"] if tam.pnum(x.get("paragraph")) == p for k in x.get("kinds") or ()}
    kinds_missed, kinds_extra = counts
    for k in want - got:
        kinds_missed[k] += 1
    for k in got - want:
        kinds_extra[k] += 1
    if matched_out is None:
        return
    # each keyed activity with the activity found of its text (a paper's unnumbered paragraphs, or
    # bullets sharing a number, are one unit to the scorer but not to a kinds rule)
    found = [x for x in pred["activities"] if tam.pnum(x.get("paragraph")) == p]
    for ka in key["activities"]:
        if tam.pnum(ka.get("paragraph")) != p:
            continue
        same = [x for x in found if tam.same_text(x.get("text", ""), ka.get("text", ""))]
        x = same[0] if same else found[0] if len(found) == 1 else None
        if x is not None:
            matched_out.append(
                {
                    "file": fname,
                    "number": p,
                    "text": x.get("text", ""),
                    "kinds_then": sorted(x.get("kinds") or ()),
                    "kinds_key": sorted(ka.get("kinds") or ()),
                }
            )


def option_list(option):
    """A list to fill for an option that names an output file, or None when it is not given."""
    return [] if option in sys.argv else None


def write_out(outs):
    """Each output list filled, as JSON to the file its option names."""
    for option, rows in outs.items():
        if rows is not None:
            Path(sys.argv[sys.argv.index(option) + 1]).write_text(json.dumps(rows))


def vetoed_and_excluded(vetoed_out, excluded_out, fname, old, kept, keyP, skips):
    """For `--vetoed-out` and `--excluded-out`: the earlier rules' activities the model vetoed, and the
    units passed over as in an excluded section, keyed or not."""
    if vetoed_out is not None:
        for i, a in enumerate(old):
            if i not in kept:
                k = keyP.get(tam.pnum(a.get("paragraph")))
                vetoed_out.append(
                    {
                        "file": fname,
                        "number": a.get("paragraph"),
                        "text": a.get("text", ""),
                        "kinds_then": a.get("kinds") or [],
                        "keyed": bool(k and tam.same_text(a.get("text", ""), k.get("text", ""))),
                    }
                )
    if excluded_out is not None:
        for u in skips:
            if u["skip"] == "excluded section":
                k = keyP.get(tam.pnum(u["number"]))
                excluded_out.append(
                    {
                        "file": fname,
                        "number": u["number"],
                        "text": u["text"],
                        "keyed": bool(k and tam.same_text(u["text"], k.get("text", ""))),
                    }
                )


def main():
    papers = "--papers" in sys.argv
    none_read = "--none-read" in sys.argv
    nothing = {}  # file whose key has work and where nothing was read: [(number, cause, text)]
    units_out = [] if "--units-out" in sys.argv else None
    vetoed_out, excluded_out, matched_out = (
        option_list(o) for o in ("--vetoed-out", "--excluded-out", "--matched-out")
    )
    model = shipped_model()
    hold = held_out()
    tam.HISTORY = True
    rows = tam.load_history()
    parent_of = {stem: parent for stem, _ref, parent in keyed_development(REAL, hold)}
    missed, extra, kinds_missed, kinds_extra = Counter(), Counter(), Counter(), Counter()
    missed_author, extra_author, recovered = Counter(), Counter(), Counter()
    wrong_last = 0
    per_paper = defaultdict(list)
    cells, cells_now = defaultdict(list), defaultdict(list)
    # (a tree before the paper-level judgement has no `PaperRead.no_work`: those tables are not printed)
    paper_level = None
    cells_paper, cells_both = defaultdict(list), defaultdict(list)
    judged = Counter()
    folded, cells_events = Counter(), defaultdict(list)
    keyed = found_rules = found_import = matched = reconstructed = 0
    for stem, fname, _paper, key, read, _labels in rows:
        f = REAL / fname
        then = tam.earlier_readings(parent_of[stem], documents(REAL, stem))[str(f)]
        skips = then["skips"]
        if not skips:  # a commit before `_skipped`: its units from its own reading
            skips = units_of(parent_of[stem], documents(REAL, stem))[str(f)]
            reconstructed += 1
        for c in read.candidates:
            c.probability = model.probability(c.old_view)
        kept, added = tam.history_choice(read, model.add_at, model.veto_below, model.add_share_max)
        pred = tam.history_prediction(read, (kept, added))
        old = read.old_extraction["activities"]
        n_added = len(kept)
        body = read.old_extraction["paper"].get("body")
        author_wrong = bool(body) and not same_body(body, key["paper"].get("body"))
        keyP = {tam.pnum(a.get("paragraph")): a for a in key["activities"]}
        ruleP = {tam.pnum(a.get("paragraph")) for a in old}
        predP = {}
        for i, a in enumerate(pred["activities"]):
            predP.setdefault(tam.pnum(a.get("paragraph")), (a, i >= n_added))
        keyed += len(keyP)
        if keyP and not predP:
            nothing[fname] = []
        found_rules += len(ruleP)
        found_import += len(predP)
        for p, ka in keyP.items():
            if p in predP:
                matched += 1
                kinds_of_matched(p, pred, key, (kinds_missed, kinds_extra), matched_out, fname)
                continue
            why, unit = ("vetoed by the model", None) if p in ruleP else miss_cause(ka, skips)
            missed[why] += 1
            if fname in nothing:
                nothing[fname].append((p, why, ka.get("kinds"), ka.get("text", "")))
            if unit is not None and not unit["skip"] and not unit.get("loose") and last_resort(unit["text"]):
                recovered[why] += 1
            missed_author[why] += author_wrong
            per_paper[fname].append(
                f"missed {p or '-'}: {why} {ka.get('kinds')} {ka.get('text', '')[:160]!r}"
            )
        for u in skips:
            # the last resort on the units the earlier rules read for work and read nothing in, even
            # loosely, that hold no keyed activity: the work it would have read wrongly
            k = keyP.get(tam.pnum(u["number"]))
            keyed_here = bool(k and tam.same_text(u["text"], k.get("text", "")))
            if (
                u["skip"] is None
                and not u.get("loose")
                and tam.pnum(u["number"]) not in ruleP
                and not keyed_here
            ):
                wrong_last += last_resort(u["text"])
        if units_out is not None:
            # the units the earlier rules read for work and read no kind in (skip None, no activity):
            # keyed or not, for `--units-out` (how a kinds rule changes this class)
            for u in skips:
                if u["skip"] is None and tam.pnum(u["number"]) not in ruleP:
                    k = keyP.get(tam.pnum(u["number"]))
                    units_out.append(
                        {
                            "file": fname,
                            "number": u["number"],
                            "text": u["text"],
                            "loose_then": u.get("loose") or [],
                            "keyed": bool(k and tam.same_text(u["text"], k.get("text", ""))),
                            # the key's kinds where keyed, so a kinds rule is judged right or wrong
                            "key_kinds": (k.get("kinds") or []) if k else [],
                        }
                    )
        vetoed_and_excluded(vetoed_out, excluded_out, fname, old, kept, keyP, skips)

        # the paper as a whole, as read then and with this tree's judgements of what is not work
        cells[cell(keyP, predP)].append(f1(set(predP), set(keyP)))
        now = judged_now(fname, predP, keyP, pred, judged, per_paper)
        emptied = folded_now(read, kept, added, key, folded, per_paper, fname)
        cells_events[cell(keyP, set(predP) - emptied)].append(f1(set(predP) - emptied, set(keyP)))
        cells_now[cell(keyP, now)].append(f1(now, set(keyP)))
        if hasattr(read, "no_work"):
            paper_level = True
            whole = set() if read.no_work else set(predP)
            cells_paper[cell(keyP, whole)].append(f1(whole, set(keyP)))
            both = set() if read.no_work else now
            cells_both[cell(keyP, both)].append(f1(both, set(keyP)))
            if read.no_work and predP:
                per_paper[fname].append(
                    f"paper judged no work ({'keyed' if keyP else 'no work keyed'}): {read.no_work}"
                )
        for p, (a, was_added) in predP.items():
            if p in keyP:
                continue
            why = extra_cause(a, key, was_added)
            extra[why] += 1
            extra_author[why] += author_wrong
            per_paper[fname].append(f"extra {p or '-'}: {why} {a.get('kinds')} {a.get('text', '')[:160]!r}")
    print(
        f"first reading of {len(rows)} development files ({len({r[0] for r in rows})} papers), the import's"
    )
    print(f"reading (the earlier rules, the shipped model's veto and additions): keyed activities {keyed},")
    print(f"found by the rules {found_rules}, kept and added {found_import}, matched {matched}; the units of")
    print(f"{reconstructed} files from a commit before `_skipped` (its inline checks reconstructed)")
    print()
    print(
        "| keyed activity missed: cause | files' activities | of which the body read is not the key's "
        "| of which the kinds' last resort reads |"
    )
    print("| --- | --- | --- | --- |")
    for why, n in missed.most_common():
        print(f"| {why} | {n} | {missed_author[why]} | {recovered[why]} |")
    print(f"| all | {sum(missed.values())} | {sum(missed_author.values())} | {sum(recovered.values())} |")
    print()
    print(
        f"The kinds' last resort (`kinds.{LAST_NAME}`: {'in' if LAST else 'not in'} this tree) on the units the first"
    )
    print(
        f"reading read for work and read nothing in, even loosely, that hold no keyed activity: reads {wrong_last}"
    )
    print()
    print("| found, not in the key: cause | files' activities | of which the body read is not the key's |")
    print("| --- | --- | --- |")
    for why, n in extra.most_common():
        print(f"| {why} | {n} | {extra_author[why]} |")
    print(f"| all | {sum(extra.values())} | {sum(extra_author.values())} |")
    print()
    print("| kinds of matched activities | missed | extra |")
    print("| --- | --- | --- |")
    for k in sorted(
        set(kinds_missed) | set(kinds_extra), key=lambda k: (-(kinds_missed[k] + kinds_extra[k]), k)
    ):
        print(f"| {k} | {kinds_missed[k]} | {kinds_extra[k]} |")
    if paper_level:
        print_papers(cells, cells_now, judged, cells_paper, cells_both)
    else:
        print_papers(cells, cells_now, judged)
    print_folded(folded, cells_events)
    if none_read:
        print_none_read(nothing, len(rows))
    if units_out is not None:
        Path(sys.argv[sys.argv.index("--units-out") + 1]).write_text(json.dumps(units_out))
    write_out({"--vetoed-out": vetoed_out, "--excluded-out": excluded_out, "--matched-out": matched_out})
    if papers:
        print()
        for fname, lines in sorted(per_paper.items()):
            print(fname)
            for line in lines:
                print("   ", line)


if __name__ == "__main__":
    main()
