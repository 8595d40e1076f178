"""What sets a short line in the text's own case apart as a heading, counted at first reading.

Each development plain-text paper is read as the reader stood before its key was added (its first
reading, as `bench/first_reading_headings.py` and `bench/train_heading_model.py --history` read it,
cached under $TMPDIR/heading_history). The lines counted are the ones the held-out heading classes
are largest in: a unit of its own, fourteen words at most, no number of its own, no closing stop or
colon, not in capitals, with blank lines before and after it (not the title). Each is counted by its
key (a heading or not) and the rules' verdict then, split by

- what follows it: prose (twelve words or more closing with a stop), another such short line, a
  list item, a numbered unit, anything else;
- how many other lines of its shape in the same paper stand over prose (its siblings);
- the run of short lines it is in (any case, no prose between) and its place in that run;
- whether the paper's body has begun (a paragraph of prose before it).

`--simulate` then makes text of the rules' headings inside such runs under a few definitions of
"inside" and prints the mean headings F1 of the first readings (the rules alone, no model) before and
after, and the papers moved. `--context-features` adds features of the same kind (the run, the
siblings, the line after next) to the heading model's and reports grouped 8-fold CV as
`bench/train_heading_model.py` does (scikit-learn, the `train` extra). No held-out paper is read.

    .venv/bin/python bench/first_reading_heading_context.py
    .venv/bin/python bench/first_reading_heading_context.py --simulate
    .venv/bin/python bench/first_reading_heading_context.py --context-features
"""

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.argv += ["--history", "--rules"]

import train_heading_model as T  # noqa: E402
from first_reading_headings import probabilities  # noqa: E402

from boardwork.papers.document import Heading, Paragraph, Table, clean  # noqa: E402
from boardwork.papers.readers.txt.heading_model import CROSSED, as_heading  # noqa: E402

_END = re.compile(r"[.!?;:…]['\"’”)\]]*$")


def prose(u) -> bool:
    t = clean(u.text)
    return u.table is None and len(t.split()) >= 12 and _END.search(t) is not None


def short(u) -> bool:
    t = clean(u.text)
    return bool(t) and u.table is None and u.kind is None and len(t.split()) <= 14 and not _END.search(t)


def capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def runs(units, aligned):
    """(first, last) of each run of consecutive short units."""
    n, k = len(units), 0
    while k < n:
        if aligned[k] is None or not short(units[k]):
            k += 1
            continue
        j = k
        while j + 1 < n and aligned[j + 1] is not None and short(units[j + 1]):
            j += 1
        yield k, j
        k = j + 1


def labelled(aligned, k, keyh) -> bool:
    b = aligned[k]
    return T.norm((b if isinstance(b, Heading) else as_heading(b)).text) in keyh


def counts(rows) -> None:
    tables: dict[str, Counter] = {}
    total = Counter()
    for r in rows:
        units, aligned, keyh = r[1], r[2], r[3]
        n = len(units)
        first = next((i for i, u in enumerate(units) if prose(u)), n)
        place = {}
        for k, j in runs(units, aligned):
            for x in range(k, j + 1):
                place[x] = (
                    min(j - k + 1, 4),
                    "last" if x == j else "before last" if x == j - 1 else "inside",
                )
        shaped = [
            k
            for k, b in enumerate(aligned)
            if b is not None
            and not isinstance(b, Table)
            and not (isinstance(b, Heading) and b.level == 1)
            and short(units[k])
            and not capitals(units[k].text)
            and units[k].gap > 0
            and k + 1 < n
            and units[k + 1].gap > 0
        ]
        for k in shaped:
            nxt = units[k + 1]
            after = (
                "prose"
                if prose(nxt)
                else "short line"
                if short(nxt)
                else "list item"
                if nxt.kind in ("bullet", "alpha")
                else "numbered"
                if nxt.kind
                else "other"
            )
            siblings = min(sum(1 for j in shaped if j != k and prose(units[j + 1])), 3)
            rule = "rules: heading" if isinstance(aligned[k], Heading) else "rules: text"
            key = "key: heading" if labelled(aligned, k, keyh) else "key: text"
            total[(rule, key)] += 1
            for name, value in (
                ("followed by", after),
                ("siblings over prose", siblings),
                ("run of short lines (length, place)", place.get(k)),
                ("body begun (prose before it)", k > first),
            ):
                tables.setdefault(name, Counter())[(rule, value, key)] += 1
    print(f"{sum(total.values())} short lines in the text's own case set apart by blank lines:")
    for rule in ("rules: heading", "rules: text"):
        print(f"  {rule}: key heading {total[(rule, 'key: heading')]}, key text {total[(rule, 'key: text')]}")
    for name, c in tables.items():
        print(f"\n{name}:")
        for rule, value in sorted({(a, b) for a, b, _ in c}, key=str):
            print(
                f"  {rule:15} {str(value):26} key heading {c[(rule, value, 'key: heading')]:4}"
                f"  key text {c[(rule, value, 'key: text')]:4}"
            )


