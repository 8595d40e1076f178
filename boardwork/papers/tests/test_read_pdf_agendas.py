"""Agendas and notices of meeting as PDF: a cover of centred lines, items in bold capitals among items
in plain type, telephone numbers opening a wrapped line, a short boxed sentence. Every page here is
invented and printed by WeasyPrint or written as a content stream."""

from __future__ import annotations

from functools import cache

from boardwork.papers.document import Heading, ListItem, Paragraph, Table
from boardwork.papers.readers import read_bytes
from boardwork.papers.tests.pdfbytes import pdf_file

_STYLE = (
    "@page { size: Letter; margin: 1in } body { font: 11pt sans-serif } p { margin: 0 0 12pt 0 }"
    ".c { text-align: center } .sub { margin-left: 18pt } .ind { margin-left: 18pt; text-align: justify }"
)


@cache
def _html_paper(body: str):
    from weasyprint import HTML

    data = HTML(string=f"<html><head><style>{_STYLE}</style></head><body>{body}</body></html>").write_pdf()
    return read_bytes(data, "agenda.pdf")


def _numbered(paper) -> list[tuple[str, str]]:
    return [(b.number, b.text) for b in paper.blocks if isinstance(b, Paragraph) and b.number]


def _headings(paper) -> list[str]:
    return [b.text for b in paper.blocks if isinstance(b, Heading)]


# -- items in bold capitals among items in plain type --------------------------------------------

# (A preamble of wrapped lines, as an agenda's notes on taking part: the body's line spacing is read
# from the text, and a page of one-line items alone would give none.)
_PREAMBLE = (
    '<p style="text-align: justify">'
    + " ".join(
        f"Note {k}: members of the public who wish to take part in the meeting by telephone or online should"
        " tell the secretary by noon on the day before the meeting, giving their name and the item on"
        " which they wish to speak, and will be sent the details needed to join the meeting."
        for k in range(1, 4)
    )
    + "</p>"
)

_AGENDA = (
    _PREAMBLE
    + """
<p><b>1. CALL TO ORDER</b></p>
<p><b>2. ROLL CALL</b></p>
<p>3. Approval of the minutes of the meeting of 4 March 2025</p>
<p><b>4. PUBLIC COMMENTS</b></p>
<p class="ind">Members of the public may address the Commission on any matter within its remit for up
to three minutes each, after filling in a speaker card and handing it to the secretary before the item
is called. The Commission may not discuss or act on a matter raised that is not on the agenda, but may
ask for it to be placed on the agenda of a later meeting or refer it to the Director of Parks.</p>
<p><b>5. CONSENT CALENDAR</b></p>
<p class="sub">a. Warrants for the month of March</p>
<p class="sub">b. Quarterly report on the skate park</p>
<p class="ind">The items of the consent calendar are routine and are approved by one motion unless a
member of the Commission or of the public asks for an item to be taken on its own, in which case it is
heard after the other items of new business and voted on separately.</p>
<p>6. Report of the Director of Parks (information only)</p>
<p><b>7. NEW BUSINESS</b></p>
<p class="sub"><b>a. AWARD OF A CONTRACT FOR PLAYGROUND RESURFACING</b></p>
<p><b>8.ADJOURNMENT</b></p>
"""
)


def test_bold_agenda_items_among_plain_ones_are_numbered_items_not_headings():
    paper = _html_paper(_AGENDA)
    assert _numbered(paper) == [
        ("1", "CALL TO ORDER"),
        ("2", "ROLL CALL"),
        ("3", "Approval of the minutes of the meeting of 4 March 2025"),
        ("4", "PUBLIC COMMENTS"),
        ("5", "CONSENT CALENDAR"),
        ("6", "Report of the Director of Parks (information only)"),
        ("7", "NEW BUSINESS"),
        ("8", "ADJOURNMENT"),  # "8.ADJOURNMENT", the label set against its word
    ]
    assert not [h for h in _headings(paper) if h[:1].isdigit()]


def test_lettered_items_under_bold_agenda_items_are_a_first_level_list():
    paper = _html_paper(_AGENDA)
    items = [(b.number, b.depth, b.text) for b in paper.blocks if isinstance(b, ListItem)]
    assert items == [
        ("a", 1, "Warrants for the month of March"),
        ("b", 1, "Quarterly report on the skate park"),
        ("a", 1, "AWARD OF A CONTRACT FOR PLAYGROUND RESURFACING"),
    ]


