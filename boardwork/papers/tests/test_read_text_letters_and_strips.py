"""Plain-text reader: genre rules from batch 26's development papers (a site's contact strip set over
several lines, a byline whose role is on the line under it, an agenda pack's covering letter). Each
example is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.tests.test_read_text_opening_rows import _levels, _texts, read_txt


def test_a_sites_contact_strip_over_several_lines_is_furniture_and_never_the_title():
    # A commissioner's news page: the site's phone and its emergency lines set as a stanza over the
    # page's title; none of it is the paper, and the title is the news item's.
    d = read_txt(
        "Skip to content\n\n"
        "Phone us on\n"
        "01234 567890\n\n"
        "Northshire Police\n"
        "Get in touch\n"
        "In an emergency call 999\n"
        "Report it online\n"
        "Otherwise call 101 - if you cannot report online\n\n"
        "Commissioner Opens New Victims' Hub\n\n"
        "The Commissioner opened the county's new victims' hub in Northtown on Monday.\n\n"
        "The hub brings the support services for victims of crime under one roof.\n"
    )
    assert d["meta"]["title"] == "Commissioner Opens New Victims' Hub"
    assert _levels(d) == [(1, "Commissioner Opens New Victims' Hub")]
    assert _texts(d)[1:] == [
        "The Commissioner opened the county's new victims' hub in Northtown on Monday.",
        "The hub brings the support services for victims of crime under one roof.",
    ]


def test_a_byline_whose_role_is_on_the_line_under_it_is_the_contact_and_its_heading_stays():
    # A panel's annual report opens with its foreword: the chair's name with "Councillor" over the
    # chair's office. Both lines are the contact; the foreword's heading still heads its prose.
    d = read_txt(
        "Northshire Police and Crime Panel\n\n"
        "Annual Report 2022/23\n\n\n"
        "Chair's Introduction\n\n"
        "Councillor Alex Morgan\n"
        "Chair of the Northshire Police and Crime Panel 2022/23\n\n"
        "This has been a year of change for the Panel and for the Commissioner it scrutinises.\n\n"
        "I thank my fellow members for their work over the year.\n"
    )
    assert d["meta"]["contact"]["name"] == "Alex Morgan"
    assert d["meta"]["contact"]["role"] == "Chair of the Northshire Police and Crime Panel 2022/23"
    assert _levels(d) == [(1, "Annual Report 2022/23"), (2, "Chair's Introduction")]
    assert "Chair of the Northshire Police and Crime Panel 2022/23" not in _texts(d)


def test_a_covering_letters_courtesies_are_paragraphs_and_its_signatory_the_contact():
    # An agenda pack's covering letter: "Dear Member" is neither the title nor a heading, nor is
    # "Yours faithfully"; the name and office signed under it are the contact, not body text.
    d = read_txt(
        "3 March 2021\n\n"
        "To: All Members of the Northshire Fire Authority\n\n"
        "Dear Member\n\n"
        "You are invited to the meeting of the Fire Authority at 10.00am on Friday 12 March 2021, "
        "held online.\n\n"
        "The agenda is set out overleaf.\n\n"
        "Yours faithfully\n\n"
        "Sam Carter\n"
        "Monitoring Officer to the Authority\n\n"
        "Notes:\n\n"
        "Members should join the meeting ten minutes before it starts.\n"
    )
    assert d["meta"]["title"] is None
    assert d["meta"]["contact"]["name"] == "Sam Carter"
    assert d["meta"]["contact"]["role"] == "Monitoring Officer to the Authority"
    assert _levels(d) == [(2, "Notes")]
    texts = _texts(d)
    assert "Dear Member" in texts and "Yours faithfully" in texts
    assert "Sam Carter" not in texts and "Monitoring Officer to the Authority" not in texts


def test_a_report_of_sentence_that_wraps_onto_the_next_line_is_prose_not_a_cover_row():
    # An agenda item's summary opens "Report of the Director …" and goes on in lower case on the
    # next line: a sentence of the paper, kept whole, not the cover's "Report of" row.
    d = read_txt(
        "Agenda item\n\n"
        "ANNUAL REPORT OF THE SAFER NORTHSHIRE PARTNERSHIP 2023\n\n"
        "Report of the Director of Communities on the partnership's\n"
        "work over the year.\n\n"
        "Minutes:\n\n"
        "The Director presented the report and answered members' questions.\n"
    )
    assert "Report of the Director of Communities on the partnership's work over the year." in _texts(d)


def test_a_report_of_line_on_its_own_is_still_the_covers_row():
    d = read_txt(
        "Agenda item\n\n"
        "ANNUAL REPORT OF THE SAFER NORTHSHIRE PARTNERSHIP 2023\n\n"
        "Report of the Director of Communities\n\n"
        "The Director presented the report and answered members' questions.\n"
    )
    assert not any(t.startswith("Report of") for t in _texts(d))


def test_a_covers_contact_sentence_is_the_contact_not_body_text():
    # A fire authority's cover gives its contact as a sentence over the first section.
    d = read_txt(
        "Northshire Fire and Rescue Authority\n"
        "12 March 2025\n\n"
        "Community Risk Management Plan 2025 - 2029\n\n"
        "For further information about this report please contact Chief Fire Officer Sam Carter on "
        "01234 567890 or Deputy Chief Fire Officer Alex Morgan on 01234 567891.\n\n"
        "1 Purpose of Report\n\n"
        "This report puts the proposed plan before the Authority for adoption.\n"
    )
    contact = d["meta"]["contact"]
    assert (contact["name"], contact["role"], contact["phone"]) == (
        "Sam Carter",
        "Chief Fire Officer",
        "01234 567890",
    )
    assert not any(t.startswith("For further information") for t in _texts(d))


def test_a_letters_numbered_addressees_over_its_salutation_are_not_headings():
    d = read_txt(
        "1 June 2022\n\n"
        "(1) MEMBERS OF THE NORTHSHIRE FIRE AUTHORITY\n\n"
        "(2) OFFICERS\n\n"
        "(3) PRESS AND PUBLIC\n\n"
        "Dear Member\n\n"
        "You are invited to the meeting of the Fire Authority on Friday 10 June 2022.\n\n"
        "1. APOLOGIES FOR ABSENCE\n\n"
        "2. MINUTES OF THE LAST MEETING\n"
    )
    paras = [(b["number"], b["text"]) for b in d["blocks"] if b["type"] == "paragraph" and b["number"]]
    assert paras == [
        ("1", "MEMBERS OF THE NORTHSHIRE FIRE AUTHORITY"),
        ("2", "OFFICERS"),
        ("3", "PRESS AND PUBLIC"),
    ]
    assert _levels(d) == [(2, "APOLOGIES FOR ABSENCE"), (2, "MINUTES OF THE LAST MEETING")]


def test_a_covering_letters_meeting_date_is_the_invitations_not_the_letters():
    d = read_txt(
        "3 March 2021\n\n"
        "Dear Member\n\n"
        "You are invited to attend a meeting of the Northshire Fire Authority, to be held at\n"
        "10.00am on Friday 12 March 2021 at Fire Service Headquarters.\n\n"
        "Yours faithfully\n"
    )
    assert d["meta"]["meeting_date"] == "2021-03-12"
