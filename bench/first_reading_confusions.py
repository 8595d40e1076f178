"""Kinds confused at first reading: for each keyed activity the import matched at each development
paper's first reading (the rules as they stood before its key, the shipped model's veto and
additions, as `bench/first_reading_losses.py` reads them), the key's kinds against the kinds read
then (fixed by history) and now (this tree's import of the same paper with the shipped model, the
activity at the same unit), counted:

- kinds missed and extra, by kind, then and now (the first table of `first_reading_losses.py` is
  "then");
- confusions: a kind the key has and the reading lacks, beside a kind the reading has and the key
  lacks, at the same activity ("partnership for publication"), then and now; a kind missed with no
  other read ("research for nothing") and a kind read over the key's ("+ media");
- with `--list`, each activity whose kinds differ from the key's, now: file, number, key kinds,
  then, now, and its text's opening.

A unit is the key's when its paragraph number is the key's and, in a paper whose units carry no
numbers, its text is the key's too (the opening words; NOTES 890). Counts are per file, as the
means are. Held-out papers are never read. Run with PYTHONPATH set to the tree to judge.

    TMPDIR=/tmp/x PYTHONPATH=. .venv/bin/python bench/first_reading_confusions.py [--list] [--then-only]
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from first_reading_losses import shipped_model, tam  # noqa: E402

from boardwork.papers.extract import extraction_of  # noqa: E402


def same(number, text, a):
    """Is activity `a` at the unit (number, text)?"""
    if tam.pnum(a.get("paragraph")) != tam.pnum(number):
        return False
    return bool(tam.pnum(number)) or tam.same_text(a.get("text", ""), text)


def kinds_at(acts, number, text):
    got = [a for a in acts if same(number, text, a)]
    return {k for a in got for k in a.get("kinds") or ()} if got else None


def confusions(want, got):
    """The confusion classes of one activity: each kind missed against each kind read extra."""
    if got is None:
        return ["not read now"]
    missed, extra = sorted(want - got), sorted(got - want)
    out = [f"{m} read as {e}" for m in missed for e in extra]
    if missed and not extra:
        out += [f"{m} missed, nothing else read" for m in missed]
    if extra and not missed:
        out += [f"{e} read beside the key's" for e in extra]
    return out


def main():
    listing = "--list" in sys.argv
    then_only = "--then-only" in sys.argv
    model = shipped_model()
    tam.HISTORY = True
    miss, extra, conf = Counter(), Counter(), Counter()
    matched = 0
    lines = []
    by_number = Counter()  # the scorer's (paragraph number, kind) pairs at matched numbers
    number_lines = []
    for _stem, fname, paper, key, read, _labels in tam.load_history():
        for c in read.candidates:
            c.probability = model.probability(c.old_view)
        kept, added = tam.history_choice(read, model.add_at, model.veto_below, model.add_share_max)
        pred = tam.history_prediction(read, (kept, added))
        now_acts = None if then_only else extraction_of(paper, model=model).to_dict()["activities"]
        matched_then = {tam.pnum(a.get("paragraph")) for a in key["activities"]} & {
            tam.pnum(a.get("paragraph")) for a in pred["activities"]
        }
        for label, acts in (("then", pred["activities"]), ("now", now_acts)):
            # (now: at the numbers matched then, so that both count the same activities)
            if acts is None:
                continue
            want_at, got_at = {}, {}
            for a in key["activities"]:
                want_at.setdefault(tam.pnum(a.get("paragraph")), []).append(a)
            for a in acts:
                got_at.setdefault(tam.pnum(a.get("paragraph")), []).append(a)
            for p in want_at.keys() & got_at.keys() & matched_then:
                want = {k for a in want_at[p] for k in a.get("kinds") or ()}
                got = {k for a in got_at[p] for k in a.get("kinds") or ()}
                for how, kinds_, told in (
                    ("missed", want - got, want_at[p]),
                    ("extra", got - want, got_at[p]),
                ):
                    for kind in kinds_:
                        by_number[label, how, kind] += 1
                        number_lines.extend(
                            f"{label} {how} {kind} {fname} {p or '-'}: {' '.join(a.get('text', '').split())[:160]!r}"
                            for a in told
                            if kind in (a.get("kinds") or ())
                        )
        seen = set()
        for k in key["activities"]:
            number, text = k.get("paragraph"), k.get("text", "")
            unit = (tam.pnum(number), " ".join(tam.words(text))[:60] if not tam.pnum(number) else "")
            if unit in seen:
                continue
            seen.add(unit)
            then = kinds_at(pred["activities"], number, text)
            if then is None:
                continue
            matched += 1
            want = kinds_at(key["activities"], number, text) or set()
            now = None if then_only else kinds_at(now_acts, number, text)
            for label, got in (("then", then), ("now", now)):
                if label == "now" and then_only:
                    continue
                for kind in want - (got or set()):
                    miss[label, kind] += 1
                for kind in (got or set()) - want:
                    extra[label, kind] += 1
                for c in confusions(want, got):
                    conf[label, c] += 1
            if listing and (then != want or (now is not None and now != want)):
                lines.append(
                    f"{fname} {number or '-'}: key {sorted(want)} then {sorted(then)} "
                    f"now {sorted(now) if now is not None else None}: {' '.join(text.split())[:200]!r}"
                )
    labels = ("then",) if then_only else ("then", "now")
    print(f"keyed activities matched at first reading: {matched}")
    print()
    print("| kind | " + " | ".join(f"missed {x} | extra {x}" for x in labels) + " |")
    print("| --- |" + " --- | --- |" * len(labels))
    every = sorted({k for _, k in miss} | {k for _, k in extra})
    for kind in sorted(every, key=lambda k: -sum(miss[x, k] + extra[x, k] for x in labels)):
        print(f"| {kind} | " + " | ".join(f"{miss[x, kind]} | {extra[x, kind]}" for x in labels) + " |")
    print(
        "| all | "
        + " | ".join(
            f"{sum(v for (y, _), v in miss.items() if y == x)} | {sum(v for (y, _), v in extra.items() if y == x)}"
            for x in labels
        )
        + " |"
    )
    print()
    print("| confusion | " + " | ".join(labels) + " |")
    print("| --- |" + " --- |" * len(labels))
    names = sorted({c for _, c in conf}, key=lambda c: (-sum(conf[x, c] for x in labels), c))
    for c in names:
        print(f"| {c} | " + " | ".join(str(conf[x, c]) for x in labels) + " |")
    print()
    print("As the scorer pairs them (paragraph number, kind; a paper's unnumbered units one number):")
    print("| kind | " + " | ".join(f"missed {x} | extra {x}" for x in labels) + " |")
    print("| --- |" + " --- | --- |" * len(labels))
    every = sorted({k for _, _, k in by_number})
    for kind in sorted(
        every, key=lambda k: -sum(by_number[x, m, k] for x in labels for m in ("missed", "extra"))
    ):
        print(
            f"| {kind} | "
            + " | ".join(f"{by_number[x, 'missed', kind]} | {by_number[x, 'extra', kind]}" for x in labels)
            + " |"
        )
    if listing:
        print()
        print("\n".join(lines))
        print()
        print("\n".join(number_lines))


if __name__ == "__main__":
    main()
