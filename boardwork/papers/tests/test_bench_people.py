"""bench/scores.py's people in `--summary` and `--errors`: compared as the shared scorer compares them
(a name matches when one contains the other, after its normalising), so that a name found with a title
the key leaves off ("Cllr Jo Bloggs" for "Jo Bloggs") is no FP and FN there while the scorer scores it
right; names the scorer does not pair still count."""

import sys
from collections import Counter
from pathlib import Path

BENCH = str(Path(__file__).resolve().parents[3] / "bench")
if BENCH not in sys.path:
    sys.path.insert(0, BENCH)

from scores import errors, load_scorer, same_person, summary  # noqa: E402


def _paper(*people, paragraph="4.2"):
    return {
        "activities": [
            {
                "paragraph": paragraph,
                "text": "Councillor Jo Bloggs opened the new community safety hub with the police.",
                "kinds": ["event"],
                "organisations": [],
                "policies": [],
                "people": list(people),
            }
        ]
    }


def _people_counts(got, ref):
    counts = Counter()
    summary(got, ref, counts)
    return counts["people FP"], counts["people FN"]


def _people_lines(got, ref):
    return [line for line in errors(got, ref) if line.strip().startswith("people")]


def test_a_name_with_a_title_the_key_leaves_off_is_no_error():
    got, ref = _paper("Cllr Jo Bloggs"), _paper("Jo Bloggs")
    assert load_scorer("score_extraction")(got, ref)["people"] == 1.0
    assert _people_counts(got, ref) == (0, 0)
    assert _people_lines(got, ref) == []


def test_a_name_found_shorter_than_the_key_is_no_error():
    got, ref = _paper("Priya Raman"), _paper("Chief Superintendent Priya Raman")
    assert _people_counts(got, ref) == (0, 0)
    assert _people_lines(got, ref) == []


def test_the_pair_is_counted_as_a_detail():
    counts = Counter()
    summary(_paper("Cllr Jo Bloggs"), _paper("Jo Bloggs"), counts)
    assert counts["people detail: scored as the same, written differently"] == 1
    counts = Counter()
    summary(_paper("Jo Bloggs"), _paper("Jo Bloggs"), counts)
    assert counts["people detail: scored as the same, written differently"] == 0


def test_different_people_still_count_as_found_and_missed():
    got, ref = _paper("Jo Bloggs"), _paper("Jo Briggs")
    assert _people_counts(got, ref) == (1, 1)
    assert _people_lines(got, ref) == ["  people 42: +['jo bloggs'] -['jo briggs']"]


def test_one_name_found_pairs_with_one_keyed_name_only():
    # The scorer pairs each keyed name with one unused name found: "Cllr Jo Bloggs" contains both
    # "Jo Bloggs" and "Bloggs", yet answers for one of them.
    got, ref = _paper("Cllr Jo Bloggs"), _paper("Jo Bloggs", "Bloggs")
    assert _people_counts(got, ref) == (0, 1)
    got, ref = _paper("Cllr Jo Bloggs", "Sam Patel"), _paper("Jo Bloggs")
    assert _people_counts(got, ref) == (1, 0)


def test_same_person_is_the_scorers_containment_after_its_normalising():
    assert same_person("Councillor Jo Bloggs", "Jo Bloggs")
    assert same_person("Jo Bloggs", "Cllr. Jo Bloggs OBE")
    assert not same_person("Jo Bloggs", "Joanne Bloggs")
    assert not same_person("", "Jo Bloggs")  # an empty name found matches nothing
