"""Plain-text reader: genre rules from the third headings round's development papers (batch 30: an
agenda in capitals with its items' page pointers and bracketed notes, an agenda-and-minutes page's
sub-items, a web page's print link, question headings). Each example is made up in the genre's
shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.tests.plaintext import headings as _headings
from boardwork.papers.tests.plaintext import read_txt
from boardwork.papers.tests.plaintext import texts as _texts

_AGENDA = (
    "NORTHSHIRE FIRE AUTHORITY\n\n"
    "AGENDA\n\n"
    "1. APOLOGIES FOR ABSENCE\n\n"
    "2. BUDGET MONITORING 2024 / 2025 (pp 1 - 6)\n\n"
    "(Report of the Treasurer enclosed)\n\n"
    "3. APPOINTMENTS TO COMMITTEES OF THE AUTHORITY FOR THE COMING MUNICIPAL YEAR (pp7 - 9)\n\n"
    "(Report of the Treasurer enclosed)\n\n"
    "4. ANNUAL STATEMENT OF ASSURANCE (pp 10 - 14)\n\n"
    "(Report of the Treasurer enclosed)\n\n"
    "5. MINUTES OF THE LAST MEETING (pp 15 - 19)\n\n"
    "(Enclosed)\n\n"
    "6. DATE OF THE NEXT MEETING\n"
)


def test_an_agenda_items_title_in_capitals_with_its_page_pointer_is_a_heading():
    # The pointer to the item's pages in the pack, "(pp 1 - 6)", is in lower case and lengthens the
    # line; the title is in capitals all the same.
    heads = _headings(read_txt(_AGENDA))
    assert "BUDGET MONITORING 2024 / 2025 (pp 1 - 6)" in heads
    assert "APPOINTMENTS TO COMMITTEES OF THE AUTHORITY FOR THE COMING MUNICIPAL YEAR (pp7 - 9)" in heads
    assert "MINUTES OF THE LAST MEETING (pp 15 - 19)" in heads


def test_a_bracketed_note_repeated_under_an_agendas_items_is_kept_each_time_on_its_own():
    # Three times the same short line is what a running header looks like, but a note wholly in
    # brackets is the items' own text; nor does it carry on the item's title over the blank line.
    texts = _texts(read_txt(_AGENDA))
    assert texts.count("(Report of the Treasurer enclosed)") == 3
    assert "(Enclosed)" in texts
    assert not any(t.endswith("(pp 1 - 6) (Report of the Treasurer enclosed)") for t in texts)


def test_a_sub_items_number_on_a_line_of_its_own_is_not_part_of_the_heading_above():
    d = read_txt(
        "Northshire Safer Communities Board - Tuesday, 4 March 2025 10.00 a.m.\n\n"
        "Items\n"
        "No. Item\n\n"
        "1.\n\n"
        "Apologies\n\n"
        "Minutes:\n\n"
        "Apologies were received from two members of the board.\n\n"
        "2.\n\n"
        "Looking Back: the Last Quarter\n\n"
        "2a\n\n"
        "Burglary in the Borough - Presentation by the District Commander\n\n"
        "Minutes:\n\n"
        "The District Commander presented the figures for burglary over the last quarter and the\n"
        "work done with neighbourhood watch groups.\n"
    )
    heads = _headings(d)
    assert "Looking Back: the Last Quarter" in heads
    assert "Burglary in the Borough - Presentation by the District Commander" in heads
    assert not any(h.endswith(" 2a") or h.startswith("2a") for h in heads)


def test_a_web_pages_print_link_is_furniture():
    d = read_txt(
        "Print\n"
        "SAFER STREETS COMMITTEE\n\n"
        "NOTICE OF MEETING\n\n"
        "A meeting of the Safer Streets Committee will be held at the Town Hall on Monday, 3 March\n"
        "2025 at 6 pm.\n\n"
        "Print\n"
        "SAFER STREETS COMMITTEE\n\n"
        "REPORT DETAIL\n\n"
        "The committee asked for a report on the lighting of the town's car parks.\n"
    )
    assert "Print" not in _texts(d)
    assert "REPORT DETAIL" in _headings(d)


def test_a_longer_question_on_a_page_headed_by_questions_is_a_heading_too():
    page = (
        "Fly-tipping\n\n"
        "What counts as fly-tipping?\n\n"
        "Fly-tipping is the illegal dumping of waste on land or in water that has no licence to take it.\n\n"
        "What does the council do to find the people who dump waste here?\n\n"
        "Our enforcement officers investigate every report and prosecute where the evidence allows.\n"
    )
    assert "What does the council do to find the people who dump waste here?" in (_headings(read_txt(page)))
    # Alone, with no other question heading on the page, a long question is a sentence of the text.
    alone = page.replace("What counts as fly-tipping?", "Fly-tipping explained")
    assert "What does the council do to find the people who dump waste here?" not in (
        _headings(read_txt(alone))
    )


def test_a_pages_title_over_a_line_naming_the_same_thing_again_is_not_a_wrapped_title():
    d = read_txt(
        "Northshire Fire & Rescue Consultation\n"
        "Fire & Rescue Service\n\n"
        "Northshire Fire and Rescue Service has opened a public consultation on its draft plan for the\n"
        "next four years.\n"
    )
    assert d["meta"]["title"] == "Northshire Fire & Rescue Consultation"
    # A title set large that wraps without repeating a word is still one title.
    d = read_txt(
        "Northshire Community Safety\n"
        "Partnership Plan 2025-28\n\n"
        "The partnership sets out its priorities for the next three years in this plan.\n"
    )
    assert d["meta"]["title"] == "Northshire Community Safety Partnership Plan 2025-28"


def test_a_page_saved_with_its_own_line_breaks_keeps_its_sentences_whole():
    # No blank lines and breaks mid-sentence: a line that cannot end ("… a", "… by") or one that the
    # next goes on from in lower case is the sentence going on, not a heading over it; a bare label
    # after a sentence's end still heads what follows, however long the line above.
    d = read_txt(
        "Agenda item\n"
        "SAFER COMMUNITIES PARTNERSHIP\n"
        "To consider a\n"
        "report by the Partnership Manager (copy enclosed) on the delivery of its action plan for\n"
        "the year and its progress so far on the plan for the next year, with the sources of funding.\n"
        "Minutes:\n"
        "The Partnership Manager\n"
        "introduced the report and said that the plan was drawn up each year by all of the partners\n"
        "together, from an analysis of the crime figures and of what residents said in the survey.\n"
        "The Chair thanked the Partnership Manager and the partners for the work done over the year\n"
        "and asked that the figures for the first half of the next year come to the next meeting.\n"
    )
    texts = _texts(d)
    assert texts[1].startswith("To consider a report by the Partnership Manager")
    assert texts[1].endswith("with the sources of funding.")
    assert any(t.startswith("The Partnership Manager introduced the report") for t in texts)
    assert _headings(d) == ["SAFER COMMUNITIES PARTNERSHIP", "Minutes"]


def test_a_resolutions_subject_on_its_own_line_is_not_a_label_and_leaves_the_label_above_it():
    d = read_txt(
        "Agenda item\n\n"
        "PARTNERSHIP ANNUAL UPDATE\n\n"
        "To receive the partnership's report on the delivery of its action plan.\n\n"
        "Decision:\n\n"
        "The Committee:\n\n"
        "Resolved: - to receive the partnership's performance update for the year.\n\n"
        "Minutes:\n\n"
        "The Lead Member introduced the report and the manager answered members' questions on it.\n"
    )
    heads = _headings(d)
    assert "Decision" in heads
    assert "The Committee" not in heads and "The Committee:" in _texts(d)


def test_a_notice_signed_with_no_valediction_has_its_signatory_as_the_contact():
    d = read_txt(
        "LICENSING COMMITTEE\n\n"
        "NOTICE OF MEETING\n\n"
        "A meeting of the Licensing Committee will be held at the Town Hall on Monday, 3 March 2025\n"
        "at 6 pm to consider the business set out below.\n\n"
        "Ann B Smith\n"
        "Chief Executive\n\n"
        "BUSINESS\n\n"
        "1. Apologies\n\n"
        "2. Declarations of Interest\n"
    )
    assert d["meta"]["contact"]["name"] == "Ann B Smith"
    assert d["meta"]["contact"]["role"] == "Chief Executive"
    assert "Ann B Smith" not in _headings(d) + _texts(d)
    assert "BUSINESS" in _headings(d)


def test_a_contents_column_head_and_a_running_header_set_flush_right_are_furniture():
    pad = " " * 44
    d = read_txt(
        "Safer Roads: A Response\n\n"
        "Northshire Road Safety Partnership\n\n"
        "March 2025\n\n"
        f"{pad}            Page\n"
        "1. Summary                                        1\n"
        "2. Our Response                                   4\n\n"
        "Safer Roads: A Response\n\n"
        f"{pad}Partnership Response – Summary\n\n\n"
        "                       Section 1 – Summary\n\n"
        "Introduction\n\n"
        "1. The partnership welcomes the consultation and has answered it after talking to its members\n"
        "   and to the county's road users.\n"
    )
    heads = _headings(d)
    assert "Page" not in heads + _texts(d)
    assert "Partnership Response – Summary" not in heads + _texts(d)
    assert "Section 1 – Summary" in heads


def test_an_agendas_meeting_line_with_its_place_and_time_is_the_meeting_not_the_title():
    d = read_txt(
        "NORTHSHIRE FIRE AND RESCUE AUTHORITY\n\n"
        "EXTRAORDINARY MEETING TO BE HELD ON MONDAY, 3 MARCH 2025 IN THE COMMITTEE ROOM, SERVICE "
        "HEADQUARTERS, NORTHTOWN BEGINNING AT 10.30AM\n\n"
        "AGENDA\n\n"
        "1. APOLOGIES FOR ABSENCE\n\n"
        "2. BUDGET 2025 / 2026 (pp 1 - 8)\n\n"
        "(Report of the Treasurer enclosed)\n"
    )
    assert d["meta"]["title"] == "AGENDA"
    assert d["meta"]["meeting_date"] == "2025-03-03"
    assert not any("TO BE HELD ON" in t for t in _headings(d) + _texts(d))


def test_a_web_pages_blurb_for_a_linked_page_is_text_not_a_heading():
    d = read_txt(
        "Noise nuisance\n\n"
        "Street noise\n\n"
        "Details of the noise the council can act on in the street\n\n"
        "Noise from a neighbour's home, a business or the street can be reported to the council online.\n\n"
        "Reporting noise\n\n"
        "Keep a diary of the noise for two weeks before you report it, with the times and how long it lasted.\n"
    )
    heads = _headings(d)
    assert "Details of the noise the council can act on in the street" not in heads
    assert "Reporting noise" in heads
