"""Parse and extraction quality: every paper with an answer key, scored with the shared scorers.

Answer keys:
- ../shared/corpus/*.paper.json and *.extraction.json: the two sample papers (as .txt and in formats/);
- tests/data/genre/*.paper.json: papers in other house styles made for the readers' tests;
- tests/data/real/*.paper.json and *.extraction.json: real papers of other bodies (see SOURCES.md),
  the ones listed in tests/data/real/held-out.txt reported apart, since rules are not tuned on them.

Needs ../shared/tools/score_paper.py and score_extraction.py. Prints one row per file and the mean of
each group; extraction is scored on what the reader made of the file (the whole import path).

    .venv/bin/python bench/scores.py            # everything
    .venv/bin/python bench/scores.py --real     # only tests/data/real
    .venv/bin/python bench/scores.py --real --no-held-out   # while tuning: the held-out papers unseen
    .venv/bin/python bench/scores.py --stems a,b  # only these papers of tests/data/real (a new batch)
"""

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from boardwork.papers.extract import extract  # noqa: E402
from boardwork.papers.readers import ReadError, read_path  # noqa: E402

SHARED = ROOT.parent / "shared"
REAL = ROOT / "tests" / "data" / "real"
PARSE_FIELDS = ["headings", "numbered", "sections", "text_recall", "text_precision", "tables", "meta"]
EXTRACT_FIELDS = ["activities", "kinds", "dates", "organisations", "people", "policies", "themes", "cycle"]


def load_scorer(name):
    path = SHARED / "tools" / f"{name}.py"
    if not path.exists():
        sys.exit(f"the shared scorer is not at {path}")
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.score


def documents(folder, stem):
    return [
        f for f in sorted(folder.glob(f"{stem}.*")) if not f.name.endswith((".json", ".md", ".txt.orig"))
    ] + [f for f in sorted(folder.glob(f"{stem}.md")) if f.name != "SOURCES.md"]


def held_out():
    f = REAL / "held-out.txt"
    return {s.strip() for s in f.read_text().split()} if f.exists() else set()


def groups(real_only=False, no_held_out=False, only=frozenset()):
    """(group name, [(file, paper key, extraction key or None)])"""
    out = []
    if not real_only and not only:
        samples = []
        for ref in sorted((SHARED / "corpus").glob("*.paper.json")):
            stem = ref.name.removesuffix(".paper.json")
            ex = ref.with_name(f"{stem}.extraction.json")
            for f in [
                SHARED / "corpus" / f"{stem}.txt",
                *sorted((SHARED / "corpus" / "formats").glob(f"{stem}.*")),
            ]:
                if f.exists():
                    samples.append((f, ref, ex if ex.exists() else None))
        out.append(("samples", samples))
        genre = []
        for ref in sorted((ROOT / "tests/data/genre").glob("*.paper.json")):
            stem = ref.name.removesuffix(".paper.json")
            genre += [(f, ref, None) for f in documents(ref.parent, stem)]
        out.append(("genre", genre))
    hold = held_out()
    dev, test = [], []
    for ref in sorted(REAL.glob("*.paper.json")):
        stem = ref.name.removesuffix(".paper.json")
        ex = ref.with_name(f"{stem}.extraction.json")
        rows = [(f, ref, ex if ex.exists() else None) for f in documents(REAL, stem)]
        (test if stem in hold else dev).extend(rows)
    out += [("real (development)", dev), ("real (held out)", test)]
    if only:
        out = [
            (
                "real (" + ", ".join(sorted(only)) + ")",
                [r for r in dev + test if r[1].name.split(".")[0] in only],
            )
        ]
    elif no_held_out:
        out = [g for g in out if g[0] != "real (held out)"]
    return out


def table(title, fields, rows):
    print(f"\n{title}")
    print(f"{'file':58} " + " ".join(f"{k[:9]:>9}" for k in fields))
    for name, s in rows:
        if s is None:
            print(f"{name:58} error")
            continue
        print(f"{name:58} " + " ".join(f"{s[k]:9.3f}" if k in s else f"{'-':>9}" for k in fields))
    scored = [s for _, s in rows if s is not None]
    means = {k: sum(s[k] for s in scored if k in s) / n for k in fields if (n := sum(k in s for s in scored))}
    print(
        f"{'mean of ' + str(len(scored)):58} "
        + " ".join(f"{means[k]:9.3f}" if k in means else f"{'-':>9}" for k in fields)
    )
    return means


def main():
    score_paper, score_extraction = load_scorer("score_paper"), load_scorer("score_extraction")
    stems = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--stems=")), "")
    if "--stems" in sys.argv:
        stems = sys.argv[sys.argv.index("--stems") + 1]
    only = frozenset(filter(None, stems.split(",")))
    for group, items in groups(
        real_only="--real" in sys.argv, no_held_out="--no-held-out" in sys.argv, only=only
    ):
        parse_rows, extract_rows = [], []
        for f, ref, ex in items:
            label = f.name
            try:
                paper = read_path(f)
            except ReadError as e:
                print(f"{label}: cannot read: {e}")
                parse_rows.append((label, None))
                continue
            parse_rows.append(
                (label, score_paper(paper.to_dict(), json.loads(ref.read_text(encoding="utf-8"))))
            )
            if ex is not None:
                got = extract(paper)
                extract_rows.append(
                    (label, score_extraction(got, json.loads(ex.read_text(encoding="utf-8"))))
                )
        table(f"{group}: parse", PARSE_FIELDS, parse_rows)
        if extract_rows:
            table(f"{group}: extraction", EXTRACT_FIELDS, extract_rows)


if __name__ == "__main__":
    main()
