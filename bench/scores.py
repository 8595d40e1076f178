"""Parse quality: every rendition of every paper with an answer key, scored with the shared scorer.

Answer keys: ../shared/corpus/*.paper.json (the two sample papers, as .txt and in formats/) and
tests/data/genre/*.paper.json (papers in other house styles, see tests/data/genre/make_genre.py).
Needs ../shared/tools/score_paper.py; prints one row per file.

    .venv/bin/python bench/scores.py
"""

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from boardwork.papers.readers import ReadError, read_path  # noqa: E402

SHARED = ROOT.parent / "shared"


def load_scorer():
    path = SHARED / "tools" / "score_paper.py"
    if not path.exists():
        sys.exit(f"the shared scorer is not at {path}")
    spec = importlib.util.spec_from_file_location("score_paper", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.score


def pairs():
    for ref in sorted((SHARED / "corpus").glob("*.paper.json")):
        stem = ref.name.removesuffix(".paper.json")
        for f in [
            SHARED / "corpus" / f"{stem}.txt",
            *sorted((SHARED / "corpus" / "formats").glob(f"{stem}.*")),
        ]:
            if f.exists():
                yield f, ref
    for ref in sorted((ROOT / "tests/data/genre").glob("*.paper.json")):
        stem = ref.name.removesuffix(".paper.json")
        for f in sorted(ref.parent.glob(f"{stem}.*")):
            if not f.name.endswith(".json"):
                yield f, ref


def main():
    score = load_scorer()
    fields = ["headings", "numbered", "sections", "text_recall", "text_precision", "tables", "meta"]
    print(f"{'file':52} " + " ".join(f"{k[:9]:>9}" for k in fields))
    for f, ref in pairs():
        try:
            pred = read_path(f).to_dict()
        except ReadError as e:
            print(f"{f.name:52} error: {e}")
            continue
        s = score(pred, json.loads(ref.read_text()))
        print(f"{f.name:52} " + " ".join(f"{s[k]:9.3f}" if k in s else f"{'-':>9}" for k in fields))


if __name__ == "__main__":
    main()
