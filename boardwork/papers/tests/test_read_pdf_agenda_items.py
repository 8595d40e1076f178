"""American agendas as PDF, a second round: sub-item labels ("A-1", "11/09/22-1."), items whose
wrapped lines hang short of their first line's text or run on in a block under the label, and a
notice's cover lines naming the body and the place above the meeting's date and time. Every page is
invented and written as a content stream, so that each line stands where the test puts it."""

from __future__ import annotations

from boardwork.papers.document import Heading, ListItem, Paragraph
from boardwork.papers.readers import read_bytes
from boardwork.papers.tests.pdfbytes import pdf_file

# (font, size, x, y, text): F1 Helvetica, F2 Helvetica-Bold.
_Line = tuple[str, float, float, float, str]


def _pdf(pages: list[list[_Line]]) -> bytes:
    """A Letter PDF of one content stream a page."""
    n = len(pages)
    kids = " ".join(f"{5 + 2 * k} 0 R" for k in range(n)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    ]
    for k, lines in enumerate(pages):
        content = b"".join(
            b"BT /%s %.1f Tf %.1f %.1f Td (%s) Tj ET\n"
            % (font.encode(), size, x, y, text.replace("(", "\\(").replace(")", "\\)").encode("latin-1"))
            for font, size, x, y, text in lines
        )
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (6 + 2 * k)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    return pdf_file(objects)


def _read(*pages: list[_Line]):
    return read_bytes(_pdf(list(pages)), "agenda.pdf")


def _items(paper) -> list[tuple[str | None, str]]:
    return [(b.number, b.text) for b in paper.blocks if isinstance(b, (Paragraph, ListItem)) and b.number]


def _texts(paper) -> list[str]:
    return [b.text for b in paper.blocks if isinstance(b, (Paragraph, ListItem))]


def _headings(paper) -> list[str]:
    return [b.text for b in paper.blocks if isinstance(b, Heading)]


def _body(x: float, top: float, lines: list[str], step: float = 14.4) -> list[_Line]:
    return [("F1", 12, x, top - k * step, t) for k, t in enumerate(lines)]


# A paragraph of wrapped lines, so that the body's line spacing is read from the text.
_NOTES = _body(
    72,
    720,
    [
        "Members of the public who wish to address the Commission on any item may do so when the",
        "item is called, after filling in a speaker card and handing it to the secretary before the",
        "meeting begins; written comments received by noon on the day of the meeting are read out.",
    ],
)

# -- sub-item labels ----------------------------------------------------------------------------

_SUB_ITEMS = [
    *_NOTES,
    ("F1", 12, 74, 660, "A.  APPROVAL OF MINUTES"),
    ("F1", 12, 104, 632, "A-1"),
    ("F1", 12, 134, 632, "APPROVE THE MINUTES OF THE REGULAR MEETING OF THE PARKS"),
    ("F1", 12, 134, 617.6, "COMMISSION HELD ON NOVEMBER 15, 2024"),
    ("F1", 12, 74, 590, "B.  PUBLIC HEARINGS"),
    ("F1", 12, 104, 562, "B-1"),
    ("F1", 12, 134, 562, "A REQUEST TO EXTEND THE OPENING HOURS OF THE SNACK BAR AT"),
    ("F1", 12, 134, 547.6, "THE COMMUNITY POOL FROM MAY TO SEPTEMBER"),
    ("F1", 12, 74, 520, "C.  REPORT OF THE DIRECTOR"),
    ("F1", 12, 104, 492, "12/03/24-1."),
    ("F1", 12, 180, 492, "Summer programme of events in the parks"),
]


def test_a_letter_and_number_label_opens_a_sub_item():
    paper = _read(_SUB_ITEMS)
    items = _items(paper)
    assert (
        "A-1",
        "APPROVE THE MINUTES OF THE REGULAR MEETING OF THE PARKS COMMISSION HELD ON NOVEMBER 15, 2024",
    ) in items
    assert (
        "B-1",
        "A REQUEST TO EXTEND THE OPENING HOURS OF THE SNACK BAR AT THE COMMUNITY POOL FROM MAY TO SEPTEMBER",
    ) in items
    assert [b for b in paper.blocks if isinstance(b, ListItem) and b.number == "A-1"]


def test_a_date_and_number_label_opens_a_sub_item():
    paper = _read(_SUB_ITEMS)
    assert ("12/03/24-1", "Summer programme of events in the parks") in _items(paper)


