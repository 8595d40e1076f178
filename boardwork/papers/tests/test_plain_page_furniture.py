"""A page's furniture lines in plain text: a web page's dateline and publication rows, a statement's
minister's byline, a photograph's caption and a minutes' count of those present are lines of the
page, kept as text, neither its title nor its headings. Every example is made up in the genre's
shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.readers._shared.markers import is_caption, is_publication_label
from boardwork.papers.readers._shared.meta import is_dateline

from .plaintext import headings, read_txt, texts

NEWS_WITH_DATELINE = (
    "News | 24 April 2019\n\n"
    "Partnership launches its new strategy\n\n"
    "The Northby Community Safety Partnership has launched its new strategy for the next three years,"
    " setting out how partners will work together.\n\n"
    "The strategy was agreed by the partnership board in March after a public consultation over the"
    " winter.\n"
)


def test_a_news_pages_dateline_is_text_not_the_title():
    d = read_txt(NEWS_WITH_DATELINE)
    assert d["meta"]["title"] == "Partnership launches its new strategy"
    assert headings(d) == ["Partnership launches its new strategy"]
    assert "News | 24 April 2019" in texts(d)


def test_a_dateline_names_a_section_a_site_files_its_items_under():
    assert is_dateline("News / 29th April 2019")
    assert is_dateline("Press release – 3 May 2021")
    assert is_dateline("Latest news | Friday 5 June 2020")
    # Guard: a body or a meeting and its date is a running header or a title, not a dateline.
    assert not is_dateline("Cabinet – 14 May 2024")
    assert not is_dateline("Safer Communities Board - 13 July 2009")
    assert not is_dateline("Council meeting - 3 May 2021")
    assert not is_dateline("29th April 2019")


STATEMENT = (
    "Jo Bloggs, Minister for Local Government and Housing\n\n"
    "First published:\n"
    "3 March 2015\n"
    "Last updated:\n\n"
    "I wish to update Members on the progress we have made on community safety since my statement to"
    " this Assembly last year.\n\n"
    "We have funded five hundred additional community support officers across Wales this year.\n"
)


def test_a_statements_publication_rows_are_text_and_no_heading():
    d = read_txt(STATEMENT)
    assert headings(d) == []
    # (The date under "First published:" is the page's, kept as text, not the meeting's date.)
    assert d["meta"]["meeting_date"] is None
    assert texts(d)[:4] == [
        "Jo Bloggs, Minister for Local Government and Housing",
        "First published:",
        "3 March 2015",
        "Last updated:",
    ]


def test_a_ministers_byline_is_not_the_title():
    d = read_txt(STATEMENT)
    assert d["meta"]["title"] is None


def test_a_publication_label_alone_on_its_line():
    assert is_publication_label("First published:")
    assert is_publication_label("Last updated:")
    assert is_publication_label("Posted on:")
    # Guard: a label with its date, or another label, is not one alone.
    assert not is_publication_label("Published: 3 May 2021")
    assert not is_publication_label("Background:")


NEWS_WITH_CAPTIONS = (
    "Council opens new youth centre in Northby\n\n"
    "Published on: Monday, 3rd June 2024\n\n"
    "Pictured: Councillor Jo Bloggs with young people at the Northby Youth Centre\n\n"
    "The council has opened a new youth centre in Northby, which will offer sport, music and advice to"
    " young people across the town every evening.\n\n"
    "Photo credit: Northby Council\n\n"
    "The centre was funded by the council's community safety budget and a grant from the Police and"
    " Crime Commissioner for Westshire.\n"
)


def test_a_photographs_caption_and_credit_are_no_headings():
    d = read_txt(NEWS_WITH_CAPTIONS)
    assert headings(d) == ["Council opens new youth centre in Northby"]
    assert "Pictured: Councillor Jo Bloggs with young people at the Northby Youth Centre" in texts(d)
    assert "Photo credit: Northby Council" in texts(d)


def test_a_publication_row_with_on_is_kept_as_text():
    # "Published on: …" is the item's dated row as "Published: …" is (a paragraph, not furniture).
    d = read_txt(NEWS_WITH_CAPTIONS)
    assert "Published on: Monday, 3rd June 2024" in texts(d)


def test_a_caption_is_labelled():
    assert is_caption("Pictured (left to right): Jo Bloggs and Ann Smith")
    assert is_caption("Image credit: Northby Council")
    # Guard: a heading that opens with a picture's word but has no label is not a caption.
    assert not is_caption("Picture of crime in Northby")
    assert not is_caption("Photographs")


MINUTES_WITH_COUNT = (
    "Community Safety Sub Committee Minutes\n\n"
    "1 SEDERUNT AND APOLOGIES\n\n"
    "The Chairman welcomed everyone to the meeting and noted the apologies received.\n\n"
    "9 Members present, 2 Members not present at the start of the meeting\n\n"
    "2 DECLARATIONS OF INTEREST\n\n"
    "None were declared by members at the meeting.\n"
)


def test_a_count_of_members_present_is_no_numbered_heading():
    d = read_txt(MINUTES_WITH_COUNT)
    assert headings(d) == [
        "Community Safety Sub Committee Minutes",
        "SEDERUNT AND APOLOGIES",
        "DECLARATIONS OF INTEREST",
    ]
    assert "9 Members present, 2 Members not present at the start of the meeting" in texts(d)


def test_an_items_title_naming_those_present_stays_an_item():
    # Guard: the first item named for the attendance ("1 Members present") and a title in title case
    # ("3 Members Present") are items' titles, as on main.
    text = (
        "Community Safety Sub Committee Minutes\n\n"
        "1 Members present\n\n"
        "Councillors Jo Bloggs, Ann Smith and Derek Brown attended the meeting at the civic centre.\n\n"
        "2 Apologies\n\n"
        "Apologies were received from Councillor Carol White and from the area commander.\n\n"
        "3 Members Present\n\n"
        "The members present at the site visit in May were listed for the record by the clerk.\n"
    )
    heads = headings(read_txt(text))
    assert "Members present" in heads
    assert "Members Present" in heads


def _flat_page() -> str:
    header = "Northby Fire Department 12 High Street, Northby, NB1 2AB"
    return (
        f"Page | 1 {header} Northby Fire Commission Minutes of the Regular Meeting 3 March 2021"
        " Present: Chair Jo Bloggs Vice Chair Ann Smith Commissioner Derek Brown"
        " 1. Public Comment There were no members of the public at the meeting this month."
        " 2. Approval of the Minutes The minutes of the February meeting were approved without change."
        " 3. Chief's Report The Chief reported that the new engine had arrived and crews were being"
        " trained on it over the spring. The station's roof will be mended in the summer, and the"
        " department's budget for the next year will come to the commission in its June meeting for a"
        f" first reading. Page | 2 {header} 4. Commission Member Reports"
        " a. Chair Bloggs attended the county's fire safety week and spoke to the schools about it."
        " b. Commissioner Brown met the foundation's board to plan the summer open day at the station."
        " The meeting closed at six o'clock in the evening after the members had set the next date.\n"
    )


def test_a_page_kept_as_one_line_is_broken_at_its_points_and_pages():
    d = read_txt(_flat_page())
    got = texts(d)
    # (Each numbered point and each lettered one opens a block of its own, the roll its own line.)
    assert any(t.startswith("Public Comment There were no members") for t in got)
    assert any(t.startswith("Approval of the Minutes The minutes") for t in got)
    assert any(t.startswith("Present: Chair Jo Bloggs") for t in got)
    assert any(t.startswith("Chair Bloggs attended") for t in got)
    assert any(t.startswith("Commissioner Brown met") for t in got)
    assert "Commission Member Reports" in headings(d)
    # (The running header after each page mark is the page's furniture, not the text.)
    assert not any("12 High Street" in t for t in got)
    assert d["meta"]["meeting_date"] == "2021-03-03"


def test_a_long_line_with_numbers_out_of_sequence_stays_whole():
    # Guard: a long paragraph whose figures happen to stand before a full stop ("… were 12. They
    # …") is not a run of points: nothing in it counts 1, 2, 3 in order, and its date opens no line.
    line = (
        "The partnership met eleven times in the year to 31 March 2023 and reviewed its plan, "
        + "agreeing that the priorities set three years ago still stood and should be kept for the next"
        " period, with reporting to the board every quarter and to the council every year. "
        * 8
        + "Its members were 12. They met in Northby.\n"
    )
    d = read_txt("Annual review of the partnership\n\n" + line)
    whole = [t for t in texts(d) if t.startswith("The partnership met")]
    assert len(whole) == 1
    assert whole[0].endswith("They met in Northby.")


def test_a_line_set_straight_under_the_dated_row_is_the_pictures_caption():
    text = (
        "Commissioner funds new patrols in Northby\n\n"
        "Published: Friday, 3rd November 2023\n"
        "Commissioner Jo Bloggs outside the Northby station\n\n"
        "Jo Bloggs, the Police and Crime Commissioner for Westshire, has secured funding for new evening"
        " patrols in the town centre over the winter.\n"
    )
    d = read_txt(text)
    assert headings(d) == ["Commissioner funds new patrols in Northby"]
    assert "Commissioner Jo Bloggs outside the Northby station" in texts(d)


def test_a_heading_set_apart_under_the_dated_row_stays():
    # Guard: with a blank line between, a short line over the item's text is its sub-heading.
    text = (
        "Commissioner funds new patrols in Northby\n\n"
        "Published: Friday, 3rd November 2023\n\n"
        "Evening patrols\n\n"
        "Jo Bloggs, the Police and Crime Commissioner for Westshire, has secured funding for new evening"
        " patrols in the town centre over the winter.\n\n"
        "Youth outreach\n\n"
        "The youth service will run outreach sessions on the same evenings as the patrols this winter.\n"
    )
    assert headings(read_txt(text)) == [
        "Commissioner funds new patrols in Northby",
        "Evening patrols",
        "Youth outreach",
    ]
