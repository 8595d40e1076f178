"""Train the heading classifier of `boardwork/papers/readers/txt/heading_model.py`.

Reads every development plain-text paper of tests/data/real (those not listed in held-out.txt: the
held-out papers never enter training or the choice of thresholds) as the plain-text reader does,
and labels each unit the reader emitted (a paragraph-sized piece of text) with its key: a unit is a
heading when its text, as a heading would print it, is among the key's headings (case, spacing and
end punctuation ignored, as ../shared/tools/score_paper.py matches them). Fits a logistic
regression (scikit-learn, in the `train` extra only) on `heading_model.all_features`: layout only,
with the rules' own verdict among them or not (`--rules`).

Judged by grouped cross-validation: papers are left out, not lines (GroupKFold over stems, 8
folds). The out-of-fold probabilities choose the two thresholds — from which a unit the rules left
as text becomes a heading, and below which a heading of the rules becomes text — by the mean
headings F1 over the development papers. The final model is fitted on all of them and written,
with those thresholds and the CV figures, to boardwork/papers/readers/txt/heading_model.json.

    .venv/bin/python bench/train_heading_model.py --cv-only           # CV figures only
    .venv/bin/python bench/train_heading_model.py                     # CV, then write the model
    .venv/bin/python bench/train_heading_model.py --rules --cv-only   # the rules' verdict a feature
"""

import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from history import code_of, commit_before_added, fit_logistic  # noqa: E402
from scores import REAL, held_out, load_scorer  # noqa: E402

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph, Table  # noqa: E402
from boardwork.papers.readers import detect_format  # noqa: E402
from boardwork.papers.readers._shared.decode import decode_text  # noqa: E402
from boardwork.papers.readers.limits import Limits  # noqa: E402
from boardwork.papers.readers.txt.heading_model import (  # noqa: E402
    PaperContext,
    align,
    all_features,
    as_heading,
    revise,
)
from boardwork.papers.readers.txt.layout import Unit, _classify, layout  # noqa: E402

OUT = ROOT / "boardwork" / "papers" / "readers" / "txt" / "heading_model.json"
# A feature (or pair) is kept only when it is in this many training papers: fewer, and the model
# would learn one paper's layout.
MIN_PAPERS = int(os.environ.get("BW_HEAD_MIN_PAPERS", "3"))
C = float(os.environ.get("BW_HEAD_C", "0.3"))
FOLDS = int(os.environ.get("BW_HEAD_FOLDS", "8"))
RULES = "--rules" in sys.argv
# What the thresholds are chosen by: the mean of headings, numbered and sections (turning a numbered
# paragraph into a heading costs a numbered paragraph), or headings F1 alone.
OBJECTIVE = os.environ.get("BW_HEAD_OBJECTIVE", "structure")
# Train and judge on the reader as it stood before each paper was added (see load_history).
HISTORY = "--history" in sys.argv
# The units a named rule of the reader decided are left to the rules (`layout.Unit.rule`; an
# ablation: BW_HEAD_LOCK=0 lets the model overrule them, as before the lock).
LOCK = os.environ.get("BW_HEAD_LOCK", "1") != "0"
# Train on each development paper read twice, as the rules stood before it was added and as they
# read it now (`--both`, with `--history`): the first teaches where rules go wrong on a house not
# seen yet, the second that today's rules are right on the shapes they were since written for. The
# history CV judges the first readings out of fold and prints the second's out-of-fold figures too.
BOTH = "--both" in sys.argv
# "add,drop": skip the CV and write the model fitted on every paper with these thresholds.
FIXED = os.environ.get("BW_HEAD_FIXED", "")
# Pairs of features (an ablation: BW_HEAD_PAIRS=0 leaves them out of training).
PAIRS = os.environ.get("BW_HEAD_PAIRS", "1") != "0"
ADD_GRID = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01]
DROP_GRID = [0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5]


