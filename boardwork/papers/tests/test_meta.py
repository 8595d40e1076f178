"""meta.find_meta on cover blocks in several councils' house styles, and its helpers."""

from __future__ import annotations

import pytest

from boardwork.papers.readers._shared.meta import find_meta, is_contact_line, parse_date


@pytest.mark.parametrize(
    "text, iso",
    [
        ("13 July 2009", "2009-07-13"),
        ("13th July 2009", "2009-07-13"),
        ("13/07/2009", "2009-07-13"),
        ("Wednesday 8 September 2021", "2021-09-08"),
        ("Date: Thursday, 1st Oct. 2020", "2020-10-01"),
        ("Safer Communities Board 13 July 2009", "2009-07-13"),
        ("31/02/2020", None),
        ("no date here", None),
        ("2021-03-04", "2021-03-04"),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def meta_of(text: str):
    lines = text.splitlines()
    meta, skip = find_meta(lines)
    return meta, [lines[i] for i in sorted(skip)]


def test_lga_style_header_item_and_contact():
    meta, skipped = meta_of(
        "Safer Communities Board 13 July 2009\n\nItem 4\n\nEnd of Year Report\n\nSummary\n\nThe Board met.\n\n"
        "Contact Officer: Liz Hobson, Business Manager\n\nPhone No: 0207 664 3229 Email: <u>liz@lga.gov.uk</u>"
    )
    assert (meta.title, meta.body, meta.meeting_date, meta.item) == (
        "End of Year Report",
        "Safer Communities Board",
        "2009-07-13",
        "4",
    )
    assert (meta.contact.name, meta.contact.role, meta.contact.phone, meta.contact.email) == (
        "Liz Hobson",
        "Business Manager",
        "0207 664 3229",
        "liz@lga.gov.uk",
    )
    assert "The Board met." not in skipped and "End of Year Report" not in skipped
    assert len(skipped) == 4


def test_cabinet_cover_table():
    meta, skipped = meta_of(
        "Report to: Cabinet\nDate of meeting: 12/03/2020\nReport author: Jane Smith, Head of Policy\n"
        "Agenda Item No. 7\nWards affected: All\nKey decision: Yes\nTitle: Annual Plan\n\n1. Purpose"
    )
    assert (meta.body, meta.meeting_date, meta.item, meta.title) == (
        "Cabinet",
        "2020-03-12",
        "7",
        "Annual Plan",
    )
    assert meta.contact.name == "Jane Smith" and meta.contact.role == "Head of Policy"
    assert "1. Purpose" not in skipped and len(skipped) == 7


def test_label_and_value_on_separate_lines():
    meta, skipped = meta_of(
        "Agenda item 5\nReport of the Chief Executive\nMeeting:\nOverview and Scrutiny Committee\n"
        "Date:\nWednesday 8 September 2021\nWork Programme 2021/22\nPurpose of report\nFor information\n"
        "Contact officer:\nJohn Brown\nPosition:\nDemocratic Services Manager\nPhone no:\n01234 567890\n"
        "E-mail:\njohn.brown@example.gov.uk"
    )
    assert meta.item == "5" and meta.body == "Overview and Scrutiny Committee"
    assert meta.meeting_date == "2021-09-08" and meta.title == "Work Programme 2021/22"
    assert meta.purpose == "For information"
    c = meta.contact
    assert (c.name, c.role, c.phone, c.email) == (
        "John Brown",
        "Democratic Services Manager",
        "01234 567890",
        "john.brown@example.gov.uk",
    )
    # The purpose heading and its value stay body text; everything else here is cover furniture.
    assert "Purpose of report" not in skipped and "For information" not in skipped
    assert "Work Programme 2021/22" not in skipped
    assert len(skipped) == 14


def test_body_named_in_prose_when_no_cover_says_it():
    meta, skipped = meta_of(
        "Purpose of report\nFor direction.\nRecommendation\nThat members of the Safer and Stronger Communities "
        "Board note the report.\nAnnual Report 2020/21\nThe Safer and Stronger Communities Board met. The "
        "Fire Services Management Committee met."
    )
    assert meta.body == "Safer and Stronger Communities Board"
    assert meta.purpose == "For direction." and meta.title == "Annual Report 2020/21"
    assert skipped == []


def test_prose_mentioning_contacts_or_dates_is_not_meta():
    meta, skipped = meta_of(
        "Housing Panel\n\nThe contact centre took 400 calls.\nThe meeting on 13 July 2009 agreed the plan.\n"
        "Phone calls rose by 10%."
    )
    assert meta.body == "Housing Panel"
    assert skipped == ["Housing Panel"]
    assert meta.contact is None


def test_is_contact_line():
    assert is_contact_line("Contact Officer: Liz Hobson, Business Manager")
    assert is_contact_line("Tel: 01632 960123")
    assert is_contact_line("E-mail: a.b@example.gov.uk")
    assert not is_contact_line("Phone calls rose by 10%.")
    assert not is_contact_line("The Board asked officers to contact councils.")


def test_report_to_row_outranks_the_councils_name_in_either_order():
    for text in (
        "Southdale District Council\nReport to: Planning Committee\nDate: 3 May 2022\n\nSummary",
        "Report to: Planning Committee\nSouthdale District Council\nDate: 3 May 2022\n\nSummary",
    ):
        meta, skipped = meta_of(text)
        assert meta.body == "Planning Committee", text
        assert "Southdale District Council" in skipped


def test_running_header_split_by_dashes_or_bars_with_an_item():
    meta, skipped = meta_of("Eastmoor Fire Authority – 21 June 2023 – Agenda item 9\n\nAnnual Plan\n\nText.")
    assert (meta.body, meta.meeting_date, meta.item) == ("Eastmoor Fire Authority", "2023-06-21", "9")
    assert skipped == ["Eastmoor Fire Authority – 21 June 2023 – Agenda item 9"]
    meta, _ = meta_of("Audit Committee | 2 March 2021\n\nAnnual Plan")
    assert (meta.body, meta.meeting_date) == ("Audit Committee", "2021-03-02")
    # A sentence naming a board and a date is body text, not a header.
    meta, skipped = meta_of("Annual Plan\n\nThe Audit Committee met on 2 March 2021 – and agreed it.")
    assert skipped == [] and meta.meeting_date is None


def test_email_wrapped_at_a_hyphen_is_joined_and_dropped_with_its_line():
    meta, skipped = meta_of(
        "Annual Plan\n\nContact officer: Tom Reed\nEmail: tom.reed@west-\nmoor.gov.uk\nThe plan was agreed."
    )
    assert meta.contact.email == "tom.reed@west-moor.gov.uk"
    assert skipped == ["Contact officer: Tom Reed", "Email: tom.reed@west-", "moor.gov.uk"]


def test_title_cell_wrapped_onto_the_next_line_when_the_title_is_known():
    lines = ["Report to: Cabinet", "Title: Parks and Open", "Spaces Strategy", "Agenda item: 4", "Summary"]
    meta, skip = find_meta(lines, title="Parks and Open Spaces Strategy")
    assert meta.title == "Parks and Open Spaces Strategy" and meta.item == "4"
    assert sorted(skip) == [0, 1, 2, 3]
