"""`boardwork.lib.cycles` and `boardwork.lib.names`."""

from datetime import date

import pytest

from boardwork.lib.cycles import cycle_label, cycle_start_for, cycles_in, next_cycle_label, parse_cycle
from boardwork.lib.names import canonical_title, is_councillor_title, split_honorific


@pytest.mark.parametrize(
    ("label", "start"),
    [
        ("2020/21", 2020),
        ("2020-21", 2020),
        ("2020/2021", 2020),
        ("2008 to 09", 2008),
        ("1999/00", 1999),
        ("2020–21", 2020),
        ("2020/22", None),
        ("2020", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_cycle_labels(label, start):
    assert parse_cycle(label) == start


def test_labels_and_next():
    assert cycle_label(2020) == "2020/21" and cycle_label(1999) == "1999/00"
    assert next_cycle_label("2020-2021") == "2021/22" and next_cycle_label("soon") is None


def test_cycles_cited_in_text():
    text = "End of Year Report 2020/21, the 2021-2022 plan, ref 2019/20/21 and 2018 to 19; not 2010/15"
    assert cycles_in(text) == [2020, 2021, 2018]


def test_cycle_a_day_falls_in():
    assert cycle_start_for(date(2021, 8, 31)) == 2020
    assert cycle_start_for(date(2021, 9, 1)) == 2021
    assert cycle_start_for(date(2021, 3, 31), start_month=4) == 2020


def test_honorifics():
    assert split_honorific("Cllr Nesil Caliskan") == ("Cllr", "Nesil Caliskan")
    assert split_honorific("Rt Hon Lord Porter") == ("Rt Hon Lord", "Porter")
    assert split_honorific("Dr. Jane Smith") == ("Dr", "Jane Smith")
    assert split_honorific("Lord") == ("", "Lord")
    assert canonical_title("Councillor") == "Cllr" and canonical_title("Dr.") == "Dr"
    assert is_councillor_title("Cllr.") and not is_councillor_title("Lord")
