"""Plain-text reader: genre rules from the fourth headings round's development papers (a board's web
page of decisions with the same section labels over each item). Each example is made up in the
genre's shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.extract import extract
from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings as _headings
from boardwork.papers.tests.plaintext import read_txt

_DECISIONS_PAGE = (
    "Neighbourhood Board meeting\n\n"
    "What was discussed\n"
    "Youth Club Review: Members were told of the progress of the Northshire Youth Clubs Consortium "
    "and the outcome of the interim evaluation of the clubs.\n\n"
    "What we decided\n"
    "To extend the evening sessions for another year.\n"
    "To receive a report on the costs in the autumn.\n\n"
    "What was discussed\n"
    "Street Lighting Scheme: The Board heard that the new lights had been fitted in four streets "
    "and that residents had asked for two more.\n\n"
    "What we decided\n"
    "To fund the two further streets from the scheme's budget.\n\n"
    "What was discussed\n"
    "Park Wardens: Members were told that the wardens' pilot had ended and how the patrols had "
    "been received by park users.\n\n"
    "What we decided\n"
    "To continue the wardens for a second year.\n"
)


def test_section_labels_repeated_over_each_item_of_a_page_are_headings_not_running_headers():
    # Recurring three times, the labels looked like a running header and were dropped; each stands
    # after a blank line directly over a longer line of its section's text, on a page with no page
    # breaks, and a running header does neither.
    d = read_txt(_DECISIONS_PAGE)
    heads = _headings(d)
    assert heads.count("What was discussed") == 3
    assert heads.count("What we decided") == 3
    # The page's own first line is the title, not the label that recurs most.
    assert d["meta"]["title"] == "Neighbourhood Board meeting"
    assert heads[0] == "Neighbourhood Board meeting"
    # The first label under the title is a section's heading, not a cover line: the "Label: text"
    # line under it is a sentence, not a cover's row.
    first = next(b for b in d["blocks"] if b["text"] == "What was discussed")
    assert first["type"] == "heading"


def test_a_running_header_repeated_over_a_paged_text_is_still_dropped():
    # The same shape with page breaks: the line at each page's top is a running header.
    page = "Northshire Safety Partnership\nThe partnership met four times in the year and agreed its plan.\n"
    text = "Annual Report\n\n" + "\f".join(page for _ in range(3))
    d = read_txt(text)
    assert "Northshire Safety Partnership" not in _headings(d)
    assert not any(b["text"] == "Northshire Safety Partnership" for b in d["blocks"])


def test_the_labels_of_a_decisions_page_are_not_themes():
    # "What was discussed" is the record's layout and "What we decided" the meeting's decisions:
    # neither names the work reported.
    d = txt.read(_DECISIONS_PAGE.encode("utf-8"), Limits())
    themes = [t["title"] for t in extract(d)["themes"]]
    assert "What was discussed" not in themes
    assert "What we decided" not in themes


_ATTENDANCE_MINUTES = (
    "Minutes of the meeting of the Leaders' Group held on 4 March 2024\n\n"
    "Cllr Ann Smith chaired the meeting\n\n"
    "Present:\n\n"
    "NORTHBY Cllr Jo Brown\n"
    "SOUTHWICK Cllr Raj Patel\n"
    "EASTON Mayor Kim Lee\n\n"
    "Apologies:\n\n"
    "WESTFIELD Cllr Sam Green\n\n"
    "1. Minutes of the last meeting\n\n"
    "The minutes of the meeting held on 5 February 2024 were agreed.\n"
)


def test_an_attendance_label_with_its_colon_over_the_names_set_apart_is_a_paragraph():
    d = read_txt(_ATTENDANCE_MINUTES)
    heads = _headings(d)
    assert "Present:" not in heads and "Present" not in heads
    assert "Apologies:" not in heads and "Apologies" not in heads
    texts = [b["text"] for b in d["blocks"] if b["type"] == "paragraph"]
    assert "Present:" in texts and "Apologies:" in texts
    assert "NORTHBY Cllr Jo Brown" in texts


def test_an_attendance_label_with_the_names_straight_under_it_stays_a_heading():
    text = (
        "NORTHSHIRE FIRE AUTHORITY\n\nMINUTES\n\n"
        "PRESENT:\n"
        "Councillors A Jones (Chair), B Smith (Vice-Chair), C Brown, D Green,\n"
        "E White, F Black\n\n"
        "1/24   Apologies for Absence\n\n"
        "Apologies were received from Councillor G Grey.\n"
    )
    assert "PRESENT" in [h.rstrip(":") for h in _headings(read_txt(text))]


_PAGE_WITH_LINK_CARDS = (
    "Noise nuisance\n"
    "Report a noise problem\n"
    "How you can tell us about loud music, barking dogs and other noise from a neighbour\n"
    "Licensed premises\n"
    "Details of the conditions attached to pub and club licences in the district\n"
    "Noise nuisance is sound that stops you using your home as you normally would.\n"
    "Most noise problems can be settled by talking to the neighbour first.\n"
    "Noise we can look into\n"
    "- amplified music\n"
    "- alarms\n"
)


def test_a_link_card_in_a_pages_opening_is_furniture_not_a_heading():
    # A linked page's name with its one-line blurb straight under it: the site's pointer elsewhere.
    d = read_txt(_PAGE_WITH_LINK_CARDS)
    heads = _headings(d)
    assert "Report a noise problem" not in heads
    assert "Licensed premises" not in heads
    texts = [b["text"] for b in d["blocks"]]
    assert not any(t.startswith(("How you can tell us", "Details of the conditions")) for t in texts)
    # The page's own title and section stay, and so does its text.
    assert "Noise nuisance" in heads and "Noise we can look into" in heads
    assert any(t.startswith("Noise nuisance is sound") for t in texts)


def test_a_pages_first_phrase_is_its_title_over_a_section_name_that_recurs():
    text = (
        "How we set the budget\n\n\n"
        "Budget Setting\n\n"
        "The budget is set by the Commissioner each February after the panel has reviewed it.\n\n\n"
        "Meetings and Papers\n\n"
        "Budget Setting\n\n"
        "The papers for each budget meeting are published a week before it.\n"
    )
    d = read_txt(text)
    assert d["meta"]["title"] == "How we set the budget"
    heads = _headings(d)
    assert heads[0] == "How we set the budget"
    assert heads.count("Budget Setting") == 2


def test_a_one_word_label_over_a_title_that_recurs_is_not_the_title():
    text = (
        "Guidance\n\n"
        "Youth diversion schemes\n\n"
        "This guidance sets out how the schemes should be run by partnerships.\n\n"
        "Youth diversion schemes\n\n"
        "Schemes are run by the partnership with the youth service.\n"
    )
    assert read_txt(text)["meta"]["title"] == "Youth diversion schemes"
