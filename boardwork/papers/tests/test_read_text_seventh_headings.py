"""Plain-text reader: layouts of parish and town councils' minutes and agendas, committee minutes
that number their items and letter what is under them, and housing papers (batch 40)."""

from __future__ import annotations

from boardwork.papers.tests.plaintext import headings, read_txt, texts


def test_a_numbered_title_over_items_lettered_from_a_is_the_minutes_heading():
    d = read_txt(
        "Housing Committee\n\n\n"
        "Present: Councillor Gibson (Chair), Williams, Mears and Osborne\n\n\n"
        "121       Procedural Business\n\n\n"
        "(a)  Declaration of Substitutes: None\n\n\n"
        "(b)  Declarations of Interest: None\n\n\n"
        "122       Minutes of the previous meeting\n\n\n"
        "122.1  The minutes of the meeting held on 18 November 2020 were agreed as a true record.\n"
    )
    assert "Procedural Business" in headings(d)
    lettered = [b for b in d["blocks"] if b.get("number") in ("a", "b")]
    assert [b["text"] for b in lettered] == [
        "Declaration of Substitutes: None",
        "Declarations of Interest: None",
    ]


def test_a_minutes_title_does_not_run_on_into_the_next_piece_after_a_blank_line():
    d = read_txt(
        "MINUTES OF THE FULL COUNCIL MEETING HELD ON THURSDAY 18TH JANUARY 2018\n\n"
        "18/001 Apologies for absence\n\n"
        "Apologies were received from Cllrs Silcock and Robinson.\n\n"
        "18/004 Matters arising\n\n"
        "01 Funding Streams – the Clerk confirmed that funding for CCTV was still being looked into.\n\n"
        "02 Insurance – the Clerk confirmed a saving from moving to another insurer.\n"
    )
    assert "Matters arising" in headings(d)
    assert not any("Funding Streams" in h for h in headings(d))


def test_a_note_closing_a_minutes_title_is_not_part_of_its_length():
    title = "To approve & sign the minutes of the meeting held 21st December 2017 (Folio ref. 2017/091-096)"
    d = read_txt(
        "MINUTES OF THE FULL COUNCIL MEETING HELD ON THURSDAY 18TH JANUARY 2018\n\n"
        "18/002 Declarations of Interest\n\n"
        "None given.\n\n"
        f"18/003 {title}\n\n"
        "The minutes of the meeting held 21st December 2017 were approved and signed.\n"
    )
    assert title in headings(d)


def test_a_lead_in_closing_with_a_colon_dash_does_not_run_on_into_the_name_under_it():
    d = read_txt(
        "Parish and Planning Meeting\n"
        "You are summoned to attend a meeting of the Parish Council, to be held at 7.30pm on 16 January 2019.\n"
        "5. To receive any reports from Borough & County Councillors.\n"
        "6. To receive Committee Reports:-\n"
        "Traffic Management Committee\n"
        "• To approve quotes to order and install gateways.\n"
        "• To note the planned withdrawal of support for the school crossing patrol.\n"
        "7. To note the Liaison Representatives reports.\n"
    )
    six = next(b for b in d["blocks"] if b.get("number") == "6")
    assert six["text"] == "To receive Committee Reports:-"
    assert "Traffic Management Committee" in headings(d)


def test_points_numbered_with_a_padded_zero_are_numbered_paragraphs():
    d = read_txt(
        "MINUTES OF THE FULL COUNCIL MEETING HELD ON THURSDAY 18TH JANUARY 2018\n\n"
        "18/004 Matters arising\n\n"
        "01 Funding Streams – the Clerk confirmed that funding for CCTV was still being looked into.\n\n"
        "02 Insurance – the Clerk confirmed a saving from moving to another insurer.\n"
    )
    numbered = [(b.get("number"), b["text"][:9]) for b in d["blocks"] if b["type"] == "paragraph"]
    assert numbered == [("01", "Funding S"), ("02", "Insurance")]


def test_a_meeting_line_with_its_time_before_the_date_is_the_meeting_date_not_the_title():
    for line in ("4.00pm20 January 2021", "4.00pm 20 January 2021"):
        d = read_txt(
            "Brighton & Hove City Council\n\n\nHousing Committee\n\n\n"
            f"{line}\n\n\n"
            "Present: Councillor Gibson (Chair), Williams, Mears and Osborne\n\n\n"
            "121       Minutes of the previous meeting\n\n\n"
            "121.1  The minutes of the meeting held on 18 November 2020 were agreed as a true record.\n"
        )
        assert d["meta"]["meeting_date"] == "2021-01-20"
        assert d["meta"]["title"] != line
        assert not any("January" in t for t in (b["text"] for b in d["blocks"]))