def inside(definition: str, units, aligned) -> set[int]:
    """The rules' headings (mixed case, blank lines each side, after the first prose) that a
    definition of "inside a run of short lines" makes text."""
    n = len(units)
    first = next((i for i, u in enumerate(units) if prose(u)), n)
    out = set()
    for k, j in runs(units, aligned):
        if k <= first:
            continue
        for x in range(k, j + 1):
            b = aligned[x]
            if not isinstance(b, Heading) or b.level == 1 or capitals(units[x].text):
                continue
            if not (units[x].gap > 0 and (x + 1 >= n or units[x + 1].gap > 0)):
                continue
            if (
                (definition == "all but the last, runs of 3+" and j - k >= 2 and x < j)
                or (definition == "all but the last, runs of 4+" and j - k >= 3 and x < j)
                or (definition == "all but the first and last two" and k < x < j - 1)
            ):
                out.add(x)
    return out


def simulate(rows) -> None:
    for definition in (
        "all but the last, runs of 3+",
        "all but the last, runs of 4+",
        "all but the first and last two",
    ):
        before = after = 0.0
        up, down = [], []
        for r in rows:
            stem, units, aligned, keyh = r[0], r[1], r[2], r[3]
            made_text = inside(definition, units, aligned)
            blocks0 = [b for b in aligned if b is not None]
            blocks1 = [
                Paragraph(text=clean(units[k].text)) if k in made_text else b
                for k, b in enumerate(aligned)
                if b is not None
            ]
            f0, f1 = T.heading_f1(blocks0, keyh), T.heading_f1(blocks1, keyh)
            before, after = before + f0, after + f1
            (up if f1 > f0 + 1e-9 else down if f1 < f0 - 1e-9 else []).append(stem)
        print(
            f"{definition}: first readings, rules alone, headings {before / len(rows):.4f} -> "
            f"{after / len(rows):.4f} ({len(up)} papers up, {len(down)} down)"
        )
        for stem in down:
            print(f"    down: {stem}")


def context_features(units, aligned, k) -> list[str]:
    n, u = len(units), units[k]
    if not short(u):
        return []
    a = k
    while a - 1 >= 0 and short(units[a - 1]):
        a -= 1
    b = k
    while b + 1 < n and short(units[b + 1]):
        b += 1
    f = [f"short run={min(b - a + 1, 4)}", f"short run after={min(b - k, 3)}"]
    if k + 2 < n:
        f.append(f"next2 prose={int(prose(units[k + 2]))}")
    sib = [
        j
        for j in range(n - 1)
        if j != k and short(units[j]) and units[j].gap > 0 and capitals(units[j].text) == capitals(u.text)
    ]
    f.append(f"siblings over prose={min(sum(1 for j in sib if prose(units[j + 1])), 4)}")
    if sib:
        h = sum(1 for j in sib if isinstance(aligned[j], Heading)) / len(sib)
        f.append(
            "siblings headings=" + ("0" if h == 0 else "low" if h < 0.34 else "mid" if h < 0.67 else "high")
        )
    return f


def cross_validate(rows, extra: bool) -> None:
    if extra:
        for r in rows:
            for k, fs in enumerate(r[4]):
                if fs is None:
                    continue
                ex = context_features(r[1], r[2], k)
                crossed = [x for x in fs if x.startswith(CROSSED) and "&" not in x]
                fs.extend(ex + [f"{a}&{c}" for a in crossed for c in ex])
    probs = probabilities(rows)
    base, base_per = T.figures(rows, probs, 2.0, -1.0)
    label = "with the context features" if extra else "the shipped features"
    print(
        f"{label}: rules alone {base['headings']:.4f}; units, model alone at 0.5:",
        T.unit_counts(rows, probs, lambda b, p: p >= 0.5),
    )
    for add_at in (0.5, 0.85):
        line = []
        for drop in (0.1, 0.15, 0.2, 0.3):
            s, per = T.figures(rows, probs, add_at, drop)
            up = sum(a > b + 1e-9 for a, b in zip(per, base_per, strict=True))
            down = sum(a < b - 1e-9 for a, b in zip(per, base_per, strict=True))
            line.append(f"drop<{drop}: {s['headings']:.4f} ({up}+/{down}-)")
        print(f"  add from {add_at}: " + "  ".join(line))


def main() -> None:
    rows = T.load_history()
    print(f"{len(rows)} development plain-text papers at first reading")
    if "--simulate" in sys.argv:
        simulate(rows)
    elif "--context-features" in sys.argv:
        cross_validate(rows, extra=False)
        rows = T.load_history()
        cross_validate(rows, extra=True)
    else:
        counts(rows)


if __name__ == "__main__":
    main()
