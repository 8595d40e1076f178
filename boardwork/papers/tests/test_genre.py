"""The genre papers (tests/data/genre: board and cabinet papers in house styles other than the two
samples', each as DOCX, HTML, PDF and text) read against their answer keys.

Floors sit just under today's figures (all 1.000 but the PDF table of the fire-prevention paper,
0.971): a reader change that loses a heading, a paragraph number, a table row or a metadata field
on any of them fails here, not only in `bench/scores.py`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from boardwork.papers.readers import read_path
from boardwork.papers.tests.parse_scores import score

GENRE = Path(__file__).resolve().parents[3] / "tests" / "data" / "genre"
KEYS = sorted(GENRE.glob("*.paper.json"))
PAPERS = [
    (f, k)
    for k in KEYS
    for f in sorted(GENRE.glob(k.name.removesuffix(".paper.json") + ".*"))
    if f.suffix in (".docx", ".html", ".pdf", ".txt", ".md")
]
FLOORS = {
    "headings": 0.99,
    "numbered": 0.99,
    "sections": 0.99,
    "text_recall": 0.99,
    "text_precision": 0.99,
    "tables": 0.95,
    "meta": 0.99,
}


def test_every_genre_paper_has_an_answer_key_and_four_renditions():
    assert len(KEYS) >= 2
    assert len(PAPERS) == 4 * len(KEYS)


@pytest.mark.parametrize(("path", "key"), PAPERS, ids=lambda v: v.name if isinstance(v, Path) else "")
def test_genre_paper_scores(path, key):
    got = score(read_path(path).to_dict(), json.loads(key.read_text(encoding="utf-8")))
    low = {k: round(v, 3) for k, v in got.items() if v < FLOORS[k]}
    assert not low, f"{path.name} scores under the floor: {low} (all: {got})"


def test_the_scorer_sees_what_a_parse_lost():
    key = json.loads(KEYS[0].read_text(encoding="utf-8"))
    assert set(score(key, key).values()) == {1.0}
    blocks = key["blocks"]
    heading = next(i for i, b in enumerate(blocks) if b["type"] == "heading")
    numbered = next(i for i, b in enumerate(blocks) if b.get("number"))
    damaged = dict(key, meta=dict(key["meta"], title="Something else"))
    damaged["blocks"] = [b for i, b in enumerate(blocks) if i not in (heading, numbered)] + [
        {"type": "paragraph", "number": None, "text": "Page 3 of 12 Printed on recycled paper"}
    ]
    got = score(damaged, key)
    assert got["headings"] < 1 and got["numbered"] < 1 and got["meta"] < 1
    assert got["text_recall"] < 1 and got["text_precision"] < 1