def test_a_summons_with_no_letter_round_it_gives_the_meetings_date_and_body():
    d = read_txt(
        "Parish and Planning Meeting\n"
        "You are summoned to attend a meeting of Eccleshall Parish Council, to be held at 7.30pm on "
        "Wednesday January 16th, 2019 at Eccleshall Community Centre.\n"
        "1. To receive apologies for absence.\n"
        "2. To consider declarations of interest.\n"
    )
    assert d["meta"]["meeting_date"] == "2019-01-16"
    assert d["meta"]["body"] == "Eccleshall Parish Council"
    assert d["meta"]["title"] == "Parish and Planning Meeting"


def test_a_name_label_inside_the_contact_row_is_not_part_of_the_name():
    d = read_txt(
        "Housing Committee\n\nAgenda Item 58\n\n"
        "Subject:                    Housing Anti-Social Behaviour Policy\n\n"
        "Date of meeting:    18th January 2022\n\n"
        "Contact Officer:      Name: Justine Harris (Head of Tenancy Services)\n\n"
        "                                    Email: justine.harris@example.gov.uk\n\n"
        "1.            Purpose of the report\n\n"
        "1.1         This report brings the new policy to the committee for approval.\n"
    )
    assert d["meta"]["contact"]["name"] == "Justine Harris"
    assert d["meta"]["contact"]["role"] == "Head of Tenancy Services"


def test_minute_references_of_the_committees_letters_before_capitals_are_not_part_of_the_headings():
    d = read_txt(
        "STIRLING COUNCIL\n\n"
        "MINUTES of MEETING of the PUBLIC SAFETY SUB-COMMITTEE held on TUESDAY 14 MAY 2013 at 11.00 am\n\n"
        "PU1 APOLOGIES AND SUBSTITUTIONS\n\n"
        "Apologies for absence were submitted for Councillor John Hendry and Councillor Fergus Wood.\n\n"
        "PU2 DECLARATIONS OF INTEREST\n\n"
        "No interests were declared at the start of the meeting by any of the members.\n"
    )
    assert headings(d)[-2:] == ["APOLOGIES AND SUBSTITUTIONS", "DECLARATIONS OF INTEREST"]


def test_a_lone_reference_before_capitals_stays_part_of_the_heading():
    d = read_txt(
        "Transport Committee\n\n"
        "A1 ROAD WIDENING SCHEME\n\n"
        "The committee considered the report on the widening of the road at the junction.\n"
    )
    assert "A1 ROAD WIDENING SCHEME" in headings(d)


def test_a_line_saying_which_agenda_item_the_paper_is_gives_the_item_not_the_title():
    d = read_txt(
        "THIS REPORT RELATES TO ITEM 4 ON THE AGENDA\n\n"
        "STIRLING COUNCIL\n\n"
        "MINUTES of MEETING of the PUBLIC SAFETY SUB-COMMITTEE held in the WALLACE ROOM on TUESDAY 14 MAY 2013\n\n"
        "PU1 APOLOGIES AND SUBSTITUTIONS\n\n"
        "Apologies for absence were submitted for Councillor John Hendry and Councillor Fergus Wood.\n"
    )
    assert d["meta"]["item"] == "4"
    assert d["meta"]["title"] != "THIS REPORT RELATES TO ITEM 4 ON THE AGENDA"
    assert not any("RELATES TO ITEM" in t for t in (b["text"] for b in d["blocks"]))


def test_attendance_labels_without_their_colons_head_lists_of_names_not_headings():
    d = read_txt(
        "STIRLING COUNCIL\n\n"
        "MINUTES of MEETING of the PUBLIC SAFETY SUB-COMMITTEE held on TUESDAY 14 MAY 2013 at 11.00 am\n\n"
        "Present\n\n"
        "Councillor Martin EARL (Convener)\n\n"
        "Councillor Neil BENNY Councillor Graham LAMBIE\n\n"
        "In Attendance\n\n"
        "Kenny Rogers, Local Senior Officer\n\n"
        "PU1 APOLOGIES AND SUBSTITUTIONS\n\n"
        "Apologies for absence were submitted for Councillor John Hendry and Councillor Fergus Wood.\n"
    )
    assert not {"Present", "In Attendance", "Councillor Martin EARL (Convener)"} & set(headings(d))


def test_a_name_with_its_office_after_a_comma_ends_the_list_even_over_prose():
    d = read_txt(
        "STIRLING COUNCIL\n\n"
        "MINUTES of MEETING of the PUBLIC SAFETY SUB-COMMITTEE held on TUESDAY 14 MAY 2013 at 11.00 am\n\n"
        "Also Present\n\n"
        "Bill McQueen, Board Member, Scottish Fire & Rescue Service Councillor Jim Thomson\n\n"
        "Before business began, the Convener welcomed everyone to this first meeting of the Sub-Committee.\n\n"
        "PU1 APOLOGIES AND SUBSTITUTIONS\n\n"
        "Apologies for absence were submitted for Councillor John Hendry and Councillor Fergus Wood.\n"
    )
    assert not any(h.startswith("Bill McQueen") for h in headings(d))


