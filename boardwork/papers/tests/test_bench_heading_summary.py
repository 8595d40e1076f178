"""bench/scores.py's heading classes: what the other side made of a heading missed or added, counted."""

import sys
from collections import Counter
from pathlib import Path

BENCH = str(Path(__file__).resolve().parents[3] / "bench")
if BENCH not in sys.path:
    sys.path.insert(0, BENCH)

from scores import heading_summary  # noqa: E402


def _h(text, level=2):
    return {"type": "heading", "level": level, "text": text}


def _p(text):
    return {"type": "paragraph", "number": None, "text": text}


TEXT = "Report of the Town Panel\n\nWhat we heard\n\nResidents asked for more bins.\nNext steps.\n"


def test_a_missed_heading_is_counted_by_what_the_parse_made_of_it_and_its_blank_lines():
    ref = {
        "meta": {},
        "blocks": [
            _h("Report of the Town Panel", 1),
            _h("What we heard"),
            _p("Residents asked for more bins."),
        ],
    }
    pred = {
        "meta": {},
        "blocks": [
            _h("Report of the Town Panel", 1),
            _p("What we heard"),
            _p("Residents asked for more bins."),
        ],
    }
    counts: Counter[str] = Counter()
    heading_summary(pred, ref, counts, TEXT)
    assert counts["heading FN (mixed case, level 2+, opening; its text in the parse)"] == 1
    assert counts["heading FN [level 2+] in the parse: a paragraph of its own"] == 1
    assert counts["heading FN [level 2+] blank before and after"] == 1
    assert counts["heading FN [level 2+] 3-5 words"] == 1
    assert counts["heading FN [level 2+] no end stop"] == 1
    assert not any(k.startswith("heading FP") for k in counts)


def test_an_added_heading_is_counted_by_what_the_key_made_of_it():
    ref = {
        "meta": {},
        "blocks": [
            _h("Report of the Town Panel", 1),
            _h("What we heard"),
            _p("Residents asked for more bins. Next steps."),
        ],
    }
    pred = {
        "meta": {},
        "blocks": [
            _h("Report of the Town Panel", 1),
            _h("What we heard"),
            _p("Residents asked for more bins."),
            _h("Next steps."),
        ],
    }
    counts: Counter[str] = Counter()
    heading_summary(pred, ref, counts, TEXT)
    assert counts["heading FP [level 2+] in the key: a line of a paragraph"] == 1
    assert counts["heading FP [level 2+] blank after only"] == 1
    assert counts["heading FP [level 2+] 1-2 words"] == 1
    assert counts["heading FP [level 2+] ends in punctuation"] == 1
    assert not any(k.startswith("heading FN") for k in counts)


def test_a_miss_is_counted_as_the_models_when_the_rules_alone_had_it():
    ref = {
        "meta": {},
        "blocks": [_h("Report of the Town Panel", 1), _h("What we heard"), _p("Residents asked.")],
    }
    pred = {
        "meta": {},
        "blocks": [_h("Report of the Town Panel", 1), _p("What we heard"), _p("Residents asked.")],
    }
    counts: Counter[str] = Counter()
    heading_summary(pred, ref, counts, TEXT, rules=ref)
    assert counts["heading FN [level 2+] the rules had it, the model dropped it"] == 1
    counts.clear()
    heading_summary(pred, ref, counts, TEXT, rules=pred)
    assert counts["heading FN [level 2+] the rules missed it too"] == 1


def test_an_added_heading_inside_a_longer_key_heading_is_counted_so():
    ref = {"meta": {}, "blocks": [_h("Report of the Town Panel", 1), _h("What we heard in the survey")]}
    pred = {"meta": {}, "blocks": [_h("Report of the Town Panel", 1), _h("What we heard")]}
    counts: Counter[str] = Counter()
    heading_summary(pred, ref, counts, TEXT)
    assert counts["heading FP [level 2+] in the key: part of a longer heading"] == 1
