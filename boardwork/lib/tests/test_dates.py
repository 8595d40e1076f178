"""`boardwork.lib.dates`: the one partial-date type."""

from datetime import date

import pytest

from boardwork.lib.dates import NO_SUCH_DATE, NOT_A_DATE, PartialDate, iso_date, month_number


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("2021", "2021", "year"),
        ("2021-03", "2021-03", "month"),
        ("2021-3", "2021-03", "month"),
        ("2021-03-17", "2021-03-17", "day"),
        ("17/3/2021", "2021-03-17", "day"),
        ("March 2021", "2021-03", "month"),
        ("Sept 2021", "2021-09", "month"),
        ("Mar. 2021", "2021-03", "month"),
        ("17 March 2021", "2021-03-17", "day"),
        ("17th  March 2021", "2021-03-17", "day"),
        ("  june 2023 ", "2023-06", "month"),
    ],
)
def test_parse_the_ways_papers_and_people_write_dates(text, iso, precision):
    d = PartialDate.parse(text)
    assert (d.iso(), d.precision) == (iso, precision)


@pytest.mark.parametrize(("text", "message"), [("31/2/2021", NO_SUCH_DATE), ("2021-13", NO_SUCH_DATE)])
def test_parse_refuses_dates_that_do_not_exist(text, message):
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(text)


@pytest.mark.parametrize("text", ["", "soon", "Smarch 2021", "21", "2021/22", "Q3 2021"])
def test_parse_refuses_what_is_not_a_date(text):
    with pytest.raises(ValueError, match=NOT_A_DATE):
        PartialDate.parse(text)


def test_display_in_the_papers_style():
    assert PartialDate(2020).display() == "2020"
    assert PartialDate(2020, 12).display() == "December 2020"
    assert str(PartialDate(2020, 12, 3)) == "3 December 2020"


def test_stored_form_round_trips():
    for iso in ("2020", "2020-12", "2020-12-03"):
        d = PartialDate.from_iso(iso)
        assert PartialDate.from_stored(d.first_day(), d.precision) == d
    assert PartialDate.from_stored(date(2020, 12, 1), "month").iso() == "2020-12"


def test_periods_contain_overlap_and_sort():
    dec = PartialDate(2020, 12)
    assert dec.first_day() == date(2020, 12, 1) and dec.last_day() == date(2020, 12, 31)
    assert dec.contains(date(2020, 12, 31)) and not dec.contains(date(2021, 1, 1))
    assert PartialDate(2020).overlaps(dec) and not PartialDate(2021).overlaps(dec)
    assert PartialDate(2024, 2).last_day() == date(2024, 2, 29)
    ordered = sorted(
        [PartialDate(2020, 12, 3), PartialDate(2020, 12), PartialDate(2020)], key=PartialDate.sort_key
    )
    assert [d.iso() for d in ordered] == ["2020", "2020-12", "2020-12-03"]


def test_the_cycle_a_date_falls_in():
    assert PartialDate(2020, 12).cycle_label() == "2020/21"
    assert PartialDate(2021, 8, 31).cycle_label() == "2020/21"
    assert PartialDate(2021, 9).cycle_label() == "2021/22"
    assert PartialDate(2021, 3).cycle_label(start_month=4) == "2020/21"
    assert PartialDate(2021).cycle_label() is None


def test_month_names_and_iso_days():
    assert [month_number(m) for m in ("June", "Jun", "jun.", "Sept", "Smarch")] == [6, 6, 6, 9, None]
    assert iso_date("2021-05-18T10:00") == date(2021, 5, 18)
    assert iso_date("2021-02-30") is None and iso_date(None) is None


def test_a_day_needs_a_month():
    with pytest.raises(ValueError):
        PartialDate(2020, None, 3)