def test_a_web_pages_minutes_label_heads_the_minute_over_a_label_and_under_the_items_title():
    d = read_txt(
        "Issue - meetings\n\n"
        "Community Safety Partnership Plan\n\n"
        "Meeting: 05/07/2011 - Cabinet (Item 4)\n\n"
        "4 Annual Review of the Community Safety Partnership Plan\n\n"
        "Minutes:\n\n"
        "Background:\n\n"
        "This report gave details of progress towards a new Community Safety Partnership Plan.\n\n"
        "Decision:\n\n"
        "The Community Safety Partnership Plan be approved as part of the policy framework.\n"
    )
    assert "Minutes" in headings(d)
    assert "Background" in headings(d)


def test_the_line_opening_with_the_item_number_a_meeting_line_names_is_that_items_title():
    title = "Annual Review of the Community Safety Partnership Plan 2011 - 2012 (Policy Framework)"
    d = read_txt(
        "Issue - meetings\n\n"
        "Community Safety Partnership Plan (Policy Framework)\n\n"
        "Meeting: 21/07/2011 - Council (Item 217)\n\n"
        f"217 {title}\n\n"
        "This report asks for the Community Safety Partnership Plan to be approved as part of the framework.\n\n"
        "Meeting: 05/07/2011 - Cabinet (Item 4)\n\n"
        f"4 {title}\n\n"
        "This report gave details of progress towards a new Community Safety Partnership Plan 2011-2012.\n"
    )
    assert headings(d).count(title) == 2


_FIRE_MINUTES = (
    "NORTH WALES FIRE AND RESCUE AUTHORITY\n\n"
    "Minutes of the meeting of North Wales Fire and Rescue Authority held on Monday 20 June 2011.\n\n"
    "APOLOGIES\n\n"
    "Councillor Representing L W Davies Anglesey County Council P C Evans Conwy County Borough Council\n\n"
    "1 1 SERIOUS INCIDENT\n\n"
    "1.1 The Chief Fire Officer updated Members on the caravan fire at Talybont on 11 June.\n"
)


def test_a_line_in_capitals_after_a_blank_line_does_not_go_on_with_a_sentence_in_the_texts_case():
    d = read_txt(_FIRE_MINUTES)
    assert not any("INCIDENT" in b["text"] for b in d["blocks"] if b["type"] == "paragraph")


def test_an_items_number_set_twice_before_its_name_is_not_part_of_the_heading():
    assert "SERIOUS INCIDENT" in headings(read_txt(_FIRE_MINUTES))


def test_a_number_before_an_items_name_in_capitals_over_short_prose_is_the_items():
    d = read_txt(
        "NORTHERN IRELAND POLICING BOARD\n\n"
        "MINUTES OF BOARD MEETING HELD ON THURSDAY 6 OCTOBER 2016\n\n"
        "1 APOLOGIES, ETC\n\n"
        "Apologies were received from Ms Deirdre Blakely and Mr Daniel McCrossan.\n\n"
        "The Chairperson asked Members to declare any conflicts of interest arising from the agenda.\n"
    )
    assert "APOLOGIES, ETC" in headings(d)


def test_a_days_ordinal_set_apart_by_the_pdf_export_still_reads_as_the_date():
    assert read_txt(_FIRE_MINUTES.replace("Monday 20 June", "Monday 20 th June"))["meta"]["meeting_date"] == (
        "2011-06-20"
    )


def test_a_short_line_that_the_next_goes_on_from_in_lower_case_is_text_not_the_body():
    d = read_txt(
        "Minutes:\n"
        "Members\n"
        "praised the work, professionalism and expertise of the Fire Service.\n"
        "Council\n"
        "was pleased to note that the hazard for Fire Fighters is now\n"
        "officially recognised.\n"
    )
    assert d["meta"]["body"] is None
    assert any(t.startswith("Council was pleased") or "Council was pleased" in t for t in texts(d))


def test_the_column_heads_of_a_minutes_table_of_items_and_resolutions_are_furniture():
    d = read_txt(
        "Community Safety and Leisure Scrutiny Panel Minutes\n\n"
        "Wednesday 20 November 2013\n\n"
        "Declarations of interest:\n\n"
        "There were no Declarations of Interest at this point of the meeting.\n\n"
        "Item Number Item/Resolution\n\n"
        "The minutes of the meeting held on 30 October 2013 were taken as read and approved.\n\n"
        "Matters Arising\n\n"
        "At its last meeting the Panel discussed the support services for ex-offenders leaving prison.\n"
    )
    assert not any("Item/Resolution" in t for t in texts(d) + headings(d))