def test_bold_numbered_section_headings_over_decimal_paragraphs_stay_headings():
    """Guard: "1. Introduction" over "1.1", "1.2" is a heading of another depth than its paragraphs."""
    paper = _html_paper(
        _PREAMBLE + "<p><b>1. Introduction</b></p>"
        "<p>1.1. The Board agreed its priorities for the year at its meeting in April, after a review of the"
        " figures for the last three years and a survey of residents in each of the town's wards.</p>"
        "<p>1.2. This report sets out the progress made against each of them, with the figures for the"
        " first half of the year and what the partners propose for the second half.</p>"
        "<p><b>2. Progress</b></p>"
        "<p>2.1. Patrols in the town centre ran every weekend from May to September, and the number of"
        " incidents reported on Friday and Saturday nights fell by a fifth on the same months of last year.</p>"
    )
    assert _headings(paper) == ["1. Introduction", "2. Progress"]
    assert [n for n, _ in _numbered(paper)] == ["1.1", "1.2", "2.1"]


def test_bold_numbered_lines_with_no_plain_items_beside_them_stay_headings():
    """Guard: with no item in plain type at their position, bold numbered lines keep their look."""
    paper = _html_paper(
        _PREAMBLE + "<p><b>1. Background</b></p><p>The Board agreed its priorities for the year in April.</p>"
        "<p><b>2. Progress</b></p><p>Patrols ran in the town centre every weekend in the summer.</p>"
    )
    assert _headings(paper) == ["1. Background", "2. Progress"]


# -- a notice's cover of centred lines -----------------------------------------------------------

_NOTICE = """
<p class="c"><b>NOTICE OF SPECIAL MEETING</b></p>
<p class="c">Notice is hereby given that the</p>
<p class="c"><b>HARBOUR WATCH COMMITTEE</b></p>
<p class="c"><b>will meet in public session</b></p>
<p class="c"><b>Wednesday, 12 March 2025</b></p>
<p class="c"><b>7:30 pm</b></p>
<p class="c"><b>Quayside Hall, Harbour Road</b></p>
<p style="text-align: justify">The Committee will hear the harbour master's report on moorings and
the lifeboat station's request for a second slipway, and will agree its comments on the county's
draft coastal plan before the consultation closes.</p>
<p class="c"><b>MEETING AGENDA</b></p>
<p>1. The harbour master's report on moorings for the coming season</p>
"""


def test_a_sentence_set_over_centred_cover_lines_is_one_paragraph():
    paper = _html_paper(_NOTICE)
    texts = [b.text for b in paper.blocks if isinstance(b, Paragraph)]
    assert "Notice is hereby given that the HARBOUR WATCH COMMITTEE will meet in public session" in texts


def test_the_cover_time_and_place_lines_are_no_block():
    paper = _html_paper(_NOTICE)
    texts = [b.text for b in paper.blocks if hasattr(b, "text")]
    assert not [t for t in texts if "7:30 pm" in t or "Quayside Hall" in t]
    # Guard: the body under the cover is kept, and the time is no part of the notice's sentence.
    assert [t for t in texts if t.startswith("The Committee will hear the harbour master's report")]


def test_a_notice_in_one_size_of_type_has_its_first_bold_line_as_title():
    paper = _html_paper(_NOTICE)
    first = paper.blocks[0]
    assert isinstance(first, Heading) and (first.level, first.text) == (1, "NOTICE OF SPECIAL MEETING")
    assert paper.meta.title == "NOTICE OF SPECIAL MEETING"
    # Guard: the agenda's caption further down is a section, not a second title.
    assert [b.text for b in paper.blocks if isinstance(b, Heading) and b.level == 1] == [
        "NOTICE OF SPECIAL MEETING"
    ]
    assert Heading(text="MEETING AGENDA", level=2) in paper.blocks


