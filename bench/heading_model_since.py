"""The shipped heading weights judged on the development papers added after they were trained.

`heading_model.json` was fitted on the development plain-text papers of its day; papers added since
are out of sample for its weights *and* its thresholds. Each is read as the reader stood before its
key was added (its first reading, as `bench/train_heading_model.py --history` reads it, cached under
$TMPDIR/heading_history) and scored three ways: the rules alone; the shipped weights at a grid of
thresholds; a model retrained on all the development papers, out of fold (grouped 8-fold CV, as the
training script judges). So a retrain (more papers) and a threshold change (the same weights) can be
told apart on papers neither chose. No held-out paper is read.

    .venv/bin/python bench/heading_model_since.py                # papers added after the last retrain
    .venv/bin/python bench/heading_model_since.py --since f78068c6   # after another commit
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
SINCE = sys.argv[sys.argv.index("--since") + 1] if "--since" in sys.argv else None
sys.argv += ["--history", "--rules"]

import train_heading_model as T  # noqa: E402

from boardwork.papers.readers.txt.heading_model import HeadingModel, PaperContext  # noqa: E402

GRID_ADD = (0.5, 0.7, 0.85, 1.01)
GRID_DROP = (0.05, 0.1, 0.15, 0.2, 0.3)


def git(*args):
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)


def added_after(stem, since):
    found = git(
        "log", "--diff-filter=A", "--format=%H", "--", f"tests/data/real/{stem}.paper.json"
    ).stdout.split()
    return bool(found) and git("merge-base", "--is-ancestor", found[-1], since).returncode != 0


def main():
    from sklearn.model_selection import GroupKFold

    # (The commit that last changed how many papers the weights were trained on: the last retrain.)
    since = (
        SINCE
        or git(
            "log", "-1", "-G", '"papers": [0-9]', "--format=%H", "--", str(T.OUT.relative_to(ROOT))
        ).stdout.strip()
    )
    shipped = HeadingModel.from_dict(json.loads(T.OUT.read_text(encoding="utf-8")))
    rows = T.load_history()
    score = T.load_scorer("score_paper")
    new = [i for i, r in enumerate(rows) if added_after(r[0], since)]
    print(f"{len(rows)} development plain-text papers; {len(new)} added after {since[:8]} (out of sample)")
    oof = [[None] * len(r[1]) for r in rows]
    for train, test in GroupKFold(n_splits=T.FOLDS).split(rows, groups=[r[0] for r in rows]):
        m = T.fit(rows, train)
        for i in test:
            oof[i] = [None if fs is None else T.probability(m, fs) for fs in rows[i][4]]
    ship = []
    for _, units, aligned, _, feats, *_ in rows:
        ctx = PaperContext.of(units)
        ship.append(
            [
                None if fs is None else shipped.probability(units, aligned, k, ctx)
                for k, fs in enumerate(feats)
            ]
        )
    for name, sel in (("added since", new), ("all", list(range(len(rows))))):
        sub = [rows[i] for i in sel]
        base, base_per = T.figures(sub, [ship[i] for i in sel], 2.0, -1.0, score)
        print(f"[{name}, {len(sel)}] rules alone: " + " ".join(f"{k} {v:.3f}" for k, v in base.items()))
        for label, probs in (("shipped weights", ship), ("retrained, out of fold", oof)):
            print(f"  {label} (headings/mean of headings, numbered, sections; papers up/down vs the rules):")
            for add_at in GRID_ADD:
                cells = []
                for drop in GRID_DROP:
                    s, per = T.figures(sub, [probs[i] for i in sel], add_at, drop, score)
                    up = sum(a > b + 1e-9 for a, b in zip(per, base_per, strict=True))
                    down = sum(a < b - 1e-9 for a, b in zip(per, base_per, strict=True))
                    cells.append(f"{drop}: {s['headings']:.3f}/{T.objective(s):.3f} ({up}+/{down}-)")
                print(f"    add from {add_at}, drop below " + "  ".join(cells))


if __name__ == "__main__":
    main()