def norm(s):
    import re

    s = (s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower().strip(" .:;,")


def dev_files():
    """[(stem, plain-text file, key file)] of the development papers read as plain text."""
    hold = held_out()
    out = []
    for ref in sorted(REAL.glob("*.paper.json")):
        stem = ref.name.removesuffix(".paper.json")
        f = REAL / f"{stem}.txt"
        if stem in hold or not f.exists() or detect_format(f.read_bytes(), f.name) != "txt":
            continue
        out.append((stem, f, ref))
    return out


def make_row(stem, units, blocks, ref):
    """(stem, units, aligned blocks, key headings Counter, features, labels, key dict), or None."""
    aligned = align(units, blocks)
    if aligned is None:
        print(f"{stem}: units and blocks do not line up; left out")
        return None
    key = json.loads(ref.read_text(encoding="utf-8"))
    keyh = Counter(norm(b["text"]) for b in key["blocks"] if b.get("type") == "heading")
    ctx = PaperContext.of(units)
    feats, labels = [], []
    for k, b in enumerate(aligned):
        if b is None or isinstance(b, Table):
            feats.append(None)
            labels.append(None)
            continue
        text = b.text if isinstance(b, Heading) else as_heading(b).text
        feats.append(all_features(units, aligned, k, RULES, ctx))
        labels.append(int(norm(text) in keyh))
    return (stem, units, aligned, keyh, feats, labels, key)


def load():
    """The development papers as the reader reads them now."""
    rows = []
    for stem, f, ref in dev_files():
        seen = []

        def capture(units, blocks, seen=seen):
            seen.append((list(units), list(blocks)))
            return blocks

        layout(decode_text(f.read_bytes()), Limits(), revise_headings=capture)
        if not LOCK:
            for u in seen[0][0]:
                u.rule = ""
        if (row := make_row(stem, *seen[0], ref)) is not None:
            rows.append(row)
    return rows


def _block(d):
    t = d["type"]
    if t == "heading":
        return Heading(text=d["text"], level=d.get("level", 2))
    if t == "paragraph":
        return Paragraph(text=d["text"], number=d.get("number"))
    if t == "list_item":
        return ListItem(text=d["text"], number=d.get("number"), depth=d.get("depth", 1))
    return Table(header=d.get("header"), rows=d.get("rows") or [])


def load_history():
    """The development papers as the reader read them before each was added to the corpus: the
    rules' verdicts then are out of sample, as they are on a paper of a house not seen yet."""
    import subprocess
    import tempfile

    cache = Path(tempfile.gettempdir()) / "heading_history"
    cache.mkdir(exist_ok=True)
    by_parent = defaultdict(list)
    for stem, f, ref in dev_files():
        if (parent := commit_before_added(f)) is not None:
            by_parent[parent].append((stem, f, ref))
    rows = []
    for parent, items in sorted(by_parent.items()):
        out = cache / f"{parent}.json"
        if not out.exists():
            src = code_of(parent, cache)
            dumped = subprocess.run(
                [sys.executable, str(ROOT / "bench" / "heading_history_dump.py")],
                input="\n".join(str(f) for _, f, _ in items),
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "PYTHONPATH": str(src)},
            ).stdout
            out.write_text(dumped)
        got = json.loads(out.read_text())
        for stem, f, ref in items:
            d = got.get(str(f))
            if not d or "error" in d:
                continue
            units = [
                Unit(
                    text=u["text"],
                    kind=u["kind"],
                    number=u["number"],
                    indent=u["indent"],
                    gap=u["gap"],
                    table=Table(header=None, rows=[]) if u["table"] else None,
                    lines=list(u["lines"]) if isinstance(u["lines"], list) else [""] * u["lines"],
                    row=u["row"],
                )
                for u in d["units"]
            ]
            if LOCK:
                # Which units today's named rules decide (`Unit.rule`): the model may not overrule
                # them, on a paper of a house not seen yet as on these (the earlier reading's own
                # verdicts stay the rules' ones).
                _classify(units, Meta(title=d.get("title")), None, Limits())
            else:
                for u in units:
                    u.rule = ""
            if (row := make_row(stem, units, [_block(b) for b in d["blocks"]], ref)) is not None:
                rows.append(row)
    return rows


def heading_f1(blocks, keyh):
    ph = Counter(norm(b.text) for b in blocks if isinstance(b, Heading))
    common = sum((ph & keyh).values())
    if not ph and not keyh:
        return 1.0
    if not common:
        return 0.0
    p, r = common / sum(ph.values()), common / sum(keyh.values())
    return 2 * p * r / (p + r)


