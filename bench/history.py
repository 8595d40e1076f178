"""What the two classifiers' training scripts share (bench/train_activity_model.py,
bench/train_heading_model.py): the code of the commit before a paper's key was added, so that the
rules' verdicts on that paper are out of sample (`--history`), the dump scripts' run in that code and
their loose reading of a unit's kinds, and the seeded logistic fit. Imports no `boardwork`: the dump
scripts import it from an earlier commit's tree."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commit_before_added(path: Path) -> str | None:
    """The commit before the one that added `path` to the repository, or None (never added, as a
    file that came in through a merge commit's own change)."""
    added = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not added:
        return None
    return subprocess.run(
        ["git", "rev-parse", added[-1] + "^"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def keyed_development(real: Path, hold: set[str]):
    """(stem, extraction key path, the commit before the key was added) for each development paper of
    `real` (not in `hold`), in name order; a key no commit added is left out."""
    for ref in sorted(real.glob("*.extraction.json")):
        stem = ref.name.removesuffix(".extraction.json")
        if stem in hold:
            continue
        parent = commit_before_added(ref)
        if parent is not None:
            yield stem, ref, parent


def code_of(commit: str, cache: Path) -> Path:
    """A folder holding the `boardwork` package as it was at `commit` (unpacked once into `cache`)."""
    src = cache / commit
    if not (src / "boardwork").exists():
        src.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", commit, "boardwork"], cwd=ROOT, capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(src)], input=archive.stdout, check=True)
    return src


def dumped(script: str, commit: str, files, cache: Path, name: str) -> dict:
    """{file: what `bench/<script>` printed for it} with the code of `commit` first on sys.path,
    cached in `cache/<name>` so that each file is read once for that commit."""
    cache.mkdir(parents=True, exist_ok=True)
    out = cache / name
    got = json.loads(out.read_text()) if out.exists() else {}
    todo = [str(f) for f in files if str(f) not in got]
    if todo:
        src = code_of(commit, cache)
        printed = subprocess.run(
            [sys.executable, str(ROOT / "bench" / script)],
            input="\n".join(todo),
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(src)},
            cwd=src,
        ).stdout
        got.update(json.loads(printed))
        out.write_text(json.dumps(got))
    return got


def loose(kinds, text: str) -> list[str]:
    """The kinds a commit's patterns (its `kinds` module) read in a unit read loosely (any section,
    any list, or a deed's verb), as the model's view reads them now, less the author's name, which
    is not to hand in a dump. An earlier commit may refuse a text the current rules read: nothing."""
    try:
        found = list(kinds.classify(text))
    except Exception:
        found = []
    if not found and hasattr(kinds, "action_cues"):
        try:
            found = [k for k, _ in kinds.action_cues(text)]
        except Exception:
            found = []
    return found


def fit_logistic(X: list[dict], y: list[int], C: float, max_iter: int) -> dict:
    """A logistic regression of the feature dicts `X` on `y`: {"intercept", "weights"} (non-zero,
    rounded to 5 places). Seeded: liblinear shuffles the data, and the shipped weights must come
    out the same each run."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False)
    clf = LogisticRegression(C=C, max_iter=max_iter, solver="liblinear", random_state=0)
    clf.fit(vec.fit_transform(X), y)
    weights = {
        name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
    }
    return {
        "intercept": round(float(clf.intercept_[0]), 5),
        "weights": {k: w for k, w in weights.items() if w},
    }
