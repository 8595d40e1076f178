"""The plain-text reader on pages copied with no blank lines: the development plain-text papers of
tests/data/real saved with blank lines (five blank-line breaks at least; the held-out papers are left
out), read as saved and again with every blank line taken out, scored against their keys with
../shared/tools/score_paper.py. Many real copies (web pages saved as text, PDF exports) have no blank
lines; the layout rules were written for the papers as they were saved, so the second reading shows
how much of the reading leans on the blank lines (tests/data/real/NOTES.md 432). A development
measure: its misses may be read while working, which makes it no out-of-sample figure.

    .venv/bin/python bench/no_blank_lines.py            # the means
    .venv/bin/python bench/no_blank_lines.py --rows     # and each paper's headings, saved / no blank lines
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scores import load_scorer  # noqa: E402
from train_heading_model import dev_files  # noqa: E402

from boardwork.papers.readers import Limits, txt  # noqa: E402

FIELDS = ("headings", "numbered", "sections")


def papers():
    """[(stem, text as saved, key)] of the development plain-text papers saved with blank lines."""
    out = []
    for stem, f, ref in dev_files():
        text = f.read_bytes().decode("utf-8", "replace")
        if text.count("\n\n") >= 5:
            out.append((stem, text, json.loads(ref.read_text(encoding="utf-8"))))
    return out


def main():
    score = load_scorer("score_paper")
    sums = {"as saved": [0.0] * 3, "no blank lines": [0.0] * 3}
    items = papers()
    for stem, text, key in items:
        flat = "\n".join(line for line in text.splitlines() if line.strip()) + "\n"
        row = []
        for name, body in (("as saved", text), ("no blank lines", flat)):
            s = score(txt.read(body.encode("utf-8"), Limits()).to_dict(), key)
            for i, k in enumerate(FIELDS):
                sums[name][i] += s[k]
            row.append(s["headings"])
        if "--rows" in sys.argv:
            print(f"{stem:70} {row[0]:.3f} {row[1]:.3f}")
    for name, v in sums.items():
        figures = " ".join(f"{k} {x / len(items):.3f}" for k, x in zip(FIELDS, v, strict=True))
        print(f"{len(items)} development plain-text papers, {name}: {figures}")


if __name__ == "__main__":
    main()