def fit(rows, idx):
    papers = defaultdict(set)
    for i in idx:
        for fs in rows[i][4]:
            for x in fs or ():
                papers[x].add(rows[i][0])
    vocab = {x for x, s in papers.items() if len(s) >= MIN_PAPERS and (PAIRS or "&" not in x)}
    X, y = [], []
    for i in idx:
        for fs, lab in zip(rows[i][4], rows[i][5], strict=True):
            if fs is not None:
                X.append({x: 1.0 for x in fs if x in vocab})
                y.append(lab)
    return fit_logistic(X, y, C, max_iter=5000)


def fit_both(rows, idx, now):
    """`fit` on the papers `idx`, with their readings by today's rules too when `now` has them."""
    if not now:
        return fit(rows, idx)
    both = rows + [now[rows[i][0]] for i in idx if rows[i][0] in now]
    return fit(both, list(idx) + list(range(len(rows), len(both))))


def probability(model, names):
    import math

    z = model["intercept"] + math.fsum(model["weights"].get(x, 0.0) for x in sorted(names))
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def revised(row, probs, add_at, drop_below):
    _, units, aligned, *_ = row
    return revise(units, aligned, probs, add_at, drop_below)


def figures(rows, probs, add_at, drop_below, full=None):
    per = [heading_f1(revised(r, p, add_at, drop_below), r[3]) for r, p in zip(rows, probs, strict=True)]
    out = {"headings": sum(per) / len(per)}
    if full is not None:
        for r, p in zip(rows, probs, strict=True):
            blocks = revised(r, p, add_at, drop_below)
            s = full(Paper(meta=Meta(), blocks=blocks).to_dict(), r[6])
            for k in ("numbered", "sections", "text_recall", "text_precision"):
                out[k] = out.get(k, 0.0) + s[k] / len(rows)
    return out, per


def objective(s):
    if OBJECTIVE == "headings":
        return s["headings"]
    return (s["headings"] + s["numbered"] + s["sections"]) / 3


def unit_counts(rows, probs, pick):
    tp = fp = fn = 0
    for r, ps in zip(rows, probs, strict=True):
        for b, p, lab in zip(r[2], ps, r[5], strict=True):
            if lab is None:
                continue
            got = pick(b, p)
            tp += got and lab
            fp += got and not lab
            fn += lab and not got
    pr, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return f"precision {pr:.3f} recall {rc:.3f} F1 {2 * pr * rc / max(1e-9, pr + rc):.3f}"