def test_a_sub_item_label_in_running_text_is_no_label():
    """Guards: "C-1" opening a wrapped line of a sentence, and a date opening a line, are words."""
    paper = _read(
        [
            *_NOTES,
            ("F1", 12, 72, 660, "The restaurant stands in the neighbourhood commercial zone, known on the"),
            (
                "F1",
                12,
                72,
                645.6,
                "C-1 zone map as the Amar Road district, and the licence covers beer and wine.",
            ),
            (
                "F1",
                12,
                72,
                618,
                "The application was received by the Planning Division on the date below, and",
            ),
            ("F1", 12, 72, 603.6, "11/09/22 is the date from which the period for objections is counted."),
        ]
    )
    assert not _items(paper)
    texts = _texts(paper)
    assert any("known on the C-1 zone map as the Amar Road district" in t for t in texts), texts
    assert any("Division on the date below, and 11/09/22 is the date from which" in t for t in texts), texts


# -- an item's wrapped lines ---------------------------------------------------------------------


def test_wrapped_lines_hanging_short_of_the_first_lines_text_stay_with_the_item():
    paper = _read(
        [
            *_NOTES,
            ("F1", 12, 60, 660, "1."),
            (
                "F1",
                12,
                84,
                660,
                "To watch the meeting only: the meeting is shown live on the local cable channel",
            ),
            ("F1", 12, 78, 645.6, "(channel 8) and streamed on the page of the Commission on the web site."),
            ("F1", 12, 60, 618, "2."),
            (
                "F1",
                12,
                84,
                618,
                "To speak at the meeting, join it online a quarter of an hour before it starts.",
            ),
        ]
    )
    assert _items(paper)[:1] == [
        (
            "1",
            "To watch the meeting only: the meeting is shown live on the local cable channel (channel 8) and"
            " streamed on the page of the Commission on the web site.",
        )
    ]


def test_an_items_block_of_short_lines_under_its_label_is_one_item():
    paper = _read(
        [
            *_NOTES,
            ("F1", 12, 96, 660, "a."),
            ("F1", 12, 116, 660, "Join the meeting online (download the app if needed):"),
            ("F1", 12, 114, 645.6, "Meeting ID: 875 7398 5142"),
            ("F1", 12, 114, 631.2, "Passcode: 937303"),
            ("F1", 12, 114, 616.8, "Please give your name and the item you wish to speak on."),
            ("F1", 12, 96, 602.4, "b."),
            ("F1", 12, 116, 602.4, "Join the meeting by telephone:"),
            ("F1", 12, 114, 588.0, "Dial 669 900 6833 and enter the meeting ID."),
            ("F1", 12, 72, 560, "All microphones are muted except while a speaker has the floor."),
        ]
    )
    assert _items(paper) == [
        (
            "a",
            "Join the meeting online (download the app if needed): Meeting ID: 875 7398 5142 Passcode: 937303"
            " Please give your name and the item you wish to speak on.",
        ),
        ("b", "Join the meeting by telephone: Dial 669 900 6833 and enter the meeting ID."),
    ]
    assert "All microphones are muted except while a speaker has the floor." in _texts(paper)


def test_an_items_colon_carries_it_over_the_page_break():
    first = [*_NOTES, ("F1", 12, 96, 100, "a."), ("F1", 12, 116, 100, "Join the meeting online:")]
    second = [
        ("F1", 12, 114, 720, "Meeting ID: 875 7398 5142, passcode 937303"),
        ("F1", 12, 114, 705.6, "Please give your name and the item you wish to speak on."),
        ("F1", 12, 72, 678, "All microphones are muted except while a speaker has the floor and"),
        ("F1", 12, 72, 663.6, "the chair may mute a speaker who goes on after the three minutes allowed."),
    ]
    paper = _read(first, second)
    assert _items(paper) == [
        (
            "a",
            "Join the meeting online: Meeting ID: 875 7398 5142, passcode 937303 Please give your name and the"
            " item you wish to speak on.",
        )
    ]


