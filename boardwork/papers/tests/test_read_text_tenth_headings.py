"""Plain-text reader: the tenth headings round's layouts (minutes of partnerships, panels and
community councils): an apologies label over names set apart, minutes set with no blank lines
(attendance rows and minute numbers before labels run into their text), draft minutes' opening
line, a meeting line in capitals over its date and venue, a PDF's file-path footer, and a
formality never the paper's title. Each example is made up in the genre's shape, not copied from a
paper."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.readers.txt.layout import _not_a_title
from boardwork.papers.tests.plaintext import headings, read_txt, texts


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


PARTNERSHIP_MINUTES = (
    "Safer Northtown Partnership minutes 3 March 2022\n\n"
    "JB Cllr. Jo Bloggs (Chair)\n"
    "AS Ann Smith (Northtown DC)\n"
    "PC Pat Cole (Northshire Police)\n"
    "RD Ravi Dev (NFRS)\n\n"
    "Apologies received:\n\n"
    "Tom Brown (Probation Service)\n"
    "Sue Green (Neighbourhood Watch)\n\n"
    "JB welcomed the partners to the meeting.\n\n"
    "Declarations of interest\n\n"
    "No interests were declared by those attending.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_an_apologies_label_over_names_set_apart_is_a_paragraph_as_the_names_are(model: bool):
    d = read(PARTNERSHIP_MINUTES, model)
    assert headings(d) == ["Safer Northtown Partnership minutes 3 March 2022", "Declarations of interest"]
    assert "Apologies received:" in texts(d)


COMMUNITY_COUNCIL_MINUTES = (
    "Draft Minutes of the Ordinary Meeting held on Tuesday 14th March 2023, at the Village Hall, "
    "Church Street, Llanfach and online by video link, commencing at 7.00 pm\n"
    "Present: Chair Cllr. A Jones, Cllr. B Evans, Cllr. C Morgan, Cllr. D Price, Cllr. E Lloyd, Cllr. F Rees\n"
    "Council Employees Present: Clerk Gwen Thomas, RFO Huw Davies\n"
    "Members of the Public Present: two residents of the village\n"
    "41/23 Apologies: Cllr. G Owen sent apologies.\n"
    "The Chair opened the meeting and welcomed the residents, who had asked to speak on the play area.\n"
    "42/23 Declarations of Interest: No declarations of interest were made at this meeting.\n"
    "43/23 Police Report:\n"
    "- The PCSO reported two thefts from vehicles in the village car park during the month.\n"
    "- Speed checks had been carried out on the main road near the school. RESOLVED and noted.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_rows_and_minute_numbers_open_their_own_paragraphs_where_minutes_have_no_blank_lines(model: bool):
    d = read(COMMUNITY_COUNCIL_MINUTES, model)
    t = texts(d)
    assert "Council Employees Present: Clerk Gwen Thomas, RFO Huw Davies" in t
    assert "Members of the Public Present: two residents of the village" in t
    # The minute's number is the minute's, not part of the text nor the paragraph's number.
    assert "Apologies: Cllr. G Owen sent apologies." in t
    assert "Declarations of Interest: No declarations of interest were made at this meeting." in t
    assert not any(b.get("number") for b in d["blocks"])


@pytest.mark.parametrize("model", [False, True])
def test_a_minute_number_before_a_label_closing_its_line_heads_the_points_under_it(model: bool):
    d = read(COMMUNITY_COUNCIL_MINUTES, model)
    assert headings(d)[1:] == ["Police Report"]
    assert [b["type"] for b in d["blocks"][-2:]] == ["list_item", "list_item"]


def test_draft_minutes_opening_line_is_the_title_and_gives_the_date():
    d = read_txt(COMMUNITY_COUNCIL_MINUTES)
    assert d["meta"]["title"].startswith(
        "Draft Minutes of the Ordinary Meeting held on Tuesday 14th March 2023"
    )
    assert d["meta"]["meeting_date"] == "2023-03-14"
    assert headings(d)[0] == d["meta"]["title"]


PANEL_MINUTES = (
    "MEETING OF POLICE AND CRIME PANEL\n\n"
    "Tuesday 12 March 2019 Northtown Borough Council Civic Offices,\n\n"
    "Present: Cllr A Smith, Northtown Borough Council Cllr B Jones (Chairman), Southvale District "
    "Council Mr C Brown, Co-opted Member\n\n"
    "Also Present: D White, Office of the Commissioner E Green, Northshire County Council\n\n"
    "1 MINUTES OF THE PREVIOUS MEETING OF 4 DECEMBER 2018\n\n"
    "Agreed.\n\n"
    "R:\\PANEL\\12.03.19 MEETING\\PANEL MINUTES - 12 MARCH 2019.DOC - 1\n\n"
    "2 MATTERS ARISING\n\n"
    "None.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_meeting_line_over_its_dateline_and_the_members_present_is_the_title(model: bool):
    d = read(PANEL_MINUTES, model)
    assert d["meta"]["title"] == "MEETING OF POLICE AND CRIME PANEL"
    assert d["meta"]["body"] == "Police and Crime Panel"
    assert d["meta"]["meeting_date"] == "2019-03-12"
    assert headings(d)[0] == "MEETING OF POLICE AND CRIME PANEL"
    assert not any("Civic Offices" in t for t in texts(d))


def test_a_meeting_line_over_a_reports_own_title_stays_the_meetings_line():
    d = read_txt(
        "MEETING OF NORTHTOWN COUNTY COUNCIL\n\n"
        "Monday 20 June 2016 Council Chamber,\n\n"
        "REPORT FROM THE JOINT POLICING COMMITTEE\n\n"
        "The Committee met twice in the quarter and heard the police's reports on crime in the county.\n"
    )
    assert d["meta"]["title"] != "MEETING OF NORTHTOWN COUNTY COUNCIL"
    assert d["meta"]["meeting_date"] is None or d["meta"]["meeting_date"] == "2016-06-20"


@pytest.mark.parametrize("model", [False, True])
def test_a_documents_file_path_footer_is_page_furniture(model: bool):
    d = read(PANEL_MINUTES, model)
    assert not any("PANEL MINUTES" in t for t in texts(d))
    assert headings(d)[1:] == ["MINUTES OF THE PREVIOUS MEETING OF 4 DECEMBER 2018", "MATTERS ARISING"]


MINUTES_FROM_THE_FIRST_ITEM = (
    "Apologies for Absence\n\n"
    "Apologies were received from Councillors Hill and Dale.\n\n"
    "Declarations of Interest\n\n"
    "There were none.\n\n"
    "Community Safety Partnership Annual Report\n\n"
    "The Committee received the partnership's annual report for 2021/22 and asked about its priorities.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_formality_opening_the_minutes_is_their_first_heading_not_their_title(model: bool):
    d = read(MINUTES_FROM_THE_FIRST_ITEM, model)
    assert d["meta"]["title"] is None
    hs = [(b["level"], b["text"]) for b in d["blocks"] if b["type"] == "heading"]
    assert hs == [
        (2, "Apologies for Absence"),
        (2, "Declarations of Interest"),
        (2, "Community Safety Partnership Annual Report"),
    ]


@pytest.mark.parametrize(
    "line",
    ["In Attendance", "01 Apologies for Absence", "Apologies and Deputy Members", "Appointment of Chair"],
)
def test_formalities_and_numbered_items_are_never_the_title(line: str):
    d = read_txt(
        f"{line}\n\nThe Committee noted the names given at the start of the meeting.\n\n"
        + (
            "Review of the Partnership\n\nThe Committee heard how the partnership's groups had worked over the year.\n"
        )
    )
    assert d["meta"]["title"] is None


@pytest.mark.parametrize(
    "line", ["49 Minutes", "Minutes:", "Also Present: D White, Office of the Commissioner"]
)
def test_an_items_number_before_minutes_a_minutes_label_and_a_row_are_not_titles(line: str):
    assert _not_a_title(line)


@pytest.mark.parametrize(
    "line", ["Minutes", "Community Safety Partnership Annual Report", "Present and Future Risks"]
)
def test_a_documents_name_is_a_title(line: str):
    assert not _not_a_title(line)


def test_an_attendance_row_is_never_the_title():
    d = read_txt(
        "Northtown Housing Committee\n\n"
        "Present: Councillor Hill (Chair), Dale (Deputy Chair), Vale and Moor\n\n"
        "Procedural Business\n\n"
        "There were no substitutes and no declarations of interest.\n"
    )
    assert d["meta"]["title"] != "Present: Councillor Hill (Chair), Dale (Deputy Chair), Vale and Moor"


def test_an_items_own_page_is_titled_by_its_formality():
    d = read_txt(
        "Agenda item\n\nApologies for Absence\n\nMinutes:\n\nApologies were received from Councillor Hill.\n"
    )
    assert d["meta"]["title"] == "Apologies for Absence"


AUTHORITY_MINUTES = (
    "Minutes of the meeting of Northshire Fire Authority held on Monday 6 June 2022 at County Hall.\n\n"
    "PRESENT\n\n"
    "A Smith (Chair) Northtown Borough Council B Jones (Vice-Chair) Southvale District Council\n\n"
    "Also present:\n\n"
    "C Brown (Chief Fire Officer); D White (Clerk to the Authority).\n\n"
    "{label}\n\n"
    "{names}\n\n"
    "1 ANNUAL REPORT\n\n"
    "The Chief Fire Officer presented the annual report for the year to March 2022.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_apologies_in_the_attendance_block_over_names_is_the_lists_label(model: bool):
    d = read(
        AUTHORITY_MINUTES.format(
            label="APOLOGIES", names="E Green Northtown Borough Council F Black Southvale District Council"
        ),
        model,
    )
    assert "APOLOGIES" not in headings(d)
    assert "APOLOGIES" in texts(d)


@pytest.mark.parametrize("model", [False, True])
def test_apologies_over_prose_is_the_minutes_heading(model: bool):
    d = read(
        AUTHORITY_MINUTES.format(
            label="APOLOGIES", names="Apologies were received from Councillors Green and Black."
        ),
        model,
    )
    assert "APOLOGIES" in headings(d)


ITEMS_NAMED_AFTER_THE_WORD = (
    "Minutes of Council Meeting held at the Village Hall, Northfield\n"
    "on Thursday 17th January 2019 at 7pm.\n"
    "Present: Councillors Ann Smith (Chair), Tom Brown, Sue Green and Pat Cole.\n"
    "Item 1:Apologies for Absence.\n"
    "19/5 Councillors Hill, Dale and Moor.\n"
    "Item 2:Declarations of Interest.\n"
    "19/6 None were made.\n"
    "Item 3 - Police Matters\n"
    "19/7 PCSO Jones reported two burglaries in the village and advised residents to lock their sheds.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_items_named_after_their_number_and_the_word_are_the_minutes_headings(model: bool):
    d = read(ITEMS_NAMED_AFTER_THE_WORD, model)
    assert headings(d)[1:] == ["Apologies for Absence", "Declarations of Interest", "Police Matters"]
    assert d["meta"]["meeting_date"] == "2019-01-17"


def test_one_item_line_alone_is_left_to_the_item_rules():
    d = read_txt(
        "Item 4: The Council agreed to buy a new bench. It will be placed by the war memorial.\n\n"
        "The Clerk will order it this month.\n"
    )
    assert "The Council agreed to buy a new bench. It will be placed by the war memorial" not in headings(d)


@pytest.mark.parametrize("model", [False, True])
def test_a_paragraphs_number_in_a_column_of_its_own_is_the_paragraphs(model: bool):
    d = read(
        "Northshire Fire and Rescue Authority\n\n"
        "Home Safety Visits: Progress Report\n\n"
        "Introduction\n\n"
        "1.1\n\n"
        "In 2021 the Service set itself a target of 8,000 home safety visits a year.\n\n"
        "1.2\n\n"
        "The visits are made to the households most at risk of fire, found with partners' data.\n",
        model,
    )
    numbered = [(b["number"], b["text"][:8]) for b in d["blocks"] if b.get("number")]
    assert numbered == [("1.1", "In 2021 "), ("1.2", "The visi")]
    assert "1.1" not in texts(d)


UNDERLINED_MINUTES = (
    "SAFER NORTHTOWN PARTNERSHIP\n"
    "===========================\n\n"
    "Minutes of the meeting held on 3 March 2022\n\n"
    "1. APOLOGIES.\n"
    "Apologies were received from Inspector Hill and Sue Dale.\n\n"
    "2. MINUTES OF THE LAST MEETING.\n"
    "The minutes were agreed as a correct record.\n\n"
    "3. ANTI-SOCIAL BEHAVIOUR UPDATE.\n"
    "The co-ordinator reported a fall of 12% in calls to the police about anti-social behaviour.\n"
    "Members asked about the use of dispersal orders in the town centre.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_numbered_item_names_in_capitals_closing_with_a_stop_are_headings(model: bool):
    d = read(UNDERLINED_MINUTES, model)
    assert [h.rstrip(".") for h in headings(d)[1:]] == [
        "APOLOGIES",
        "MINUTES OF THE LAST MEETING",
        "ANTI-SOCIAL BEHAVIOUR UPDATE",
    ]


@pytest.mark.parametrize("model", [False, True])
def test_a_line_drawn_with_one_character_is_a_rule_not_text(model: bool):
    d = read(UNDERLINED_MINUTES, model)
    assert not any(set(t) <= set("=-_*~# ") for t in texts(d))


@pytest.mark.parametrize(
    "line",
    ["Posted on 12 May 2023", "Published 3 October 2023", "Last updated: Friday, 4 June 2021 at 10:15"],
)
@pytest.mark.parametrize("model", [False, True])
def test_a_pages_publication_line_is_neither_heading_nor_text(line: str, model: bool):
    d = read(
        "Fire service marks record year for home safety visits\n\n"
        f"{line}\n\n"
        "The Service carried out more than 9,000 home safety visits last year, the most it has made.\n\n"
        "What happens next\n\n"
        "The Service will work with the county's housing associations to reach more tenants.\n",
        model,
    )
    assert headings(d) == ["Fire service marks record year for home safety visits", "What happens next"]
    assert line not in texts(d)
    assert d["meta"]["meeting_date"] is None


def test_a_sentence_opening_with_published_is_text():
    d = read_txt(
        "Guidance\n\nPublished 3 October 2023 by the Home Office to all partnerships.\n\nMore follows.\n"
    )
    assert "Published 3 October 2023 by the Home Office to all partnerships." in texts(d)


FLATTENED_ITEMS_PAGE = (
    "Venue: Council Chamber - Civic Centre. View directions\n"
    "Contact: Democratic Services\n"
    "No. | Item |\n"
    "---|---|\n"
    "Apologies For Absence To receive apologies for absence from the meeting. Minutes: Apologies were "
    "received from Councillor Hill (Councillor Dale substituted).\n"
    "|\n"
    "|\n"
    "Declaration Of Interests Members are reminded to declare any interest in an item on the agenda. |\n"
    "|\n"
    "Community Safety Partnership Update To receive an update from the Community Safety Officer. Minutes: "
    "The Community Safety Officer gave an update on the partnership's work over the summer.\n"
    "|\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_meetings_page_with_its_items_table_flattened_has_each_items_name_and_minute(model: bool):
    d = read(FLATTENED_ITEMS_PAGE, model)
    assert [h for h in headings(d) if h != "Minutes"] == [
        "Apologies For Absence",
        "Declaration Of Interests",
        "Community Safety Partnership Update",
    ]
    t = texts(d)
    assert "To receive apologies for absence from the meeting." in t
    assert "Apologies were received from Councillor Hill (Councillor Dale substituted)." in t
    assert "The Community Safety Officer gave an update on the partnership's work over the summer." in t
    assert not any("|" in x for x in t)
    assert d["meta"]["title"] is None
