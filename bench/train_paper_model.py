"""Judge a paper-level judgement "this paper reports work done", as the gate of the activity model's
additions, on the history CV of `bench/train_activity_model.py` (tried and not shipped:
tests/data/real/NOTES.md 1980-1989).

Each development paper is read as in `train_activity_model.py --history` (the rules as they stood
before its key was added stand in for the rules on a paper of a house not seen yet). The activity
model's probabilities are out of fold (grouped folds over papers); the paper model is a logistic
regression over `paper_features` (title and heading words in at least MIN_PAPERS training
papers, shares of units in the past tense, the first person, the author named, meeting verbs, dates
and figures, the rules' count and share of activities, the activity model's probabilities over the
paper's units), labelled by the key (has activities or none), fitted on the same training folds and
scored on the test fold: never in sample. The gate is then searched over the history CV:

- `gate`: additions open where the paper model gives at least g (besides the rules' share cap),
  in place of "the rules read at least one activity" (`pipeline.additions_open`);
- `empty_add`: the add threshold in a paper the rules read nothing in (opened by the paper model);
- `none_below`: a paper the paper model gives less than h reads no work (activities the veto would
  spare are kept).

Prints each setting's figures (activities, kinds, organisations, dates, policies; the objective is
the mean of activities and kinds) and the papers by class (`zero_class`: key work / found none, key
none / found some), and the paper model's area under the ROC curve, out of fold.

    BW_MODEL_OLD_LOOSE=1 .venv/bin/python bench/train_paper_model.py --history [--write]

`--write` fits the paper model on every development paper and writes it, with the best setting (on a
tie to the fourth decimal the higher gate and the lower "none below"), to $TMPDIR/paper_model.json.
The activity probabilities are cached in $TMPDIR/paper_model_rows<BW_MODEL_SEED>.pickle
(BW_PAPER_FRESH=1 rebuilds it); BW_PAPER_ADDS, BW_PAPER_VETOES and BW_PAPER_SHARES list the activity
model's settings searched (default: the shipped weights' own).
"""

import json
import math
import os
import pickle
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

if "--history" not in sys.argv:
    sys.argv.append("--history")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_activity_model as tam  # noqa: E402
from history import fit_logistic  # noqa: E402

from boardwork.papers.extract.model import UnitView, features  # noqa: E402

OUT = Path(tempfile.gettempdir()) / "paper_model.json"
C_PAPER = float(os.environ.get("BW_PAPER_C", "0.3"))
_WORD = re.compile(r"[a-z][a-z'-]+")
_MIN_LEN = 3
# The unit features whose share over the paper's units is a feature of the paper.
_SHARES = (
    "past",
    "perfect",
    "future",
    "modal",
    "we",
    "author named",
    "meeting verbs",
    "date",
    "year",
    "figures",
    "starts with verb",
    "item",
    "role=excluded",
    "role=theme",
    "loose kinds 0",
)


def _bucket(n: float, edges: tuple[float, ...]) -> int:
    return sum(n >= e for e in edges)


def paper_features(title: str, units: list[tuple[UnitView, float, bool]]) -> dict[str, float]:
    """The paper's features, by name, from its title and its units: each unit's view, the activity
    model's probability for it, and whether the rules read it as an activity."""
    us = list(units)
    f: dict[str, float] = {}
    for w in set(_WORD.findall(title.lower())):
        if len(w) >= _MIN_LEN:
            f["t:" + w] = 1.0
    heads = {u.section_title for u, _, _ in us if u.section_title}
    for h in heads:
        for w in set(_WORD.findall(h.lower())):
            if len(w) >= _MIN_LEN:
                f["h:" + w] = 1.0
    n = len(us)
    f[f"units {_bucket(n, (1, 3, 6, 12, 25, 50))}"] = 1.0
    rules = sum(r for _, _, r in us)
    f[f"rules {min(rules, 3)}"] = 1.0
    if n:
        f[f"rules share {_bucket(rules / n, (0.01, 0.2, 0.4, 0.6))}"] = 1.0
        unit_f = [features(u) for u, _, _ in us]
        for name in _SHARES:
            share = sum(name in uf for uf in unit_f) / n
            f[f"{name} share {_bucket(share, (0.01, 0.25, 0.5, 0.75))}"] = 1.0
        ps = sorted((p for _, p, _ in us), reverse=True)
        f[f"top {_bucket(ps[0], (0.2, 0.3, 0.4, 0.5, 0.6, 0.7))}"] = 1.0
        f[f"mean {_bucket(sum(ps) / n, (0.1, 0.2, 0.3, 0.4))}"] = 1.0
        f[f"from 0.3 {min(sum(p >= 0.3 for p in ps), 4)}"] = 1.0
        f[f"from 0.5 {min(sum(p >= 0.5 for p in ps), 3)}"] = 1.0
        if us[0][0].first_person_paper:
            f["paper first person"] = 1.0
        if us[0][0].numbered_paper:
            f["paper numbered"] = 1.0
    return f