def test_an_item_with_a_note_indented_under_it_and_short_lines_of_a_paragraph_stay_apart():
    """Guards: a caption's note set further in than its text is a paragraph of its own; a paragraph
    with no label still ends at a short line; an item whose lines go back to its label's margin ends
    at a short line as before."""
    paper = _read(
        [
            *_NOTES,
            ("F1", 12, 72, 660, "D."),
            ("F1", 12, 92, 660, "APPROVAL OF AGENDA"),
            (
                "F1",
                12,
                120,
                645.6,
                "This is the time for the Commission to hear of any change to the agenda.",
            ),
            ("F1", 12, 72, 618, "Dated: December 2, 2024"),
            ("F1", 12, 72, 603.6, "The agenda was posted at City Hall and on the web site."),
            (
                "F1",
                12,
                72,
                576,
                "E.  Reports of the committees of the Commission on the work of the year, with",
            ),
            ("F1", 12, 72, 561.6, "the budget."),
            ("F1", 12, 72, 547.2, "The Commission will hear the chair of each committee in turn."),
        ]
    )
    texts = _texts(paper)
    assert "This is the time for the Commission to hear of any change to the agenda." in texts
    assert "Dated: December 2, 2024" in texts
    assert "The Commission will hear the chair of each committee in turn." in texts
    assert ("D", "APPROVAL OF AGENDA") in _items(paper)


# -- a notice's cover: its body, place, date and time -------------------------------------------


def _width(font: str, size: float, text: str) -> float:
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS["Helvetica-Bold" if font == "F2" else "Helvetica"][1]
    return sum(widths.get(ch, 556) for ch in text) * size / 1000


def _centred(font: str, size: float, y: float, text: str) -> _Line:
    """A line centred on the measure of the body under it (`_BODY`, from 72 pt)."""
    return (font, size, _MIDDLE - _width(font, size, text) / 2, y, text)


_BODY = _body(
    72,
    600,
    [
        "NOTICE IS HEREBY GIVEN that the regular meeting of the Commission to be held on that day has",
        "been adjourned to Thursday, January 9, 2025 at 6:00 p.m. for want of a quorum, and will be held",
        "in the Council Chambers at City Hall.",
    ],
)
_MIDDLE = 72 + max(_width("F1", 12, t) for _, _, _, _, t in _BODY) / 2


def test_a_covers_body_line_above_its_date_and_time_line_is_meta():
    paper = _read(
        [
            _centred("F2", 16, 700, "NOTICE OF ADJOURNMENT OF REGULAR MEETING"),
            _centred("F2", 14, 666, "RIVERTON PARKS COMMISSION"),
            _centred("F2", 14, 650, "Thursday, December 12, 2024 - 6:00 PM"),
            *_BODY,
        ]
    )
    assert _headings(paper) == ["NOTICE OF ADJOURNMENT OF REGULAR MEETING"]
    assert paper.meta.meeting_date == "2024-12-12"
    assert paper.meta.body == "RIVERTON PARKS COMMISSION"
    assert _texts(paper)[0].startswith("NOTICE IS HEREBY GIVEN that the regular meeting")


def test_a_covers_room_and_address_above_its_date_are_no_block():
    paper = _read(
        [
            _centred("F2", 12, 720, "AGENDA"),
            _centred("F2", 12, 705.6, "REGULAR MEETING"),
            _centred("F2", 12, 691.2, "PARKS COMMISSION"),
            _centred("F2", 12, 676.8, "CITY HALL COUNCIL CHAMBERS"),
            _centred("F2", 12, 662.4, "2100 W. CIVIC CENTER DRIVE, RIVERTON"),
            _centred("F2", 12, 648, "DECEMBER 3, 2024"),
            _centred("F2", 12, 633.6, "07:00 P.M."),
            *_BODY,
        ]
    )
    assert _headings(paper) == ["AGENDA REGULAR MEETING PARKS COMMISSION"]
    assert paper.meta.title == "AGENDA REGULAR MEETING PARKS COMMISSION"
    assert paper.blocks[0] == Heading(text="AGENDA REGULAR MEETING PARKS COMMISSION", level=1)
    words = " ".join(b.text for b in paper.blocks if hasattr(b, "text"))
    assert "CHAMBERS" not in words and "DRIVE" not in words and "P.M." not in words


def test_a_two_line_title_over_a_date_stays_one_heading():
    """Guards: a title of two lines above the date is one heading, neither a body nor a place; a
    centred line naming no body or place above the date stays."""
    paper = _read(
        [
            _centred("F2", 16, 700, "ANNUAL GENERAL MEETING"),
            _centred("F2", 16, 682, "RIVERTON PARKS COMMISSION"),
            _centred("F2", 14, 650, "Budget Workshop"),
            _centred("F2", 14, 634, "Thursday, December 12, 2024 - 6:00 PM"),
            *_BODY,
        ]
    )
    assert _headings(paper) == ["ANNUAL GENERAL MEETING RIVERTON PARKS COMMISSION", "Budget Workshop"]
    assert paper.meta.meeting_date == "2024-12-12"


