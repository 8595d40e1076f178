"""bench/scores.py's activities matched by unit: on a paper that numbers no paragraph, the shared
scorer's activities F1 (of the set of paragraph numbers) is 1.0 for any one activity found against
any number keyed; matched by unit (a number, else the text's start) it is not."""

import sys
from pathlib import Path

BENCH = str(Path(__file__).resolve().parents[3] / "bench")
if BENCH not in sys.path:
    sys.path.insert(0, BENCH)

from scores import by_unit, unit_line  # noqa: E402


def _a(text, paragraph=None):
    return {"paragraph": paragraph, "text": text, "kinds": ["support"]}


KEY = {
    "activities": [
        _a("We ran twelve safety sessions for older residents in the spring."),
        _a("We published the partnership's strategic assessment in June."),
        _a("The team held a week of action on knife crime with the police."),
    ]
}


def test_unnumbered_activities_are_matched_by_the_start_of_their_text():
    got = {
        "activities": [
            _a("We published the partnership's strategic assessment in June."),
            _a("Residents told us they feel safer in the town centre."),
        ]
    }
    assert by_unit(got, KEY) == (1, 2, 3)


def test_numbered_activities_are_matched_by_their_number_whatever_the_text():
    key = {"activities": [_a("We ran the sessions.", "2.1"), _a("We wrote to the minister.", "(2.3)")]}
    got = {"activities": [_a("We ran the sessions for residents.", "2.1"), _a("Other.", "2.4")]}
    assert by_unit(got, key) == (1, 2, 2)


def test_the_line_gives_each_file_s_f1_mean_and_the_pooled_counts():
    line = unit_line([(1, 2, 3), (0, 0, 0)])
    # file F1s 2*1/5 = 0.4 and 1.0 (nothing found, nothing keyed); pooled P 1/2, R 1/3, F1 0.4
    assert "mean F1 of 2 0.700" in line
    assert "pooled precision 0.500, recall 0.333, F1 0.400" in line
    assert "(1 matched of 2 found and 3 keyed)" in line
