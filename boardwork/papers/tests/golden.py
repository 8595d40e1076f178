"""Golden-file checks for readers: a parse is compared with a stored `*.paper.json`.

Use from any reader test:

    from boardwork.papers.tests.golden import check_golden, DATA
    paper = read_bytes((DATA / "corpus" / "x.txt").read_bytes(), "x.txt")
    check_golden("x.txt", paper.to_dict())

The expected file is `tests/data/golden/<name>.paper.json` (repository root). When a reader changes
on purpose, regenerate with

    BOARDWORK_REGENERATE_GOLDEN=1 .venv/bin/pytest boardwork/papers/tests

and review the diff before committing. A run with the flag always fails (each golden test
rewrites its file and then fails, saying so), as docling's does: a run that rewrote its expected
files has checked nothing, so it can never pass, under CI or anywhere else.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
GOLDEN = DATA / "golden"


def regenerating() -> bool:
    """Is BOARDWORK_REGENERATE_GOLDEN set (read at each check, so a test can set it)?"""
    return os.environ.get("BOARDWORK_REGENERATE_GOLDEN", "").strip().lower() in ("1", "true", "yes")


def golden_path(name: str) -> Path:
    """Where the expected parse of input `name` (a file name like "x.txt") is stored."""
    safe = Path(name).name
    return GOLDEN / f"{safe}.paper.json"


def _dump(d: dict[str, Any]) -> str:
    return json.dumps(d, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def _first_difference(expected: dict[str, Any], actual: dict[str, Any]) -> str:
    """A short, readable account of where two paper dicts first differ."""
    for key in ("schema", "source", "meta"):
        if expected.get(key) != actual.get(key):
            return f"{key}: expected {expected.get(key)!r}, got {actual.get(key)!r}"
    eb, ab = expected.get("blocks", []), actual.get("blocks", [])
    for i, (e, a) in enumerate(zip(eb, ab, strict=False), start=1):
        if e != a:
            return f"block {i}:\n  expected {json.dumps(e, ensure_ascii=False)[:600]}\n  got      {json.dumps(a, ensure_ascii=False)[:600]}"
    if len(eb) != len(ab):
        return f"expected {len(eb)} blocks, got {len(ab)}"
    return "dicts differ outside blocks"


def check_golden(name: str, paper_dict: dict[str, Any]) -> None:
    """Assert `paper_dict` equals the stored golden parse of `name` (or rewrite it when regenerating)."""
    path = golden_path(name)
    if regenerating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_dump(paper_dict), encoding="utf-8")
        raise AssertionError(
            f"rewrote {path.relative_to(ROOT)} (BOARDWORK_REGENERATE_GOLDEN is set): review the diff, "
            "then run again without the flag"
        )
    if not path.exists():
        raise AssertionError(
            f"no golden file {path.relative_to(ROOT)}; run with BOARDWORK_REGENERATE_GOLDEN=1 and review it"
        )
    expected = json.loads(path.read_text(encoding="utf-8"))
    # Round-trip through JSON so tuples/lists and key order do not matter.
    actual = json.loads(json.dumps(paper_dict, ensure_ascii=False))
    if expected != actual:
        raise AssertionError(
            f"{name} parses differently from {path.relative_to(ROOT)}; "
            f"{_first_difference(expected, actual)}\n"
            "If the change is intended, regenerate with BOARDWORK_REGENERATE_GOLDEN=1 and review the diff."
        )
