"""Plain-text reader: rules from the sixth headings round (batch 37): a meeting page's site label
naming the kinds of document it holds, and numbered item titles with a second line in the council's
other language. Each example is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.tests.plaintext import headings as _headings
from boardwork.papers.tests.plaintext import read_txt
from boardwork.papers.tests.plaintext import texts as _texts


def test_a_page_label_naming_the_kinds_of_document_is_not_the_title():
    # A meeting's web page opens with the site's label for such pages, then the meeting's name and
    # date over two lines: the label is neither the title nor a heading.
    d = read_txt(
        "Agendas, reports and minutes\n\n"
        "Northshire Scrutiny Committee\n"
        "Monday, 3rd March, 2025 2.00 pm\n\n"
        "Venue: Council Chamber\n\n"
        "Apologies for Absence\n\n"
        "Apologies were received from Councillor Smith.\n\n"
        "Minutes of the Last Meeting\n\n"
        "The minutes of the meeting held on 3 February 2025 were confirmed as a correct record.\n"
    )
    assert d["meta"]["title"] != "Agendas, reports and minutes"
    assert "Agendas, reports and minutes" not in _texts(d)
    assert "Apologies for Absence" in _headings(d)


def test_one_kind_of_document_alone_is_still_the_title():
    # "Minutes" alone under the letterhead is the paper's own name (the paper is that document).
    d = read_txt(
        "NORTHSHIRE FIRE AUTHORITY\n\n"
        "MINUTES\n\n"
        "1.  Apologies\n\n"
        "Apologies were received from Councillor Smith and Councillor Jones.\n\n"
        "2.  Declarations of Interest\n\n"
        "There were no declarations of interest made at the meeting.\n"
    )
    assert d["meta"]["title"] == "MINUTES"


def test_numbered_item_titles_with_a_second_line_in_another_language():
    # Every item's title carries its name in the council's other language on the line under it:
    # the title is the item's heading and the second line no block of its own.
    d = read_txt(
        "Minutes of Meeting of the Northshire Committee held in the Council Chamber on Wednesday,\n"
        "1 October 2025, at 10.00 a.m.\n\n"
        "1.  Apologies for Absence\n"
        "Leisgeulan\n\n"
        "Apologies for absence were intimated on behalf of Mr A Smith and Ms B Jones.\n\n"
        "2.  Declarations of Interest\n"
        "Foillseachaidhean Com-pairt\n\n"
        "The Committee noted that there were no declarations of interest.\n"
    )
    heads = _headings(d)
    assert "Apologies for Absence" in heads and "Declarations of Interest" in heads
    assert not {"Leisgeulan", "Foillseachaidhean Com-pairt"} & set(_texts(d))


def test_one_numbered_title_over_a_line_of_its_own_is_left_alone():
    # Once only, the line under a numbered title may be a heading of its own: not read as a
    # second-language line.
    d = read_txt(
        "1.  Apologies for Absence\n"
        "Councillor Smith\n\n"
        "Apologies for absence were received from Councillor Smith, who was unwell on the day.\n"
    )
    assert "Councillor Smith" in _texts(d)


def test_an_attendance_label_naming_who_attends_keeps_its_names_out_of_the_headings():
    # "Also in attendance:" and "Officials in attendance:" are attendance labels as "Present:" is:
    # the names and offices listed under them, one a line, are the list's lines, not headings.
    d = read_txt(
        "Minutes of Meeting of the Northshire Committee held in the Council Chamber on Wednesday,\n"
        "1 October 2025, at 10.00 a.m.\n\n"
        "Present:\n"
        "Mr A Smith, Ms B Jones, Mr C Brown\n\n"
        "Also in attendance:\n"
        "Chief Inspector D Green, Northshire Police\n"
        "Mr E White, Northshire Fire and Rescue Service\n\n"
        "1.  Apologies for Absence\n\n"
        "Apologies for absence were intimated on behalf of Mr F Black and Ms G Grey.\n"
    )
    heads = _headings(d)
    assert "Chief Inspector D Green, Northshire Police" not in heads
    assert "Mr E White, Northshire Fire and Rescue Service" not in heads
    assert "Chief Inspector D Green, Northshire Police" in _texts(d)


def test_who_is_in_the_chair_is_not_a_heading():
    # "Mr A Smith in the Chair", unstopped between the attendance and the first item, is a line of
    # the minute, not a heading over the items.
    d = read_txt(
        "Minutes of Meeting of the Northshire Committee held in the Council Chamber on Wednesday,\n"
        "1 October 2025, at 10.00 a.m.\n\n"
        "All decisions with no marking in the margin are delegated to the Committee.\n\n"
        "Mr A Smith in the Chair\n\n"
        "1.  Apologies for Absence\n\n"
        "Apologies for absence were intimated on behalf of Mr F Black and Ms G Grey.\n"
    )
    assert "Mr A Smith in the Chair" not in _headings(d)
    assert "Mr A Smith in the Chair" in _texts(d)


def test_a_signature_under_the_valediction_heads_nothing():
    # The signatory's name, a blank line, and an office over two lines: the letter's signature, not
    # headings over the agenda's first items.
    d = read_txt(
        "A meeting of the Northshire Committee will take place in the Council Chamber on Wednesday,\n"
        "1 October 2025, at 10.00 a.m.\n\n"
        "You are invited to attend the meeting and a note of the business to be considered is attached.\n\n"
        "Yours faithfully,\n\n"
        "Alex Morgan\n\n"
        "Depute Chief Executive/\n"
        "Director of Corporate Development\n\n"
        "Apologies for Absence\n\n"
        "Declarations of Interest\n\n"
        "Members are asked to consider whether they have an interest to declare in relation to any item.\n"
    )
    heads = _headings(d)
    assert "Alex Morgan" not in heads
    assert not any(h.startswith("Depute Chief Executive") for h in heads)
    assert "Declarations of Interest" in heads


def test_a_part_heading_in_a_paper_of_bilingual_items_drops_its_second_line_too():
    # Where the numbered items carry their second-language line, an unnumbered part heading over
    # some of them does too: the part heading stays, its second line is in no block.
    d = read_txt(
        "1.  Apologies for Absence\n"
        "Leisgeulan\n\n"
        "Apologies for absence were intimated on behalf of Mr A Smith and Ms B Jones.\n\n"
        "Community Safety\n"
        "Sabhailteachd Coimhearsnachd\n\n"
        "2.  Public Performance Survey\n"
        "Suirbhidh Deanadais Phoblaich\n\n"
        "There is circulated a report which summarises the responses to the survey's questions.\n"
    )
    assert "Community Safety" in _headings(d)
    assert not {"Sabhailteachd Coimhearsnachd", "Leisgeulan", "Suirbhidh Deanadais Phoblaich"} & set(
        _texts(d)
    )


def test_an_attendance_label_over_one_line_of_names_keeps_them():
    d = read_txt(
        "1.  Apologies for Absence\n"
        "Leisgeulan\n\n"
        "Apologies for absence were intimated on behalf of Mr A Smith and Ms B Jones.\n\n"
        "Also present:\n"
        "Mr C Brown\n\n"
        "2.  Declarations of Interest\n"
        "Foillseachaidhean Com-pairt\n\n"
        "The Committee noted that there were no declarations of interest.\n"
    )
    assert "Mr C Brown" in _texts(d)


def test_a_label_whose_first_word_joins_a_capital_with_a_hyphen_heads_its_names():
    # "Non-Members also present:" with its names straight under it heads them, as "Present:" does.
    d = read_txt(
        "Minutes of Meeting of the Northshire Committee held in the Council Chamber on Wednesday,\n"
        "1 October 2025, at 10.00 a.m.\n\n"
        "Present:\n"
        "Mr A Smith, Ms B Jones, Mr C Brown, Ms D White, Mr E Green, Ms F Black, Mr G Grey\n\n"
        "Non-Members also present:\n"
        "Mrs H Campbell, Mr I Stone.\n\n"
        "1.  Apologies for Absence\n\n"
        "Apologies for absence were intimated on behalf of Mr J Brown and Ms K Jones.\n"
    )
    assert "Non-Members also present" in _headings(d)


def test_a_short_first_line_of_a_paragraph_in_hard_wrapped_text_is_not_a_heading():
    # Minutes saved with the page's own line breaks and no blank lines: a paragraph's first line cut
    # short after the previous sentence's end runs on into the next lines; it heads nothing.
    d = read_txt(
        "MINUTES of the meeting held on 5 February 2025 commencing at 10.00 am.\n"
        "Present:\n"
        "Councillor Ann Smith (Chairman).\n"
        "The Scrutiny\n"
        "Committee considered the matters, reports and recommendations contained or\n"
        "referred to in the agenda for the meeting, and agreed as set out below. Copies of\n"
        "the agenda and reports are attached to the signed Minutes.\n"
        "1/25\n"
        "APOLOGIES FOR ABSENCE\n"
        "Apologies for absence were received from Councillor Bob Jones.\n"
    )
    heads = _headings(d)
    assert "The Scrutiny" not in heads
    assert "APOLOGIES FOR ABSENCE" in heads
