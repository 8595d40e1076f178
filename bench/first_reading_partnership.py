"""Partnership and lobbying read at first reading, right and wrong, by this tree's kinds: for each
activity the import found at each development paper's first reading (the rules as they stood before
its key, the shipped model's veto and additions, as `bench/first_reading_losses.py` reads them), the
kinds this tree's patterns read in its text alone (`kinds.classify`, else `kinds.action_cues`, no
author words; none where `pipeline.not_work` judges the text not work), against the key:

- right: the key has an activity at that paragraph number with that kind;
- kind the key lacks: the key has an activity there, without that kind;
- activity the key lacks: the key has no activity at that number.

"then" counts the kinds the first reading itself gave (fixed by history); "now" this tree's. Run it
with PYTHONPATH set to the tree to judge, to compare two trees' "now". Held-out papers are never read.

    TMPDIR=/tmp/x PYTHONPATH=. .venv/bin/python bench/first_reading_partnership.py [--list]

`--list` prints each wrong read of this tree (kind, status, file, number, the text's opening).
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from first_reading_losses import shipped_model, tam  # noqa: E402

from boardwork.papers.extract import kinds, pipeline  # noqa: E402

KINDS = ("partnership", "lobbying")


def main():
    listing = "--list" in sys.argv
    model = shipped_model()
    tam.HISTORY = True
    counts = Counter()
    for _stem, fname, _paper, key, read, _labels in tam.load_history():
        for c in read.candidates:
            c.probability = model.probability(c.old_view)
        kept, added = tam.history_choice(read, model.add_at, model.veto_below, model.add_share_max)
        pred = tam.history_prediction(read, (kept, added))
        keyed = {}
        for a in key["activities"]:
            keyed.setdefault(tam.pnum(a.get("paragraph")), set()).update(a.get("kinds") or ())
        for a in pred["activities"]:
            p = tam.pnum(a.get("paragraph"))
            text = a.get("text", "")
            then = set(a.get("kinds") or ())
            now = set()
            if pipeline.not_work(text) is None:
                now = set(kinds.classify(text, unknown_author=True)) or {
                    k for k, _ in kinds.action_cues(text)
                }
            for kind in KINDS:
                if p in keyed and kind in keyed[p]:
                    status = "right"
                else:
                    status = "kind the key lacks" if p in keyed else "activity the key lacks"
                for label, got in (("then", then), ("now", now)):
                    counts[kind, label, status] += kind in got
                if listing and kind in now and status != "right":
                    print(f"wrong {kind} ({status}) {fname} {p or '-'}: {text[:140]!r}")
    print("| kind | read | right | kind the key lacks | activity the key lacks |")
    print("| --- | --- | --- | --- | --- |")
    for kind in KINDS:
        for label in ("then", "now"):
            row = [counts[kind, label, s] for s in ("right", "kind the key lacks", "activity the key lacks")]
            print(f"| {kind} | {label} | {row[0]} | {row[1]} | {row[2]} |")


if __name__ == "__main__":
    main()