def main():
    from sklearn.model_selection import GroupKFold

    t0 = time.process_time()
    score_paper = load_scorer("score_paper")
    rows = load_history() if HISTORY else load()
    stems = [r[0] for r in rows]
    now = {r[0]: r for r in load()} if BOTH else {}
    now_rows = [now[s] for s in stems if s in now]
    n_units = sum(sum(lab is not None for lab in r[5]) for r in rows)
    n_pos = sum(sum(lab or 0 for lab in r[5]) for r in rows)
    n_key = sum(sum(r[3].values()) for r in rows)
    print(f"{len(rows)} development plain-text papers, {n_units} text units, {n_pos} labelled headings")
    print(
        f"  ({n_key} key headings; a key heading matched by no unit is a unit-splitting miss, out of reach)"
    )
    print(
        f"  the rules' verdict among the features: {'yes' if RULES else 'no'}; C {C}; min papers {MIN_PAPERS}"
    )
    if FIXED:
        # Thresholds chosen from an earlier `--cv-only` run (its figures go in `cv`): fit and write.
        add_at, drop = (float(x) for x in FIXED.split(","))
        m = fit_both(rows, list(range(len(rows))), now)
        write(m, len(rows), n_units, n_pos, json.loads(os.environ.get("BW_HEAD_CV", "{}")), add_at, drop)
        return
    probs = [[None] * len(r[1]) for r in rows]
    now_probs = {}
    for train, test in GroupKFold(n_splits=FOLDS).split(rows, groups=stems):
        m = fit_both(rows, train, now)
        for i in test:
            probs[i] = [None if fs is None else probability(m, fs) for fs in rows[i][4]]
            if stems[i] in now:
                now_probs[stems[i]] = [None if fs is None else probability(m, fs) for fs in now[stems[i]][4]]
    rules_label = (
        "the rules as they stood before each paper (out of sample)" if HISTORY else "rules (in sample)"
    )
    print(
        f"units, {rules_label}:",
        unit_counts(rows, probs, lambda b, p: isinstance(b, Heading)),
    )
    print("units, model alone at 0.5 (out of fold):", unit_counts(rows, probs, lambda b, p: p >= 0.5))
    base, base_per = figures(rows, probs, 2.0, -1.0, score_paper)
    print(f"{rules_label}:", " ".join(f"{k} {v:.3f}" for k, v in base.items()))
    alone, _ = figures(rows, probs, 0.5, 0.5, score_paper)
    print("model alone (>= 0.5 a heading, out of fold):", " ".join(f"{k} {v:.3f}" for k, v in alone.items()))
    best = None
    for add_at in ADD_GRID:
        line = []
        for drop in DROP_GRID:
            s, per = figures(rows, probs, add_at, drop, score_paper)
            down = sum(a < b - 1e-9 for a, b in zip(per, base_per, strict=True))
            up = sum(a > b + 1e-9 for a, b in zip(per, base_per, strict=True))
            goal = objective(s)
            line.append(f"{s['headings']:.3f}/{goal:.3f}({up}+/{down}-)")
            if best is None or goal > best[0] + 1e-9:
                best = (goal, add_at, drop, up, down)
        print(f"  add from {add_at:.2f}, drop below {DROP_GRID} (headings/objective): " + " ".join(line))
    _, add_at, drop, up, down = best
    if BOTH:
        nprobs = [now_probs[r[0]] for r in now_rows]
        nbase, nbase_per = figures(now_rows, nprobs, 2.0, -1.0, score_paper)
        print("today's rules (in sample):", " ".join(f"{k} {v:.3f}" for k, v in nbase.items()))
        for a in ADD_GRID:
            line = []
            for d in DROP_GRID:
                s, per = figures(now_rows, nprobs, a, d, score_paper)
                dn = sum(x < y - 1e-9 for x, y in zip(per, nbase_per, strict=True))
                u = sum(x > y + 1e-9 for x, y in zip(per, nbase_per, strict=True))
                line.append(f"{s['headings']:.3f}/{objective(s):.3f}({u}+/{dn}-)")
            print(f"  today's reading, out of fold, add from {a:.2f}: " + " ".join(line))
    chosen, per = figures(rows, probs, add_at, drop, score_paper)
    print(
        f"chosen by CV: add from {add_at}, drop below {drop}:",
        " ".join(f"{k} {v:.3f}" for k, v in chosen.items()),
        f"({up} papers' headings up, {down} down; objective {objective(chosen):.3f}, "
        f"{rules_label} {objective(base):.3f})",
    )
    for st, a, b in sorted(zip(stems, per, base_per, strict=True)):
        if abs(a - b) > 1e-9:
            print(f"    {st}: {b:.3f} -> {a:.3f}")
    print(f"cpu {time.process_time() - t0:.1f} s, load average {os.getloadavg()[0]:.2f}")
    if "--cv-only" in sys.argv:
        return
    m = fit_both(rows, list(range(len(rows))), now)
    cv = {
        "folds": FOLDS,
        "rules_alone": {k: round(v, 3) for k, v in base.items()},
        "model_alone": {k: round(v, 3) for k, v in alone.items()},
        "with_model": {k: round(v, 3) for k, v in chosen.items()},
        "papers_up": up,
        "papers_down": down,
    }
    write(m, len(rows), n_units, n_pos, cv, add_at, drop)


def write(m, papers, n_units, n_pos, cv, add_at, drop):
    model = {
        "about": "Logistic regression over boardwork.papers.readers.txt.heading_model.all_features, "
        "trained by bench/train_heading_model.py on the development plain-text papers of tests/data/real; "
        "see docs/adr/0014-learned-heading-classifier.md.",
        "trained_on": {"papers": papers, "units": n_units, "headings": n_pos},
        "C": C,
        "min_papers": MIN_PAPERS,
        "rules": RULES,
        "history": HISTORY,
        "both": BOTH,
        "objective": OBJECTIVE,
        "cv": cv,
        "add_at": add_at,
        "drop_below": drop,
        "intercept": m["intercept"],
        "weights": dict(sorted(m["weights"].items())),
    }
    OUT.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(m['weights'])} weights")


if __name__ == "__main__":
    main()
