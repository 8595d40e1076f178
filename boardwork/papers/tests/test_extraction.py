"""`Extraction`, the typed `boardwork.extraction/1`: the extractor's dict and the dataclass are the
same thing, and reviewed extractions coming back from people and programs are read leniently but
never wrongly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from boardwork.papers.document import Paper
from boardwork.papers.extract import extract, extraction_of
from boardwork.papers.extraction import SCHEMA, ActivityFound, Extraction

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "data" / "corpus"
PAPERS = sorted(CORPUS.glob("*.paper.json"))


@pytest.mark.parametrize("path", PAPERS, ids=lambda p: p.name)
def test_the_dict_is_the_dataclass_written_out(path):
    paper = Paper.from_dict(json.loads(path.read_text(encoding="utf-8")))
    x = extraction_of(paper)
    d = extract(paper)
    assert d == x.to_dict()
    assert list(d) == ["schema", "paper", "cycle", "themes", "activities", "plan", "organisations"]
    assert d["schema"] == SCHEMA
    # Reading the dict back gives the same extraction, field by field.
    assert Extraction.from_dict(json.loads(json.dumps(d))) == x
    assert all(isinstance(a, ActivityFound) for a in x.activities)


def test_the_reference_extractions_read_as_extractions():
    # The answer keys are written by hand in the schema's shape (no "nations"): read, they say the
    # same things.
    for path in sorted(CORPUS.glob("*.extraction.json")):
        ref = json.loads(path.read_text(encoding="utf-8"))
        x = Extraction.from_dict(ref)
        assert x.cycle == ref["cycle"] and len(x.activities) == len(ref["activities"])
        assert [a.paragraph for a in x.activities] == [a["paragraph"] for a in ref["activities"]]
        assert (x.plan.cycle if x.plan else None) == (ref["plan"] or {}).get("cycle")
        assert x.activities[0].nations == []


def test_lenient_where_it_is_safe():
    x = Extraction.from_dict({"activities": [{"paragraph": 12, "text": "We held a webinar."}]})
    assert x.activities[0].paragraph == "12" and x.activities[0].kinds == []
    assert x.plan is None and x.paper.title is None and x.to_dict()["schema"] == SCHEMA


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "the extraction should be an object"),
        ({"schema": "boardwork.extraction/2"}, "not boardwork.extraction/1"),
        ({"activities": {"paragraph": "1"}}, "activities should be a list"),
        ({"activities": [{"kinds": "event"}]}, r"activities\[0\].kinds should be a list"),
        ({"activities": [{"organisations": [{"name": "LGA"}]}]}, r"organisations\[0\] should be text"),
        ({"plan": {"themes": [{"title": ["x"]}]}}, r"plan.themes\[0\].title should be text"),
    ],
)
def test_wrong_shapes_are_refused_with_the_field_named(data, message):
    with pytest.raises(ValueError, match=message):
        Extraction.from_dict(data)
