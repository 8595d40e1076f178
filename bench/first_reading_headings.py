"""Plain-text heading errors at first reading, counted by the line's shape.

Each development plain-text paper is read as the reader stood before its key was added (its first
reading: `bench/heading_history_dump.py` on the commit before, cached under $TMPDIR/heading_history,
as `bench/train_heading_model.py --history` reads it); the heading model's verdicts on it are out of
fold (grouped 8-fold CV over the papers, the rules' verdict among the features, as the shipped model
is trained) and combined with the rules at the shipped thresholds. Every heading the reading has and
the key lacks (FP) and every key heading it lacks (FN) is counted by shape: the summary's classes
(capitals or mixed case, title or level 2+, opening or body), then length, end, numbering, blank
lines around, what follows (a list, a paragraph, a heading), whether a named rule decided it and
whether its text is a heading in other development papers' keys too. No held-out paper is read.

    .venv/bin/python bench/first_reading_headings.py            # counts by class and by trait
    .venv/bin/python bench/first_reading_headings.py --lines    # and each error's line (development)
    .venv/bin/python bench/first_reading_headings.py --titles-now   # the title as today's reader takes it

The title is the rules' call alone (the model never makes or unmakes it), so a rule of today's title
choice cannot change an earlier reading: `--titles-now` gives each earlier reading the title today's
reader takes on the file instead of its own (the earlier title stays a heading only where today's
reading has it as one), so that a change to the title rules is judged on the same earlier readings
(run it before and after the change; rules written from these papers are in sample all the same).
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.argv += ["--history", "--rules"]

import train_heading_model as T  # noqa: E402

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Table  # noqa: E402
from boardwork.papers.readers.txt.heading_model import as_heading  # noqa: E402


def probabilities(rows):
    from sklearn.model_selection import GroupKFold

    stems = [r[0] for r in rows]
    probs = [[None] * len(r[1]) for r in rows]
    for train, test in GroupKFold(n_splits=T.FOLDS).split(rows, groups=stems):
        m = T.fit(rows, train)
        for i in test:
            probs[i] = [None if fs is None else T.probability(m, fs) for fs in rows[i][4]]
    return probs


def f1(got, keyh):
    """Headings F1 of a reading's headings (a Counter of normalised texts) against the key's."""
    common = sum((got & keyh).values())
    if not got and not keyh:
        return 1.0
    if not common:
        return 0.0
    p, r = common / sum(got.values()), common / sum(keyh.values())
    return 2 * p * r / (p + r)


def before_after(turned, held_as, columns):
    """The before/after loop of the judges of one reader rule at first reading
    (`first_reading_colon_labels.py`, `first_reading_numbered_names.py`): each development paper's
    first reading (the model's verdicts out of fold, at the shipped thresholds) as it stood, and with
    `turned(units, aligned)` applied (today's rule: the new blocks and the units it turned, held by the
    rules as `held_as` so that the model leaves them alone). Prints the means of headings F1 and of the
    shared scorer's `columns` before and after; returns each paper's row and the units turned in it."""
    score_paper = T.load_scorer("score_paper")
    rows = T.load_history()
    probs = probabilities(rows)
    model = json.loads(T.OUT.read_text(encoding="utf-8"))
    add_at, drop = model["add_at"], model["drop_below"]
    sums = {"before": [0.0] * (1 + len(columns)), "after": [0.0] * (1 + len(columns))}
    turns = []
    for r, p in zip(rows, probs, strict=True):
        units, aligned, keyh = r[1], r[2], r[3]
        new, changed = turned(units, aligned)
        before = T.revise(units, aligned, p, add_at, drop)
        rules = [u.rule for u in units]
        for k in changed:
            units[k].rule = held_as  # (a named rule's verdict: the model leaves it alone)
        after = T.revise(units, new, p, add_at, drop)
        for u, rule in zip(units, rules, strict=True):
            u.rule = rule
        for name, blocks in (("before", before), ("after", after)):
            s = score_paper(Paper(meta=Meta(), blocks=blocks).to_dict(), r[6])
            got = Counter(T.norm(b.text) for b in blocks if isinstance(b, Heading))
            for i, v in enumerate((f1(got, keyh), *(s[c] for c in columns))):
                sums[name][i] += v
        turns.append((r, changed))
    n = len(rows)
    print(
        f"{n} papers at first reading (rules + model out of fold at {add_at}/{drop}): "
        + " / ".join(("headings", *columns))
    )
    for name, v in sums.items():
        print(f"  {name:6} " + " / ".join(f"{x / n:.4f}" for x in v))
    return turns


def traits(units, aligned, k, text, others, blocks_k=None):
    u = units[k]
    letters = [c for c in text if c.isalpha()]
    words = len(text.split())
    nxt = next((j for j in range(k + 1, len(units)) if aligned[j] is not None), None)
    nb = aligned[nxt] if nxt is not None else None
    return {
        "case": "capitals" if letters and all(c.isupper() for c in letters) else "mixed case",
        "place": "opening" if k < 5 else "body",
        "words": "1-3" if words <= 3 else "4-8" if words <= 8 else "9-14" if words <= 14 else "15+",
        "end": ":"
        if text.endswith(":")
        else "."
        if text.endswith(".")
        else "?"
        if text.endswith("?")
        else "digit"
        if text[-1:].isdigit()
        else "letter"
        if text[-1:].isalpha()
        else "other",
        "number": (u.kind or "-") + ("+n" if u.number else ""),
        "gap before/after": f"{min(u.gap, 1)}/{min(units[k + 1].gap, 1) if k + 1 < len(units) else 'end'}",
        "followed by": "end"
        if nb is None
        else "heading"
        if isinstance(nb, Heading)
        else "list"
        if isinstance(nb, ListItem)
        else "table"
        if isinstance(nb, Table)
        else "paragraph",
        "named rule": u.rule or "-",
        "year": "year" if re.search(r"\b(?:19|20)\d\d\b", text) else "-",
        "in other keys": "yes" if others > 0 else "no",
        "verdict": "rules" if blocks_k is None else blocks_k,
    }


def titles_now():
    """Each development plain-text paper's title as today's reader takes it (normalised), and the
    normalised texts of its headings."""
    from boardwork.papers.readers import read_path
    from boardwork.papers.readers.limits import Limits

    out = {}
    for stem, f, _ in T.dev_files():
        paper = read_path(f, Limits())
        heads = [b for b in paper.blocks if isinstance(b, Heading)]
        title = next((T.norm(b.text) for b in heads if b.level == 1), None)
        out[stem] = (title, Counter(T.norm(b.text) for b in heads))
    return out


def with_title_now(got, title, now):
    """The earlier reading's headings (a Counter of normalised texts) with today's title for its own."""
    new, heads_now = now
    if title == new:
        return got
    got = Counter(got)
    if title is not None and not heads_now[title]:
        got[title] -= 1
    if new is not None and not got[new]:
        got[new] += 1
    return +got


def main():
    rows = T.load_history()
    now = titles_now() if "--titles-now" in sys.argv else None
    probs = probabilities(rows)
    model = json.loads(T.OUT.read_text(encoding="utf-8"))
    add_at, drop = model["add_at"], model["drop_below"]
    key_papers = Counter()
    for r in rows:
        for h in r[3]:
            key_papers[h] += 1
    by_class, by_trait, lines = Counter(), Counter(), []
    per = []
    for r, p in zip(rows, probs, strict=True):
        stem, units, aligned, keyh = r[0], r[1], r[2], r[3]
        blocks = T.revise(units, aligned, p, add_at, drop)
        got = Counter(T.norm(b.text) for b in blocks if isinstance(b, Heading))
        title = next((T.norm(b.text) for b in blocks if isinstance(b, Heading) and b.level == 1), None)
        if now is not None and stem in now:
            got, title = with_title_now(got, title, now[stem]), now[stem][0]
        per.append(f1(got, keyh))
        # Which unit each normalised text is (the first).
        at = {}
        for k, b in enumerate(aligned):
            if b is None or isinstance(b, Table):
                continue
            t = T.norm((b if isinstance(b, Heading) else as_heading(b)).text)
            at.setdefault(t, k)
        key_title = next(
            (T.norm(b["text"]) for b in r[6]["blocks"] if b.get("type") == "heading" and b.get("level") == 1),
            None,
        )
        for side, texts in (("FP", got - keyh), ("FN", keyh - got)):
            for h in texts:
                is_title = h == (title if side == "FP" else key_title)
                if h not in at:
                    cls = f"heading {side} ({'title' if is_title else 'level 2+'}; no unit)"
                    by_class[cls] += 1
                    lines.append((stem, side, "no unit", h))
                    continue
                k = at[h]
                text = units[k].text.strip()
                was = isinstance(aligned[k], Heading)
                src = "model" if (side == "FP") != was else "rules"
                tr = traits(units, aligned, k, text, key_papers[h] - (1 if side == "FN" else 0), src)
                cls = f"heading {side} ({tr['case']}, {'title' if is_title else 'level 2+'}, {tr['place']})"
                by_class[cls] += 1
                for name, v in tr.items():
                    by_trait[(side, name, v)] += 1
                lines.append((stem, side, ", ".join(f"{v}" for v in tr.values()), text[:90]))
    print(
        f"{len(rows)} papers; first-reading headings (rules + model out of fold at {add_at}/{drop}): "
        f"{sum(per) / len(per):.4f}"
    )
    for cls, n in by_class.most_common():
        print(f"  {n:4} {cls}")
    for side in ("FP", "FN"):
        print(f"\n{side} by trait:")
        names = sorted({t[1] for t in by_trait if t[0] == side})
        for name in names:
            vals = sorted(
                ((n, v) for (s, nm, v), n in by_trait.items() if s == side and nm == name), reverse=True
            )
            print(f"  {name}: " + ", ".join(f"{v} {n}" for n, v in vals))
    if "--lines" in sys.argv:
        for ln in sorted(lines):
            print(" | ".join(ln))


if __name__ == "__main__":
    main()