def test_a_heading_over_a_date_in_the_body_is_kept():
    """Guard: only the first page's centred cover lines; a bold heading in the body over a date line
    set at the margin keeps its text, and the date line its own."""
    paper = _read(
        [
            *_NOTES,
            ("F2", 12, 72, 660, "Dates of the next meetings"),
            ("F1", 12, 72, 645.6, "Thursday, December 12, 2024 - 6:00 PM"),
            ("F1", 12, 72, 618, "The Commission will meet in the Council Chambers at City Hall."),
        ]
    )
    assert "Dates of the next meetings" in _headings(paper)
    assert "Thursday, December 12, 2024 - 6:00 PM" in _texts(paper)


def test_the_cities_name_over_the_title_in_its_type_is_the_body_not_the_title():
    paper = _read(
        [
            _centred("F2", 13, 720, "City of Riverton"),
            _centred("F2", 13, 705, "Parks Commission Meeting Agenda"),
            _centred("F2", 12, 690, "Wednesday, November 6, 2024"),
            _centred("F2", 12, 676, "3:00 P.M."),
            *_BODY,
        ]
    )
    assert paper.meta.title == "Parks Commission Meeting Agenda"
    assert paper.meta.body == "City of Riverton"
    assert _headings(paper) == ["Parks Commission Meeting Agenda"]


# -- a label in capitals over its paragraph ------------------------------------------------------

_CAPS_PAGE = [
    *_NOTES,
    ("F1", 12, 72, 660, "CALL TO ORDER"),
    ("F1", 12, 72, 631.2, "ROLL CALL"),
    ("F1", 12, 72, 602.4, "ADJOURNMENT"),
    ("F1", 12, 72, 560, "AVAILABILITY"),
    *_body(
        72,
        545.6,
        [
            "Any writings or documents given to a majority of the Commission on any item of this agenda are",
            "made available for public inspection at the City Clerk's office during normal business hours.",
        ],
    ),
    ("F1", 12, 72, 502, "CERTIFICATION"),
    *_body(
        72,
        487.6,
        ["I certify that this agenda was posted at City Hall seventy-two hours before the", "meeting."],
    ),
]


def test_a_capitals_label_right_over_its_paragraph_is_a_heading():
    paper = _read(_CAPS_PAGE)
    assert _headings(paper) == ["AVAILABILITY", "CERTIFICATION"]


def test_agenda_items_in_capitals_standing_apart_stay_paragraphs():
    """Guard: "CALL TO ORDER", "ROLL CALL", "ADJOURNMENT", each with space under it, are items."""
    paper = _read(_CAPS_PAGE)
    for item in ("CALL TO ORDER", "ROLL CALL", "ADJOURNMENT"):
        assert item in _texts(paper) and item not in _headings(paper)


def test_a_bodys_name_or_a_numbered_caption_in_capitals_over_a_paragraph_is_left_as_it_was():
    """Guards: a body's name in capitals over the cover's sentence, and an item's caption with its
    number or code, are not taken for a paragraph's label here (the plain-text rules read them)."""
    paper = _read(
        [
            *_NOTES,
            ("F1", 12, 72, 660, "RIVERTON TOWN COUNCIL"),
            *_body(
                72,
                645.6,
                [
                    "Minutes of the meeting of the Parks Committee held in the Council Chamber on Tuesday",
                    "at seven in the evening, with the Mayor in the chair.",
                ],
            ),
            ("F1", 12, 72, 590, "49 MINUTES"),
            *_body(
                72,
                575.6,
                ["The minutes of the meeting held on 5 March were approved as a correct", "record."],
            ),
            ("F1", 12, 72, 530, "PU4 PLAY AREAS"),
            *_body(
                72,
                515.6,
                ["The officer reported on the repairs to the play areas in the two parks and", "the costs."],
            ),
        ]
    )
    assert _headings(paper) == []
    assert {"RIVERTON TOWN COUNCIL", "49 MINUTES", "PU4 PLAY AREAS"} <= set(_texts(paper))


def test_a_services_name_over_its_title_stays_in_the_title():
    """Guard: only a city's or a council's name is taken off the title; a service's name over its
    consultation's title is read with it."""
    paper = _read(
        [
            _centred("F2", 13, 720, "Riverton Fire and Rescue Service"),
            _centred("F2", 13, 705, "Transformation Consultation"),
            _centred("F2", 12, 690, "Wednesday, November 6, 2024"),
            *_BODY,
        ]
    )
    assert paper.meta.title == "Riverton Fire and Rescue Service Transformation Consultation"