GATE_GRID = [None, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
EMPTY_GRID = [None, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8]
# BW_PAPER_NEED_KIND=1: in a paper the rules read nothing in, a unit is added only when its kinds are read
# loosely (not given `support` for want of any).
NEED_KIND = os.environ.get("BW_PAPER_NEED_KIND") == "1"
NONE_GRID = [None, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]


def shipped():
    return json.loads(tam.OUT.read_text(encoding="utf-8"))


def rows_with_probabilities():
    """The history rows with out-of-fold activity probabilities on their candidates (cached)."""
    seed = os.environ.get("BW_MODEL_SEED", "")
    cache = Path(tempfile.gettempdir()) / f"paper_model_rows{seed}.pickle"
    if cache.exists() and os.environ.get("BW_PAPER_FRESH") != "1":
        return pickle.loads(cache.read_bytes())
    rows = tam.load()
    stems = [r[0] for r in rows]
    split = tam.folds(rows, stems)
    for train, test in split:
        m = tam.fit(rows, train)
        for i in test:
            for c in rows[i][4].candidates:
                c.probability = tam.probability(m, c)
    try:
        cache.write_bytes(pickle.dumps((rows, split)))
    except Exception as e:  # a reading that does not pickle: recomputed next time
        print(f"not cached: {e}")
    return rows, split


def view_of(c):
    return c.old_view


def paper_row_features(row):
    _, _, paper, _, read, _ = row
    units = [(view_of(c), c.probability or 0.0, c.old is not None) for c in read.candidates]
    return paper_features(paper.meta.title or "", units)


def vocabulary(X, idx, stems):
    papers = defaultdict(set)
    for i in idx:
        for k in X[i]:
            papers[k].add(stems[i])
    return {k for k, s in papers.items() if k[:2] not in ("t:", "h:") or len(s) >= tam.MIN_PAPERS}


def logistic(m, f):
    z = m["intercept"] + math.fsum(m["weights"].get(k, 0.0) * v for k, v in sorted(f.items()))
    return 1 / (1 + math.exp(-z)) if z > -700 else 0.0


def fit_paper(X, y, idx, stems):
    vocab = vocabulary(X, idx, stems)
    return fit_logistic(
        [{k: v for k, v in X[i].items() if k in vocab} for i in idx], [y[i] for i in idx], C_PAPER, 2000
    )


def auc(idx, s, y):
    pos = [s[i] for i in idx if y[i]]
    neg = [s[i] for i in idx if not y[i]]
    return sum((a > b) + 0.5 * (a == b) for a in pos for b in neg) / max(1, len(pos) * len(neg))


def choice(read, pp, add_at, veto_below, share, gate, empty_add, none_below):
    """(kept, added) as `tam.history_choice`, with the paper model's gate."""
    acts = read.old_extraction["activities"]
    best = {}
    for c in read.candidates:
        if c.old is not None and c.probability is not None:
            best[c.old] = max(best.get(c.old, 0.0), c.probability)
    kept = tuple(
        i for i, a in enumerate(acts) if veto_below is None or best.get(i, 1.0) >= veto_below or tam.spared(a)
    )
    rules = sum(c.old is not None for c in read.candidates)
    n = len(read.candidates)
    if gate is None:
        opened = share >= 1.0 or (rules >= 1 and rules <= share * n)
    else:
        opened = pp >= gate and (share >= 1.0 or rules <= share * n)
    at = add_at if rules else (empty_add if empty_add is not None else add_at)
    added = ()
    if at is not None and opened and (rules or gate is not None):
        added = tuple(
            j
            for j, c in enumerate(read.candidates)
            if c.old is None
            and c.probability is not None
            and c.probability >= at
            and (rules or not NEED_KIND or c.old_view.loose_kinds)
        )
    if none_below is not None and pp < none_below:
        kept = tuple(i for i in kept if tam.spared(acts[i]))
        added = ()
    return kept, added


def main():
    t0 = time.process_time()
    score = tam.load_scorer("score_extraction")
    rows, split = rows_with_probabilities()
    stems = [r[0] for r in rows]
    y = [int(bool(r[3]["activities"])) for r in rows]
    X = [paper_row_features(r) for r in rows]
    pp = [0.0] * len(rows)
    for train, test in split:
        m = fit_paper(X, y, train, stems)
        for i in test:
            pp[i] = logistic(m, X[i])
    every = range(len(rows))
    empty = [i for i in every if not rows[i][4].old_extraction["activities"]]
    top = [max((c.probability or 0.0 for c in r[4].candidates), default=0.0) for r in rows]
    print(
        f"{len(rows)} files; key has work in {sum(y)}. The paper model out of fold, area under the ROC "
        f"curve: every paper {auc(every, pp, y):.3f} (the best unit alone {auc(every, top, y):.3f}); the "
        f"{len(empty)} the earlier rules read nothing in {auc(empty, pp, y):.3f} (best unit "
        f"{auc(empty, top, y):.3f})"
    )
    s = shipped()
    base = (s["add_at"], s["veto_below"], s["add_share_max"])
    scored = {}

    def run(add_at, veto, share, gate, empty_add, none_below):
        per, classes = [], dict.fromkeys(tam.CLASSES, 0)
        for i, (_, _, _, key, read, _) in enumerate(rows):
            ch = choice(read, pp[i], add_at, veto, share, gate, empty_add, none_below)
            if (i, ch) not in scored:
                scored[i, ch] = score(tam.history_prediction(read, ch), key)
            per.append(scored[i, ch])
            classes[tam.zero_class({"activities": ch[0] + ch[1]}, key)] += 1
        m = {f: sum(x[f] for x in per if f in x) / sum(f in x for x in per) for f in tam.FIELDS}
        return m, classes, per

    def show(label, res):
        m, classes, _ = res
        obj = sum(m[f] for f in tam.OBJECTIVE) / len(tam.OBJECTIVE)
        print(
            f"  {label}: " + " ".join(f"{f} {m[f]:.3f}" for f in tam.FIELDS),
            f"objective {obj:.3f};",
            ", ".join(f"{c} {n}" for c, n in classes.items()),
        )
        return obj

    rules_alone = run(None, None, 1.0, None, None, None)
    show("the earlier rules alone", rules_alone)
    ref = run(*base, None, None, None)
    show(f"the shipped setting {base} (activity model out of fold)", ref)
    results = {}
    adds = [float(a) for a in os.environ.get("BW_PAPER_ADDS", f"{base[0]}").split(",")]
    vetoes = [float(v) for v in os.environ.get("BW_PAPER_VETOES", f"{base[1]}").split(",")]
    shares = [float(v) for v in os.environ.get("BW_PAPER_SHARES", f"{base[2]}").split(",")]
    for add_at in adds:
        for veto in vetoes:
            for share in shares:
                for gate in GATE_GRID:
                    for empty_add in EMPTY_GRID if gate is not None else [None]:
                        for none_below in NONE_GRID:
                            setting = (add_at, veto, share, gate, empty_add, none_below)
                            results[setting] = run(*setting)
    obj = {k: sum(v[0][f] for f in tam.OBJECTIVE) / len(tam.OBJECTIVE) for k, v in results.items()}
    names = ("add", "veto", "share", "gate", "empty add", "none below")
    print("  the best settings (paper model out of fold):")
    for k in sorted(results, key=lambda k: -obj[k])[:15]:
        d = [sum(a[f] - b[f] for f in tam.OBJECTIVE) for a, b in zip(results[k][2], ref[2], strict=True)]
        show(
            ", ".join(f"{n} {v}" for n, v in zip(names, k, strict=True))
            + f" [up {sum(x > 1e-9 for x in d)} down {sum(x < -1e-9 for x in d)}]",
            results[k],
        )
    print("  each decision alone on the shipped setting:")
    for k in results:
        if k[:3] == base and sum(x is not None for x in k[3:]) <= 2 and (k[4] is None or k[3] is not None):
            if k[3] is None and k[4] is None and k[5] is None:
                continue
            if k[5] is not None and k[3] is not None:
                continue
            show(", ".join(f"{n} {v}" for n, v in zip(names[3:], k[3:], strict=True)), results[k])
    if os.environ.get("BW_PAPER_OUT"):
        Path(os.environ["BW_PAPER_OUT"]).write_text(
            json.dumps(
                [{"setting": k, "objective": obj[k], **results[k][0], **results[k][1]} for k in results]
            )
        )
    print(f"cpu {time.process_time() - t0:.1f} s, load average {os.getloadavg()[0]:.2f}")
    if "--write" in sys.argv:
        m = fit_paper(X, y, list(every), stems)
        # On a tie (to the fourth decimal) the higher gate and the lower "none below": the fewer papers moved.
        best = max(results, key=lambda k: (round(obj[k], 4), k[3] or 0.0, -(k[5] or 0.0)))
        OUT.write_text(
            json.dumps(
                {
                    "about": "Logistic regression over bench/train_paper_model.py's paper_features, "
                    "trained by bench/train_paper_model.py (not shipped; tests/data/real/NOTES.md 1980-1989).",
                    "C": C_PAPER,
                    "add_share_max": best[2],
                    "gate": best[3],
                    "empty_add": best[4],
                    "none_below": best[5],
                    "intercept": m["intercept"],
                    "weights": dict(sorted(m["weights"].items())),
                },
                indent=0,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