def test_centred_names_with_no_sign_of_running_on_stay_apart():
    """Guard: a cover's centred lines that each end complete and open in capitals are not joined."""
    paper = _html_paper(
        '<p class="c"><b>RIVERTON TOWN COUNCIL</b></p><p class="c"><b>Planning Committee</b></p>'
        '<p class="c"><b>Monday, 3 March 2025</b></p>'
        "<p>The Committee will consider the applications listed below, with the officers' reports.</p>"
    )
    texts = [b.text for b in paper.blocks if hasattr(b, "text")]
    assert not [t for t in texts if "RIVERTON TOWN COUNCIL" in t and "Planning Committee" in t]


# -- a short sentence set in bold ----------------------------------------------------------------


def test_a_short_bold_sentence_is_a_paragraph_not_a_heading():
    paper = _html_paper(
        '<p class="c" style="font-size: 14pt"><b>RIVERTON LICENSING BOARD</b></p>'
        '<p class="c" style="margin: 0"><b>Agenda for Thursday, 6 March 2025</b></p>'
        '<p class="c"><b>10:00 am</b></p>'
        # (Guard: set apart from the time line in larger type, it is no meeting place.)
        '<p class="c" style="font-size: 12pt; margin-top: 18pt"><b>The meeting is cancelled.</b></p>'
    )
    assert Paragraph(text="The meeting is cancelled.") in paper.blocks
    assert "The meeting is cancelled." not in _headings(paper)


def test_bold_headings_with_no_full_stop_stay_headings():
    """Guard: a caption without a verb and a full stop keeps its heading."""
    paper = _html_paper(
        "<p><b>Reports for information</b></p><p>The Board will receive the quarterly figures.</p>"
        "<p><b>Matters arising</b></p><p>None were raised at the last meeting of the Board.</p>"
    )
    assert _headings(paper) == ["Reports for information", "Matters arising"]


# -- a telephone number opening a wrapped line ---------------------------------------------------


def _stream_pdf(content: bytes) -> bytes:
    """A one-page Letter PDF of one content stream in Helvetica (F1) and Helvetica-Bold (F2)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> >>",
    ]
    return pdf_file(objects)


def _lines(lines: list[tuple[float, float, bytes]]) -> bytes:
    """Lines of 11 pt Helvetica at (x, y), each justified by its own word spacing (Tw)."""
    return b"".join(
        b"BT /F1 11 Tf %.1f Tw %.1f %.1f Td (%s) Tj ET\n" % (tw, 72.0, y, text) for tw, y, text in lines
    )


_PHONE_PAGE = _lines(
    [
        (0.6, 700, b"Anyone who wishes to speak at the meeting but cannot attend in person should"),
        (0.0, 686, b"telephone the Clerk to the Board, whose office is open from nine until five, on"),
        # Justified: the spaces of this line are stretched to the measure.
        (6.0, 672, b"\\(555\\) 201-4477 before noon on the day of the meeting."),
        (0.6, 644, b"\\(1\\) The Board will receive the annual report of the Harbour Master and"),
        (0.0, 630, b"the accounts of the harbour for the year to the end of March."),
        (0.6, 602, b"\\(2\\) The Board will consider the budget of the harbour for the coming year."),
    ]
)


def test_a_telephone_number_opening_a_wrapped_line_does_not_start_a_numbered_paragraph():
    paper = read_bytes(_stream_pdf(_PHONE_PAGE), "notice.pdf")
    texts = [b.text for b in paper.blocks if isinstance(b, Paragraph)]
    assert any(t.endswith("on (555) 201-4477 before noon on the day of the meeting.") for t in texts), texts
    assert "555" not in [n for n, _ in _numbered(paper)]


def test_numbered_paragraphs_in_brackets_stay_numbered():
    """Guard: "(1) The Board …" is a numbered paragraph, its number in brackets."""
    paper = read_bytes(_stream_pdf(_PHONE_PAGE), "notice.pdf")
    numbers = [n for n, _ in _numbered(paper)]
    assert numbers[-2:] == ["1", "2"]


# -- a cover's reference lines and its title over the meeting's date -------------------------------

_COVER = (
    '<div style="font-size: 12pt; font-weight: bold">'
    '<p style="margin: 0">Next Resolution No. 2025-14</p><p>Next Ordinance No. 702</p>'
    '<p class="c" style="margin: 0">AGENDA</p><p class="c" style="margin: 0">SPECIAL MEETING</p>'
    '<p class="c" style="margin: 0">RIVERTON CITY COUNCIL</p>'
    '<p class="c" style="margin: 0">MONDAY, MARCH 3, 2025</p><p class="c">7:00 P.M.</p></div>'
    + _PREAMBLE
    + '<p style="font-size: 12pt"><b>Recommendation No. 3</b></p>'
    "<p>The Council is asked to adopt the budget for the coming year as set out in the report.</p>"
)


def test_reference_lines_over_a_cover_are_paragraphs_not_the_title():
    paper = _html_paper(_COVER)
    assert paper.meta.title == "AGENDA SPECIAL MEETING RIVERTON CITY COUNCIL"
    assert Paragraph(text="Next Resolution No. 2025-14") in paper.blocks
    assert Paragraph(text="Next Ordinance No. 702") in paper.blocks
    assert not [h for h in _headings(paper) if "Resolution" in h or "Ordinance" in h]


def test_a_caption_with_a_short_number_stays_a_heading():
    """Guard: "Recommendation No. 3" in bold is a caption, not a clerk's reference."""
    assert "Recommendation No. 3" in _headings(_html_paper(_COVER))


# -- a letterhead of two columns -------------------------------------------------------------------

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse; font-size: 10pt">'
    '<tr><td style="width: 50%">Ann Fisher, Mayor</td><td style="text-align: right">RIVERTON CITY HALL</td></tr>'
    '<tr><td>Tom Reyes, Mayor Pro Tem</td><td style="text-align: right">100 Main Street</td></tr>'
    '<tr><td>Joan Park, Council Member</td><td style="text-align: right">Riverton, OR 97301</td></tr>'
    '<tr><td>Sam Ortiz, Council Member</td><td style="text-align: right">Phone: (555) 201-4400</td></tr>'
    "</table>"
    '<p class="c" style="font-size: 14pt; margin-top: 24pt"><b>AGENDA</b></p>'
    + _PREAMBLE
    + "<p>The depots the Council will consider for the new yard are listed below with their sites.</p>"
    '<table style="width: 80%; font-size: 11pt"><tr><td>North depot</td><td>12 Mill Lane, Riverton, OR 97302</td></tr>'
    "<tr><td>South depot</td><td>4 Quarry Road, Riverton, OR 97305</td></tr>"
    "<tr><td>River depot</td><td>9 Wharf Street, Riverton, OR 97301</td></tr></table>"
)


def test_a_letterhead_of_names_beside_an_address_is_no_table():
    paper = _html_paper(_LETTERHEAD)
    texts = [b.text for b in paper.blocks if isinstance(b, Paragraph)]
    assert texts[:4] == [
        "Ann Fisher, Mayor",
        "Tom Reyes, Mayor Pro Tem",
        "Joan Park, Council Member",
        "Sam Ortiz, Council Member",
    ]
    words = " ".join(b.text for b in paper.blocks if hasattr(b, "text"))
    assert "100 Main Street" not in words and "RIVERTON CITY HALL" not in words


def test_a_table_of_addresses_in_the_body_stays_a_table():
    """Guard: a real two-column table, below the cover, keeps its rows though they hold addresses."""
    paper = _html_paper(_LETTERHEAD)
    tables = [b for b in paper.blocks if isinstance(b, Table)]
    assert [[r[0] for r in t.rows] for t in tables][-1] == ["North depot", "South depot", "River depot"]


def test_a_cover_table_of_labels_is_left_to_the_cover_rules():
    """Guard: a two-column table of labels and values at the top ("Report to:", "Contact:") is a cover
    table, read for the paper's meta as before, though its values hold a telephone number."""
    paper = _html_paper(
        '<table style="width: 100%; font-size: 11pt">'
        "<tr><td>Report to:</td><td>Cabinet</td></tr>"
        "<tr><td>Date:</td><td>3 March 2025</td></tr>"
        "<tr><td>Contact:</td><td>Jo Bell, Phone: 01632 960123</td></tr></table>"
        '<p style="font-size: 14pt"><b>Parks and open spaces strategy</b></p>' + _PREAMBLE
    )
    assert (paper.meta.body, paper.meta.meeting_date) == ("Cabinet", "2025-03-03")
    assert "Report to:" not in [b.text for b in paper.blocks if isinstance(b, Paragraph)]
